//! Applying the setup commands: a program's rules, session types, plan and packages
//! (coordinators); a mentor's profile, schedules and time off (the mentor).

use super::store::config::{self, ProfileRow};
use crate::error::AppResult;
use crate::programs::access::ProgramRoles;
use crate::programs::store as programs;
use crate::sync::commands::CommandCtx;
use crate::sync::feed::{Audience, NewChange};
use shared::change::{Event, SetupArea};
use shared::command::*;
use shared::error::{ErrorCode, Invalid, InvalidReason};
use shared::ids::{PersonId, ProgramId};
use shared::role::Role;

fn setup_changed(program: ProgramId) -> NewChange {
    NewChange::new(
        Event::ProgramSetupChanged {
            program_id: program,
            area: SetupArea::Booking,
        },
        [Audience::Members(program)],
    )
}

async fn coordinator(ctx: &mut CommandCtx<'_>, program: ProgramId) -> AppResult<()> {
    ProgramRoles::load(&mut ctx.tx.conn(), ctx.actor.id(), program)
        .await?
        .require_any(&[Role::Coordinator])
}

async fn holds(
    ctx: &mut CommandCtx<'_>,
    person: PersonId,
    program: ProgramId,
    role: Role,
    field: &'static str,
) -> AppResult<()> {
    if programs::roles_in(&mut ctx.tx.conn(), person, program)
        .await?
        .contains(&role)
    {
        Ok(())
    } else {
        Err(Invalid::new(field, InvalidReason::NotInRole).into())
    }
}

pub async fn set_booking_rules(
    ctx: &mut CommandCtx<'_>,
    c: &SetBookingRules,
) -> AppResult<Vec<NewChange>> {
    coordinator(ctx, c.program_id).await?;
    let reasons: Vec<&str> = c.cancel_reasons.iter().map(|r| r.as_str()).collect();
    config::set_rules(&mut ctx.tx.conn(), c.program_id, c.policy, &reasons).await?;
    Ok(vec![setup_changed(c.program_id)])
}

pub async fn define_session_type(
    ctx: &mut CommandCtx<'_>,
    c: &DefineSessionType,
) -> AppResult<Vec<NewChange>> {
    coordinator(ctx, c.session_type.program).await?;
    if let Some(existing) = config::session_type(&mut ctx.tx.conn(), c.session_type.id).await?
        && existing.program != c.session_type.program
    {
        return Err(ErrorCode::Conflict.into());
    }
    config::put_session_type(&mut ctx.tx.conn(), &c.session_type).await?;
    Ok(vec![setup_changed(c.session_type.program)])
}

pub async fn define_package(
    ctx: &mut CommandCtx<'_>,
    c: &DefinePackage,
) -> AppResult<Vec<NewChange>> {
    coordinator(ctx, c.package.program).await?;
    config::put_package(&mut ctx.tx.conn(), &c.package).await?;
    Ok(vec![setup_changed(c.package.program)])
}

pub async fn assign_package(
    ctx: &mut CommandCtx<'_>,
    c: &AssignPackage,
) -> AppResult<Vec<NewChange>> {
    coordinator(ctx, c.program_id).await?;
    holds(ctx, c.client_id, c.program_id, Role::Mentee, "client_id").await?;
    let known = config::packages(&mut ctx.tx.conn(), c.program_id)
        .await?
        .iter()
        .any(|p| p.id == c.package_id);
    if !known {
        return Err(ErrorCode::NotFound.into());
    }
    config::assign_package(&mut ctx.tx.conn(), c.program_id, c.client_id, c.package_id).await?;
    Ok(vec![setup_changed(c.program_id)])
}

pub async fn define_session_plan(
    ctx: &mut CommandCtx<'_>,
    c: &DefineSessionPlan,
) -> AppResult<Vec<NewChange>> {
    let program = c.plan.program;
    coordinator(ctx, program).await?;
    let types = config::session_types(&mut ctx.tx.conn(), program).await?;
    if !c
        .plan
        .steps
        .iter()
        .all(|s| types.iter().any(|t| t.id == s.session_type))
    {
        return Err(ErrorCode::NotFound.into());
    }
    config::put_plan(&mut ctx.tx.conn(), &c.plan).await?;
    Ok(vec![setup_changed(program)])
}

