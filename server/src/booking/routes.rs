//! Booking reads: the program's setup for the caller, free slots, bookings, a recording link,
//! the monthly settlement.

use super::access;
use super::rules::{self, Ask};
use super::sessions::may_watch;
use super::store::{
    bookings::{self, BookingRow},
    config,
};
use crate::auth::CurrentUser;
use crate::db::Conn;
use crate::error::{AppError, AppResult};
use crate::extract::ApiQuery;
use crate::pairing::store as pairing;
use crate::programs::access::ProgramMember;
use crate::programs::store as programs;
use crate::state::AppState;
use crate::sync::feed;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;
use shared::booking::wire::*;
use shared::booking::{QuotaUse, TimeRange, YearMonth, quota_left};
use shared::error::ErrorCode;
use shared::ids::{BookingId, PersonId, ProgramId, SessionTypeId};
use shared::locale::TimeZoneName;
use shared::role::Role;

/// A mentor's public card.
pub async fn card(
    conn: &mut Conn<'_>,
    program: ProgramId,
    mentor: PersonId,
) -> AppResult<Option<MentorCard>> {
    let Some(person) = crate::auth::store::person(conn, mentor).await? else {
        return Ok(None);
    };
    let profile = config::profile(conn, mentor).await?;
    let languages = profile.as_ref().map(|p| p.languages()).unwrap_or_default();
    let has_schedule = !config::schedules(conn, mentor, Some(program))
        .await?
        .is_empty();
    Ok(Some(MentorCard {
        person_id: mentor,
        name: person.display_name.clone(),
        bookable: !languages.is_empty() && has_schedule,
        languages,
        description: profile
            .as_ref()
            .map(|p| p.description.clone())
            .unwrap_or_default(),
        photo_link: profile.and_then(|p| p.photo_link),
        time_zone: TimeZoneName::parse(&person.time_zone).unwrap_or_else(|_| TimeZoneName::utc()),
    }))
}

