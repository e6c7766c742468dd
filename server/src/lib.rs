//! Mentorhub's sync server: serves the built client and the `/api/v1` API over one SQLite or
//! PostgreSQL database.
//!
//! # Layout
//! - [`config`]: command-line flags and their environment variables.
//! - [`state`]: [`AppState`], the clock, settings.
//! - [`error`]: [`AppError`](error::AppError), the one error type, answered as `{code, message}`.
//! - [`db`]: the storage seam (SQLite or PostgreSQL), migrations, the `run!` macro.
//! - [`auth`]: passwords, sessions, CSRF, throttling, password reset; the `CurrentUser` extractor.
//! - [`programs`]: programs, roles, announcements; the `ProgramMember` extractor.
//! - [`invitations`]: invitations by e-mail and accepting them.
//! - [`people`]: a person's own profile.
//! - [`booking`]: session booking: rules, schedules, bookings, outcomes, settlement, calendars.
//! - [`pairing`]: mentees paired with mentors, mentors under supervisors.
//! - [`files`]: uploaded files, stored by content (a local folder).
//! - [`review`]: document review: projects, versions, anchored threads, differences.
//! - [`sync`]: commands in, the change feed out, live pokes over WebSocket.
//! - [`mail`]: the e-mail queue and its worker (SMTP, a folder of .eml files, or memory).
//! - [`demo`]: the demo programs `cargo xtask run` starts with.
//! - [`web`]: static client, security headers, request language, same-origin writes.
//! - [`shell`]: the page shell with Trunk's inline loader moved out, for the CSP.
//! - [`openapi`]: the OpenAPI description of the API.
//! - [`tools`]: offline subcommands of the binary (`server reanchor`).
//!
//! Each capability module owns its routes (`routes.rs`), its command handlers (`commands.rs`) and
//! its SQL (`store.rs`); [`router`] merges them in one place.

pub mod auth;
pub mod booking;
pub mod config;
pub mod db;
pub mod demo;
pub mod error;
pub mod extract;
pub mod files;
pub mod health;
pub mod invitations;
pub mod mail;
pub mod openapi;
pub mod pairing;
pub mod people;
pub mod programs;
pub mod review;
pub mod shell;
pub mod state;
pub mod sync;
pub mod tools;
pub mod web;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, Request};
use axum::routing::get;
pub use state::AppState;
use std::path::Path;
use tokio::task::JoinHandle;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

/// The largest JSON body the API accepts.
pub const MAX_BODY_BYTES: usize = 512 * 1024;

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The `/api/v1` routes of every capability.
pub fn api(max_upload: usize) -> Router<AppState> {
    Router::new()
        .route("/health", get(health::health))
        .route("/openapi.json", get(openapi::openapi_json))
        .merge(auth::router())
        .merge(programs::router())
        .merge(invitations::router())
        .merge(pairing::router())
        .merge(review::router(max_upload))
        .merge(booking::router())
        .merge(sync::router())
        .fallback(web::api_not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
}

/// The whole application: the API, the client from `dist` (when given), and the layers.
pub fn router(state: AppState, dist: Option<&Path>) -> Router {
    let client = match dist.map(web::client) {
        Some(Ok(client)) => client,
        Some(Err(err)) => {
            tracing::warn!(error = %err, "no built client to serve");
            Router::new().fallback(web::no_client)
        }
        None => Router::new().fallback(web::no_client),
    };
    Router::new()
        .nest("/api/v1", api(state.settings.max_upload))
        .route("/api", get(web::api_not_found))
        .route("/api/{*rest}", get(web::api_not_found))
        .merge(client)
        .layer(axum::middleware::from_fn_with_state(state.clone(), web::same_origin_writes))
        .layer(axum::middleware::from_fn(web::request_locale))
        .layer(axum::middleware::from_fn_with_state(state.clone(), web::security_headers))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
            let id = request
                .headers()
                .get(REQUEST_ID)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("-");
            tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), id)
        }))
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
        .with_state(state)
}

/// Starts the tasks that run beside the HTTP server: the live broadcaster, the PostgreSQL
/// listener, the e-mail worker and the booking reminders. They stop when the state's shutdown signal flips.
pub fn spawn_background(state: &AppState) -> Vec<JoinHandle<()>> {
    vec![
        tokio::spawn(sync::hub::run_broadcaster(state.clone())),
        tokio::spawn(sync::hub::run_pg_listener(state.clone())),
        tokio::spawn(mail::run_worker(state.clone())),
        tokio::spawn(booking::reminders::run(state.clone())),
    ]
}
