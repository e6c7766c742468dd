//! Wall-clock times and intervals of a day, and half-open UTC ranges.

use super::invalid::{RuleInvalid, RuleProblem};
use chrono::{DateTime, Days, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Declares a type's OpenAPI schema as a string with an example, for types kept as structs but
/// written as strings.
macro_rules! string_schema {
    ($name:ident, $example:literal) => {
        #[cfg(feature = "openapi")]
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .examples([$example])
                    .into()
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::ToSchema for $name {}
    };
}

pub(crate) use string_schema;

string_schema!(WallInterval, "09:00-17:00");

/// A wall-clock time of day to the minute, `00:00` to `24:00` (the end of the day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "09:30"))]
#[serde(try_from = "String", into = "String")]
pub struct WallTime(u16);

impl WallTime {
    pub const MIDNIGHT: WallTime = WallTime(0);
    pub const END_OF_DAY: WallTime = WallTime(24 * 60);

    /// `hour:minute`; `24:00` is the end of the day.
    pub fn new(hour: u32, minute: u32) -> Result<Self, RuleInvalid> {
        let total = hour * 60 + minute;
        if minute < 60 && total <= 24 * 60 {
            Ok(WallTime(total as u16))
        } else {
            Err(RuleInvalid::new("time", RuleProblem::NotATimeOfDay))
        }
    }

    /// Parses `HH:MM` (one-digit hours are accepted).
    pub fn parse(raw: &str) -> Result<Self, RuleInvalid> {
        let bad = || RuleInvalid::new("time", RuleProblem::NotATimeOfDay);
        let (h, m) = raw.trim().split_once(':').ok_or_else(bad)?;
        let digits =
            |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(h) || m.len() != 2 || !digits(m) {
            return Err(bad());
        }
        Self::new(h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?)
    }

    /// Minutes since midnight, `0..=1440`.
    pub fn minutes(self) -> u32 {
        u32::from(self.0)
    }

    /// This time on `date`, as a local date-time; `24:00` is the next day's midnight.
    pub fn on(self, date: NaiveDate) -> NaiveDateTime {
        let midnight = date.and_time(NaiveTime::MIN);
        midnight + chrono::TimeDelta::minutes(i64::from(self.0))
    }
}

impl fmt::Display for WallTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl TryFrom<String> for WallTime {
    type Error = RuleInvalid;
    fn try_from(raw: String) -> Result<Self, RuleInvalid> {
        Self::parse(&raw)
    }
}

impl From<WallTime> for String {
    fn from(t: WallTime) -> String {
        t.to_string()
    }
}

/// A wall-clock interval within one day, `start` inclusive, `end` exclusive, written `09:00-17:00`.
/// It never crosses midnight: hours past midnight belong to the next day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct WallInterval {
    start: WallTime,
    end: WallTime,
}

impl WallInterval {
    pub fn new(start: WallTime, end: WallTime) -> Result<Self, RuleInvalid> {
        if start < end {
            Ok(Self { start, end })
        } else {
            Err(RuleInvalid::new("hours", RuleProblem::EndNotAfterStart))
        }
    }

    /// Parses `HH:MM-HH:MM`.
    pub fn parse(raw: &str) -> Result<Self, RuleInvalid> {
        let (a, b) = raw
            .split_once('-')
            .ok_or(RuleInvalid::new("hours", RuleProblem::NotAnInterval))?;
        let field = |e: RuleInvalid| RuleInvalid::new("hours", e.problem);
        Self::new(
            WallTime::parse(a).map_err(field)?,
            WallTime::parse(b).map_err(field)?,
        )
    }

    pub fn start(self) -> WallTime {
        self.start
    }

    pub fn end(self) -> WallTime {
        self.end
    }
}

impl fmt::Display for WallInterval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.start, self.end)
    }
}

impl TryFrom<String> for WallInterval {
    type Error = RuleInvalid;
    fn try_from(raw: String) -> Result<Self, RuleInvalid> {
        Self::parse(&raw)
    }
}

impl From<WallInterval> for String {
    fn from(i: WallInterval) -> String {
        i.to_string()
    }
}

/// A half-open range of instants `[start, end)`; empty when `end <= start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimeRange {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

impl TimeRange {
    pub fn new(start: DateTime<Utc>, end: DateTime<Utc>) -> Self {
        Self { start, end }
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    pub fn contains(&self, t: DateTime<Utc>) -> bool {
        self.start <= t && t < self.end
    }

    /// Whether `[start, end)` lies entirely inside this range.
    pub fn covers(&self, start: DateTime<Utc>, end: DateTime<Utc>) -> bool {
        self.start <= start && end <= self.end
    }
}

/// The dates from `first` to `last`, both included.
pub(crate) fn dates(first: NaiveDate, last: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    std::iter::successors(Some(first), |d| d.checked_add_days(Days::new(1)))
        .take_while(move |d| *d <= last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wall_times_parse_and_print_as_hours_and_minutes() {
        assert_eq!(WallTime::parse("09:30").unwrap().minutes(), 570);
        assert_eq!(WallTime::parse("9:05").unwrap().to_string(), "09:05");
        assert_eq!(WallTime::parse("24:00").unwrap(), WallTime::END_OF_DAY);
        for bad in [
            "24:01", "12:60", "12", "ab:cd", "12:5", "-1:00", "", "123:00",
        ] {
            assert!(WallTime::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn end_of_day_is_the_next_midnight() {
        let d = NaiveDate::from_ymd_opt(2025, 3, 29).unwrap();
        let next = NaiveDate::from_ymd_opt(2025, 3, 30).unwrap();
        assert_eq!(WallTime::END_OF_DAY.on(d), next.and_time(NaiveTime::MIN));
    }

    #[test]
    fn intervals_must_end_after_they_start() {
        let i = WallInterval::parse("09:00-17:30").unwrap();
        assert_eq!((i.start().minutes(), i.end().minutes()), (540, 1050));
        assert_eq!(i.to_string(), "09:00-17:30");
        assert_eq!(
            WallInterval::parse("17:00-09:00").unwrap_err().problem,
            RuleProblem::EndNotAfterStart
        );
        assert!(WallInterval::parse("09:00-09:00").is_err());
        assert!(WallInterval::parse("09:00").is_err());
        let json = serde_json::to_string(&i).unwrap();
        assert_eq!(json, "\"09:00-17:30\"");
        assert!(serde_json::from_str::<WallInterval>("\"10:00-08:00\"").is_err());
    }

    #[test]
    fn ranges_are_half_open() {
        let t = |h: i64| DateTime::<Utc>::from_timestamp(h * 3600, 0).unwrap();
        let r = TimeRange::new(t(1), t(3));
        assert!(r.contains(t(1)) && !r.contains(t(3)));
        assert!(r.covers(t(1), t(3)) && !r.covers(t(0), t(2)));
        assert!(TimeRange::new(t(3), t(3)).is_empty());
    }
}
