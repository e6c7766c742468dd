//! The OpenAPI description of `/api/v1`, served at `/api/v1/openapi.json`. Generated from the
//! handlers' annotations and the shared wire types, so it cannot drift from the code; a test
//! checks that every API route of the router is described.

use crate::{auth, booking, health, invitations, pairing, programs, review, sync};
use axum::Json;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Mentorhub API",
        description = "One versioned API for the Mentorhub app and for integrations. Reads are JSON GETs; \
every write is a typed command sent to POST /api/v1/commands with a client-made id, applied once. \
Cookie-authenticated writes carry the session's CSRF token in the x-csrf-token header. \
Errors are {code, message, field} with stable codes."
    ),
    paths(
        health::health,
        auth::routes::sign_in,
        auth::routes::sign_out,
        auth::routes::current,
        auth::routes::request_reset,
        auth::routes::confirm_reset,
        invitations::routes::preview,
        invitations::routes::accept,
        programs::routes::dashboard,
        programs::routes::program,
        programs::routes::members,
        pairing::pairs,
        review::routes::projects,
        review::routes::project,
        review::routes::version,
        review::routes::diff,
        review::uploads::upload,
        review::uploads::download,
        booking::routes::setup,
        booking::routes::slots,
        booking::routes::list,
        booking::routes::settlement,
        booking::routes::recording,
        booking::feeds::create_feed,
        booking::feeds::revoke_feed,
        booking::feeds::feed,
        booking::feeds::create_partner_token,
        booking::feeds::directory,
        sync::commands::post_commands,
        sync::changes,
        sync::live::live,
    ),
    components(schemas(shared::change::LiveMessage, shared::change::Event)),
    modifiers(&SessionCookie),
    tags(
        (name = "accounts", description = "Sign-in, sessions, password reset, invitations"),
        (name = "programs", description = "Programs, roles, announcements"),
        (name = "booking", description = "Schedules, free slots, sessions, settlement, calendars"),
        (name = "review", description = "Projects, versions, anchored comment threads"),
        (name = "sync", description = "Commands, the change feed and live pokes"),
        (name = "operations", description = "Health"),
    )
)]
pub struct ApiDoc;

struct SessionCookie;

impl Modify for SessionCookie {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(
                crate::auth::session::SESSION_COOKIE,
            ))),
        );
        components.add_security_scheme(
            "partner",
            SecurityScheme::Http(utoipa::openapi::security::Http::new(
                utoipa::openapi::security::HttpAuthScheme::Bearer,
            )),
        );
        components.add_security_scheme(
            "csrf",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::new(shared::api::CSRF_HEADER))),
        );
    }
}

pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
