//! Accounts: passwords, cookie sessions with CSRF tokens, sign-in throttling, password reset.

pub mod password;
pub mod routes;
pub mod session;
pub mod store;
pub mod throttle;
pub mod token;

pub use session::CurrentUser;

use crate::state::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/auth/sign-in", post(routes::sign_in))
        .route("/auth/sign-out", post(routes::sign_out))
        .route("/auth/session", get(routes::current))
        .route("/auth/password-reset", post(routes::request_reset))
        .route("/auth/password-reset/confirm", post(routes::confirm_reset))
}
