//! The sync core: commands in, changes out, live pokes.
//!
//! - `POST /api/v1/commands` ([`commands`]): a batch of typed commands, each applied once.
//! - `GET /api/v1/changes?after=SEQ` ([`feed`]): the changes the caller may see.
//! - `GET /api/v1/live` ([`live`]): a WebSocket poking with new sequences, fed by [`hub`], and
//!   telling who else has a project open ([`presence`]).

pub mod commands;
pub mod feed;
pub mod hub;
pub mod live;
pub mod presence;
pub mod presence_store;
pub mod store;

use crate::auth::CurrentUser;
use crate::error::AppResult;
use crate::extract::ApiQuery;
use crate::state::AppState;
use axum::extract::State;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use shared::change::ChangesPage;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/commands", post(commands::post_commands))
        .route("/changes", get(changes))
        .route("/live", get(live::live))
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct ChangesQuery {
    /// Return changes with a sequence greater than this (0 for all).
    #[serde(default)]
    pub after: i64,
}

#[utoipa::path(
    get, path = "/api/v1/changes", tag = "sync",
    params(ChangesQuery),
    responses(
        (status = 200, description = "Changes the caller may see, oldest first", body = ChangesPage),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
    )
)]
pub async fn changes(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(query): ApiQuery<ChangesQuery>,
) -> AppResult<Json<ChangesPage>> {
    Ok(Json(
        feed::pull(&mut state.db.read(), user.id(), query.after).await?,
    ))
}
