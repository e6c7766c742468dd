//! Free slots: when one mentor can still hold one more session of a type.
//!
//! A slot is offered when all of these hold:
//! - the mentor has declared the languages they work in, and a schedule of theirs offers the type;
//! - it lies on the type's grid within a schedule interval of its day (`grid`);
//! - it starts at least the minimum notice after "now" and less than the horizon after it;
//! - it lies inside the plan step's window, when booking a plan step;
//! - it clashes with no session of the mentor (buffers included) and no time off (`busy`);
//! - the client's package has a session left in its period ([`super::quota`]).
//!
//! [`super::validate_booking`] accepts exactly the slots [`free_slots`] offers, with the reason
//! when it refuses.

use super::busy::BusyIndex;
use super::grid::Grid;
use super::quota::{QuotaCounter, QuotaUse};
use super::record::Booking;
use super::schedule::{Schedule, WeekPlan};
use super::session_type::SessionType;
use super::time::TimeRange;
use super::validate::BookingRefusal;
use crate::ids::BookingId;
use chrono::{DateTime, TimeDelta, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// A bookable span of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Slot {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

/// What is known about one mentor.
#[derive(Clone, Copy, Debug)]
pub struct Availability<'a> {
    /// Whether the mentor has declared the languages they work in; without them nobody may book.
    pub languages_declared: bool,
    /// The mentor's schedules, for every program.
    pub schedules: &'a [Schedule],
    /// The mentor's bookings in every program; those that no longer occupy time are ignored.
    pub bookings: &'a [Booking],
    /// When the mentor is away.
    pub time_off: &'a [TimeRange],
}

/// What is being booked, by whom, when.
#[derive(Clone, Copy, Debug)]
pub struct SlotRequest<'a> {
    pub session_type: &'a SessionType,
    /// For a type with a range of lengths, the length wanted; the longest when `None`.
    pub length_minutes: Option<u16>,
    pub now: DateTime<Utc>,
    /// The plan step's window ([`super::PlanStep::window`]) when booking a plan step.
    pub window: Option<TimeRange>,
    /// The client's package, when they book under one.
    pub quota: Option<QuotaUse<'a>>,
    /// The booking being moved to a new time: it neither blocks time nor uses the package.
    pub replacing: Option<BookingId>,
}

/// The free slots of one session type whose start lies in `range`: sorted, each once.
/// A request that can never succeed (see [`super::validate::check_bookable`]) offers nothing.
pub fn free_slots(
    availability: &Availability<'_>,
    request: &SlotRequest<'_>,
    range: TimeRange,
) -> Vec<Slot> {
    let Ok(engine) = Engine::new(availability, request) else {
        return Vec::new();
    };
    let bounds = TimeRange::new(
        range.start.max(engine.earliest_start()),
        range.end.min(engine.start_before()),
    );
    let mut slots = engine.candidates(bounds);
    slots.retain(|s| {
        engine.in_window(*s)
            && engine
                .busy
                .is_free(s.start, s.end, engine.before, engine.after)
    });
    if let Some(quota) = &engine.quota {
        slots.retain(|s| quota.allows(s.start));
    }
    slots
}

/// A request checked and indexed once, for many slots.
pub(crate) struct Engine<'a> {
    pub(crate) request: &'a SlotRequest<'a>,
    pub(crate) grid: Grid,
    plans: Vec<(Tz, WeekPlan<'a>)>,
    pub(crate) busy: BusyIndex,
    pub(crate) quota: Option<QuotaCounter>,
    pub(crate) before: TimeDelta,
    pub(crate) after: TimeDelta,
}

impl<'a> Engine<'a> {
    pub(crate) fn new(
        availability: &Availability<'a>,
        request: &'a SlotRequest<'a>,
    ) -> Result<Self, BookingRefusal> {
        let kind = request.session_type;
        if !availability.languages_declared {
            return Err(BookingRefusal::LanguagesNotDeclared);
        }
        let minutes = kind.length_for(request.length_minutes).map_err(|_| {
            BookingRefusal::LengthNotAllowed {
                min_minutes: kind.length.min_minutes(),
                max_minutes: kind.length.max_minutes(),
            }
        })?;
        let plans: Vec<_> = availability
            .schedules
            .iter()
            .filter(|s| s.offers(kind.id))
            .map(|s| (s.time_zone.tz(), WeekPlan::new(s)))
            .collect();
        if plans.is_empty() {
            return Err(BookingRefusal::SessionTypeNotOffered);
        }
        Ok(Self {
            request,
            grid: Grid {
                length: TimeDelta::minutes(i64::from(minutes)),
                step: TimeDelta::minutes(i64::from(kind.slot_step.get())),
            },
            plans,
            busy: BusyIndex::new(
                availability.bookings,
                availability.time_off,
                request.replacing,
            ),
            quota: request
                .quota
                .map(|q| QuotaCounter::new(&q, request.replacing)),
            before: kind.buffer_before(),
            after: kind.buffer_after(),
        })
    }

    /// The earliest start the notice and the plan window allow.
    pub(crate) fn earliest_start(&self) -> DateTime<Utc> {
        let after_notice = self.request.now + self.request.session_type.minimum_notice();
        match self.request.window {
            Some(w) => after_notice.max(w.start),
            None => after_notice,
        }
    }

    /// Slots must start before this: the horizon.
    pub(crate) fn start_before(&self) -> DateTime<Utc> {
        self.request.now + self.request.session_type.horizon()
    }

    pub(crate) fn in_window(&self, slot: Slot) -> bool {
        self.request
            .window
            .is_none_or(|w| w.covers(slot.start, slot.end))
    }

    /// The grid slots of every schedule offering the type that start in `range`, sorted, each once.
    pub(crate) fn candidates(&self, range: TimeRange) -> Vec<Slot> {
        let mut slots = Vec::new();
        for (tz, plan) in &self.plans {
            self.grid.schedule_slots(*tz, plan, range, &mut slots);
        }
        // One schedule yields its slots in order, except around a zone's rare midnight change.
        if self.plans.len() > 1 || !slots.is_sorted() {
            slots.sort_unstable();
            slots.dedup();
        }
        slots
    }
}

#[cfg(test)]
#[path = "slots_tests.rs"]
mod tests;
