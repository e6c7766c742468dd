//! Laying a session type's slot grid on a schedule's wall-clock hours.
//!
//! Within each interval of a day, slots start at the interval's start and every step after it, on
//! the schedule's clock. A grid time names at most one instant ([`zone::instant_of`]): none in a
//! spring-forward gap, the earlier one in a fall-back repeat. A slot is kept when every instant of
//! it reads inside the interval ([`zone::fits_wall_interval`]).
//!
//! Most days keep one offset all day; there the grid is plain arithmetic on instants. Days with
//! a change of offset inside an interval take the careful path, grid time by grid time.

use super::schedule::WeekPlan;
use super::slots::Slot;
use super::time::{TimeRange, WallInterval, dates};
use super::zone;
use chrono::{NaiveDate, TimeDelta, TimeZone};
use chrono_tz::Tz;

/// The slot shape asked for: its length and the grid step.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Grid {
    pub(crate) length: TimeDelta,
    pub(crate) step: TimeDelta,
}

impl Grid {
    /// Appends to `out`, in order, the slots of one schedule that start within `range`.
    pub(crate) fn schedule_slots(
        &self,
        tz: Tz,
        plan: &WeekPlan<'_>,
        range: TimeRange,
        out: &mut Vec<Slot>,
    ) {
        if range.is_empty() {
            return;
        }
        // A local day can start up to about a day before or after the UTC one.
        let first = zone::local(tz, range.start)
            .date()
            .pred_opt()
            .unwrap_or(NaiveDate::MIN);
        let last = zone::local(tz, range.end).date();
        for date in dates(first, last) {
            for interval in plan.hours_on(date) {
                self.interval_slots(tz, date, *interval, range, out);
            }
        }
    }

    fn interval_slots(
        &self,
        tz: Tz,
        date: NaiveDate,
        hours: WallInterval,
        range: TimeRange,
        out: &mut Vec<Slot>,
    ) {
        let from = hours.start().on(date);
        let until = hours.end().on(date);
        let from_instant = tz.from_local_datetime(&from).single();
        let until_instant = tz.from_local_datetime(&until).single();
        if let (Some(first), Some(end)) = (from_instant, until_instant) {
            let (first, end) = (first.to_utc(), end.to_utc());
            if end - first == until - from {
                // One offset throughout: every grid time exists once and reads as laid.
                self.plain_slots(first, end, range, out);
                return;
            }
        }
        let mut local = from;
        while local < until {
            if let Some(start) = zone::instant_of(tz, local) {
                let end = start + self.length;
                if range.contains(start) && zone::fits_wall_interval(tz, start, end, from, until) {
                    out.push(Slot { start, end });
                }
            }
            local += self.step;
        }
    }

    /// Slots `first + k·step` that end by `end`, for an interval without a change of offset.
    fn plain_slots(
        &self,
        first: chrono::DateTime<chrono::Utc>,
        end: chrono::DateTime<chrono::Utc>,
        range: TimeRange,
        out: &mut Vec<Slot>,
    ) {
        if end <= range.start || first >= range.end {
            return;
        }
        let mut start = first;
        if range.start > first {
            let step = self.step.num_seconds();
            let behind = (range.start - first).num_seconds();
            start = first + TimeDelta::seconds(behind / step * step);
        }
        while start + self.length <= end && start < range.end {
            if start >= range.start {
                out.push(Slot {
                    start,
                    end: start + self.length,
                });
            }
            start += self.step;
        }
    }
}

#[cfg(test)]
#[path = "grid_tests.rs"]
mod tests;
