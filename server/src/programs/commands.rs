//! Applying the program commands: create, update, grant and revoke roles, announcements.

use super::access::ProgramRoles;
use super::store::{self, NewAnnouncement, NewProgram};
use crate::auth::store as people_store;
use crate::error::AppResult;
use crate::sync::commands::CommandCtx;
use crate::sync::feed::{Audience, NewChange};
use shared::api::Announcement;
use shared::change::Event;
use shared::command::{CreateProgram, GrantRole, PostAnnouncement, RevokeRole, UpdateProgram};
use shared::error::ErrorCode;
use shared::ids::{PersonId, ProgramId};
use shared::role::Role;

async fn require(ctx: &mut CommandCtx<'_>, program: ProgramId, roles: &[Role]) -> AppResult<()> {
    ProgramRoles::load(&mut ctx.tx.conn(), ctx.actor.id(), program)
        .await?
        .require_any(roles)
}

async fn program_changed(ctx: &mut CommandCtx<'_>, program: ProgramId) -> AppResult<NewChange> {
    let row = store::program(&mut ctx.tx.conn(), program)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    Ok(NewChange::new(
        Event::ProgramChanged {
            program_id: program,
            locale: row.locale(),
            time_zone: row.time_zone(),
            name: row.name,
            description: row.description,
        },
        [Audience::Members(program)],
    ))
}

/// The change telling `person` and the coordinators what `person`'s roles now are.
pub async fn membership_changed(
    ctx_conn: &mut crate::db::Conn<'_>,
    program: ProgramId,
    person: PersonId,
) -> AppResult<NewChange> {
    let roles = store::roles_in(ctx_conn, person, program).await?;
    let display_name = people_store::person(ctx_conn, person)
        .await?
        .map(|p| p.display_name)
        .unwrap_or_default();
    Ok(NewChange::new(
        Event::MembershipChanged {
            program_id: program,
            person_id: person,
            display_name,
            roles,
        },
        [
            Audience::Person(person),
            Audience::Role(program, Role::Coordinator),
        ],
    ))
}

pub async fn create_program(
    ctx: &mut CommandCtx<'_>,
    c: &CreateProgram,
) -> AppResult<Vec<NewChange>> {
    if !ctx.actor.person.is_admin {
        return Err(ErrorCode::Forbidden.into());
    }
    if store::program(&mut ctx.tx.conn(), c.program_id)
        .await?
        .is_some()
    {
        return Err(ErrorCode::Conflict.into());
    }
    store::insert_program(
        &mut ctx.tx.conn(),
        NewProgram {
            id: c.program_id,
            name: c.name.as_str(),
            description: c.description.as_str(),
            locale: c.locale,
            time_zone: &c.time_zone,
            created_by: ctx.actor.id(),
            now: ctx.now,
        },
    )
    .await?;
    store::grant(
        &mut ctx.tx.conn(),
        c.program_id,
        ctx.actor.id(),
        Role::Coordinator,
        ctx.now,
    )
    .await?;
    Ok(vec![
        program_changed(ctx, c.program_id).await?,
        membership_changed(&mut ctx.tx.conn(), c.program_id, ctx.actor.id()).await?,
    ])
}

pub async fn update_program(
    ctx: &mut CommandCtx<'_>,
    c: &UpdateProgram,
) -> AppResult<Vec<NewChange>> {
    require(ctx, c.program_id, &[Role::Coordinator]).await?;
    store::update_program(
        &mut ctx.tx.conn(),
        c.program_id,
        c.name.as_ref().map(|n| n.as_str()),
        c.description.as_ref().map(|d| d.as_str()),
        c.locale,
        c.time_zone.as_ref(),
    )
    .await?;
    Ok(vec![program_changed(ctx, c.program_id).await?])
}

pub async fn grant_role(ctx: &mut CommandCtx<'_>, c: &GrantRole) -> AppResult<Vec<NewChange>> {
    require(ctx, c.program_id, &[Role::Coordinator]).await?;
    // Only members get more roles; newcomers are invited, so they agree to take part.
    ProgramRoles::load(&mut ctx.tx.conn(), c.person_id, c.program_id).await?;
    if !store::grant(
        &mut ctx.tx.conn(),
        c.program_id,
        c.person_id,
        c.role,
        ctx.now,
    )
    .await?
    {
        return Ok(vec![]);
    }
    Ok(vec![
        membership_changed(&mut ctx.tx.conn(), c.program_id, c.person_id).await?,
    ])
}

pub async fn revoke_role(ctx: &mut CommandCtx<'_>, c: &RevokeRole) -> AppResult<Vec<NewChange>> {
    require(ctx, c.program_id, &[Role::Coordinator]).await?;
    store::lock_program(&mut ctx.tx.conn(), c.program_id).await?;
    if c.role == Role::Coordinator
        && store::count_holders(&mut ctx.tx.conn(), c.program_id, Role::Coordinator).await? <= 1
    {
        let holds = store::roles_in(&mut ctx.tx.conn(), c.person_id, c.program_id).await?;
        if holds.contains(&Role::Coordinator) {
            return Err(ErrorCode::LastCoordinator.into());
        }
    }
    if !store::revoke(&mut ctx.tx.conn(), c.program_id, c.person_id, c.role).await? {
        return Ok(vec![]);
    }
    Ok(vec![
        membership_changed(&mut ctx.tx.conn(), c.program_id, c.person_id).await?,
    ])
}

pub async fn post_announcement(
    ctx: &mut CommandCtx<'_>,
    c: &PostAnnouncement,
) -> AppResult<Vec<NewChange>> {
    require(ctx, c.program_id, &[Role::Coordinator, Role::Supervisor]).await?;
    store::insert_announcement(
        &mut ctx.tx.conn(),
        NewAnnouncement {
            id: c.announcement_id,
            program: c.program_id,
            author: ctx.actor.id(),
            title: c.title.as_str(),
            body: c.body.as_str(),
            now: ctx.now,
        },
    )
    .await?;
    let announcement = Announcement {
        id: c.announcement_id,
        program_id: c.program_id,
        title: c.title.to_string(),
        body: c.body.to_string(),
        author_id: ctx.actor.id(),
        author_name: ctx.actor.person.display_name.clone(),
        posted_at: ctx.now,
    };
    Ok(vec![NewChange::new(
        Event::AnnouncementPosted(announcement),
        [Audience::Members(c.program_id)],
    )])
}
