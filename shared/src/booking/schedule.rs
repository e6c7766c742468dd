//! A mentor's weekly schedule: wall-clock hours per weekday in an IANA zone, dates with other
//! hours or closed, and the session types offered in those hours.
//!
//! A mentor may keep several schedules, overlapping or not, e.g. one for a partner platform's
//! clients and one for private clients, each offering its own session types: the slots offered
//! for a session type are the union over the schedules that offer it.

use super::time::WallInterval;
use crate::ids::{PersonId, ScheduleId, SessionTypeId};
use crate::locale::TimeZoneName;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A mentor's availability for some session types.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Schedule {
    pub id: ScheduleId,
    pub mentor: PersonId,
    /// The zone the hours are read on; DST changes follow it.
    pub time_zone: TimeZoneName,
    /// The usual hours, per weekday; several intervals a day are allowed.
    pub weekly: Vec<WeeklyHours>,
    /// Dates with other hours, or closed. An override replaces the weekday's hours.
    #[serde(default)]
    pub overrides: Vec<DateOverride>,
    /// The session types that may be booked in these hours.
    pub session_types: Vec<SessionTypeId>,
    /// The first local date the schedule applies to, if it has one.
    #[serde(default)]
    pub starts_on: Option<NaiveDate>,
    /// The last local date the schedule applies to, if it has one.
    #[serde(default)]
    pub ends_on: Option<NaiveDate>,
}

/// Hours on one weekday, e.g. Monday `09:00-13:00`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeeklyHours {
    /// `Mon`, `Tue`, ... `Sun`.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "Mon"))]
    pub weekday: Weekday,
    pub hours: WallInterval,
}

/// Other hours on one local date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DateOverride {
    pub date: NaiveDate,
    pub hours: OverrideHours,
}

/// What an override says about its date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OverrideHours {
    /// Not available at all that day.
    Closed,
    /// Available in these intervals instead of the weekday's hours.
    Open { intervals: Vec<WallInterval> },
}

impl Schedule {
    /// Whether these hours may be booked for `session_type`.
    pub fn offers(&self, session_type: SessionTypeId) -> bool {
        self.session_types.contains(&session_type)
    }

    /// The hours on a local date: sorted, with overlapping and touching intervals joined.
    pub fn hours_on(&self, date: NaiveDate) -> Vec<WallInterval> {
        if !self.applies_on(date) {
            return Vec::new();
        }
        match self.overrides.iter().rev().find(|o| o.date == date) {
            Some(o) => match &o.hours {
                OverrideHours::Closed => Vec::new(),
                OverrideHours::Open { intervals } => merge(intervals.clone()),
            },
            None => merge(
                self.weekly
                    .iter()
                    .filter(|w| w.weekday == date.weekday())
                    .map(|w| w.hours)
                    .collect(),
            ),
        }
    }

    fn applies_on(&self, date: NaiveDate) -> bool {
        self.starts_on.is_none_or(|first| first <= date)
            && self.ends_on.is_none_or(|last| date <= last)
    }
}

/// A schedule's hours looked up per date without allocating, for the slot computation.
pub(crate) struct WeekPlan<'a> {
    schedule: &'a Schedule,
    weekly: [Vec<WallInterval>; 7],
    overrides: BTreeMap<NaiveDate, Vec<WallInterval>>,
}

impl<'a> WeekPlan<'a> {
    pub(crate) fn new(schedule: &'a Schedule) -> Self {
        let weekly = std::array::from_fn(|i| {
            merge(
                schedule
                    .weekly
                    .iter()
                    .filter(|w| w.weekday.num_days_from_monday() as usize == i)
                    .map(|w| w.hours)
                    .collect(),
            )
        });
        // Later overrides of the same date win, as in `Schedule::hours_on`.
        let overrides = schedule
            .overrides
            .iter()
            .map(|o| (o.date, schedule.hours_on(o.date)))
            .collect();
        Self {
            schedule,
            weekly,
            overrides,
        }
    }

