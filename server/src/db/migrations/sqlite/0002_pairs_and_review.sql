-- Pairs (mentee with mentor) and supervision (mentor with supervisor), on which review, feedback
-- and booking access rests; and document review: projects, stages, versions, threads, comments.

CREATE TABLE pairs (
    program_id BLOB NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    mentee_id  BLOB NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    mentor_id  BLOB NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (program_id, mentee_id, mentor_id)
);
CREATE INDEX pairs_mentor ON pairs (mentor_id, program_id);

CREATE TABLE supervisions (
    program_id    BLOB NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    mentor_id     BLOB NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    supervisor_id BLOB NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (program_id, mentor_id, supervisor_id)
);
CREATE INDEX supervisions_supervisor ON supervisions (supervisor_id, program_id);

CREATE TABLE review_stages (
    program_id BLOB NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    PRIMARY KEY (program_id, position)
);

CREATE TABLE projects (
    id         BLOB PRIMARY KEY NOT NULL,
    program_id BLOB NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    owner_id   BLOB NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX projects_owner ON projects (program_id, owner_id);

CREATE TABLE stage_results (
    project_id BLOB NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    version_id BLOB,
    done_at    TEXT NOT NULL,
    done_by    BLOB NOT NULL REFERENCES persons (id),
    PRIMARY KEY (project_id, position)
);

-- An uploaded file, stored once by content; becomes a version through add_version.
CREATE TABLE uploads (
    id          BLOB PRIMARY KEY NOT NULL,
    uploaded_by BLOB NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    project_id  BLOB NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    filename    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    sha256      BLOB NOT NULL,
    blob_key    TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE versions (
    id          BLOB PRIMARY KEY NOT NULL,
    project_id  BLOB NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    upload_id   BLOB NOT NULL REFERENCES uploads (id),
    note        TEXT NOT NULL DEFAULT '',
    created_by  BLOB NOT NULL REFERENCES persons (id),
    created_at  TEXT NOT NULL,
    UNIQUE (project_id, number)
);

CREATE TABLE threads (
    id            BLOB PRIMARY KEY NOT NULL,
    project_id    BLOB NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    version_id    BLOB NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
    exact         TEXT NOT NULL,
    prefix        TEXT NOT NULL,
    suffix        TEXT NOT NULL,
    start_pos     INTEGER NOT NULL,
    end_pos       INTEGER NOT NULL,
    private       INTEGER NOT NULL DEFAULT 0,
    resolved_at   TEXT,
    resolved_by   BLOB REFERENCES persons (id),
    created_by    BLOB NOT NULL REFERENCES persons (id),
    created_at    TEXT NOT NULL
);
CREATE INDEX threads_project ON threads (project_id, created_at);

-- Where a thread sits on each later version (carried by the re-anchoring engine).
CREATE TABLE thread_placements (
    thread_id       BLOB NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    version_id      BLOB NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
    start_pos       INTEGER,
    end_pos         INTEGER,
    confidence      REAL NOT NULL,
    check_placement INTEGER NOT NULL,
    method          TEXT NOT NULL,
    PRIMARY KEY (thread_id, version_id)
);

CREATE TABLE comments (
    id                     BLOB PRIMARY KEY NOT NULL,
    thread_id              BLOB NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    author_id              BLOB NOT NULL REFERENCES persons (id),
    body                   TEXT NOT NULL,
    suggestion             TEXT,
    suggestion_accepted_at TEXT,
    suggestion_accepted_by BLOB REFERENCES persons (id),
    created_at             TEXT NOT NULL,
    edited_at              TEXT
);
CREATE INDEX comments_thread ON comments (thread_id, created_at);

CREATE TABLE comment_revisions (
    comment_id  BLOB NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    body        TEXT NOT NULL,
    replaced_at TEXT NOT NULL
);
CREATE INDEX comment_revisions_comment ON comment_revisions (comment_id, replaced_at);
