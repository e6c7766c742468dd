//! A program's kinds of sessions: how long they last, how early they must be booked, how far
//! ahead they may be booked, the breaks a mentor keeps around them and the grid slots start on.

use super::invalid::{RuleInvalid, RuleProblem};
use crate::error::InvalidReason;
use crate::ids::{ProgramId, SessionTypeId};
use chrono::TimeDelta;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The longest session, in minutes (12 hours).
pub const MAX_SESSION_MINUTES: u16 = 12 * 60;

/// A kind of session a program offers, e.g. "Strategy session" of 60 minutes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionType {
    pub id: SessionTypeId,
    pub program: ProgramId,
    pub name: SessionTypeName,
    pub length: SessionLength,
    /// A slot must start at least this many minutes after "now".
    pub minimum_notice_minutes: u32,
    /// A slot must start less than this many days (of 24 hours) after "now".
    pub horizon_days: u16,
    /// Free time the mentor keeps before this session; no other session may use it.
    pub buffer_before_minutes: u16,
    /// Free time the mentor keeps after this session; no other session may use it.
    pub buffer_after_minutes: u16,
    /// Slots start at the schedule interval's start and every `slot_step` after it.
    pub slot_step: SlotStep,
}

impl SessionType {
    /// The length a booking of this type reserves: the one asked for, which must lie in the
    /// allowed range, or else the longest allowed (so a session may always run its full length).
    pub fn length_for(&self, asked: Option<u16>) -> Result<u16, RuleInvalid> {
        match asked {
            None => Ok(self.length.max_minutes()),
            Some(m) => RuleInvalid::check_range(
                "length",
                u32::from(m),
                u32::from(self.length.min_minutes()),
                u32::from(self.length.max_minutes()),
            )
            .map(|_| m),
        }
    }

    pub fn minimum_notice(&self) -> TimeDelta {
        TimeDelta::minutes(i64::from(self.minimum_notice_minutes))
    }

    pub fn horizon(&self) -> TimeDelta {
        TimeDelta::days(i64::from(self.horizon_days))
    }

    pub fn buffer_before(&self) -> TimeDelta {
        TimeDelta::minutes(i64::from(self.buffer_before_minutes))
    }

    pub fn buffer_after(&self) -> TimeDelta {
        TimeDelta::minutes(i64::from(self.buffer_after_minutes))
    }
}

/// How long a session lasts: fixed (`min == max`, e.g. 50 minutes) or a range (60–90 minutes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(try_from = "RawLength")]
pub struct SessionLength {
    min_minutes: u16,
    max_minutes: u16,
}

#[derive(Deserialize)]
struct RawLength {
    min_minutes: u16,
    max_minutes: u16,
}

impl SessionLength {
    pub fn fixed(minutes: u16) -> Result<Self, RuleInvalid> {
        Self::range(minutes, minutes)
    }

    pub fn range(min_minutes: u16, max_minutes: u16) -> Result<Self, RuleInvalid> {
        let max_allowed = u32::from(MAX_SESSION_MINUTES);
        RuleInvalid::check_range("length", u32::from(min_minutes), 1, max_allowed)?;
        RuleInvalid::check_range("length", u32::from(max_minutes), 1, max_allowed)?;
        if max_minutes < min_minutes {
            return Err(RuleInvalid::new("length", RuleProblem::EndNotAfterStart));
        }
        Ok(Self {
            min_minutes,
            max_minutes,
        })
    }

    pub fn min_minutes(self) -> u16 {
        self.min_minutes
    }

    pub fn max_minutes(self) -> u16 {
        self.max_minutes
    }

    pub fn is_fixed(self) -> bool {
        self.min_minutes == self.max_minutes
    }
}

impl TryFrom<RawLength> for SessionLength {
    type Error = RuleInvalid;
    fn try_from(raw: RawLength) -> Result<Self, RuleInvalid> {
        Self::range(raw.min_minutes, raw.max_minutes)
    }
}

/// The grid slots start on, in minutes: 5 to 720.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = u16))]
#[serde(try_from = "u16", into = "u16")]
pub struct SlotStep(u16);

