//! SQL for bookings. The booking as the shared rules know it is kept whole (JSON); its status
//! and times are columns too, for queries and for PostgreSQL's exclusion constraint.

use crate::db::Conn;
use crate::run;
use chrono::{DateTime, Utc};
use shared::booking::Booking;
use shared::booking::status::BookingStatus;
use shared::ids::{BookingId, PersonId, ProgramId};
use sqlx::FromRow;

#[derive(Clone, Debug, FromRow)]
pub struct BookingRow {
    pub body: String,
    pub status: String,
    pub recording_link: Option<String>,
    pub cancel_reason: Option<String>,
    pub cancel_note: Option<String>,
    pub mentor_name: String,
    pub client_name: String,
}

impl BookingRow {
    /// The booking with its current status.
    pub fn booking(&self) -> Option<Booking> {
        let mut booking: Booking = serde_json::from_str(&self.body).ok()?;
        booking.status = BookingStatus::ALL
            .into_iter()
            .find(|s| s.as_str() == self.status)?;
        Some(booking)
    }
}

pub async fn insert(
    conn: &mut Conn<'_>,
    b: &Booking,
    replaces: Option<BookingId>,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    let body = serde_json::to_string(b).unwrap_or_default();
    run!(conn, c => sqlx::query(
        "INSERT INTO bookings (id, program_id, session_type_id, mentor_id, client_id, starts_at, ends_at, body, status, replaces, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)")
        .bind(b.id.0)
        .bind(b.program.0)
        .bind(b.session_type.0)
        .bind(b.mentor.0)
        .bind(b.client.0)
        .bind(b.start)
        .bind(b.end())
        .bind(&body)
        .bind(b.status.as_str())
        .bind(replaces.map(|r| r.0))
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

pub struct Cancellation<'a> {
    pub reason: Option<&'a str>,
    pub message: Option<&'a str>,
    pub note: Option<&'a str>,
}

/// Moves a booking from `from` to `to`; false if it was no longer in `from` (a race lost).
pub async fn set_status(
    conn: &mut Conn<'_>,
    id: BookingId,
    from: BookingStatus,
    to: BookingStatus,
    cancellation: Option<Cancellation<'_>>,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let (reason, message, note) = cancellation
        .map(|c| (c.reason, c.message, c.note))
        .unwrap_or((None, None, None));
    let done = run!(conn, c => sqlx::query(
        "UPDATE bookings SET status = $3, updated_at = $4,
                cancel_reason = COALESCE($5, cancel_reason), cancel_message = COALESCE($6, cancel_message),
                cancel_note = COALESCE($7, cancel_note)
         WHERE id = $1 AND status = $2")
        .bind(id.0)
        .bind(from.as_str())
        .bind(to.as_str())
        .bind(now)
        .bind(reason)
        .bind(message)
        .bind(note)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

pub async fn set_recording(
    conn: &mut Conn<'_>,
    id: BookingId,
    link: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query("UPDATE bookings SET recording_link = $2, updated_at = $3 WHERE id = $1")
        .bind(id.0)
        .bind(link)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn get(conn: &mut Conn<'_>, id: BookingId) -> sqlx::Result<Option<BookingRow>> {
    run!(conn, c => sqlx::query_as::<_, BookingRow>(
        "SELECT b.body, b.status, b.recording_link, b.cancel_reason, b.cancel_note,
                m.display_name AS mentor_name, k.display_name AS client_name
         FROM bookings b JOIN persons m ON m.id = b.mentor_id JOIN persons k ON k.id = b.client_id
         WHERE b.id = $1")
        .bind(id.0)
        .fetch_optional(c)
        .await)
}

/// A mentor's bookings that occupy time, in every program (all of them make the mentor busy).
pub async fn occupying_of_mentor(
    conn: &mut Conn<'_>,
    mentor: PersonId,
) -> sqlx::Result<Vec<Booking>> {
    let rows = run!(conn, c => sqlx::query_as::<_, BookingRow>(
        "SELECT b.body, b.status, b.recording_link, b.cancel_reason, b.cancel_note,
                '' AS mentor_name, '' AS client_name
         FROM bookings b
         WHERE b.mentor_id = $1 AND b.status IN ('booked', 'realized', 'no_show', 'stopped_unprepared')")
        .bind(mentor.0)
        .fetch_all(c)
        .await)?;
    Ok(rows.iter().filter_map(BookingRow::booking).collect())
}

/// A client's bookings in a program (for quotas and plans).
pub async fn of_client(
    conn: &mut Conn<'_>,
    program: ProgramId,
    client: PersonId,
) -> sqlx::Result<Vec<Booking>> {
    let rows = run!(conn, c => sqlx::query_as::<_, BookingRow>(
        "SELECT b.body, b.status, b.recording_link, b.cancel_reason, b.cancel_note,
                '' AS mentor_name, '' AS client_name
         FROM bookings b WHERE b.program_id = $1 AND b.client_id = $2")
        .bind(program.0)
        .bind(client.0)
        .fetch_all(c)
        .await)?;
    Ok(rows.iter().filter_map(BookingRow::booking).collect())
}

/// The bookings of a program, by start; `who` limits them to those of these mentors or clients.
pub async fn of_program(
    conn: &mut Conn<'_>,
    program: ProgramId,
    who: Option<&[PersonId]>,
) -> sqlx::Result<Vec<BookingRow>> {
    let rows = run!(conn, c => sqlx::query_as::<_, BookingRow>(
        "SELECT b.body, b.status, b.recording_link, b.cancel_reason, b.cancel_note,
                m.display_name AS mentor_name, k.display_name AS client_name
         FROM bookings b JOIN persons m ON m.id = b.mentor_id JOIN persons k ON k.id = b.client_id
         WHERE b.program_id = $1 ORDER BY b.starts_at, b.id")
        .bind(program.0)
        .fetch_all(c)
        .await)?;
    Ok(match who {
        None => rows,
        Some(people) => rows
            .into_iter()
            .filter(|r| {
                r.booking()
                    .is_some_and(|b| people.contains(&b.mentor) || people.contains(&b.client))
            })
            .collect(),
    })
}

/// Every booking of a person as mentor or client (for their calendar feed).
pub async fn of_person(conn: &mut Conn<'_>, person: PersonId) -> sqlx::Result<Vec<BookingRow>> {
    run!(conn, c => sqlx::query_as::<_, BookingRow>(
        "SELECT b.body, b.status, b.recording_link, b.cancel_reason, b.cancel_note,
                m.display_name AS mentor_name, k.display_name AS client_name
         FROM bookings b JOIN persons m ON m.id = b.mentor_id JOIN persons k ON k.id = b.client_id
         WHERE b.mentor_id = $1 OR b.client_id = $1 ORDER BY b.starts_at, b.id")
        .bind(person.0)
        .fetch_all(c)
        .await)
}

/// Serializes booking transactions of one mentor, and of one client, until the transaction ends
/// (PostgreSQL; SQLite write transactions are serialized already). Mentor first, then client,
/// always in that order.
pub async fn lock_parties(
    conn: &mut Conn<'_>,
    mentor: PersonId,
    client: PersonId,
) -> sqlx::Result<()> {
    if let Conn::Postgres(c) = conn {
        for key in [mentor.0, client.0] {
            sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
                .bind(key.to_string())
                .execute(&mut **c)
                .await?;
        }
    }
    Ok(())
}

/// Sessions that ended more than `grace` ago, are still unmarked, and were not reminded about.
pub async fn unmarked_unreminded(
    conn: &mut Conn<'_>,
    before: DateTime<Utc>,
) -> sqlx::Result<Vec<BookingRow>> {
    run!(conn, c => sqlx::query_as::<_, BookingRow>(
        "SELECT b.body, b.status, b.recording_link, b.cancel_reason, b.cancel_note,
                m.display_name AS mentor_name, k.display_name AS client_name
         FROM bookings b JOIN persons m ON m.id = b.mentor_id JOIN persons k ON k.id = b.client_id
         WHERE b.status = 'booked' AND b.ends_at < $1 AND b.reminded_at IS NULL
         ORDER BY b.ends_at LIMIT 200")
        .bind(before)
        .fetch_all(c)
        .await)
}

/// Marks a reminder sent; false if another instance sent it first.
pub async fn set_reminded(
    conn: &mut Conn<'_>,
    id: BookingId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = run!(conn, c => sqlx::query("UPDATE bookings SET reminded_at = $2 WHERE id = $1 AND reminded_at IS NULL")
        .bind(id.0)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}
