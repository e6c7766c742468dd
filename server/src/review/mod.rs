//! Document review: projects in stages, uploaded versions (text extracted from Markdown, text,
//! DOCX and PDF), threads of comments anchored to passages and carried onto each new version,
//! suggested changes, word-level differences.
//!
//! Access rests on pairing (see [`access`]): the owner, their mentors, those mentors'
//! supervisors and the program's coordinators; private notes never reach the owner.

pub mod access;
pub mod extract;
pub mod projects;
pub mod routes;
pub mod store;
pub mod threads;
pub mod uploads;

use crate::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

pub fn router(max_upload: usize) -> Router<AppState> {
    Router::new()
        .route("/programs/{program_id}/projects", get(routes::projects))
        .route("/projects/{project_id}", get(routes::project))
        .route("/projects/{project_id}/diff", get(routes::diff))
        .route(
            "/projects/{project_id}/uploads",
            post(uploads::upload).layer(DefaultBodyLimit::max(max_upload)),
        )
        .route("/versions/{version_id}", get(routes::version))
        .route("/versions/{version_id}/file", get(uploads::download))
}
