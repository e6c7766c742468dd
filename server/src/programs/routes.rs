//! Reads: the dashboard, one program, its members.

use super::access::ProgramMember;
use super::store;
use crate::auth::CurrentUser;
use crate::error::AppResult;
use crate::invitations::store as invitation_store;
use crate::state::AppState;
use crate::sync::feed;
use axum::Json;
use axum::extract::State;
use shared::api::{Dashboard, MemberList, ProgramDetail};
use shared::error::ErrorCode;
use shared::role::Role;

const DASHBOARD_ANNOUNCEMENTS: i64 = 20;
const PROGRAM_ANNOUNCEMENTS: i64 = 50;

#[utoipa::path(
    get, path = "/api/v1/dashboard", tag = "programs",
    responses(
        (status = 200, description = "The caller, their programs and roles, recent announcements", body = Dashboard),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
    )
)]
pub async fn dashboard(
    State(state): State<AppState>,
    user: CurrentUser,
) -> AppResult<Json<Dashboard>> {
    let mut conn = state.db.read();
    // The head is read first: whatever commits later is in the changes after it.
    let head = feed::head(&mut conn).await?;
    let programs = store::summaries(&mut conn, user.id()).await?;
    let announcements =
        store::announcements_for(&mut conn, user.id(), DASHBOARD_ANNOUNCEMENTS).await?;
    Ok(Json(Dashboard {
        me: user.person.to_me(),
        programs,
        announcements,
        head,
    }))
}

#[utoipa::path(
    get, path = "/api/v1/programs/{program_id}", tag = "programs",
    params(("program_id" = uuid::Uuid, Path, description = "The program")),
    responses(
        (status = 200, description = "The program as the caller sees it", body = ProgramDetail),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
        (status = 404, description = "No such program, or the caller is not a member", body = shared::error::ApiError),
    )
)]
pub async fn program(
    State(state): State<AppState>,
    member: ProgramMember,
) -> AppResult<Json<ProgramDetail>> {
    let mut conn = state.db.read();
    let head = feed::head(&mut conn).await?;
    let summary = store::summaries(&mut conn, member.user.id())
        .await?
        .into_iter()
        .find(|p| p.id == member.roles.program)
        .ok_or(ErrorCode::NotFound)?;
    let announcements =
        store::announcements(&mut conn, member.roles.program, PROGRAM_ANNOUNCEMENTS).await?;
    Ok(Json(ProgramDetail {
        program: summary,
        announcements,
        head,
    }))
}

#[utoipa::path(
    get, path = "/api/v1/programs/{program_id}/members", tag = "programs",
    params(("program_id" = uuid::Uuid, Path, description = "The program")),
    responses(
        (status = 200, description = "Members and invitations (coordinators only)", body = MemberList),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
        (status = 403, description = "Not a coordinator of the program", body = shared::error::ApiError),
        (status = 404, description = "No such program, or the caller is not a member", body = shared::error::ApiError),
    )
)]
pub async fn members(
    State(state): State<AppState>,
    member: ProgramMember,
) -> AppResult<Json<MemberList>> {
    member.roles.require_any(&[Role::Coordinator])?;
    let mut conn = state.db.read();
    let head = feed::head(&mut conn).await?;
    let members = store::members(&mut conn, member.roles.program).await?;
    let invitations =
        invitation_store::invitations_of(&mut conn, member.roles.program, state.now()).await?;
    Ok(Json(MemberList {
        members,
        invitations,
        head,
    }))
}
