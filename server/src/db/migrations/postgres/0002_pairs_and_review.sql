-- Pairs (mentee with mentor) and supervision (mentor with supervisor), on which review, feedback
-- and booking access rests; and document review: projects, stages, versions, threads, comments.

CREATE TABLE pairs (
    program_id UUID NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    mentee_id  UUID NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    mentor_id  UUID NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (program_id, mentee_id, mentor_id)
);
CREATE INDEX pairs_mentor ON pairs (mentor_id, program_id);

CREATE TABLE supervisions (
    program_id    UUID NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    mentor_id     UUID NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    supervisor_id UUID NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (program_id, mentor_id, supervisor_id)
);
CREATE INDEX supervisions_supervisor ON supervisions (supervisor_id, program_id);

CREATE TABLE review_stages (
    program_id UUID NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    position   BIGINT NOT NULL,
    name       TEXT NOT NULL,
    PRIMARY KEY (program_id, position)
);

CREATE TABLE projects (
    id         UUID PRIMARY KEY,
    program_id UUID NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    owner_id   UUID NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX projects_owner ON projects (program_id, owner_id);

CREATE TABLE stage_results (
    project_id UUID NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    position   BIGINT NOT NULL,
    version_id UUID,
    done_at TIMESTAMPTZ NOT NULL,
    done_by    UUID NOT NULL REFERENCES persons (id),
    PRIMARY KEY (project_id, position)
);

-- An uploaded file, stored once by content; becomes a version through add_version.
CREATE TABLE uploads (
    id          UUID PRIMARY KEY,
    uploaded_by UUID NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    project_id  UUID NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    filename    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    size        BIGINT NOT NULL,
    sha256      BYTEA NOT NULL,
    blob_key    TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE versions (
    id          UUID PRIMARY KEY,
    project_id  UUID NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    number      BIGINT NOT NULL,
    upload_id   UUID NOT NULL REFERENCES uploads (id),
    note        TEXT NOT NULL DEFAULT '',
    created_by  UUID NOT NULL REFERENCES persons (id),
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (project_id, number)
);

CREATE TABLE threads (
    id            UUID PRIMARY KEY,
    project_id    UUID NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    version_id    UUID NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
    exact         TEXT NOT NULL,
    prefix        TEXT NOT NULL,
    suffix        TEXT NOT NULL,
    start_pos     BIGINT NOT NULL,
    end_pos       BIGINT NOT NULL,
    private       BOOLEAN NOT NULL DEFAULT FALSE,
    resolved_at TIMESTAMPTZ,
    resolved_by   UUID REFERENCES persons (id),
    created_by    UUID NOT NULL REFERENCES persons (id),
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX threads_project ON threads (project_id, created_at);

-- Where a thread sits on each later version (carried by the re-anchoring engine).
CREATE TABLE thread_placements (
    thread_id       UUID NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    version_id      UUID NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
    start_pos       BIGINT,
    end_pos         BIGINT,
    confidence      DOUBLE PRECISION NOT NULL,
    check_placement BOOLEAN NOT NULL,
    method          TEXT NOT NULL,
    PRIMARY KEY (thread_id, version_id)
);

CREATE TABLE comments (
    id                     UUID PRIMARY KEY,
    thread_id              UUID NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    author_id              UUID NOT NULL REFERENCES persons (id),
    body                   TEXT NOT NULL,
    suggestion             TEXT,
    suggestion_accepted_at TIMESTAMPTZ,
    suggestion_accepted_by UUID REFERENCES persons (id),
    created_at TIMESTAMPTZ NOT NULL,
    edited_at TIMESTAMPTZ
);
CREATE INDEX comments_thread ON comments (thread_id, created_at);

CREATE TABLE comment_revisions (
    comment_id  UUID NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    body        TEXT NOT NULL,
    replaced_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX comment_revisions_comment ON comment_revisions (comment_id, replaced_at);