#[utoipa::path(
    get, path = "/api/v1/programs/{program_id}/booking", tag = "booking",
    params(("program_id" = uuid::Uuid, Path, description = "The program")),
    responses(
        (status = 200, description = "The program's booking rules and the caller's part", body = BookingSetup),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
        (status = 404, description = "Not a member", body = shared::error::ApiError),
    )
)]
pub async fn setup(
    State(state): State<AppState>,
    member: ProgramMember,
) -> AppResult<Json<BookingSetup>> {
    let mut conn = state.db.read();
    let head = feed::head(&mut conn).await?;
    let program_id = member.roles.program;
    let program = programs::program(&mut conn, program_id)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    let me = member.user.id();
    let (policy, cancel_reasons) = config::rules(&mut conn, program_id).await?;
    let mut setup = BookingSetup {
        program_id,
        time_zone: program.time_zone(),
        session_types: config::session_types(&mut conn, program_id).await?,
        plan: config::plan(&mut conn, program_id).await?,
        policy,
        cancel_reasons,
        mentors: Vec::new(),
        package: None,
        quota_left: None,
        sprint_starts_on: None,
        profile: None,
        video_link: None,
        schedules: Vec::new(),
        time_off: Vec::new(),
        packages: Vec::new(),
        head,
    };
    if member.roles.has(Role::Mentee) {
        for mentor in access::bookable_mentors(&mut conn, program_id, me).await? {
            setup
                .mentors
                .extend(card(&mut conn, program_id, mentor).await?);
        }
        setup.package = config::package_of(&mut conn, program_id, me).await?;
        if let Some(package) = &setup.package {
            let mine = bookings::of_client(&mut conn, program_id, me).await?;
            let use_ = QuotaUse {
                quota: package.quota,
                zone: &setup.time_zone,
                client: me,
                program: program_id,
                bookings: &mine,
            };
            setup.quota_left = Some(quota_left(&use_, state.now(), None));
        }
        setup.sprint_starts_on = config::sprint(&mut conn, program_id, me).await?;
    }
    if member.roles.has(Role::Mentor) {
        setup.profile = card(&mut conn, program_id, me).await?;
        setup.video_link = config::profile(&mut conn, me)
            .await?
            .and_then(|p| p.video_link);
        setup.schedules = config::schedules(&mut conn, me, Some(program_id)).await?;
        setup.time_off = config::time_off(&mut conn, me).await?;
    }
    if member.roles.has(Role::Coordinator) {
        setup.packages = config::packages(&mut conn, program_id).await?;
    }
    Ok(Json(setup))
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct SlotsQuery {
    pub session_type: SessionTypeId,
    /// From this instant (default: now).
    pub from: Option<DateTime<Utc>>,
    /// Until this instant (default: 30 days after `from`; at most 92 days).
    pub to: Option<DateTime<Utc>>,
    pub length: Option<u16>,
    pub plan_step: Option<u16>,
}

#[derive(Deserialize)]
pub struct MentorPath {
    pub program_id: ProgramId,
    pub mentor_id: PersonId,
}

#[utoipa::path(
    get, path = "/api/v1/programs/{program_id}/mentors/{mentor_id}/slots", tag = "booking",
    params(("program_id" = uuid::Uuid, Path), ("mentor_id" = uuid::Uuid, Path), SlotsQuery),
    responses(
        (status = 200, description = "The mentor's free slots for the caller", body = FreeSlots),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
        (status = 404, description = "Not a mentor the caller may book", body = shared::error::ApiError),
    )
)]
pub async fn slots(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(path): Path<MentorPath>,
    ApiQuery(q): ApiQuery<SlotsQuery>,
) -> AppResult<Json<FreeSlots>> {
    let mut conn = state.db.read();
    let me = user.id();
    let roles = programs::roles_in(&mut conn, me, path.program_id).await?;
    let client = if roles.contains(&Role::Mentee) {
        access::may_book(&mut conn, path.program_id, me, path.mentor_id).await?;
        Some(me)
    } else if roles.contains(&Role::Coordinator)
        || (me == path.mentor_id && roles.contains(&Role::Mentor))
    {
        None
    } else {
        return Err(ErrorCode::NotFound.into());
    };
    let now = state.now();
    let from = q.from.unwrap_or(now);
    let to =
        q.to.unwrap_or(from + Duration::days(30))
            .min(from + Duration::days(92));
    let ask = Ask {
        program: path.program_id,
        mentor: path.mentor_id,
        session_type: q.session_type,
        client,
        plan_step: q.plan_step,
    };
    let loaded = rules::load(&mut conn, &ask).await?;
    let slots = loaded.free(now, TimeRange::new(from, to), q.length);
    let unavailable = if slots.is_empty() {
        card(&mut conn, path.program_id, path.mentor_id)
            .await?
            .filter(|c| c.languages.is_empty())
            .map(|_| ErrorCode::LanguagesNotDeclared.as_str().to_owned())
    } else {
        None
    };
    Ok(Json(FreeSlots {
        mentor_id: path.mentor_id,
        session_type_id: q.session_type,
        slots,
        unavailable,
    }))
}

/// A booking as shown, with names and its session type.
pub async fn view(conn: &mut Conn<'_>, row: &BookingRow) -> AppResult<Option<BookingView>> {
    let Some(b) = row.booking() else {
        return Ok(None);
    };
    let session = config::session_type(conn, b.session_type)
        .await?
        .map(|t| t.name.as_str().to_owned())
        .unwrap_or_default();
    let video = config::profile(conn, b.mentor)
        .await?
        .and_then(|p| p.video_link);
    Ok(Some(BookingView {
        id: b.id,
        program_id: b.program,
        session_type_id: b.session_type,
        session_type_name: session,
        mentor_id: b.mentor,
        mentor_name: row.mentor_name.clone(),
        client_id: b.client,
        client_name: row.client_name.clone(),
        start: b.start,
        end: b.end(),
        status: b.status,
        plan_step: b.plan_step,
        free_cancellation_until: b.cancellation_policy.free_until(b.start),
        video_link: video,
        has_recording: row.recording_link.is_some(),
        cancel_reason: row.cancel_reason.clone(),
        cancel_note: row.cancel_note.clone(),
    }))
}

