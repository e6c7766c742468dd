//! The mentor's busy time, indexed for the slot computation.
//!
//! Buffers keep sessions apart; they do not have to fall inside a schedule, and time off does not
//! block them. A new session of `[start, end)` with buffers `before`/`after` is free when:
//! - the session itself overlaps no existing session with that session's buffers, and no time off;
//! - the session with its own buffers overlaps no existing session.
//!
//! So two sessions are at least `max(after of the first, before of the second)` apart.

use super::record::Booking;
use super::time::TimeRange;
use crate::ids::BookingId;
use chrono::{DateTime, TimeDelta, Utc};

/// Sorted, disjoint `[start, end)` intervals.
struct Intervals(Vec<(DateTime<Utc>, DateTime<Utc>)>);

impl Intervals {
    fn new(mut spans: Vec<(DateTime<Utc>, DateTime<Utc>)>) -> Self {
        spans.retain(|(s, e)| s < e);
        spans.sort_unstable();
        let mut joined: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::with_capacity(spans.len());
        for (s, e) in spans {
            match joined.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => joined.push((s, e)),
            }
        }
        Self(joined)
    }

    /// Whether any interval overlaps `[start, end)`.
    fn overlaps(&self, start: DateTime<Utc>, end: DateTime<Utc>) -> bool {
        let first_ending_after = self.0.partition_point(|(_, e)| *e <= start);
        self.0
            .get(first_ending_after)
            .is_some_and(|(s, _)| *s < end)
    }
}

/// Where a new session may not go.
pub(crate) struct BusyIndex {
    /// Existing sessions with their buffers, and time off: the new session may not touch them.
    blocked_for_session: Intervals,
    /// Existing sessions alone: the new session's buffers may not touch them.
    blocked_for_buffers: Intervals,
}

/// Why a span is not free.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Clash {
    Booking,
    TimeOff,
}

impl BusyIndex {
    /// The busy time of the mentor's bookings that still occupy time (see
    /// [`super::BookingStatus::occupies_time`]) and time off, leaving out the booking being
    /// moved, if any.
    pub(crate) fn new(
        bookings: &[Booking],
        time_off: &[TimeRange],
        replacing: Option<BookingId>,
    ) -> Self {
        let active = bookings
            .iter()
            .filter(|b| b.status.occupies_time() && Some(b.id) != replacing);
        let mut for_session: Vec<_> = active.clone().map(Booking::padded).collect();
        for_session.extend(time_off.iter().map(|r| (r.start, r.end)));
        Self {
            blocked_for_session: Intervals::new(for_session),
            blocked_for_buffers: Intervals::new(active.map(|b| (b.start, b.end())).collect()),
        }
    }

    /// Whether `[start, end)` with buffers `before` and `after` is free.
    pub(crate) fn is_free(
        &self,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        before: TimeDelta,
        after: TimeDelta,
    ) -> bool {
        !self.blocked_for_session.overlaps(start, end)
            && !self
                .blocked_for_buffers
                .overlaps(start - before, end + after)
    }

    /// Why `[start, end)` with buffers is not free, or `None` when it is.
    pub(crate) fn clash(
        &self,
        time_off: &[TimeRange],
        (start, end): (DateTime<Utc>, DateTime<Utc>),
        (before, after): (TimeDelta, TimeDelta),
    ) -> Option<Clash> {
        if self.is_free(start, end, before, after) {
            None
        } else if time_off
            .iter()
            .any(|r| !r.is_empty() && r.start < end && start < r.end)
        {
            Some(Clash::TimeOff)
        } else {
            Some(Clash::Booking)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::booking::BookingStatus;
    use crate::booking::fixtures::{booking, utc};

    #[test]
    fn touching_intervals_do_not_overlap_and_joined_ones_do() {
        let i = Intervals::new(vec![
            (utc("2025-06-02 10:00"), utc("2025-06-02 11:00")),
            (utc("2025-06-02 08:00"), utc("2025-06-02 09:00")),
            (utc("2025-06-02 09:00"), utc("2025-06-02 09:30")),
            (utc("2025-06-02 12:00"), utc("2025-06-02 12:00")),
        ]);
        assert_eq!(i.0.len(), 2);
        assert!(!i.overlaps(utc("2025-06-02 09:30"), utc("2025-06-02 10:00")));
        assert!(i.overlaps(utc("2025-06-02 09:29"), utc("2025-06-02 10:00")));
        assert!(i.overlaps(utc("2025-06-02 10:59"), utc("2025-06-02 12:30")));
        assert!(!i.overlaps(utc("2025-06-02 11:00"), utc("2025-06-02 12:30")));
    }

    #[test]
    fn a_clash_names_time_off_only_when_time_off_is_the_cause() {
        let bookings = [booking(
            1,
            utc("2025-06-02 10:00"),
            60,
            BookingStatus::Booked,
        )];
        let empty_off = [TimeRange::new(
            utc("2025-06-02 10:30"),
            utc("2025-06-02 10:30"),
        )];
        let index = BusyIndex::new(&bookings, &empty_off, None);
        let none = (TimeDelta::zero(), TimeDelta::zero());
        let at = |a, b| (utc(a), utc(b));
        assert_eq!(
            index.clash(&empty_off, at("2025-06-02 10:15", "2025-06-02 10:45"), none),
            Some(Clash::Booking)
        );
        let off = [TimeRange::new(
            utc("2025-06-02 12:00"),
            utc("2025-06-02 13:00"),
        )];
        let index = BusyIndex::new(&bookings, &off, None);
        assert_eq!(
            index.clash(&off, at("2025-06-02 12:30", "2025-06-02 13:30"), none),
            Some(Clash::TimeOff)
        );
        assert_eq!(
            index.clash(&off, at("2025-06-02 11:00", "2025-06-02 12:00"), none),
            None
        );
        let moved = BusyIndex::new(&bookings, &[], Some(bookings[0].id));
        assert!(moved.is_free(
            utc("2025-06-02 10:00"),
            utc("2025-06-02 11:00"),
            none.0,
            none.1
        ));
    }
}
