//! `POST /api/v1/commands`: decodes a batch, then applies each command exactly once.
//!
//! For each command, in one transaction: claim its id in the command log (a concurrent or earlier
//! copy makes the claim fail, and the recorded outcome is returned instead), authorize and apply
//! it, append its changes to the feed, store the outcome, commit. A refused command is recorded
//! with its refusal in a transaction of its own, so a replay is refused the same way. A fault of
//! ours records nothing: the client keeps the command and sends it again.

use super::feed::{self, NewChange};
use super::store::{self, NewRecord};
use crate::auth::CurrentUser;
use crate::db::Tx;
use crate::error::{AppError, AppResult, request_locale};
use crate::extract::ApiJson;
use crate::state::AppState;
use crate::{booking, invitations, pairing, people, programs, review};
use axum::Json;
use axum::extract::State;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use shared::command::{BatchResult, Command, CommandResult, MAX_BATCH, Outcome};
use shared::error::{ErrorCode, Invalid, InvalidReason};
use shared::ids::CommandId;

/// What a command's apply code gets: the open transaction, who acts, and when.
pub struct CommandCtx<'a> {
    pub tx: &'a mut Tx,
    pub state: &'a AppState,
    pub actor: &'a CurrentUser,
    pub now: DateTime<Utc>,
}

/// A batch before its commands are decoded, so each can be judged on its own.
#[derive(Deserialize)]
pub struct RawBatch {
    commands: Vec<RawEnvelope>,
}

#[derive(Deserialize)]
pub struct RawEnvelope {
    id: CommandId,
    command: serde_json::Value,
}

#[utoipa::path(
    post, path = "/api/v1/commands", tag = "sync",
    request_body = shared::command::CommandBatch,
    responses(
        (status = 200, description = "One result per command, in order", body = BatchResult),
        (status = 400, description = "Malformed JSON or an unknown command type", body = shared::error::ApiError),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
        (status = 413, description = "Body too large", body = shared::error::ApiError),
        (status = 422, description = "A command's fields are invalid", body = shared::error::ApiError),
    )
)]
pub async fn post_commands(
    State(state): State<AppState>,
    actor: CurrentUser,
    ApiJson(batch): ApiJson<RawBatch>,
) -> AppResult<Json<BatchResult>> {
    let commands = decode(batch)?;
    let mut results = Vec::with_capacity(commands.len());
    for (id, command) in commands {
        let outcome = apply_once(&state, &actor, id, command).await?;
        results.push(CommandResult { id, outcome });
    }
    Ok(Json(BatchResult { results }))
}

/// Decodes every command or refuses the whole batch, naming the first bad command.
fn decode(batch: RawBatch) -> AppResult<Vec<(CommandId, Command)>> {
    if batch.commands.len() > MAX_BATCH {
        return Err(Invalid::new("commands", InvalidReason::TooMany { max: MAX_BATCH }).into());
    }
    batch
        .commands
        .into_iter()
        .enumerate()
        .map(|(index, envelope)| {
            let type_name = envelope
                .command
                .get("type")
                .and_then(|t| t.as_str())
                .unwrap_or_default()
                .to_owned();
            if !Command::TYPES.contains(&type_name.as_str()) {
                return Err(AppError::malformed(
                    ErrorCode::UnknownCommand,
                    format!("commands[{index}]: unknown command type {type_name:?}"),
                ));
            }
            let command = serde_json::from_value::<Command>(envelope.command).map_err(|e| {
                AppError::malformed(ErrorCode::InvalidInput, format!("commands[{index}]: {e}"))
            })?;
            Ok((envelope.id, command))
        })
        .collect()
}

fn content_hash(command: &Command) -> Vec<u8> {
    let bytes = serde_json::to_vec(command).unwrap_or_default();
    Sha256::digest(bytes).to_vec()
}

