-- Session booking: a program's rules, session types, plan and packages; mentors' profiles,
-- schedules and time off; bookings; calendar feed and partner tokens. Rules that the shared
-- booking code reads whole are stored as JSON text.

CREATE TABLE booking_rules (
    program_id     BLOB PRIMARY KEY NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    policy_minutes INTEGER NOT NULL,
    cancel_reasons TEXT NOT NULL
);

CREATE TABLE session_types (
    id         BLOB PRIMARY KEY NOT NULL,
    program_id BLOB NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    body       TEXT NOT NULL
);
CREATE INDEX session_types_program ON session_types (program_id);

CREATE TABLE session_plans (
    program_id BLOB PRIMARY KEY NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    body       TEXT NOT NULL
);

CREATE TABLE packages (
    id         BLOB PRIMARY KEY NOT NULL,
    program_id BLOB NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    body       TEXT NOT NULL
);

CREATE TABLE package_holders (
    program_id BLOB NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    client_id  BLOB NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    package_id BLOB NOT NULL REFERENCES packages (id) ON DELETE CASCADE,
    PRIMARY KEY (program_id, client_id)
);

CREATE TABLE sprints (
    program_id BLOB NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    client_id  BLOB NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    starts_on  TEXT NOT NULL,
    PRIMARY KEY (program_id, client_id)
);

CREATE TABLE mentor_profiles (
    person_id   BLOB PRIMARY KEY NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    languages   TEXT NOT NULL,
    video_link  TEXT,
    photo_link  TEXT,
    description TEXT NOT NULL
);

CREATE TABLE schedules (
    id         BLOB PRIMARY KEY NOT NULL,
    program_id BLOB NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    mentor_id  BLOB NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    body       TEXT NOT NULL
);
CREATE INDEX schedules_mentor ON schedules (mentor_id, program_id);

CREATE TABLE time_off (
    id        BLOB PRIMARY KEY NOT NULL,
    mentor_id BLOB NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    starts_at TEXT NOT NULL,
    ends_at   TEXT NOT NULL
);
CREATE INDEX time_off_mentor ON time_off (mentor_id, starts_at);

-- On SQLite, writes are serialized: the booking transaction checks overlaps itself.
CREATE TABLE bookings (
    id              BLOB PRIMARY KEY NOT NULL,
    program_id      BLOB NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    session_type_id BLOB NOT NULL,
    mentor_id       BLOB NOT NULL REFERENCES persons (id),
    client_id       BLOB NOT NULL REFERENCES persons (id),
    starts_at       TEXT NOT NULL,
    ends_at         TEXT NOT NULL,
    body            TEXT NOT NULL,
    status          TEXT NOT NULL,
    replaces        BLOB,
    recording_link  TEXT,
    cancel_reason   TEXT,
    cancel_message  TEXT,
    cancel_note     TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    reminded_at     TEXT
);
CREATE INDEX bookings_mentor ON bookings (mentor_id, starts_at);
CREATE INDEX bookings_client ON bookings (client_id, starts_at);
CREATE INDEX bookings_program ON bookings (program_id, starts_at);

CREATE TABLE calendar_feeds (
    token_hash BLOB PRIMARY KEY NOT NULL,
    person_id  BLOB NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL
);

CREATE TABLE partner_tokens (
    token_hash BLOB PRIMARY KEY NOT NULL,
    program_id BLOB NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    created_by BLOB NOT NULL REFERENCES persons (id),
    created_at TEXT NOT NULL
);

-- E-mails may carry a calendar invitation (text/calendar).
ALTER TABLE email_queue ADD COLUMN ics TEXT;
