//! Applying the project commands: stages, projects, versions (carrying open threads onto each
//! new version with the re-anchoring engine), finished stages.

use super::access::{self, ProjectAccess};
use super::store::projects::{self as store, ProjectRow};
use super::store::threads;
use crate::error::AppResult;
use crate::programs::access::ProgramRoles;
use crate::sync::commands::CommandCtx;
use crate::sync::feed::NewChange;
use shared::change::{Event, ReviewActivityKind, SetupArea};
use shared::command::{AddVersion, CompleteStage, CreateProject, ReopenStage, SetReviewStages};
use shared::error::{ErrorCode, Invalid, InvalidReason};
use shared::ids::{PersonId, ThreadId, VersionId};
use shared::review::anchor::{Reanchorer, anchor_at};
use shared::role::Role;

/// The change announcing review activity to everyone in the project (but the owner for private
/// threads).
pub async fn activity(
    ctx: &mut CommandCtx<'_>,
    project: &ProjectRow,
    activity: ReviewActivityKind,
    thread: Option<ThreadId>,
    private: bool,
) -> AppResult<NewChange> {
    let participants = access::participants(&mut ctx.tx.conn(), project).await?;
    Ok(NewChange::new(
        Event::ReviewActivity {
            program_id: project.program(),
            project_id: shared::ids::ProjectId(project.id),
            activity,
            thread_id: thread,
            actor_name: ctx.actor.person.display_name.clone(),
        },
        access::audience(project, &participants, private),
    ))
}

pub async fn set_review_stages(
    ctx: &mut CommandCtx<'_>,
    c: &SetReviewStages,
) -> AppResult<Vec<NewChange>> {
    ProgramRoles::load(&mut ctx.tx.conn(), ctx.actor.id(), c.program_id)
        .await?
        .require_any(&[Role::Coordinator])?;
    let names: Vec<&str> = c.stages.iter().map(|s| s.as_str()).collect();
    store::set_stages(&mut ctx.tx.conn(), c.program_id, &names).await?;
    Ok(vec![NewChange::new(
        Event::ProgramSetupChanged {
            program_id: c.program_id,
            area: SetupArea::Review,
        },
        [crate::sync::feed::Audience::Members(c.program_id)],
    )])
}

pub async fn create_project(
    ctx: &mut CommandCtx<'_>,
    c: &CreateProject,
) -> AppResult<Vec<NewChange>> {
    ProgramRoles::load(&mut ctx.tx.conn(), ctx.actor.id(), c.program_id)
        .await?
        .require_any(&[Role::Mentee])?;
    store::insert_project(
        &mut ctx.tx.conn(),
        c.project_id,
        c.program_id,
        ctx.actor.id(),
        c.title.as_str(),
        ctx.now,
    )
    .await?;
    let project = store::project(&mut ctx.tx.conn(), c.project_id)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    Ok(vec![
        activity(
            ctx,
            &project,
            ReviewActivityKind::ProjectCreated,
            None,
            false,
        )
        .await?,
    ])
}

async fn load(
    ctx: &mut CommandCtx<'_>,
    project: shared::ids::ProjectId,
) -> AppResult<ProjectAccess> {
    access::project_access(&mut ctx.tx.conn(), ctx.actor.id(), project).await
}

pub async fn add_version(ctx: &mut CommandCtx<'_>, c: &AddVersion) -> AppResult<Vec<NewChange>> {
    let access = load(ctx, c.project_id).await?;
    access.require(|r| r == shared::review::wire::ReviewRole::Owner)?;
    let upload = store::upload(&mut ctx.tx.conn(), c.upload_id)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    if upload.project_id != c.project_id.0 || PersonId(upload.uploaded_by) != ctx.actor.id() {
        return Err(ErrorCode::NotFound.into());
    }
    let previous = store::versions(&mut ctx.tx.conn(), c.project_id)
        .await?
        .pop();
    store::insert_version(
        &mut ctx.tx.conn(),
        c.version_id,
        c.project_id,
        c.upload_id,
        c.note.as_str(),
        ctx.actor.id(),
        ctx.now,
    )
    .await?;
    if let Some(previous) = previous {
        carry_threads(ctx, &previous, c.version_id, &upload.body().text).await?;
    }
    Ok(vec![
        activity(
            ctx,
            &access.project,
            ReviewActivityKind::VersionAdded,
            None,
            false,
        )
        .await?,
    ])
}

