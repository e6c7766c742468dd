-- Foundation: people, sessions, programs and roles, invitations, announcements, the command log
-- and the change feed.

CREATE TABLE persons (
    id            UUID PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    locale        TEXT NOT NULL,
    time_zone     TEXT NOT NULL,
    is_admin      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE sessions (
    token_hash   BYTEA PRIMARY KEY,
    person_id    UUID NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    csrf_token   TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    last_seen_at TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_person ON sessions (person_id);

CREATE TABLE login_failures (
    id  BIGSERIAL PRIMARY KEY,
    key TEXT NOT NULL,
    at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_failures_key_at ON login_failures (key, at);

CREATE TABLE password_resets (
    token_hash BYTEA PRIMARY KEY,
    person_id  UUID NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);

CREATE TABLE programs (
    id          UUID PRIMARY KEY,
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    locale      TEXT NOT NULL,
    time_zone   TEXT NOT NULL,
    created_by  UUID NOT NULL REFERENCES persons (id),
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE memberships (
    program_id UUID NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    person_id  UUID NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('candidate', 'mentee', 'mentor', 'supervisor', 'panelist', 'coordinator')),
    granted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (program_id, person_id, role)
);
CREATE INDEX memberships_person ON memberships (person_id, program_id);

CREATE TABLE invitations (
    id          UUID PRIMARY KEY,
    program_id  UUID NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    email       TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('candidate', 'mentee', 'mentor', 'supervisor', 'panelist', 'coordinator')),
    token_hash  BYTEA NOT NULL UNIQUE,
    invited_by  UUID NOT NULL REFERENCES persons (id),
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    accepted_at TIMESTAMPTZ,
    accepted_by UUID REFERENCES persons (id),
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX invitations_program ON invitations (program_id, created_at);

CREATE TABLE announcements (
    id         UUID PRIMARY KEY,
    program_id UUID NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    author_id  UUID NOT NULL REFERENCES persons (id),
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    posted_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX announcements_program ON announcements (program_id, posted_at);

CREATE TABLE commands (
    id           UUID PRIMARY KEY,
    person_id    UUID NOT NULL,
    command_type TEXT NOT NULL,
    content_hash BYTEA NOT NULL,
    outcome      TEXT NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL
);

-- Taking the next sequence locks this row until commit, so sequences become visible in order
-- even with concurrent writers.
CREATE TABLE feed_head (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL
);
INSERT INTO feed_head (id, seq) VALUES (1, 0);

CREATE TABLE changes (
    seq        BIGINT PRIMARY KEY,
    at         TIMESTAMPTZ NOT NULL,
    program_id UUID,
    event      TEXT NOT NULL,
    command_id UUID
);

CREATE TABLE change_audience (
    seq        BIGINT NOT NULL REFERENCES changes (seq) ON DELETE CASCADE,
    program_id UUID,
    role       TEXT,
    person_id  UUID,
    CHECK ((program_id IS NULL) <> (person_id IS NULL))
);
CREATE INDEX change_audience_seq ON change_audience (seq);
CREATE INDEX change_audience_person ON change_audience (person_id, seq);

CREATE TABLE email_queue (
    id            BIGSERIAL PRIMARY KEY,
    to_address    TEXT NOT NULL,
    subject       TEXT NOT NULL,
    body          TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    claimed_until TIMESTAMPTZ,
    attempts      INTEGER NOT NULL DEFAULT 0,
    sent_at       TIMESTAMPTZ,
    last_error    TEXT
);
CREATE INDEX email_queue_unsent ON email_queue (sent_at, id);
