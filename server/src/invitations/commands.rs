//! Applying the invitation commands.

use super::store::{self, NewInvitation};
use crate::auth::{store as people_store, token};
use crate::error::AppResult;
use crate::mail::{store as mail_store, templates};
use crate::programs::access::ProgramRoles;
use crate::programs::store as program_store;
use crate::sync::commands::CommandCtx;
use crate::sync::feed::{Audience, NewChange};
use chrono::Duration;
use shared::change::Event;
use shared::command::{InviteMember, RevokeInvitation};
use shared::error::ErrorCode;
use shared::ids::ProgramId;
use shared::role::Role;

/// How long an invitation link works.
pub const INVITATION_LIFETIME: Duration = Duration::days(14);

fn invitation_changed(
    row: &store::InvitationRow,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<NewChange> {
    let program: ProgramId = row.program();
    row.to_wire(now).map(|inv| {
        NewChange::new(
            Event::InvitationChanged(inv),
            [Audience::Role(program, Role::Coordinator)],
        )
    })
}

pub async fn invite_member(
    ctx: &mut CommandCtx<'_>,
    c: &InviteMember,
) -> AppResult<Vec<NewChange>> {
    ProgramRoles::load(&mut ctx.tx.conn(), ctx.actor.id(), c.program_id)
        .await?
        .require_any(&[Role::Coordinator])?;
    if let Some(person) = people_store::person_by_email(&mut ctx.tx.conn(), &c.email).await? {
        let roles =
            program_store::roles_in(&mut ctx.tx.conn(), person.person_id(), c.program_id).await?;
        if roles.contains(&c.role) {
            return Err(ErrorCode::Conflict.into());
        }
    }
    let program = program_store::program(&mut ctx.tx.conn(), c.program_id)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    let secret = token::new_token();
    let expires_at = ctx.now + INVITATION_LIFETIME;
    store::insert(
        &mut ctx.tx.conn(),
        NewInvitation {
            id: c.invitation_id,
            program: c.program_id,
            email: &c.email,
            role: c.role,
            token_hash: &token::hash(&secret),
            invited_by: ctx.actor.id(),
            now: ctx.now,
            expires_at,
        },
    )
    .await?;
    let link = format!("{}/invite/{secret}", ctx.state.settings.public_url);
    let mail = templates::invitation(&templates::InvitationMail {
        locale: c.locale.unwrap_or_else(|| program.locale()),
        program: &program.name,
        inviter: &ctx.actor.person.display_name,
        role: c.role,
        link: &link,
        expires: expires_at,
        zone: &program.time_zone(),
    });
    mail_store::enqueue(
        &mut ctx.tx.conn(),
        &c.email,
        &mail.subject,
        &mail.body,
        ctx.now,
    )
    .await?;
    let row = store::by_id(&mut ctx.tx.conn(), c.invitation_id)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    Ok(invitation_changed(&row, ctx.now).into_iter().collect())
}

pub async fn revoke_invitation(
    ctx: &mut CommandCtx<'_>,
    c: &RevokeInvitation,
) -> AppResult<Vec<NewChange>> {
    let row = store::by_id(&mut ctx.tx.conn(), c.invitation_id)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    ProgramRoles::load(&mut ctx.tx.conn(), ctx.actor.id(), row.program())
        .await?
        .require_any(&[Role::Coordinator])?;
    if row.accepted_at.is_some() {
        return Err(ErrorCode::Conflict.into());
    }
    if !store::mark_revoked(&mut ctx.tx.conn(), c.invitation_id, ctx.now).await? {
        return Ok(vec![]);
    }
    let row = store::by_id(&mut ctx.tx.conn(), c.invitation_id)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    Ok(invitation_changed(&row, ctx.now).into_iter().collect())
}
