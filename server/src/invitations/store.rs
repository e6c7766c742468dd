//! SQL for invitations.

use crate::db::Conn;
use crate::run;
use chrono::{DateTime, Utc};
use shared::api::{Invitation, InvitationStatus};
use shared::ids::{InvitationId, PersonId, ProgramId};
use shared::role::Role;
use shared::text::Email;
use sqlx::FromRow;
use uuid::Uuid;

#[derive(Clone, Debug, FromRow)]
pub struct InvitationRow {
    pub id: Uuid,
    pub program_id: Uuid,
    pub email: String,
    pub role: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub accepted_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

impl InvitationRow {
    pub fn program(&self) -> ProgramId {
        ProgramId(self.program_id)
    }

    pub fn role(&self) -> Role {
        Role::parse(&self.role).unwrap_or(Role::Candidate)
    }

    pub fn status(&self, now: DateTime<Utc>) -> InvitationStatus {
        if self.accepted_at.is_some() {
            InvitationStatus::Accepted
        } else if self.revoked_at.is_some() {
            InvitationStatus::Revoked
        } else if self.expires_at <= now {
            InvitationStatus::Expired
        } else {
            InvitationStatus::Pending
        }
    }

    pub fn to_wire(&self, now: DateTime<Utc>) -> Option<Invitation> {
        Some(Invitation {
            id: InvitationId(self.id),
            program_id: self.program(),
            email: Email::parse(&self.email).ok()?,
            role: self.role(),
            status: self.status(now),
            created_at: self.created_at,
            expires_at: self.expires_at,
        })
    }
}

pub struct NewInvitation<'a> {
    pub id: InvitationId,
    pub program: ProgramId,
    pub email: &'a Email,
    pub role: Role,
    pub token_hash: &'a [u8],
    pub invited_by: PersonId,
    pub now: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

#[tracing::instrument(skip_all)]
pub async fn insert(conn: &mut Conn<'_>, i: NewInvitation<'_>) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "INSERT INTO invitations (id, program_id, email, role, token_hash, invited_by, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
        .bind(i.id.0)
        .bind(i.program.0)
        .bind(i.email.as_str())
        .bind(i.role.as_str())
        .bind(i.token_hash)
        .bind(i.invited_by.0)
        .bind(i.now)
        .bind(i.expires_at)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[tracing::instrument(skip(conn))]
pub async fn by_id(conn: &mut Conn<'_>, id: InvitationId) -> sqlx::Result<Option<InvitationRow>> {
    run!(conn, c => sqlx::query_as::<_, InvitationRow>(
        "SELECT id, program_id, email, role, created_at, expires_at, accepted_at, revoked_at
         FROM invitations WHERE id = $1")
        .bind(id.0)
        .fetch_optional(c)
        .await)
}

#[tracing::instrument(skip_all)]
pub async fn by_token_hash(
    conn: &mut Conn<'_>,
    hash: &[u8],
) -> sqlx::Result<Option<InvitationRow>> {
    run!(conn, c => sqlx::query_as::<_, InvitationRow>(
        "SELECT id, program_id, email, role, created_at, expires_at, accepted_at, revoked_at
         FROM invitations WHERE token_hash = $1")
        .bind(hash)
        .fetch_optional(c)
        .await)
}

/// The invitations of a program, newest first.
#[tracing::instrument(skip(conn))]
pub async fn invitations_of(
    conn: &mut Conn<'_>,
    program: ProgramId,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<Invitation>> {
    let rows = run!(conn, c => sqlx::query_as::<_, InvitationRow>(
        "SELECT id, program_id, email, role, created_at, expires_at, accepted_at, revoked_at
         FROM invitations WHERE program_id = $1 ORDER BY created_at DESC, id")
        .bind(program.0)
        .fetch_all(c)
        .await)?;
    Ok(rows.iter().filter_map(|r| r.to_wire(now)).collect())
}

#[tracing::instrument(skip(conn))]
pub async fn mark_accepted(
    conn: &mut Conn<'_>,
    id: InvitationId,
    by: PersonId,
    at: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = run!(conn, c => sqlx::query(
        "UPDATE invitations SET accepted_at = $2, accepted_by = $3
         WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $2")
        .bind(id.0)
        .bind(at)
        .bind(by.0)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

#[tracing::instrument(skip(conn))]
pub async fn mark_revoked(
    conn: &mut Conn<'_>,
    id: InvitationId,
    at: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = run!(conn, c => sqlx::query(
        "UPDATE invitations SET revoked_at = $2 WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL")
        .bind(id.0)
        .bind(at)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}
