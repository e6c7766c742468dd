-- Who has a project open, per live connection (any server instance). Rows not refreshed for
-- 90 seconds no longer count.
CREATE TABLE presence (
    connection_id BLOB PRIMARY KEY NOT NULL,
    project_id    BLOB NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    person_id     BLOB NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    seen_at       TEXT NOT NULL
);
CREATE INDEX presence_project ON presence (project_id, seen_at);
