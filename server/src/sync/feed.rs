//! The change feed: appending changes with their audience, and pulling what a person may see.
//!
//! Ordering: a transaction takes its sequence numbers from the single `feed_head` row at the end
//! of its work and holds that row's lock until it commits. So a sequence is only handed out after
//! every smaller one has committed (or rolled back), and a reader that saw sequence N has seen
//! everything before N — on PostgreSQL with concurrent writers as on SQLite.

use crate::db::{Backend, Conn, Tx};
use crate::error::{AppError, AppResult};
use crate::run;
use chrono::{DateTime, Utc};
use shared::change::{Change, ChangesPage, Event, MAX_PAGE};
use shared::ids::{CommandId, PersonId, ProgramId};
use shared::role::Role;
use sqlx::FromRow;
use uuid::Uuid;

/// The PostgreSQL channel that wakes every instance's broadcaster.
pub const NOTIFY_CHANNEL: &str = "mentorhub_changes";
/// How far past `after` one pull scans.
const SCAN_WINDOW: i64 = 5_000;

/// Who may see a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Every member of the program, whatever their role.
    Members(ProgramId),
    /// Members of the program holding this role.
    Role(ProgramId, Role),
    /// One person.
    Person(PersonId),
}

/// A change to append: what happened and who may see it.
#[derive(Clone, Debug)]
pub struct NewChange {
    pub event: Event,
    pub audience: Vec<Audience>,
}

impl NewChange {
    pub fn new(event: Event, audience: impl IntoIterator<Item = Audience>) -> Self {
        Self {
            event,
            audience: audience.into_iter().collect(),
        }
    }
}

/// The newest sequence handed out.
pub async fn head(conn: &mut Conn<'_>) -> sqlx::Result<i64> {
    run!(conn, c => sqlx::query_scalar::<_, i64>("SELECT seq FROM feed_head WHERE id = 1")
        .fetch_one(c)
        .await)
}

/// Appends `changes` in order and returns the sequence of the last one (the head when empty).
#[tracing::instrument(skip_all, fields(count = changes.len()))]
pub async fn append(
    tx: &mut Tx,
    at: DateTime<Utc>,
    command_id: Option<CommandId>,
    changes: Vec<NewChange>,
) -> AppResult<i64> {
    if changes.is_empty() {
        return Ok(head(&mut tx.conn()).await?);
    }
    let count = i64::try_from(changes.len()).unwrap_or(i64::MAX);
    let last = run!(&mut tx.conn(), c => sqlx::query_scalar::<_, i64>(
        "UPDATE feed_head SET seq = seq + $1 WHERE id = 1 RETURNING seq")
        .bind(count)
        .fetch_one(c)
        .await)?;
    let mut seq = last - count;
    for change in changes {
        seq += 1;
        if change.audience.is_empty() {
            return Err(AppError::internal(
                "appending a change",
                "a change without an audience",
            ));
        }
        let event = serde_json::to_string(&change.event)
            .map_err(|e| AppError::internal("encoding an event", e))?;
        let program = change.event.program_id().map(|p| p.0);
        run!(&mut tx.conn(), c => sqlx::query(
            "INSERT INTO changes (seq, at, program_id, event, command_id) VALUES ($1, $2, $3, $4, $5)")
            .bind(seq)
            .bind(at)
            .bind(program)
            .bind(&event)
            .bind(command_id.map(|id| id.0))
            .execute(c)
            .await
            .map(|r| r.rows_affected()))?;
        for audience in &change.audience {
            let (program, role, person) = match *audience {
                Audience::Members(p) => (Some(p.0), None, None),
                Audience::Role(p, r) => (Some(p.0), Some(r.as_str()), None),
                Audience::Person(p) => (None, None, Some(p.0)),
            };
            run!(&mut tx.conn(), c => sqlx::query(
                "INSERT INTO change_audience (seq, program_id, role, person_id) VALUES ($1, $2, $3, $4)")
                .bind(seq)
                .bind(program)
                .bind(role)
                .bind(person)
                .execute(c)
                .await
                .map(|r| r.rows_affected()))?;
        }
    }
    if tx.backend() == Backend::Postgres {
        run!(&mut tx.conn(), c => sqlx::query("SELECT pg_notify($1, $2)")
            .bind(NOTIFY_CHANNEL)
            .bind(last.to_string())
            .execute(c)
            .await
            .map(|r| r.rows_affected()))?;
    }
    Ok(last)
}

#[derive(FromRow)]
struct ChangeRow {
    seq: i64,
    at: DateTime<Utc>,
    event: String,
}

/// The changes after `after` that `person` may see, judged by their memberships now.
#[tracing::instrument(skip(conn))]
pub async fn pull(conn: &mut Conn<'_>, person: PersonId, after: i64) -> AppResult<ChangesPage> {
    let head = head(conn).await?;
    let after = after.clamp(0, head);
    let upper = head.min(after.saturating_add(SCAN_WINDOW));
    let limit = i64::try_from(MAX_PAGE).unwrap_or(500);
    let rows = run!(conn, c => sqlx::query_as::<_, ChangeRow>(
        "SELECT ch.seq, ch.at, ch.event FROM changes ch
         WHERE ch.seq > $1 AND ch.seq <= $2 AND EXISTS (
             SELECT 1 FROM change_audience a
             WHERE a.seq = ch.seq AND (
                 a.person_id = $3
                 OR EXISTS (
                     SELECT 1 FROM memberships m
                     WHERE m.program_id = a.program_id AND m.person_id = $3
                       AND (a.role IS NULL OR m.role = a.role))))
         ORDER BY ch.seq
         LIMIT $4")
        .bind(after)
        .bind(upper)
        .bind(person.0)
        .bind(limit)
        .fetch_all(c)
        .await)?;
    let full = rows.len() >= MAX_PAGE;
    let next_after = match rows.last() {
        Some(last) if full => last.seq,
        _ => upper,
    };
    let changes = rows
        .into_iter()
        .map(|row| {
            let event: Event = serde_json::from_str(&row.event)
                .map_err(|e| AppError::internal("decoding a stored event", e))?;
            Ok(Change {
                seq: row.seq,
                at: row.at,
                event,
            })
        })
        .collect::<AppResult<Vec<_>>>()?;
    Ok(ChangesPage {
        changes,
        next_after,
        more: next_after < head,
    })
}

/// One audience entry of a change, as the live broadcaster reads them.
#[derive(Clone, Debug, FromRow)]
pub struct AudienceRow {
    pub seq: i64,
    pub program_id: Option<Uuid>,
    pub role: Option<String>,
    pub person_id: Option<Uuid>,
}

/// Audience entries of the changes in `(after, upto]`, oldest first.
pub async fn audience_between(
    conn: &mut Conn<'_>,
    after: i64,
    upto: i64,
) -> sqlx::Result<Vec<AudienceRow>> {
    run!(conn, c => sqlx::query_as::<_, AudienceRow>(
        "SELECT seq, program_id, role, person_id FROM change_audience
         WHERE seq > $1 AND seq <= $2
         ORDER BY seq")
        .bind(after)
        .bind(upto)
        .fetch_all(c)
        .await)
}