#[utoipa::path(
    get, path = "/api/v1/programs/{program_id}/bookings", tag = "booking",
    params(("program_id" = uuid::Uuid, Path, description = "The program")),
    responses(
        (status = 200, description = "Sessions the caller may see: their own; a supervisor's mentors'; all for coordinators", body = BookingList),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
        (status = 404, description = "Not a member", body = shared::error::ApiError),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    member: ProgramMember,
) -> AppResult<Json<BookingList>> {
    let mut conn = state.db.read();
    let head = feed::head(&mut conn).await?;
    let program = member.roles.program;
    let me = member.user.id();
    let rows = if member.roles.has(Role::Coordinator) {
        bookings::of_program(&mut conn, program, None).await?
    } else {
        let mut people = vec![me];
        if member.roles.has(Role::Supervisor) {
            let supervised = pairing::supervisions_of(&mut conn, program).await?;
            people.extend(
                supervised
                    .into_iter()
                    .filter(|s| s.supervisor_id == me)
                    .map(|s| s.mentor_id),
            );
        }
        bookings::of_program(&mut conn, program, Some(&people)).await?
    };
    let mut views = Vec::with_capacity(rows.len());
    for row in &rows {
        views.extend(view(&mut conn, row).await?);
    }
    Ok(Json(BookingList {
        bookings: views,
        head,
    }))
}

#[utoipa::path(
    get, path = "/api/v1/bookings/{booking_id}/recording", tag = "booking",
    params(("booking_id" = uuid::Uuid, Path, description = "The session")),
    responses(
        (status = 200, description = "The recording's link (client, mentor and the mentor's supervisor only)", body = RecordingLink),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
        (status = 404, description = "No such session, no recording, or not the caller's to watch", body = shared::error::ApiError),
    )
)]
pub async fn recording(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<BookingId>,
) -> AppResult<Json<RecordingLink>> {
    let mut conn = state.db.read();
    let row = bookings::get(&mut conn, id)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    let b = row.booking().ok_or(ErrorCode::NotFound)?;
    if !may_watch(&mut conn, &user, &b).await? {
        return Err(ErrorCode::NotFound.into());
    }
    let link = row.recording_link.ok_or(ErrorCode::NotFound)?;
    Ok(Json(RecordingLink { link }))
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct SettlementQuery {
    /// The month, `YYYY-MM` (default: the previous month on the program's clock).
    pub month: Option<String>,
    /// `csv` for a spreadsheet file; JSON otherwise.
    pub format: Option<String>,
}

#[utoipa::path(
    get, path = "/api/v1/programs/{program_id}/settlement", tag = "booking",
    params(("program_id" = uuid::Uuid, Path), SettlementQuery),
    responses(
        (status = 200, description = "Billable sessions of the month per mentor (coordinators: all; mentors: their own)"),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
        (status = 403, description = "Neither coordinator nor mentor", body = shared::error::ApiError),
    )
)]
pub async fn settlement(
    State(state): State<AppState>,
    member: ProgramMember,
    ApiQuery(q): ApiQuery<SettlementQuery>,
) -> AppResult<Response> {
    member
        .roles
        .require_any(&[Role::Coordinator, Role::Mentor])?;
    let mut conn = state.db.read();
    let program_id = member.roles.program;
    let program = programs::program(&mut conn, program_id)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    let zone = program.time_zone();
    let month = match &q.month {
        Some(m) => YearMonth::parse(m)
            .map_err(|_| AppError::malformed(ErrorCode::InvalidInput, "month: expected YYYY-MM"))?,
        None => {
            let today = state.now().with_timezone(&zone.tz()).date_naive();
            let this = YearMonth::of(today).first_day();
            YearMonth::of(this.pred_opt().unwrap_or(this))
        }
    };
    let only = (!member.roles.has(Role::Coordinator)).then(|| vec![member.user.id()]);
    let rows = bookings::of_program(&mut conn, program_id, only.as_deref()).await?;
    let mut list = Vec::new();
    let mut names = std::collections::BTreeMap::new();
    for row in &rows {
        if let Some(b) = row
            .booking()
            .filter(|b| only.as_ref().is_none_or(|o| o.contains(&b.mentor)))
        {
            names.insert(b.mentor, row.mentor_name.clone());
            list.push(b);
        }
    }
    let terms = [shared::booking::ProgramTerms {
        program: program_id,
        name: program.name.clone(),
        time_zone: zone,
        rate: None,
    }];
    let settlement = shared::booking::monthly_settlement(month, &list, &terms, &names)
        .map_err(|e| AppError::internal("settling a month", e.to_string()))?;
    if q.format.as_deref() == Some("csv") {
        let csv = shared::booking::settlement_csv(&settlement);
        let name = format!("attachment; filename=\"settlement-{month}.csv\"");
        return Ok((
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (header::CONTENT_DISPOSITION, name),
            ],
            csv,
        )
            .into_response());
    }
    Ok(Json(settlement).into_response())
}
