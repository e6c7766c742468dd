//! Applying the pairing commands (coordinators only).

use super::store;
use crate::error::AppResult;
use crate::programs::access::ProgramRoles;
use crate::sync::commands::CommandCtx;
use crate::sync::feed::{Audience, NewChange};
use shared::change::{Event, SetupArea};
use shared::command::{AssignSupervisor, EndSupervision, PairMentee, UnpairMentee};
use shared::error::{Invalid, InvalidReason};
use shared::ids::{PersonId, ProgramId};
use shared::role::Role;

/// Checks that the actor coordinates `program` and that `person` holds `role` in it.
async fn require(
    ctx: &mut CommandCtx<'_>,
    program: ProgramId,
    people: &[(PersonId, Role, &'static str)],
) -> AppResult<()> {
    ProgramRoles::load(&mut ctx.tx.conn(), ctx.actor.id(), program)
        .await?
        .require_any(&[Role::Coordinator])?;
    for (person, role, field) in people {
        let holds = crate::programs::store::roles_in(&mut ctx.tx.conn(), *person, program).await?;
        if !holds.contains(role) {
            return Err(Invalid::new(field, InvalidReason::NotInRole).into());
        }
    }
    Ok(())
}

fn pairing_changed(
    program: ProgramId,
    mentee: PersonId,
    mentor: PersonId,
    paired: bool,
) -> NewChange {
    NewChange::new(
        Event::PairingChanged {
            program_id: program,
            mentee_id: mentee,
            mentor_id: mentor,
            paired,
        },
        [
            Audience::Person(mentee),
            Audience::Person(mentor),
            Audience::Role(program, Role::Coordinator),
            Audience::Role(program, Role::Supervisor),
        ],
    )
}

pub async fn pair_mentee(ctx: &mut CommandCtx<'_>, c: &PairMentee) -> AppResult<Vec<NewChange>> {
    require(
        ctx,
        c.program_id,
        &[
            (c.mentee_id, Role::Mentee, "mentee_id"),
            (c.mentor_id, Role::Mentor, "mentor_id"),
        ],
    )
    .await?;
    if !store::pair(
        &mut ctx.tx.conn(),
        c.program_id,
        c.mentee_id,
        c.mentor_id,
        ctx.now,
    )
    .await?
    {
        return Ok(vec![]);
    }
    Ok(vec![pairing_changed(
        c.program_id,
        c.mentee_id,
        c.mentor_id,
        true,
    )])
}

pub async fn unpair_mentee(
    ctx: &mut CommandCtx<'_>,
    c: &UnpairMentee,
) -> AppResult<Vec<NewChange>> {
    require(ctx, c.program_id, &[]).await?;
    if !store::unpair(&mut ctx.tx.conn(), c.program_id, c.mentee_id, c.mentor_id).await? {
        return Ok(vec![]);
    }
    Ok(vec![pairing_changed(
        c.program_id,
        c.mentee_id,
        c.mentor_id,
        false,
    )])
}

fn supervision_changed(program: ProgramId, mentor: PersonId, supervisor: PersonId) -> NewChange {
    NewChange::new(
        Event::ProgramSetupChanged {
            program_id: program,
            area: SetupArea::Pairing,
        },
        [
            Audience::Person(mentor),
            Audience::Person(supervisor),
            Audience::Role(program, Role::Coordinator),
        ],
    )
}

pub async fn end_supervision(
    ctx: &mut CommandCtx<'_>,
    c: &EndSupervision,
) -> AppResult<Vec<NewChange>> {
    require(ctx, c.program_id, &[]).await?;
    if !store::end_supervision(
        &mut ctx.tx.conn(),
        c.program_id,
        c.mentor_id,
        c.supervisor_id,
    )
    .await?
    {
        return Ok(vec![]);
    }
    Ok(vec![supervision_changed(
        c.program_id,
        c.mentor_id,
        c.supervisor_id,
    )])
}

pub async fn assign_supervisor(
    ctx: &mut CommandCtx<'_>,
    c: &AssignSupervisor,
) -> AppResult<Vec<NewChange>> {
    require(
        ctx,
        c.program_id,
        &[
            (c.mentor_id, Role::Mentor, "mentor_id"),
            (c.supervisor_id, Role::Supervisor, "supervisor_id"),
        ],
    )
    .await?;
    if !store::supervise(
        &mut ctx.tx.conn(),
        c.program_id,
        c.mentor_id,
        c.supervisor_id,
        ctx.now,
    )
    .await?
    {
        return Ok(vec![]);
    }
    Ok(vec![supervision_changed(
        c.program_id,
        c.mentor_id,
        c.supervisor_id,
    )])
}
