//! Session booking: a program's rules (session types, plan, packages, cancellation policy), a
//! mentor's profile, schedules and time off, booking, moving and cancelling sessions with the
//! program's consequences, marking outcomes, recordings, the monthly settlement, calendar files.
//! The rules themselves are pure code in `shared::booking`; this module stores, authorizes and
//! serializes.

pub mod access;
pub mod calendar;
pub mod feeds;
pub mod mail;
pub mod reminders;
pub mod routes;
pub mod rules;
pub mod sessions;
pub mod setup;
pub mod store;

use crate::state::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/programs/{program_id}/booking", get(routes::setup))
        .route(
            "/programs/{program_id}/mentors/{mentor_id}/slots",
            get(routes::slots),
        )
        .route("/programs/{program_id}/bookings", get(routes::list))
        .route("/programs/{program_id}/settlement", get(routes::settlement))
        .route("/bookings/{booking_id}/recording", get(routes::recording))
        .route(
            "/calendar-feed",
            post(feeds::create_feed).delete(feeds::revoke_feed),
        )
        .route("/calendar/{token}", get(feeds::feed))
        .route(
            "/programs/{program_id}/partner-tokens",
            post(feeds::create_partner_token),
        )
        .route("/directory/mentors", get(feeds::directory))
}
