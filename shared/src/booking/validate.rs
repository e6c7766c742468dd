//! Accepting a booking: exactly the slots [`free_slots`](super::free_slots) would offer, each
//! refusal with its reason. The server calls this inside the transaction that stores the booking,
//! with the mentor's and the client's bookings read in that transaction.

use super::busy::Clash;
use super::quota::QuotaLeft;
use super::slots::{Availability, Engine, Slot, SlotRequest};
use super::time::TimeRange;
use chrono::{DateTime, TimeDelta, Utc};
use serde::Serialize;

/// Why a booking was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, thiserror::Error)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum BookingRefusal {
    /// The mentor has not declared the languages they work in.
    #[error("the mentor has not declared their languages yet")]
    LanguagesNotDeclared,
    /// The length asked for is outside the session type's range.
    #[error("the length must be between {min_minutes} and {max_minutes} minutes")]
    LengthNotAllowed { min_minutes: u16, max_minutes: u16 },
    /// None of the mentor's schedules offers this session type.
    #[error("the mentor does not offer this kind of session")]
    SessionTypeNotOffered,
    /// Too soon: the session must start at `earliest` or later.
    #[error("too short notice; the earliest start is {earliest}")]
    TooShortNotice { earliest: DateTime<Utc> },
    /// Too far ahead: the session must start before `start_before`.
    #[error("too far ahead; the session must start before {start_before}")]
    BeyondHorizon { start_before: DateTime<Utc> },
    /// Outside the weeks of the plan step being booked.
    #[error("outside the weeks this session belongs to")]
    OutsidePlanWindow { window: TimeRange },
    /// Not a start time the mentor's hours offer.
    #[error("the mentor does not offer this time")]
    NotAnOfferedTime,
    /// The mentor has another session then (or too close to it).
    #[error("the mentor has another session at this time")]
    MentorBusy,
    /// The mentor is away then.
    #[error("the mentor is away at this time")]
    MentorAway,
    /// The client's package has no session left in that period.
    #[error("the package allows no more sessions in this period ({used} of {allowed} used)")]
    QuotaExhausted { used: u32, allowed: u32 },
}

impl BookingRefusal {
    /// The stable machine-readable name, as in the JSON `reason` field.
    pub fn as_str(self) -> &'static str {
        match self {
            BookingRefusal::LanguagesNotDeclared => "languages_not_declared",
            BookingRefusal::LengthNotAllowed { .. } => "length_not_allowed",
            BookingRefusal::SessionTypeNotOffered => "session_type_not_offered",
            BookingRefusal::TooShortNotice { .. } => "too_short_notice",
            BookingRefusal::BeyondHorizon { .. } => "beyond_horizon",
            BookingRefusal::OutsidePlanWindow { .. } => "outside_plan_window",
            BookingRefusal::NotAnOfferedTime => "not_an_offered_time",
            BookingRefusal::MentorBusy => "mentor_busy",
            BookingRefusal::MentorAway => "mentor_away",
            BookingRefusal::QuotaExhausted { .. } => "quota_exhausted",
        }
    }
}

/// Whether the mentor can be booked for this request at all; when not, why every slot is refused
/// (and why [`free_slots`](super::free_slots) offers nothing).
pub fn check_bookable(
    availability: &Availability<'_>,
    request: &SlotRequest<'_>,
) -> Result<(), BookingRefusal> {
    Engine::new(availability, request).map(|_| ())
}

/// Accepts a session starting at `start` if and only if [`free_slots`](super::free_slots) offers
/// it for the same mentor and request; returns the slot to book.
pub fn validate_booking(
    availability: &Availability<'_>,
    request: &SlotRequest<'_>,
    start: DateTime<Utc>,
) -> Result<Slot, BookingRefusal> {
    let engine = Engine::new(availability, request)?;
    let slot = Slot {
        start,
        end: start + engine.grid.length,
    };
    if start < engine.earliest_start() {
        return Err(match request.window {
            Some(window) if start < window.start => BookingRefusal::OutsidePlanWindow { window },
            _ => BookingRefusal::TooShortNotice {
                earliest: engine.earliest_start(),
            },
        });
    }
    if start >= engine.start_before() {
        return Err(BookingRefusal::BeyondHorizon {
            start_before: engine.start_before(),
        });
    }
    if let Some(window) = request.window.filter(|_| !engine.in_window(slot)) {
        return Err(BookingRefusal::OutsidePlanWindow { window });
    }
    let at_start = TimeRange::new(start, start + TimeDelta::nanoseconds(1));
    if !engine.candidates(at_start).contains(&slot) {
        return Err(BookingRefusal::NotAnOfferedTime);
    }
    match engine.busy.clash(
        availability.time_off,
        (slot.start, slot.end),
        (engine.before, engine.after),
    ) {
        Some(Clash::TimeOff) => return Err(BookingRefusal::MentorAway),
        Some(Clash::Booking) => return Err(BookingRefusal::MentorBusy),
        None => {}
    }
    match engine.quota.as_ref().map(|q| q.left_at(start)) {
        Some(QuotaLeft::Limited {
            allowed,
            used,
            left: 0,
        }) => Err(BookingRefusal::QuotaExhausted { used, allowed }),
        _ => Ok(slot),
    }
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
