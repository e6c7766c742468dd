//! SQL for calendar-feed tokens and partner-directory tokens (only their hashes are stored).

use crate::db::Conn;
use crate::run;
use chrono::{DateTime, Utc};
use shared::ids::{PersonId, ProgramId};
use uuid::Uuid;

/// Replaces a person's calendar feed token (the old address stops working).
pub async fn replace_feed(
    conn: &mut Conn<'_>,
    person: PersonId,
    hash: &[u8],
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    revoke_feeds(conn, person).await?;
    run!(conn, c => sqlx::query("INSERT INTO calendar_feeds (token_hash, person_id, created_at) VALUES ($1, $2, $3)")
        .bind(hash)
        .bind(person.0)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn revoke_feeds(conn: &mut Conn<'_>, person: PersonId) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query("DELETE FROM calendar_feeds WHERE person_id = $1")
        .bind(person.0)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn feed_owner(conn: &mut Conn<'_>, hash: &[u8]) -> sqlx::Result<Option<PersonId>> {
    let id = run!(conn, c => sqlx::query_scalar::<_, Uuid>("SELECT person_id FROM calendar_feeds WHERE token_hash = $1")
        .bind(hash)
        .fetch_optional(c)
        .await)?;
    Ok(id.map(PersonId))
}

pub async fn add_partner(
    conn: &mut Conn<'_>,
    hash: &[u8],
    program: ProgramId,
    name: &str,
    by: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "INSERT INTO partner_tokens (token_hash, program_id, name, created_by, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(hash)
        .bind(program.0)
        .bind(name)
        .bind(by.0)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn partner_program(conn: &mut Conn<'_>, hash: &[u8]) -> sqlx::Result<Option<ProgramId>> {
    let id = run!(conn, c => sqlx::query_scalar::<_, Uuid>("SELECT program_id FROM partner_tokens WHERE token_hash = $1")
        .bind(hash)
        .fetch_optional(c)
        .await)?;
    Ok(id.map(ProgramId))
}
