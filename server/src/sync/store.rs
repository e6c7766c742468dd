//! SQL for the command log: every command id with the outcome a replay gets back.

use crate::db::Conn;
use crate::run;
use chrono::{DateTime, Utc};
use shared::ids::{CommandId, PersonId};
use sqlx::FromRow;
use uuid::Uuid;

#[derive(Debug, FromRow)]
pub struct RecordedCommand {
    pub person_id: Uuid,
    pub content_hash: Vec<u8>,
    pub outcome: String,
}

#[tracing::instrument(skip(conn))]
pub async fn recorded(conn: &mut Conn<'_>, id: CommandId) -> sqlx::Result<Option<RecordedCommand>> {
    run!(conn, c => sqlx::query_as::<_, RecordedCommand>(
        "SELECT person_id, content_hash, outcome FROM commands WHERE id = $1")
        .bind(id.0)
        .fetch_optional(c)
        .await)
}

pub struct NewRecord<'a> {
    pub id: CommandId,
    pub person: PersonId,
    pub command_type: &'a str,
    pub content_hash: &'a [u8],
    pub outcome: &'a str,
    pub at: DateTime<Utc>,
}

/// Records a command id. Returns false if the id was already recorded (nothing is written).
#[tracing::instrument(skip_all, fields(id = %r.id))]
pub async fn record(conn: &mut Conn<'_>, r: NewRecord<'_>) -> sqlx::Result<bool> {
    let done = run!(conn, c => sqlx::query(
        "INSERT INTO commands (id, person_id, command_type, content_hash, outcome, received_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO NOTHING")
        .bind(r.id.0)
        .bind(r.person.0)
        .bind(r.command_type)
        .bind(r.content_hash)
        .bind(r.outcome)
        .bind(r.at)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

#[tracing::instrument(skip(conn, outcome))]
pub async fn set_outcome(conn: &mut Conn<'_>, id: CommandId, outcome: &str) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query("UPDATE commands SET outcome = $2 WHERE id = $1")
        .bind(id.0)
        .bind(outcome)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}