/// Places every open thread that sits on `previous` onto the new version.
async fn carry_threads(
    ctx: &mut CommandCtx<'_>,
    previous: &store::VersionRow,
    new_version: VersionId,
    new_text: &str,
) -> AppResult<()> {
    let old_text = previous.body().text;
    let placements = threads::placements_on(&mut ctx.tx.conn(), VersionId(previous.id)).await?;
    let open: Vec<_> = threads::threads_of(&mut ctx.tx.conn(), previous.project())
        .await?
        .into_iter()
        .filter(|t| t.resolved_at.is_none())
        .collect();
    if open.is_empty() {
        return Ok(());
    }
    let engine = Reanchorer::new(&old_text, new_text);
    for thread in open {
        let anchor = if thread.version_id == previous.id {
            thread.anchor()
        } else {
            match placements.iter().find(|p| p.thread_id == thread.id) {
                Some(p) => match (p.start_pos, p.end_pos) {
                    (Some(s), Some(e)) => anchor_at(&old_text, s as usize, e as usize),
                    _ => continue, // orphaned earlier: it stays with the version it was made on
                },
                None => continue,
            }
        };
        let placement = engine.place(&anchor);
        threads::insert_placement(
            &mut ctx.tx.conn(),
            ThreadId(thread.id),
            new_version,
            &placement,
        )
        .await?;
    }
    Ok(())
}

async fn stage_ctx(
    ctx: &mut CommandCtx<'_>,
    project: shared::ids::ProjectId,
    position: i64,
) -> AppResult<ProjectAccess> {
    let access = load(ctx, project).await?;
    access.require(|r| r.can_mark_stages())?;
    let stages = store::stages(&mut ctx.tx.conn(), access.project.program()).await?;
    if position < 0 || position as usize >= stages.len() {
        return Err(Invalid::new("stage", InvalidReason::UnknownStage).into());
    }
    Ok(access)
}

pub async fn complete_stage(
    ctx: &mut CommandCtx<'_>,
    c: &CompleteStage,
) -> AppResult<Vec<NewChange>> {
    let access = stage_ctx(ctx, c.project_id, c.position).await?;
    if let Some(version) = c.version_id {
        let row = store::version(&mut ctx.tx.conn(), version)
            .await?
            .ok_or(ErrorCode::NotFound)?;
        if row.project_id != c.project_id.0 {
            return Err(ErrorCode::NotFound.into());
        }
    }
    if !store::complete_stage(
        &mut ctx.tx.conn(),
        c.project_id,
        c.position,
        c.version_id,
        ctx.actor.id(),
        ctx.now,
    )
    .await?
    {
        return Ok(vec![]);
    }
    Ok(vec![
        activity(
            ctx,
            &access.project,
            ReviewActivityKind::StageCompleted,
            None,
            false,
        )
        .await?,
    ])
}

pub async fn reopen_stage(ctx: &mut CommandCtx<'_>, c: &ReopenStage) -> AppResult<Vec<NewChange>> {
    let access = stage_ctx(ctx, c.project_id, c.position).await?;
    if !store::reopen_stage(&mut ctx.tx.conn(), c.project_id, c.position).await? {
        return Ok(vec![]);
    }
    Ok(vec![
        activity(
            ctx,
            &access.project,
            ReviewActivityKind::StageReopened,
            None,
            false,
        )
        .await?,
    ])
}
