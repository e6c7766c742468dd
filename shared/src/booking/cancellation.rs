//! The cancellation policy and what a cancellation costs.
//!
//! A client who cancels at least the policy's notice before the start (24 hours by default)
//! cancels for free; later, the session counts as held and is paid, like a no-show. The policy in
//! force when a booking is made is copied onto it, so a later change of the program's policy never
//! changes what an existing booking costs.

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

/// How early a client must cancel to cancel for free.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CancellationPolicy {
    /// A cancellation at least this many minutes before the start is free.
    pub free_until_minutes_before: u32,
}

impl CancellationPolicy {
    /// The usual rule: free until 24 hours before the start.
    pub const DEFAULT_MINUTES: u32 = 24 * 60;

    pub fn notice(&self) -> TimeDelta {
        TimeDelta::minutes(i64::from(self.free_until_minutes_before))
    }

    /// The last instant a booking starting at `start` can be cancelled for free.
    pub fn free_until(&self, start: DateTime<Utc>) -> DateTime<Utc> {
        start - self.notice()
    }
}

impl Default for CancellationPolicy {
    fn default() -> Self {
        Self {
            free_until_minutes_before: Self::DEFAULT_MINUTES,
        }
    }
}

/// What a client's cancellation means for the booking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CancellationConsequence {
    /// Cancelled in time: not held, not paid, not counted against the package.
    Free,
    /// Cancelled too late: counts as held, is paid and uses up the package.
    Late,
}

/// The consequence of a client cancelling at `now` a booking that starts at `start`, under the
/// policy copied onto the booking. Exactly at the boundary (24 h before, by default) it is free.
pub fn cancellation_consequence(
    policy: &CancellationPolicy,
    start: DateTime<Utc>,
    now: DateTime<Utc>,
) -> CancellationConsequence {
    if now <= policy.free_until(start) {
        CancellationConsequence::Free
    } else {
        CancellationConsequence::Late
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2025-02-03T09:00:00+01:00")
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn cancelling_exactly_twenty_four_hours_before_is_free() {
        let p = CancellationPolicy::default();
        let boundary = start() - TimeDelta::hours(24);
        assert_eq!(
            cancellation_consequence(&p, start(), boundary),
            CancellationConsequence::Free
        );
        assert_eq!(
            cancellation_consequence(&p, start(), boundary - TimeDelta::seconds(1)),
            CancellationConsequence::Free
        );
        assert_eq!(
            cancellation_consequence(&p, start(), boundary + TimeDelta::seconds(1)),
            CancellationConsequence::Late
        );
    }

    #[test]
    fn the_policy_on_the_booking_decides() {
        let strict = CancellationPolicy {
            free_until_minutes_before: 48 * 60,
        };
        let now = start() - TimeDelta::hours(30);
        assert_eq!(
            cancellation_consequence(&strict, start(), now),
            CancellationConsequence::Late
        );
        let lenient = CancellationPolicy {
            free_until_minutes_before: 0,
        };
        let now = start() - TimeDelta::seconds(1);
        assert_eq!(
            cancellation_consequence(&lenient, start(), now),
            CancellationConsequence::Free
        );
        assert_eq!(
            serde_json::to_string(&CancellationConsequence::Late).unwrap(),
            "\"late\""
        );
    }
}
