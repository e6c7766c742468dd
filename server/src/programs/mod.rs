//! Programs, memberships and announcements: reads, commands, access rules, SQL.

pub mod access;
pub mod commands;
pub mod routes;
pub mod store;

use crate::state::AppState;
use axum::Router;
use axum::routing::get;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/dashboard", get(routes::dashboard))
        .route("/programs/{program_id}", get(routes::program))
        .route("/programs/{program_id}/members", get(routes::members))
}