fn encode(outcome: &Outcome) -> AppResult<String> {
    serde_json::to_string(outcome).map_err(|e| AppError::internal("encoding an outcome", e))
}

fn rejection(err: &AppError) -> Outcome {
    let body = err.to_api_error(request_locale());
    Outcome::Rejected {
        code: body.code,
        message: body.message,
        field: body.field,
    }
}

/// The recorded outcome of `id`, as this caller may see it.
fn replay(
    recorded: store::RecordedCommand,
    actor: &CurrentUser,
    hash: &[u8],
) -> AppResult<Outcome> {
    if recorded.person_id != actor.id().0 || recorded.content_hash != hash {
        return Ok(rejection(&ErrorCode::CommandIdReused.into()));
    }
    serde_json::from_str(&recorded.outcome)
        .map_err(|e| AppError::internal("decoding a recorded outcome", e))
}

/// Applies one command as `actor` with a new id, exactly as if it had been posted (used by the
/// demo seed, so its data comes through the same rules).
pub async fn apply_as(
    state: &AppState,
    actor: &CurrentUser,
    command: Command,
) -> AppResult<Outcome> {
    apply_once(state, actor, CommandId(uuid::Uuid::new_v4()), command).await
}

async fn apply_once(
    state: &AppState,
    actor: &CurrentUser,
    id: CommandId,
    command: Command,
) -> AppResult<Outcome> {
    let hash = content_hash(&command);
    if let Some(recorded) = store::recorded(&mut state.db.read(), id).await? {
        return replay(recorded, actor, &hash);
    }
    let now = state.now();
    let err = match try_apply(state, actor, id, &command, &hash, now).await {
        Ok(outcome) => return Ok(outcome),
        Err(err) if is_fault(&err) => return Err(err),
        Err(err) => err,
    };
    let outcome = rejection(&err);
    let encoded = encode(&outcome)?;
    let mut tx = state.db.begin().await?;
    let record = NewRecord {
        id,
        person: actor.id(),
        command_type: command.type_name(),
        content_hash: &hash,
        outcome: &encoded,
        at: now,
    };
    if !store::record(&mut tx.conn(), record).await? {
        drop(tx);
        return replay_recorded(state, actor, id, &hash).await;
    }
    tx.commit().await?;
    Ok(outcome)
}

/// Faults are not the command's doing: nothing is recorded and the client retries.
fn is_fault(err: &AppError) -> bool {
    matches!(err, AppError::Internal { .. }) || err.code() == ErrorCode::Unavailable
}

/// Applies the command, or returns the outcome already recorded for its id.
async fn try_apply(
    state: &AppState,
    actor: &CurrentUser,
    id: CommandId,
    command: &Command,
    hash: &[u8],
    now: DateTime<Utc>,
) -> AppResult<Outcome> {
    command.validate()?;
    let mut tx = state.db.begin().await?;
    let claim = NewRecord {
        id,
        person: actor.id(),
        command_type: command.type_name(),
        content_hash: hash,
        outcome: "{}",
        at: now,
    };
    if !store::record(&mut tx.conn(), claim).await? {
        drop(tx);
        return replay_recorded(state, actor, id, hash).await;
    }
    let mut ctx = CommandCtx {
        tx: &mut tx,
        state,
        actor,
        now,
    };
    let changes = dispatch(&mut ctx, command).await?;
    let seq = feed::append(&mut tx, now, Some(id), changes).await?;
    let outcome = Outcome::Applied { seq };
    store::set_outcome(&mut tx.conn(), id, &encode(&outcome)?).await?;
    tx.commit().await?;
    state.hub.wake();
    state.mailer.wake();
    Ok(outcome)
}

async fn replay_recorded(
    state: &AppState,
    actor: &CurrentUser,
    id: CommandId,
    hash: &[u8],
) -> AppResult<Outcome> {
    let mut tx = state.db.begin().await?;
    let recorded = store::recorded(&mut tx.conn(), id).await?.ok_or_else(|| {
        AppError::internal("replaying a command", "the recorded command vanished")
    })?;
    tx.commit().await?;
    replay(recorded, actor, hash)
}

