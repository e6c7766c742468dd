//! Why a booking rule value was refused. These are setup mistakes a coordinator or mentor can fix
//! (an interval that ends before it starts, a slot step of zero), reported with the field at fault.

use crate::error::InvalidReason;

/// What is wrong with a rule value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleProblem {
    /// Not a time of day `HH:MM` between `00:00` and `24:00`.
    NotATimeOfDay,
    /// Not a wall-clock interval `HH:MM-HH:MM`.
    NotAnInterval,
    /// The end is not after the start.
    EndNotAfterStart,
    /// A number outside its allowed range (inclusive).
    OutOfRange { min: u32, max: u32 },
    /// Not a calendar month `YYYY-MM`.
    NotAMonth,
    /// Not an ISO 4217 currency code (three capital letters).
    NotACurrencyCode,
    /// A text failed the usual text checks.
    Text(InvalidReason),
}

impl RuleProblem {
    /// A stable machine-readable name, for error bodies and message ids.
    pub fn code(self) -> &'static str {
        match self {
            RuleProblem::NotATimeOfDay => "not_a_time_of_day",
            RuleProblem::NotAnInterval => "not_an_interval",
            RuleProblem::EndNotAfterStart => "end_not_after_start",
            RuleProblem::OutOfRange { .. } => "out_of_range",
            RuleProblem::NotAMonth => "not_a_month",
            RuleProblem::NotACurrencyCode => "not_a_currency_code",
            RuleProblem::Text(_) => "invalid_text",
        }
    }
}

/// A rule value refused by validation, with the field at fault.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {}", describe(self.problem))]
pub struct RuleInvalid {
    pub field: &'static str,
    pub problem: RuleProblem,
}

impl RuleInvalid {
    pub fn new(field: &'static str, problem: RuleProblem) -> Self {
        Self { field, problem }
    }

    /// Checks that `value` lies in `min..=max`.
    pub(crate) fn check_range(
        field: &'static str,
        value: u32,
        min: u32,
        max: u32,
    ) -> Result<u32, Self> {
        if (min..=max).contains(&value) {
            Ok(value)
        } else {
            Err(Self::new(field, RuleProblem::OutOfRange { min, max }))
        }
    }
}

/// The English wording, for logs and for integrations reading serde errors.
fn describe(problem: RuleProblem) -> String {
    match problem {
        RuleProblem::NotATimeOfDay => "is not a time of day between 00:00 and 24:00".into(),
        RuleProblem::NotAnInterval => "is not an interval like 09:00-17:00".into(),
        RuleProblem::EndNotAfterStart => "must end after it starts".into(),
        RuleProblem::OutOfRange { min, max } => format!("must be between {min} and {max}"),
        RuleProblem::NotAMonth => "is not a month like 2025-02".into(),
        RuleProblem::NotACurrencyCode => "is not a currency code like PLN".into(),
        RuleProblem::Text(reason) => format!("is not acceptable text ({reason:?})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_inclusive_at_both_ends() {
        assert_eq!(RuleInvalid::check_range("x", 5, 5, 10), Ok(5));
        assert_eq!(RuleInvalid::check_range("x", 10, 5, 10), Ok(10));
        let err = RuleInvalid::check_range("x", 11, 5, 10).unwrap_err();
        assert_eq!(err.problem, RuleProblem::OutOfRange { min: 5, max: 10 });
        assert_eq!(err.to_string(), "x: must be between 5 and 10");
        assert_eq!(err.problem.code(), "out_of_range");
    }
}