    pub(crate) fn hours_on(&self, date: NaiveDate) -> &[WallInterval] {
        if !self.schedule.applies_on(date) {
            return &[];
        }
        match self.overrides.get(&date) {
            Some(hours) => hours,
            None => &self.weekly[date.weekday().num_days_from_monday() as usize],
        }
    }
}

/// Sorts intervals and joins those that overlap or touch.
fn merge(mut intervals: Vec<WallInterval>) -> Vec<WallInterval> {
    intervals.sort();
    let mut merged: Vec<WallInterval> = Vec::with_capacity(intervals.len());
    for next in intervals {
        match merged.last_mut() {
            Some(last) if next.start() <= last.end() => {
                if next.end() > last.end() {
                    *last = WallInterval::new(last.start(), next.end()).unwrap_or(*last);
                }
            }
            _ => merged.push(next),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn iv(s: &str) -> WallInterval {
        WallInterval::parse(s).unwrap()
    }
    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn schedule() -> Schedule {
        Schedule {
            id: ScheduleId(Uuid::from_u128(1)),
            mentor: PersonId(Uuid::from_u128(2)),
            time_zone: TimeZoneName::parse("Europe/Warsaw").unwrap(),
            weekly: vec![
                WeeklyHours {
                    weekday: Weekday::Mon,
                    hours: iv("12:00-15:00"),
                },
                WeeklyHours {
                    weekday: Weekday::Mon,
                    hours: iv("09:00-12:00"),
                },
                WeeklyHours {
                    weekday: Weekday::Mon,
                    hours: iv("17:00-19:00"),
                },
                WeeklyHours {
                    weekday: Weekday::Mon,
                    hours: iv("18:00-18:30"),
                },
                WeeklyHours {
                    weekday: Weekday::Wed,
                    hours: iv("10:00-14:00"),
                },
            ],
            overrides: vec![
                DateOverride {
                    date: date(2025, 3, 5),
                    hours: OverrideHours::Closed,
                },
                DateOverride {
                    date: date(2025, 3, 10),
                    hours: OverrideHours::Open {
                        intervals: vec![iv("20:00-22:00")],
                    },
                },
            ],
            session_types: vec![SessionTypeId(Uuid::from_u128(9))],
            starts_on: Some(date(2025, 3, 1)),
            ends_on: Some(date(2025, 3, 31)),
        }
    }

    #[test]
    fn touching_and_overlapping_hours_are_joined() {
        let s = schedule();
        assert_eq!(
            s.hours_on(date(2025, 3, 3)),
            vec![iv("09:00-15:00"), iv("17:00-19:00")]
        );
        assert_eq!(
            WeekPlan::new(&s).hours_on(date(2025, 3, 3)),
            s.hours_on(date(2025, 3, 3))
        );
    }

    #[test]
    fn overrides_replace_or_close_a_day() {
        let s = schedule();
        let plan = WeekPlan::new(&s);
        assert_eq!(s.hours_on(date(2025, 3, 12)), vec![iv("10:00-14:00")]);
        assert!(s.hours_on(date(2025, 3, 5)).is_empty());
        assert!(plan.hours_on(date(2025, 3, 5)).is_empty());
        assert_eq!(plan.hours_on(date(2025, 3, 10)), [iv("20:00-22:00")]);
        assert!(plan.hours_on(date(2025, 3, 4)).is_empty());
    }

    #[test]
    fn nothing_outside_the_schedule_dates() {
        let s = schedule();
        assert!(s.hours_on(date(2025, 2, 24)).is_empty());
        assert!(s.hours_on(date(2025, 4, 7)).is_empty());
        assert!(WeekPlan::new(&s).hours_on(date(2025, 4, 7)).is_empty());
        assert!(s.offers(SessionTypeId(Uuid::from_u128(9))));
    }

    #[test]
    fn overrides_travel_as_tagged_json() {
        let json = serde_json::to_value(&schedule().overrides).unwrap();
        assert_eq!(json[0]["hours"]["kind"], "closed");
        assert_eq!(json[1]["hours"]["intervals"][0], "20:00-22:00");
        assert_eq!(json[0]["date"], "2025-03-05");
    }
}
