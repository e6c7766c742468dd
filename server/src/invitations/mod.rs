//! Invitations: a coordinator invites by e-mail (commands), the invitee opens and accepts the
//! link (routes), which creates their account if needed and adds the role.

pub mod commands;
pub mod routes;
pub mod store;

use crate::state::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/invitations/{token}", get(routes::preview))
        .route("/invitations/{token}/accept", post(routes::accept))
}
