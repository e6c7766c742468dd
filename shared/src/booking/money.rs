//! Rates and amounts for settlements. Amounts are whole minor units (grosze, cents, kopecks:
//! hundredths of the currency unit), never floating point.

use super::invalid::{RuleInvalid, RuleProblem};
use serde::{Deserialize, Serialize};
use std::fmt;

/// An ISO 4217 currency code such as `PLN`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "PLN"))]
#[serde(try_from = "String", into = "String")]
pub struct CurrencyCode([u8; 3]);

impl CurrencyCode {
    pub fn parse(raw: &str) -> Result<Self, RuleInvalid> {
        match raw.trim().as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_uppercase) => Ok(Self([a, b, c])),
            _ => Err(RuleInvalid::new("currency", RuleProblem::NotACurrencyCode)),
        }
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII capitals get in through `parse`.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }
}

impl fmt::Display for CurrencyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl TryFrom<String> for CurrencyCode {
    type Error = RuleInvalid;
    fn try_from(raw: String) -> Result<Self, RuleInvalid> {
        Self::parse(&raw)
    }
}

impl From<CurrencyCode> for String {
    fn from(c: CurrencyCode) -> String {
        c.as_str().to_owned()
    }
}

/// What a program pays a mentor for billable sessions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Rate {
    pub currency: CurrencyCode,
    /// Hundredths of the currency unit per session or per hour.
    pub minor_units: u64,
    pub basis: RateBasis,
}

/// What a rate is paid for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RateBasis {
    /// Each billable session, whatever its length.
    PerSession,
    /// Each hour of booked length of billable sessions, rounded half up to a minor unit.
    PerHour,
}

impl Rate {
    /// The amount for `sessions` billable sessions of `minutes` booked minutes in all.
    pub fn amount(&self, sessions: u32, minutes: u64) -> u64 {
        match self.basis {
            RateBasis::PerSession => self.minor_units.saturating_mul(u64::from(sessions)),
            RateBasis::PerHour => {
                let exact = u128::from(self.minor_units) * u128::from(minutes);
                u64::try_from((exact + 30) / 60).unwrap_or(u64::MAX)
            }
        }
    }
}

/// Minor units written as a decimal with two places, e.g. `1234.50`.
pub fn format_minor_units(minor: u64) -> String {
    format!("{}.{:02}", minor / 100, minor % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currency_codes_are_three_capital_letters() {
        assert_eq!(CurrencyCode::parse("PLN").unwrap().to_string(), "PLN");
        for bad in ["pln", "PL", "PLNX", "P1N", "", "ZŁ"] {
            assert!(CurrencyCode::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            serde_json::to_string(&CurrencyCode::parse("EUR").unwrap()).unwrap(),
            "\"EUR\""
        );
    }

    #[test]
    fn hourly_rates_round_half_up_to_a_minor_unit() {
        let rate = Rate {
            currency: CurrencyCode::parse("RUB").unwrap(),
            minor_units: 100,
            basis: RateBasis::PerHour,
        };
        // 100 per hour for 45 minutes is exactly 75; for 1 minute 1.67 rounds to 2; 0.5 rounds up.
        assert_eq!(rate.amount(1, 45), 75);
        assert_eq!(rate.amount(1, 1), 2);
        let rate = Rate {
            minor_units: 30,
            ..rate
        };
        assert_eq!(rate.amount(1, 1), 1);
        assert_eq!(rate.amount(3, 0), 0);
    }

    #[test]
    fn session_rates_multiply_by_sessions() {
        let rate = Rate {
            currency: CurrencyCode::parse("PLN").unwrap(),
            minor_units: 15_000,
            basis: RateBasis::PerSession,
        };
        assert_eq!(rate.amount(3, 150), 45_000);
        assert_eq!(format_minor_units(45_000), "450.00");
        assert_eq!(format_minor_units(5), "0.05");
        assert_eq!(format_minor_units(123_456), "1234.56");
    }
}