/// Authorizes and applies one command; returns the changes it made.
async fn dispatch(ctx: &mut CommandCtx<'_>, command: &Command) -> AppResult<Vec<NewChange>> {
    match command {
        Command::UpdateProfile(c) => people::commands::update_profile(ctx, c).await,
        Command::CreateProgram(c) => programs::commands::create_program(ctx, c).await,
        Command::UpdateProgram(c) => programs::commands::update_program(ctx, c).await,
        Command::GrantRole(c) => programs::commands::grant_role(ctx, c).await,
        Command::RevokeRole(c) => programs::commands::revoke_role(ctx, c).await,
        Command::PostAnnouncement(c) => programs::commands::post_announcement(ctx, c).await,
        Command::InviteMember(c) => invitations::commands::invite_member(ctx, c).await,
        Command::RevokeInvitation(c) => invitations::commands::revoke_invitation(ctx, c).await,
        Command::PairMentee(c) => pairing::commands::pair_mentee(ctx, c).await,
        Command::UnpairMentee(c) => pairing::commands::unpair_mentee(ctx, c).await,
        Command::AssignSupervisor(c) => pairing::commands::assign_supervisor(ctx, c).await,
        Command::EndSupervision(c) => pairing::commands::end_supervision(ctx, c).await,
        Command::SetReviewStages(c) => review::projects::set_review_stages(ctx, c).await,
        Command::CreateProject(c) => review::projects::create_project(ctx, c).await,
        Command::AddVersion(c) => review::projects::add_version(ctx, c).await,
        Command::CompleteStage(c) => review::projects::complete_stage(ctx, c).await,
        Command::ReopenStage(c) => review::projects::reopen_stage(ctx, c).await,
        Command::StartThread(c) => review::threads::start_thread(ctx, c).await,
        Command::ReplyToThread(c) => review::threads::reply_to_thread(ctx, c).await,
        Command::EditComment(c) => review::threads::edit_comment(ctx, c).await,
        Command::ResolveThread(c) => review::threads::resolve_thread(ctx, c).await,
        Command::ReopenThread(c) => review::threads::reopen_thread(ctx, c).await,
        Command::AcceptSuggestion(c) => review::threads::accept_suggestion(ctx, c).await,
        Command::SetBookingRules(c) => booking::setup::set_booking_rules(ctx, c).await,
        Command::DefineSessionType(c) => booking::setup::define_session_type(ctx, c).await,
        Command::DefinePackage(c) => booking::setup::define_package(ctx, c).await,
        Command::AssignPackage(c) => booking::setup::assign_package(ctx, c).await,
        Command::DefineSessionPlan(c) => booking::setup::define_session_plan(ctx, c).await,
        Command::SetSprintStart(c) => booking::setup::set_sprint_start(ctx, c).await,
        Command::SetMentorProfile(c) => booking::setup::set_mentor_profile(ctx, c).await,
        Command::SetSchedule(c) => booking::setup::set_schedule(ctx, c).await,
        Command::RemoveSchedule(c) => booking::setup::remove_schedule(ctx, c).await,
        Command::AddTimeOff(c) => booking::setup::add_time_off(ctx, c).await,
        Command::RemoveTimeOff(c) => booking::setup::remove_time_off(ctx, c).await,
        Command::BookSession(c) => booking::sessions::book_session(ctx, c).await,
        Command::RescheduleSession(c) => booking::sessions::reschedule_session(ctx, c).await,
        Command::CancelSession(c) => booking::sessions::cancel_session(ctx, c).await,
        Command::MarkOutcome(c) => booking::sessions::mark_outcome(ctx, c).await,
        Command::AttachRecording(c) => booking::sessions::attach_recording(ctx, c).await,
    }
}
