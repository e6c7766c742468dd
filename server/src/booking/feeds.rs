//! Personal calendar feeds (an ICS address with a secret, revocable token) and the partner
//! directory (mentors' public profiles and free slots for a partner platform, with a token).
//! Issuing a token is not a command: like signing in, it hands out a secret shown only once.

use super::calendar::{CalendarEvent, calendar};
use super::routes::card;
use super::rules::{self, Ask};
use super::store::{bookings, config, tokens};
use crate::auth::{CurrentUser, token};
use crate::error::{AppError, AppResult};
use crate::extract::ApiJson;
use crate::programs::access::ProgramMember;
use crate::programs::store as programs;
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Duration;
use serde::Deserialize;
use shared::booking::TimeRange;
use shared::booking::wire::{CalendarFeed, Directory, DirectoryMentor, PartnerToken};
use shared::error::ErrorCode;
use shared::role::Role;

#[utoipa::path(
    post, path = "/api/v1/calendar-feed", tag = "booking",
    responses(
        (status = 200, description = "A new personal feed address; the previous one stops working", body = CalendarFeed),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
    )
)]
pub async fn create_feed(
    State(state): State<AppState>,
    user: CurrentUser,
) -> AppResult<Json<CalendarFeed>> {
    let secret = token::new_token();
    let mut tx = state.db.begin().await?;
    tokens::replace_feed(
        &mut tx.conn(),
        user.id(),
        &token::hash(&secret),
        state.now(),
    )
    .await?;
    tx.commit().await?;
    Ok(Json(CalendarFeed {
        url: format!("{}/api/v1/calendar/{secret}.ics", state.settings.public_url),
    }))
}

#[utoipa::path(
    delete, path = "/api/v1/calendar-feed", tag = "booking",
    responses(
        (status = 204, description = "The feed address stops working"),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
    )
)]
pub async fn revoke_feed(
    State(state): State<AppState>,
    user: CurrentUser,
) -> AppResult<StatusCode> {
    let mut tx = state.db.begin().await?;
    tokens::revoke_feeds(&mut tx.conn(), user.id()).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    get, path = "/api/v1/calendar/{token}", tag = "booking",
    params(("token" = String, Path, description = "The secret of the feed address (with `.ics`)")),
    responses(
        (status = 200, description = "RFC 5545 calendar of the person's sessions", content_type = "text/calendar"),
        (status = 404, description = "Unknown or revoked", body = shared::error::ApiError),
    )
)]
pub async fn feed(
    State(state): State<AppState>,
    Path(secret): Path<String>,
) -> AppResult<Response> {
    let secret = secret.strip_suffix(".ics").unwrap_or(&secret);
    let mut conn = state.db.read();
    let person = tokens::feed_owner(&mut conn, &token::hash(secret))
        .await?
        .ok_or(ErrorCode::NotFound)?;
    let rows = bookings::of_person(&mut conn, person).await?;
    let mut texts = Vec::new();
    for row in &rows {
        let Some(b) = row.booking() else { continue };
        let session = config::session_type(&mut conn, b.session_type)
            .await?
            .map(|t| t.name.as_str().to_owned())
            .unwrap_or_default();
        let video = config::profile(&mut conn, b.mentor)
            .await?
            .and_then(|p| p.video_link);
        let other = if b.mentor == person {
            &row.client_name
        } else {
            &row.mentor_name
        };
        texts.push((b, format!("{session} — {other}"), video));
    }
    let events: Vec<CalendarEvent<'_>> = texts
        .iter()
        .map(|(b, summary, video)| CalendarEvent {
            booking: b.id,
            start: b.start,
            end: b.end(),
            status: b.status,
            summary,
            description: video.as_deref().unwrap_or_default(),
            location: video.as_deref(),
            sequence: u32::from(b.status != shared::booking::status::BookingStatus::Booked),
            stamp: state.now(),
        })
        .collect();
    let body = calendar(&events, None, "Mentorhub");
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CACHE_CONTROL, "private, no-store"),
        ],
        body,
    )
        .into_response())
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct NewPartnerToken {
    /// Who the token is for, e.g. "Benefit Plus platform".
    pub name: String,
}

#[utoipa::path(
    post, path = "/api/v1/programs/{program_id}/partner-tokens", tag = "booking",
    params(("program_id" = uuid::Uuid, Path)),
    request_body = NewPartnerToken,
    responses(
        (status = 200, description = "A token for the partner directory; shown once", body = PartnerToken),
        (status = 403, description = "Not a coordinator", body = shared::error::ApiError),
    )
)]
pub async fn create_partner_token(
    State(state): State<AppState>,
    member: ProgramMember,
    ApiJson(body): ApiJson<NewPartnerToken>,
) -> AppResult<Json<PartnerToken>> {
    member.roles.require_any(&[Role::Coordinator])?;
    let name = shared::text::ProgramName::parse(&body.name)?;
    let secret = token::new_token();
    let mut tx = state.db.begin().await?;
    tokens::add_partner(
        &mut tx.conn(),
        &token::hash(&secret),
        member.roles.program,
        name.as_str(),
        member.user.id(),
        state.now(),
    )
    .await?;
    tx.commit().await?;
    Ok(Json(PartnerToken { token: secret }))
}

#[utoipa::path(
    get, path = "/api/v1/directory/mentors", tag = "booking",
    security(("partner" = [])),
    responses(
        (status = 200, description = "The program's bookable mentors with free slots of its first session type for 14 days", body = Directory),
        (status = 401, description = "No or unknown partner token", body = shared::error::ApiError),
    )
)]
pub async fn directory(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> AppResult<Json<Directory>> {
    let secret = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or(AppError::Expected(ErrorCode::Unauthenticated))?;
    let mut conn = state.db.read();
    let program = tokens::partner_program(&mut conn, &token::hash(secret.trim()))
        .await?
        .ok_or(ErrorCode::Unauthenticated)?;
    let first_type = config::session_types(&mut conn, program)
        .await?
        .into_iter()
        .next();
    let now = state.now();
    let mut mentors = Vec::new();
    for mentor in programs::holders(&mut conn, program, Role::Mentor).await? {
        let Some(card) = card(&mut conn, program, mentor)
            .await?
            .filter(|c| c.bookable)
        else {
            continue;
        };
        let free_slots = match &first_type {
            Some(t) => {
                let ask = Ask {
                    program,
                    mentor,
                    session_type: t.id,
                    client: None,
                    plan_step: None,
                };
                rules::load(&mut conn, &ask).await?.free(
                    now,
                    TimeRange::new(now, now + Duration::days(14)),
                    None,
                )
            }
            None => Vec::new(),
        };
        mentors.push(DirectoryMentor {
            mentor: card,
            free_slots,
        });
    }
    Ok(Json(Directory {
        program_id: program,
        mentors,
    }))
}
