//! Wire types of the booking reads.

use super::{
    CancellationPolicy, Package, QuotaLeft, Schedule, SessionPlan, SessionType, Slot, TimeRange,
};
use crate::booking::status::BookingStatus;
use crate::ids::{BookingId, PersonId, ProgramId, SessionTypeId, TimeOffId};
use crate::locale::TimeZoneName;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// A mentor as clients (and partner platforms) see them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MentorCard {
    pub person_id: PersonId,
    pub name: String,
    pub languages: Vec<String>,
    pub description: String,
    pub photo_link: Option<String>,
    pub time_zone: TimeZoneName,
    /// Has declared languages and at least one schedule: can be booked.
    pub bookable: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimeOff {
    pub id: TimeOffId,
    pub range: TimeRange,
}

/// `GET /api/v1/programs/{id}/booking`: the program's rules and the caller's part in them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingSetup {
    pub program_id: ProgramId,
    pub time_zone: TimeZoneName,
    pub session_types: Vec<SessionType>,
    pub plan: Option<SessionPlan>,
    pub policy: CancellationPolicy,
    pub cancel_reasons: Vec<String>,
    /// As a client: the mentors they may book.
    pub mentors: Vec<MentorCard>,
    /// As a client: their package and what is left of it now.
    pub package: Option<Package>,
    pub quota_left: Option<QuotaLeft>,
    pub sprint_starts_on: Option<NaiveDate>,
    /// As a mentor: their profile, schedules in this program, and time off.
    pub profile: Option<MentorCard>,
    pub video_link: Option<String>,
    pub schedules: Vec<Schedule>,
    pub time_off: Vec<TimeOff>,
    /// As a coordinator: the program's packages.
    pub packages: Vec<Package>,
    pub head: i64,
}

/// A booked session as its participants see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingView {
    pub id: BookingId,
    pub program_id: ProgramId,
    pub session_type_id: SessionTypeId,
    pub session_type_name: String,
    pub mentor_id: PersonId,
    pub mentor_name: String,
    pub client_id: PersonId,
    pub client_name: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub status: BookingStatus,
    pub plan_step: Option<u16>,
    /// A cancellation by the client before this instant is free; after it, it counts as held.
    pub free_cancellation_until: DateTime<Utc>,
    pub video_link: Option<String>,
    pub has_recording: bool,
    pub cancel_reason: Option<String>,
    pub cancel_note: Option<String>,
}

/// `GET /api/v1/programs/{id}/bookings`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingList {
    pub bookings: Vec<BookingView>,
    pub head: i64,
}

/// `GET /api/v1/programs/{id}/mentors/{mentor_id}/slots`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FreeSlots {
    pub mentor_id: PersonId,
    pub session_type_id: SessionTypeId,
    pub slots: Vec<Slot>,
    /// Why there are none, when the mentor cannot be booked at all (stable code).
    pub unavailable: Option<String>,
}

/// `GET /api/v1/bookings/{id}/recording`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecordingLink {
    pub link: String,
}

/// `POST /api/v1/calendar-feed`: the personal feed's address (shown once; a new one replaces it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CalendarFeed {
    pub url: String,
}

/// `POST /api/v1/programs/{id}/partner-tokens`: a token for the partner directory API.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartnerToken {
    pub token: String,
}

/// `GET /api/v1/directory/mentors` (partner token): mentors with their free slots.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Directory {
    pub program_id: ProgramId,
    pub mentors: Vec<DirectoryMentor>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DirectoryMentor {
    pub mentor: MentorCard,
    /// Free slots of the program's first session type over the next 14 days.
    pub free_slots: Vec<Slot>,
}
