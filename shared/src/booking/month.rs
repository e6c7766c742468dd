//! Calendar months, as settlements and monthly packages count them.

use super::invalid::{RuleInvalid, RuleProblem};
use super::time::{TimeRange, string_schema};
use super::zone;
use crate::locale::TimeZoneName;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A calendar month, written `2025-02`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct YearMonth {
    year: i32,
    month: u32,
}

impl YearMonth {
    pub fn new(year: i32, month: u32) -> Result<Self, RuleInvalid> {
        if (1..=12).contains(&month) && (1..=9999).contains(&year) {
            Ok(Self { year, month })
        } else {
            Err(RuleInvalid::new("month", RuleProblem::NotAMonth))
        }
    }

    /// Parses `YYYY-MM`.
    pub fn parse(raw: &str) -> Result<Self, RuleInvalid> {
        let bad = || RuleInvalid::new("month", RuleProblem::NotAMonth);
        let (y, m) = raw.trim().split_once('-').ok_or_else(bad)?;
        if y.len() != 4 || m.len() != 2 {
            return Err(bad());
        }
        Self::new(y.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?)
    }

    /// The month `date` falls in.
    pub fn of(date: NaiveDate) -> Self {
        Self {
            year: date.year(),
            month: date.month(),
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        self.month
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or(NaiveDate::MIN)
    }

    /// The instants of this month on the clocks of `zone`: from the first instant of its first
    /// day to the first instant of the next month.
    pub fn range_in(self, zone: &TimeZoneName) -> TimeRange {
        let tz = zone.tz();
        let first = self.first_day();
        let next = first
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(first);
        TimeRange::new(zone::day_start(tz, first), zone::day_start(tz, next))
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl TryFrom<String> for YearMonth {
    type Error = RuleInvalid;
    fn try_from(raw: String) -> Result<Self, RuleInvalid> {
        Self::parse(&raw)
    }
}

impl From<YearMonth> for String {
    fn from(m: YearMonth) -> String {
        m.to_string()
    }
}

string_schema!(YearMonth, "2025-02");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_span_their_local_days() {
        let m = YearMonth::parse("2025-03").unwrap();
        assert_eq!(m.to_string(), "2025-03");
        assert!(YearMonth::parse("2025-13").is_err());
        assert!(YearMonth::parse("25-03").is_err());
        let warsaw = TimeZoneName::parse("Europe/Warsaw").unwrap();
        let r = m.range_in(&warsaw);
        assert_eq!(r.start.to_rfc3339(), "2025-02-28T23:00:00+00:00");
        // March ends in summer time, one hour shorter.
        assert_eq!(r.end.to_rfc3339(), "2025-03-31T22:00:00+00:00");
    }
}
