-- Foundation: people, sessions, programs and roles, invitations, announcements, the command log
-- and the change feed. UUIDs are 16-byte BLOBs, instants are RFC 3339 TEXT in UTC.

CREATE TABLE persons (
    id            BLOB PRIMARY KEY NOT NULL,
    email         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    locale        TEXT NOT NULL,
    time_zone     TEXT NOT NULL,
    is_admin      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL
);

CREATE TABLE sessions (
    token_hash   BLOB PRIMARY KEY NOT NULL,
    person_id    BLOB NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    csrf_token   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);
CREATE INDEX sessions_person ON sessions (person_id);

CREATE TABLE login_failures (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    key    TEXT NOT NULL,
    at     TEXT NOT NULL
);
CREATE INDEX login_failures_key_at ON login_failures (key, at);

CREATE TABLE password_resets (
    token_hash BLOB PRIMARY KEY NOT NULL,
    person_id  BLOB NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT
);

CREATE TABLE programs (
    id          BLOB PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    locale      TEXT NOT NULL,
    time_zone   TEXT NOT NULL,
    created_by  BLOB NOT NULL REFERENCES persons (id),
    created_at  TEXT NOT NULL
);

CREATE TABLE memberships (
    program_id BLOB NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    person_id  BLOB NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('candidate', 'mentee', 'mentor', 'supervisor', 'panelist', 'coordinator')),
    granted_at TEXT NOT NULL,
    PRIMARY KEY (program_id, person_id, role)
);
CREATE INDEX memberships_person ON memberships (person_id, program_id);

CREATE TABLE invitations (
    id          BLOB PRIMARY KEY NOT NULL,
    program_id  BLOB NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    email       TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('candidate', 'mentee', 'mentor', 'supervisor', 'panelist', 'coordinator')),
    token_hash  BLOB NOT NULL UNIQUE,
    invited_by  BLOB NOT NULL REFERENCES persons (id),
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    accepted_at TEXT,
    accepted_by BLOB REFERENCES persons (id),
    revoked_at  TEXT
);
CREATE INDEX invitations_program ON invitations (program_id, created_at);

CREATE TABLE announcements (
    id         BLOB PRIMARY KEY NOT NULL,
    program_id BLOB NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    author_id  BLOB NOT NULL REFERENCES persons (id),
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    posted_at  TEXT NOT NULL
);
CREATE INDEX announcements_program ON announcements (program_id, posted_at);

-- Every command ever received, with the outcome a replay gets back.
CREATE TABLE commands (
    id           BLOB PRIMARY KEY NOT NULL,
    person_id    BLOB NOT NULL,
    command_type TEXT NOT NULL,
    content_hash BLOB NOT NULL,
    outcome      TEXT NOT NULL,
    received_at  TEXT NOT NULL
);

-- The change feed. feed_head holds the last sequence handed out; taking the next one locks the
-- row until commit, so sequences become visible in order.
CREATE TABLE feed_head (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL
);
INSERT INTO feed_head (id, seq) VALUES (1, 0);

CREATE TABLE changes (
    seq        INTEGER PRIMARY KEY NOT NULL,
    at         TEXT NOT NULL,
    program_id BLOB,
    event      TEXT NOT NULL,
    command_id BLOB
);

-- Who may see a change: the members of a program (holding `role`, or any role when it is NULL),
-- or one person.
CREATE TABLE change_audience (
    seq        INTEGER NOT NULL REFERENCES changes (seq) ON DELETE CASCADE,
    program_id BLOB,
    role       TEXT,
    person_id  BLOB,
    CHECK ((program_id IS NULL) <> (person_id IS NULL))
);
CREATE INDEX change_audience_seq ON change_audience (seq);
CREATE INDEX change_audience_person ON change_audience (person_id, seq);

-- Outgoing e-mail, written in the transaction that causes it and sent by a worker.
CREATE TABLE email_queue (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    to_address    TEXT NOT NULL,
    subject       TEXT NOT NULL,
    body          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    claimed_until TEXT,
    attempts      INTEGER NOT NULL DEFAULT 0,
    sent_at       TEXT,
    last_error    TEXT
);
CREATE INDEX email_queue_unsent ON email_queue (sent_at, id);
