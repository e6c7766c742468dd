//! Loading what the shared booking rules need for one mentor, session type and client, and
//! turning their refusals into error codes.

use super::store::{bookings, config};
use crate::db::Conn;
use crate::error::{AppError, AppResult};
use crate::programs::store as programs;
use chrono::{DateTime, Utc};
use shared::booking::status::TransitionError;
use shared::booking::{
    Availability, Booking, BookingRefusal, CancellationPolicy, Quota, QuotaUse, Schedule,
    SessionType, Slot, SlotRequest, TimeRange, free_slots, validate_booking,
};
use shared::error::{ErrorCode, Invalid, InvalidReason};
use shared::ids::{BookingId, PersonId, ProgramId, SessionTypeId};
use shared::locale::TimeZoneName;

/// Everything one booking decision reads.
pub struct Loaded {
    pub program: ProgramId,
    pub zone: TimeZoneName,
    pub session_type: SessionType,
    pub policy: CancellationPolicy,
    schedules: Vec<Schedule>,
    bookings: Vec<Booking>,
    time_off: Vec<TimeRange>,
    languages_declared: bool,
    quota: Option<(Quota, PersonId, Vec<Booking>)>,
    window: Option<TimeRange>,
}

pub struct Ask {
    pub program: ProgramId,
    pub mentor: PersonId,
    pub session_type: SessionTypeId,
    pub client: Option<PersonId>,
    pub plan_step: Option<u16>,
}

pub async fn load(conn: &mut Conn<'_>, ask: &Ask) -> AppResult<Loaded> {
    let program = programs::program(conn, ask.program)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    let zone = program.time_zone();
    let session_type = config::session_type(conn, ask.session_type)
        .await?
        .filter(|t| t.program == ask.program)
        .ok_or(ErrorCode::NotFound)?;
    let (policy, _) = config::rules(conn, ask.program).await?;
    let schedules = config::schedules(conn, ask.mentor, Some(ask.program)).await?;
    let bookings = bookings::occupying_of_mentor(conn, ask.mentor).await?;
    let time_off = config::time_off(conn, ask.mentor)
        .await?
        .into_iter()
        .map(|t| t.range)
        .collect();
    let languages_declared = config::profile(conn, ask.mentor)
        .await?
        .is_some_and(|p| !p.languages().is_empty());
    let quota = match ask.client {
        Some(client) => match config::package_of(conn, ask.program, client).await? {
            Some(package) => Some((
                package.quota,
                client,
                bookings::of_client(conn, ask.program, client).await?,
            )),
            None => None,
        },
        None => None,
    };
    let window = match (ask.plan_step, ask.client) {
        (Some(step), Some(client)) => {
            let plan = config::plan(conn, ask.program)
                .await?
                .ok_or(Invalid::new("plan_step", InvalidReason::UnknownStage))?;
            let step = plan
                .steps
                .get(usize::from(step))
                .filter(|s| s.session_type == ask.session_type)
                .ok_or(Invalid::new("plan_step", InvalidReason::UnknownStage))?;
            let sprint = config::sprint(conn, ask.program, client)
                .await?
                .ok_or(AppError::Expected(ErrorCode::SessionNotOffered))?;
            Some(step.window(sprint, &zone))
        }
        _ => None,
    };
    Ok(Loaded {
        program: ask.program,
        zone,
        session_type,
        policy,
        schedules,
        bookings,
        time_off,
        languages_declared,
        quota,
        window,
    })
}

impl Loaded {
    fn with<T>(
        &self,
        now: DateTime<Utc>,
        length: Option<u16>,
        replacing: Option<BookingId>,
        f: impl FnOnce(&Availability<'_>, &SlotRequest<'_>) -> T,
    ) -> T {
        let availability = Availability {
            languages_declared: self.languages_declared,
            schedules: &self.schedules,
            bookings: &self.bookings,
            time_off: &self.time_off,
        };
        let quota = self
            .quota
            .as_ref()
            .map(|(quota, client, bookings)| QuotaUse {
                quota: *quota,
                zone: &self.zone,
                client: *client,
                program: self.program,
                bookings,
            });
        let request = SlotRequest {
            session_type: &self.session_type,
            length_minutes: length,
            now,
            window: self.window,
            quota,
            replacing,
        };
        f(&availability, &request)
    }

    pub fn free(&self, now: DateTime<Utc>, range: TimeRange, length: Option<u16>) -> Vec<Slot> {
        self.with(now, length, None, |a, r| free_slots(a, r, range))
    }

    pub fn validate(
        &self,
        now: DateTime<Utc>,
        start: DateTime<Utc>,
        length: Option<u16>,
        replacing: Option<BookingId>,
    ) -> AppResult<Slot> {
        self.with(now, length, replacing, |a, r| validate_booking(a, r, start))
            .map_err(refusal)
    }
}

/// The error code of a refused booking.
pub fn refusal(r: BookingRefusal) -> AppError {
    AppError::Expected(match r {
        BookingRefusal::LanguagesNotDeclared => ErrorCode::LanguagesNotDeclared,
        BookingRefusal::MentorBusy => ErrorCode::SlotTaken,
        BookingRefusal::QuotaExhausted { .. } => ErrorCode::QuotaExhausted,
        BookingRefusal::LengthNotAllowed { .. }
        | BookingRefusal::SessionTypeNotOffered
        | BookingRefusal::TooShortNotice { .. }
        | BookingRefusal::BeyondHorizon { .. }
        | BookingRefusal::OutsidePlanWindow { .. }
        | BookingRefusal::NotAnOfferedTime
        | BookingRefusal::MentorAway => ErrorCode::SessionNotOffered,
    })
}

/// The error code of a refused status change.
pub fn transition(e: TransitionError) -> AppError {
    AppError::Expected(match e {
        TransitionError::AlreadyFinal { .. }
        | TransitionError::AlreadyStarted
        | TransitionError::TooLateToReschedule => ErrorCode::BookingClosed,
        TransitionError::NotStartedYet { .. } | TransitionError::NoShowTooEarly { .. } => {
            ErrorCode::OutcomeTooEarly
        }
    })
}

/// A PostgreSQL exclusion-constraint violation on bookings is a slot someone else took.
pub fn taken(err: sqlx::Error) -> AppError {
    match &err {
        sqlx::Error::Database(db) if db.code().as_deref() == Some("23P01") => {
            AppError::Expected(ErrorCode::SlotTaken)
        }
        _ => err.into(),
    }
}
