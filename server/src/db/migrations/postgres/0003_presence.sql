-- Who has a project open, per live connection (any server instance). Rows not refreshed for
-- 90 seconds no longer count.
CREATE TABLE presence (
    connection_id UUID PRIMARY KEY,
    project_id    UUID NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    person_id     UUID NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    seen_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX presence_project ON presence (project_id, seen_at);
