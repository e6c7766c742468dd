-- Session booking: a program's rules, session types, plan and packages; mentors' profiles,
-- schedules and time off; bookings; calendar feed and partner tokens. Rules that the shared
-- booking code reads whole are stored as JSON text.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE booking_rules (
    program_id     UUID PRIMARY KEY REFERENCES programs (id) ON DELETE CASCADE,
    policy_minutes BIGINT NOT NULL,
    cancel_reasons TEXT NOT NULL
);

CREATE TABLE session_types (
    id         UUID PRIMARY KEY,
    program_id UUID NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    body       TEXT NOT NULL
);
CREATE INDEX session_types_program ON session_types (program_id);

CREATE TABLE session_plans (
    program_id UUID PRIMARY KEY REFERENCES programs (id) ON DELETE CASCADE,
    body       TEXT NOT NULL
);

CREATE TABLE packages (
    id         UUID PRIMARY KEY,
    program_id UUID NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    body       TEXT NOT NULL
);

CREATE TABLE package_holders (
    program_id UUID NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    client_id  UUID NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    package_id UUID NOT NULL REFERENCES packages (id) ON DELETE CASCADE,
    PRIMARY KEY (program_id, client_id)
);

CREATE TABLE sprints (
    program_id UUID NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    client_id  UUID NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    starts_on  DATE NOT NULL,
    PRIMARY KEY (program_id, client_id)
);

CREATE TABLE mentor_profiles (
    person_id   UUID PRIMARY KEY REFERENCES persons (id) ON DELETE CASCADE,
    languages   TEXT NOT NULL,
    video_link  TEXT,
    photo_link  TEXT,
    description TEXT NOT NULL
);

CREATE TABLE schedules (
    id         UUID PRIMARY KEY,
    program_id UUID NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    mentor_id  UUID NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    body       TEXT NOT NULL
);
CREATE INDEX schedules_mentor ON schedules (mentor_id, program_id);

CREATE TABLE time_off (
    id        UUID PRIMARY KEY,
    mentor_id UUID NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    starts_at TIMESTAMPTZ NOT NULL,
    ends_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX time_off_mentor ON time_off (mentor_id, starts_at);

CREATE TABLE bookings (
    id              UUID PRIMARY KEY,
    program_id      UUID NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    session_type_id UUID NOT NULL,
    mentor_id       UUID NOT NULL REFERENCES persons (id),
    client_id       UUID NOT NULL REFERENCES persons (id),
    starts_at       TIMESTAMPTZ NOT NULL,
    ends_at         TIMESTAMPTZ NOT NULL,
    body            TEXT NOT NULL,
    status          TEXT NOT NULL,
    replaces        UUID,
    recording_link  TEXT,
    cancel_reason   TEXT,
    cancel_message  TEXT,
    cancel_note     TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    reminded_at     TIMESTAMPTZ
);
CREATE INDEX bookings_mentor ON bookings (mentor_id, starts_at);
CREATE INDEX bookings_client ON bookings (client_id, starts_at);
CREATE INDEX bookings_program ON bookings (program_id, starts_at);

CREATE TABLE calendar_feeds (
    token_hash BYTEA PRIMARY KEY,
    person_id  UUID NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE partner_tokens (
    token_hash BYTEA PRIMARY KEY,
    program_id UUID NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    created_by UUID NOT NULL REFERENCES persons (id),
    created_at TIMESTAMPTZ NOT NULL
);

-- No double booking, ever: two sessions of one mentor that occupy time may not overlap. Booking
-- transactions also take a per-mentor lock and check buffers; this is the last line.
ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (
    mentor_id WITH =,
    tstzrange(starts_at, ends_at) WITH &&
) WHERE (status IN ('booked', 'realized', 'no_show', 'stopped_unprepared'));

-- E-mails may carry a calendar invitation (text/calendar).
ALTER TABLE email_queue ADD COLUMN ics TEXT;
