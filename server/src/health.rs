//! `GET /api/v1/health`: the server runs and its database answers.

use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use shared::api::Health;

#[utoipa::path(
    get, path = "/api/v1/health", tag = "operations",
    responses(
        (status = 200, description = "Serving, database reachable", body = Health),
        (status = 503, description = "The database does not answer", body = Health),
    )
)]
pub async fn health(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    let (status, database) = match state.db.ping().await {
        Ok(()) => (StatusCode::OK, "ok"),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "unreachable"),
    };
    (
        status,
        Json(Health {
            status: if status.is_success() {
                "ok"
            } else {
                "degraded"
            }
            .to_owned(),
            database: format!("{} {database}", state.db.backend().as_str()),
            version: env!("CARGO_PKG_VERSION").to_owned(),
        }),
    )
}