impl SlotStep {
    pub fn minutes(minutes: u16) -> Result<Self, RuleInvalid> {
        RuleInvalid::check_range("slot_step", u32::from(minutes), 5, 720).map(|_| Self(minutes))
    }

    pub fn get(self) -> u16 {
        self.0
    }
}

impl TryFrom<u16> for SlotStep {
    type Error = RuleInvalid;
    fn try_from(m: u16) -> Result<Self, RuleInvalid> {
        Self::minutes(m)
    }
}

impl From<SlotStep> for u16 {
    fn from(s: SlotStep) -> u16 {
        s.0
    }
}

/// The name of a session type, 1 to 80 characters on one line.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String))]
#[serde(try_from = "String", into = "String")]
pub struct SessionTypeName(String);

impl SessionTypeName {
    pub const MAX_CHARS: usize = 80;

    pub fn parse(raw: &str) -> Result<Self, RuleInvalid> {
        let text = raw.trim();
        let len = text.chars().count();
        let reason = if len == 0 {
            Some(InvalidReason::Empty)
        } else if len > Self::MAX_CHARS {
            Some(InvalidReason::TooLong {
                max: Self::MAX_CHARS,
            })
        } else if text.chars().any(char::is_control) {
            Some(InvalidReason::ControlCharacters)
        } else {
            None
        };
        match reason {
            Some(r) => Err(RuleInvalid::new("name", RuleProblem::Text(r))),
            None => Ok(Self(text.to_owned())),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for SessionTypeName {
    type Error = RuleInvalid;
    fn try_from(raw: String) -> Result<Self, RuleInvalid> {
        Self::parse(&raw)
    }
}

impl From<SessionTypeName> for String {
    fn from(n: SessionTypeName) -> String {
        n.0
    }
}

impl fmt::Display for SessionTypeName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn closing_session() -> SessionType {
        SessionType {
            id: SessionTypeId(Uuid::from_u128(1)),
            program: ProgramId(Uuid::from_u128(2)),
            name: SessionTypeName::parse("  Authorization session ").unwrap(),
            length: SessionLength::range(60, 90).unwrap(),
            minimum_notice_minutes: 12 * 60,
            horizon_days: 14,
            buffer_before_minutes: 0,
            buffer_after_minutes: 15,
            slot_step: SlotStep::minutes(30).unwrap(),
        }
    }

    #[test]
    fn a_ranged_session_reserves_its_longest_length_unless_told_otherwise() {
        let t = closing_session();
        assert_eq!(t.name.as_str(), "Authorization session");
        assert_eq!(t.length_for(None), Ok(90));
        assert_eq!(t.length_for(Some(75)), Ok(75));
        assert!(t.length_for(Some(45)).is_err());
        assert!(t.length_for(Some(91)).is_err());
    }

    #[test]
    fn lengths_and_steps_are_checked() {
        assert!(SessionLength::fixed(50).unwrap().is_fixed());
        assert!(SessionLength::fixed(0).is_err());
        assert!(SessionLength::fixed(MAX_SESSION_MINUTES + 1).is_err());
        assert!(SessionLength::range(90, 60).is_err());
        assert!(SlotStep::minutes(0).is_err());
        assert!(SlotStep::minutes(4).is_err());
        assert_eq!(SlotStep::minutes(15).unwrap().get(), 15);
    }

    #[test]
    fn session_types_round_trip_through_json_and_reject_bad_values() {
        let t = closing_session();
        let json = serde_json::to_value(&t).unwrap();
        assert_eq!(json["length"]["min_minutes"], 60);
        assert_eq!(json["slot_step"], 30);
        assert_eq!(
            serde_json::from_value::<SessionType>(json.clone()).unwrap(),
            t
        );
        let mut bad = json.clone();
        bad["slot_step"] = 0.into();
        assert!(serde_json::from_value::<SessionType>(bad).is_err());
        let mut bad = json;
        bad["length"]["max_minutes"] = 30.into();
        assert!(serde_json::from_value::<SessionType>(bad).is_err());
    }

    #[test]
    fn names_must_be_one_line_and_not_empty() {
        assert!(SessionTypeName::parse("   ").is_err());
        assert!(SessionTypeName::parse("a\nb").is_err());
        assert!(SessionTypeName::parse(&"x".repeat(81)).is_err());
    }
}
