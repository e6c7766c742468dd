//! SQL for the e-mail queue.

use super::MAX_ATTEMPTS;
use crate::db::Conn;
use crate::run;
use chrono::{DateTime, Utc};
use shared::text::Email;
use sqlx::FromRow;

#[derive(Debug, FromRow)]
pub struct QueuedMail {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub body: String,
    pub ics: Option<String>,
    pub attempts: i32,
}

/// Queues an e-mail; it is sent after the transaction commits.
#[tracing::instrument(skip_all)]
pub async fn enqueue(
    conn: &mut Conn<'_>,
    to: &Email,
    subject: &str,
    body: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    enqueue_with_calendar(conn, to, subject, body, None, now).await
}

/// Queues an e-mail carrying a calendar invitation (an iCalendar object).
#[tracing::instrument(skip_all)]
pub async fn enqueue_with_calendar(
    conn: &mut Conn<'_>,
    to: &Email,
    subject: &str,
    body: &str,
    ics: Option<&str>,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "INSERT INTO email_queue (to_address, subject, body, created_at, ics) VALUES ($1, $2, $3, $4, $5)")
        .bind(to.as_str())
        .bind(subject)
        .bind(body)
        .bind(now)
        .bind(ics)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[tracing::instrument(skip_all)]
pub async fn due(
    conn: &mut Conn<'_>,
    now: DateTime<Utc>,
    limit: i64,
) -> sqlx::Result<Vec<QueuedMail>> {
    run!(conn, c => sqlx::query_as::<_, QueuedMail>(
        "SELECT id, to_address, subject, body, ics, attempts FROM email_queue
         WHERE sent_at IS NULL AND attempts < $3 AND (claimed_until IS NULL OR claimed_until < $1)
         ORDER BY id LIMIT $2")
        .bind(now)
        .bind(limit)
        .bind(MAX_ATTEMPTS)
        .fetch_all(c)
        .await)
}

/// Takes an e-mail for sending; false if another worker has it.
#[tracing::instrument(skip_all)]
pub async fn claim(
    conn: &mut Conn<'_>,
    id: i64,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = run!(conn, c => sqlx::query(
        "UPDATE email_queue SET claimed_until = $2, attempts = attempts + 1
         WHERE id = $1 AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < $3)")
        .bind(id)
        .bind(until)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

#[tracing::instrument(skip_all)]
pub async fn mark_sent(conn: &mut Conn<'_>, id: i64, at: DateTime<Utc>) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query("UPDATE email_queue SET sent_at = $2, last_error = NULL WHERE id = $1")
        .bind(id)
        .bind(at)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[tracing::instrument(skip_all)]
pub async fn mark_failed(
    conn: &mut Conn<'_>,
    id: i64,
    error: &str,
    retry_at: DateTime<Utc>,
) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query("UPDATE email_queue SET last_error = $2, claimed_until = $3 WHERE id = $1")
        .bind(id)
        .bind(error)
        .bind(retry_at)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}
