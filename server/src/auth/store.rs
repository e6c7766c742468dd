//! SQL for people, sessions, failed sign-ins and password resets.

use crate::db::Conn;
use crate::run;
use chrono::{DateTime, Utc};
use shared::api::Me;
use shared::ids::PersonId;
use shared::locale::{Locale, TimeZoneName};
use shared::text::Email;
use sqlx::FromRow;
use uuid::Uuid;

/// A person as stored. Holds the password hash, so it is never serialized.
#[derive(Clone, Debug, FromRow)]
pub struct PersonRow {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub locale: String,
    pub time_zone: String,
    pub is_admin: bool,
    pub created_at: DateTime<Utc>,
}

impl PersonRow {
    pub fn person_id(&self) -> PersonId {
        PersonId(self.id)
    }

    pub fn locale(&self) -> Locale {
        Locale::from_tag(&self.locale).unwrap_or_default()
    }

    pub fn to_me(&self) -> Me {
        Me {
            id: self.person_id(),
            email: Email::parse(&self.email).unwrap_or_else(|_| {
                Email::parse("invalid@invalid.invalid").expect("a valid placeholder")
            }),
            display_name: self.display_name.clone(),
            locale: self.locale(),
            time_zone: TimeZoneName::parse(&self.time_zone).unwrap_or_else(|_| TimeZoneName::utc()),
            is_admin: self.is_admin,
        }
    }
}

pub struct NewPerson<'a> {
    pub id: PersonId,
    pub email: &'a Email,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub locale: Locale,
    pub time_zone: &'a TimeZoneName,
    pub is_admin: bool,
    pub now: DateTime<Utc>,
}

#[tracing::instrument(skip_all)]
pub async fn insert_person(conn: &mut Conn<'_>, p: NewPerson<'_>) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "INSERT INTO persons (id, email, display_name, password_hash, locale, time_zone, is_admin, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
        .bind(p.id.0)
        .bind(p.email.as_str())
        .bind(p.display_name)
        .bind(p.password_hash)
        .bind(p.locale.tag())
        .bind(p.time_zone.as_str())
        .bind(p.is_admin)
        .bind(p.now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[tracing::instrument(skip_all)]
pub async fn person_by_email(
    conn: &mut Conn<'_>,
    email: &Email,
) -> sqlx::Result<Option<PersonRow>> {
    run!(conn, c => sqlx::query_as::<_, PersonRow>("SELECT * FROM persons WHERE email = $1")
        .bind(email.as_str())
        .fetch_optional(c)
        .await)
}

#[tracing::instrument(skip_all)]
pub async fn person(conn: &mut Conn<'_>, id: PersonId) -> sqlx::Result<Option<PersonRow>> {
    run!(conn, c => sqlx::query_as::<_, PersonRow>("SELECT * FROM persons WHERE id = $1")
        .bind(id.0)
        .fetch_optional(c)
        .await)
}

#[tracing::instrument(skip_all)]
pub async fn set_password(conn: &mut Conn<'_>, id: PersonId, hash: &str) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query("UPDATE persons SET password_hash = $2 WHERE id = $1")
        .bind(id.0)
        .bind(hash)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Changes the given profile fields, leaving the others as they are.
#[tracing::instrument(skip_all)]
pub async fn update_profile(
    conn: &mut Conn<'_>,
    id: PersonId,
    display_name: Option<&str>,
    locale: Option<Locale>,
    time_zone: Option<&TimeZoneName>,
) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "UPDATE persons SET display_name = COALESCE($2, display_name),
                            locale = COALESCE($3, locale),
                            time_zone = COALESCE($4, time_zone)
         WHERE id = $1")
        .bind(id.0)
        .bind(display_name)
        .bind(locale.map(|l| l.tag()))
        .bind(time_zone.map(|t| t.as_str()))
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// A live session with its person.
#[derive(Debug, FromRow)]
pub struct SessionRow {
    #[sqlx(flatten)]
    pub person: PersonRow,
    pub csrf_token: String,
    pub last_seen_at: DateTime<Utc>,
}

#[tracing::instrument(skip_all)]
pub async fn insert_session(
    conn: &mut Conn<'_>,
    token_hash: &[u8],
    person: PersonId,
    csrf_token: &str,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "INSERT INTO sessions (token_hash, person_id, csrf_token, created_at, last_seen_at, expires_at)
         VALUES ($1, $2, $3, $4, $4, $5)")
        .bind(token_hash)
        .bind(person.0)
        .bind(csrf_token)
        .bind(now)
        .bind(expires_at)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[tracing::instrument(skip_all)]
pub async fn session(
    conn: &mut Conn<'_>,
    token_hash: &[u8],
    now: DateTime<Utc>,
) -> sqlx::Result<Option<SessionRow>> {
    run!(conn, c => sqlx::query_as::<_, SessionRow>(
        "SELECT p.*, s.csrf_token, s.last_seen_at
         FROM sessions s JOIN persons p ON p.id = s.person_id
         WHERE s.token_hash = $1 AND s.expires_at > $2")
        .bind(token_hash)
        .bind(now)
        .fetch_optional(c)
        .await)
}

#[tracing::instrument(skip_all)]
pub async fn touch_session(
    conn: &mut Conn<'_>,
    token_hash: &[u8],
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE token_hash = $1")
        .bind(token_hash)
        .bind(now)
        .bind(expires_at)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[tracing::instrument(skip_all)]
pub async fn delete_session(conn: &mut Conn<'_>, token_hash: &[u8]) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[tracing::instrument(skip_all)]
pub async fn delete_sessions_of(conn: &mut Conn<'_>, person: PersonId) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query("DELETE FROM sessions WHERE person_id = $1")
        .bind(person.0)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[tracing::instrument(skip_all)]
pub async fn record_failure(conn: &mut Conn<'_>, key: &str, at: DateTime<Utc>) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query("INSERT INTO login_failures (key, at) VALUES ($1, $2)")
        .bind(key)
        .bind(at)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[tracing::instrument(skip_all)]
pub async fn count_failures(
    conn: &mut Conn<'_>,
    key: &str,
    since: DateTime<Utc>,
) -> sqlx::Result<i64> {
    run!(conn, c => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM login_failures WHERE key = $1 AND at > $2")
        .bind(key)
        .bind(since)
        .fetch_one(c)
        .await)
}

/// Forgets the failures of `key`, and everyone's failures older than `before`.
#[tracing::instrument(skip_all)]
pub async fn clear_failures(
    conn: &mut Conn<'_>,
    key: &str,
    before: DateTime<Utc>,
) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query("DELETE FROM login_failures WHERE key = $1 OR at < $2")
        .bind(key)
        .bind(before)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[tracing::instrument(skip_all)]
pub async fn insert_reset(
    conn: &mut Conn<'_>,
    token_hash: &[u8],
    person: PersonId,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "INSERT INTO password_resets (token_hash, person_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash)
        .bind(person.0)
        .bind(now)
        .bind(expires_at)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Marks a live reset link used and returns its person; `None` if it is unknown, used or expired.
#[tracing::instrument(skip_all)]
pub async fn take_reset(
    conn: &mut Conn<'_>,
    token_hash: &[u8],
    now: DateTime<Utc>,
) -> sqlx::Result<Option<PersonId>> {
    let id = run!(conn, c => sqlx::query_scalar::<_, Uuid>(
        "UPDATE password_resets SET used_at = $2
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
         RETURNING person_id")
        .bind(token_hash)
        .bind(now)
        .fetch_optional(c)
        .await)?;
    Ok(id.map(PersonId))
}
