use crate::booking::{CancellationPolicy, Package, Schedule, SessionPlan, SessionType, TimeRange};
use crate::error::{Invalid, InvalidReason};
use crate::ids::{BookingId, PackageId, PersonId, ProgramId, ScheduleId, SessionTypeId, TimeOffId};
use crate::text::{CancelNote, CancelReason, ProfileDescription, WebLink};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// A coordinator sets a program's cancellation policy (applies to bookings made from now on) and
/// the reasons mentors choose from when they cancel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetBookingRules {
    pub program_id: ProgramId,
    pub policy: CancellationPolicy,
    pub cancel_reasons: Vec<CancelReason>,
}

impl SetBookingRules {
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.cancel_reasons.is_empty() {
            return Err(Invalid::new("reason", InvalidReason::Empty));
        }
        if self.cancel_reasons.len() > 20 {
            return Err(Invalid::new("reason", InvalidReason::TooMany { max: 20 }));
        }
        Ok(())
    }
}

/// A coordinator creates or changes a kind of session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DefineSessionType {
    pub session_type: SessionType,
}

/// A coordinator creates or changes a package (a quota of sessions).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DefinePackage {
    pub package: Package,
}

/// A coordinator gives a client a package to book under.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssignPackage {
    pub program_id: ProgramId,
    pub client_id: PersonId,
    pub package_id: PackageId,
}

/// A coordinator sets the program's session plan (steps in week windows of a sprint).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DefineSessionPlan {
    pub plan: SessionPlan,
}

/// A coordinator sets the date a client's sprint starts (week 1 begins that day).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetSprintStart {
    pub program_id: ProgramId,
    pub client_id: PersonId,
    pub starts_on: NaiveDate,
}

/// A mentor's public profile: the languages they work in (booking them is blocked without one),
/// a video-call link, a photo and a description.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetMentorProfile {
    /// ISO 639 codes such as `ru`, `pl`, `en`.
    pub languages: Vec<String>,
    #[serde(default)]
    pub video_link: Option<WebLink>,
    #[serde(default)]
    pub photo_link: Option<WebLink>,
    pub description: ProfileDescription,
}

impl SetMentorProfile {
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.languages.len() > 12 {
            return Err(Invalid::new(
                "languages",
                InvalidReason::TooMany { max: 12 },
            ));
        }
        let valid =
            |l: &String| (2..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_lowercase());
        if !self.languages.iter().all(valid) {
            return Err(Invalid::new("languages", InvalidReason::UnknownLocale));
        }
        Ok(())
    }
}

/// A mentor creates or changes one of their weekly schedules in a program.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetSchedule {
    pub program_id: ProgramId,
    pub schedule: Schedule,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RemoveSchedule {
    pub schedule_id: ScheduleId,
}

/// A mentor takes time off (no slot is offered in it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddTimeOff {
    pub time_off_id: TimeOffId,
    pub range: TimeRange,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RemoveTimeOff {
    pub time_off_id: TimeOffId,
}

/// A client books a session with their mentor (only clients book).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookSession {
    pub booking_id: BookingId,
    pub program_id: ProgramId,
    pub mentor_id: PersonId,
    pub session_type_id: SessionTypeId,
    pub start: DateTime<Utc>,
    /// For a session type with a range of lengths; the longest when absent.
    #[serde(default)]
    pub length_minutes: Option<u16>,
    /// The step of the program's session plan this session is for.
    #[serde(default)]
    pub plan_step: Option<u16>,
}

/// The client (or the mentor) moves a session to another free slot: the old booking becomes
/// "rescheduled" and a new one takes its place.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RescheduleSession {
    pub booking_id: BookingId,
    pub new_booking_id: BookingId,
    pub start: DateTime<Utc>,
    #[serde(default)]
    pub length_minutes: Option<u16>,
}

/// What a mentor's cancellation e-mail says to the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CancelMessage {
    /// An apology, nothing more.
    Apology,
    /// An apology and an invitation to book another time.
    InviteToRebook,
}

/// The client cancels (late cancellations count as held), or the mentor cancels with a reason
/// from the program's list, a message choice and an optional note quoted to the client.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CancelSession {
    pub booking_id: BookingId,
    #[serde(default)]
    pub reason: Option<CancelReason>,
    #[serde(default)]
    pub message: Option<CancelMessage>,
    #[serde(default)]
    pub note: Option<CancelNote>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SessionOutcome {
    Realized,
    NoShow,
    /// The client cancelled too late (e.g. by phone): counts as held.
    CancelledLate,
    /// The mentor stopped the session because the client was not prepared: counts as held.
    StoppedUnprepared,
}

/// After the session the mentor marks what happened; only marked sessions are settled.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MarkOutcome {
    pub booking_id: BookingId,
    pub outcome: SessionOutcome,
}

/// The mentor or a coordinator links a session's recording.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttachRecording {
    pub booking_id: BookingId,
    pub link: WebLink,
}
