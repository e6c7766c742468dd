//! Pairing: which mentor works with which mentee, and which supervisor oversees which mentor.
//! Review, feedback and booking decide access from it.

pub mod commands;
pub mod store;

use crate::error::AppResult;
use crate::programs::access::ProgramMember;
use crate::state::AppState;
use crate::sync::feed;
use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use shared::api::PairList;
use shared::role::Role;

pub fn router() -> Router<AppState> {
    Router::new().route("/programs/{program_id}/pairs", get(pairs))
}

#[utoipa::path(
    get, path = "/api/v1/programs/{program_id}/pairs", tag = "programs",
    params(("program_id" = uuid::Uuid, Path, description = "The program")),
    responses(
        (status = 200, description = "Pairs and supervision (coordinators only)", body = PairList),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
        (status = 403, description = "Not a coordinator", body = shared::error::ApiError),
        (status = 404, description = "Not a member", body = shared::error::ApiError),
    )
)]
pub async fn pairs(
    State(state): State<AppState>,
    member: ProgramMember,
) -> AppResult<Json<PairList>> {
    member.roles.require_any(&[Role::Coordinator])?;
    let mut conn = state.db.read();
    let head = feed::head(&mut conn).await?;
    let pairs = store::pairs_of(&mut conn, member.roles.program).await?;
    let supervisions = store::supervisions_of(&mut conn, member.roles.program).await?;
    Ok(Json(PairList {
        pairs,
        supervisions,
        head,
    }))
}