pub async fn set_sprint_start(
    ctx: &mut CommandCtx<'_>,
    c: &SetSprintStart,
) -> AppResult<Vec<NewChange>> {
    coordinator(ctx, c.program_id).await?;
    holds(ctx, c.client_id, c.program_id, Role::Mentee, "client_id").await?;
    config::set_sprint(&mut ctx.tx.conn(), c.program_id, c.client_id, c.starts_on).await?;
    Ok(vec![setup_changed(c.program_id)])
}

/// Every program where the actor is a mentor (their profile and time off concern all of them).
async fn mentor_programs(ctx: &mut CommandCtx<'_>) -> AppResult<Vec<ProgramId>> {
    let all = programs::roles_by_program(&mut ctx.tx.conn(), ctx.actor.id()).await?;
    let mut ids: Vec<ProgramId> = all
        .into_iter()
        .filter(|(_, r)| r.contains(&Role::Mentor))
        .map(|(p, _)| p)
        .collect();
    ids.sort();
    Ok(ids)
}

pub async fn set_mentor_profile(
    ctx: &mut CommandCtx<'_>,
    c: &SetMentorProfile,
) -> AppResult<Vec<NewChange>> {
    let programs = mentor_programs(ctx).await?;
    if programs.is_empty() {
        return Err(ErrorCode::Forbidden.into());
    }
    let mut languages = c.languages.clone();
    languages.sort();
    languages.dedup();
    let row = ProfileRow {
        languages: config::profile_json(&languages),
        video_link: c.video_link.as_ref().map(|l| l.as_str().to_owned()),
        photo_link: c.photo_link.as_ref().map(|l| l.as_str().to_owned()),
        description: c.description.as_str().to_owned(),
    };
    config::set_profile(&mut ctx.tx.conn(), ctx.actor.id(), &row).await?;
    Ok(programs.into_iter().map(setup_changed).collect())
}

pub async fn set_schedule(ctx: &mut CommandCtx<'_>, c: &SetSchedule) -> AppResult<Vec<NewChange>> {
    ProgramRoles::load(&mut ctx.tx.conn(), ctx.actor.id(), c.program_id)
        .await?
        .require_any(&[Role::Mentor])?;
    if c.schedule.mentor != ctx.actor.id() {
        return Err(ErrorCode::Forbidden.into());
    }
    let types = config::session_types(&mut ctx.tx.conn(), c.program_id).await?;
    if !c
        .schedule
        .session_types
        .iter()
        .all(|id| types.iter().any(|t| t.id == *id))
    {
        return Err(ErrorCode::NotFound.into());
    }
    if config::put_schedule(&mut ctx.tx.conn(), c.program_id, &c.schedule).await? == 0 {
        // The id belongs to someone else's schedule, or to another program.
        return Err(ErrorCode::Conflict.into());
    }
    Ok(vec![setup_changed(c.program_id)])
}

pub async fn remove_schedule(
    ctx: &mut CommandCtx<'_>,
    c: &RemoveSchedule,
) -> AppResult<Vec<NewChange>> {
    match config::remove_schedule(&mut ctx.tx.conn(), c.schedule_id, ctx.actor.id()).await? {
        Some(program) => Ok(vec![setup_changed(program)]),
        None => Err(ErrorCode::NotFound.into()),
    }
}

pub async fn add_time_off(ctx: &mut CommandCtx<'_>, c: &AddTimeOff) -> AppResult<Vec<NewChange>> {
    let programs = mentor_programs(ctx).await?;
    if programs.is_empty() {
        return Err(ErrorCode::Forbidden.into());
    }
    if c.range.end <= c.range.start {
        return Err(Invalid::new("range", InvalidReason::Empty).into());
    }
    config::add_time_off(&mut ctx.tx.conn(), c.time_off_id, ctx.actor.id(), &c.range).await?;
    Ok(programs.into_iter().map(setup_changed).collect())
}

pub async fn remove_time_off(
    ctx: &mut CommandCtx<'_>,
    c: &RemoveTimeOff,
) -> AppResult<Vec<NewChange>> {
    if !config::remove_time_off(&mut ctx.tx.conn(), c.time_off_id, ctx.actor.id()).await? {
        return Err(ErrorCode::NotFound.into());
    }
    Ok(mentor_programs(ctx)
        .await?
        .into_iter()
        .map(setup_changed)
        .collect())
}
