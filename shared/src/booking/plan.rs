//! Session plans: the sessions of a participant's sprint, each in its own weeks. For example a
//! strategy session in week 1, progress sessions in weeks 2 and 3 and a closing session in week 4.
//! Week 1 starts at local midnight of the sprint's first day, on the program's clock.

use super::invalid::{RuleInvalid, RuleProblem};
use super::record::Booking;
use super::time::TimeRange;
use super::zone;
use crate::ids::{ProgramId, SessionPlanId, SessionTypeId};
use crate::locale::TimeZoneName;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// The longest plan, in weeks.
pub const MAX_PLAN_WEEKS: u8 = 104;

/// A program's plan of sessions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionPlan {
    pub id: SessionPlanId,
    pub program: ProgramId,
    /// In order; a booking refers to its step by index.
    pub steps: Vec<PlanStep>,
}

/// One session of a plan: its type and the weeks of the sprint it must be held in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanStep {
    pub session_type: SessionTypeId,
    pub weeks: WeekWindow,
}

/// Weeks `first..=last` of a sprint, counted from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(try_from = "RawWeeks")]
pub struct WeekWindow {
    first: u8,
    last: u8,
}

#[derive(Deserialize)]
struct RawWeeks {
    first: u8,
    last: u8,
}

impl WeekWindow {
    pub fn new(first: u8, last: u8) -> Result<Self, RuleInvalid> {
        let max = u32::from(MAX_PLAN_WEEKS);
        RuleInvalid::check_range("weeks", u32::from(first), 1, max)?;
        RuleInvalid::check_range("weeks", u32::from(last), 1, max)?;
        if last < first {
            return Err(RuleInvalid::new("weeks", RuleProblem::EndNotAfterStart));
        }
        Ok(Self { first, last })
    }

    /// One week.
    pub fn week(n: u8) -> Result<Self, RuleInvalid> {
        Self::new(n, n)
    }

    pub fn first(self) -> u8 {
        self.first
    }

    pub fn last(self) -> u8 {
        self.last
    }

    /// The local dates of these weeks for a sprint starting on `sprint_start`: the first day and
    /// the day after the last.
    pub fn dates(self, sprint_start: NaiveDate) -> (NaiveDate, NaiveDate) {
        let day = |weeks: u8| sprint_start + Days::new(7 * u64::from(weeks));
        (day(self.first - 1), day(self.last))
    }
}

impl TryFrom<RawWeeks> for WeekWindow {
    type Error = RuleInvalid;
    fn try_from(raw: RawWeeks) -> Result<Self, RuleInvalid> {
        Self::new(raw.first, raw.last)
    }
}

impl PlanStep {
    /// The instants a session of this step must lie in, for a sprint starting on `sprint_start`
    /// and a program keeping time in `zone`.
    pub fn window(&self, sprint_start: NaiveDate, zone: &TimeZoneName) -> TimeRange {
        let tz = zone.tz();
        let (first, after_last) = self.weeks.dates(sprint_start);
        TimeRange::new(zone::day_start(tz, first), zone::day_start(tz, after_last))
    }
}

impl SessionPlan {
    /// The steps not yet taken by one of the participant's bookings (`bookings` should be the
    /// participant's bookings in the program). A step is taken by a booking that refers to it and
    /// is still booked or billable; a free cancellation or a move gives the step back.
    pub fn open_steps<'a>(
        &'a self,
        bookings: &'a [Booking],
    ) -> impl Iterator<Item = (u16, &'a PlanStep)> + 'a {
        self.steps
            .iter()
            .enumerate()
            .map(|(i, step)| (u16::try_from(i).unwrap_or(u16::MAX), step))
            .filter(move |(i, _)| {
                !bookings.iter().any(|b| {
                    b.plan_step == Some(*i) && b.program == self.program && b.status.uses_quota()
                })
            })
    }
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
