//! Packages: how many sessions a client may have — N per calendar month, per calendar year, for the
//! whole program, or unlimited. Months and years are counted on the program's clock, by the
//! session's start. Sessions still booked and billable ones (held, no-show, late cancellation,
//! stopped unprepared) use the package up; free cancellations and moved sessions do not.

use super::record::Booking;
use super::zone;
use crate::ids::{BookingId, PackageId, PersonId, ProgramId};
use crate::locale::TimeZoneName;
use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A package a client books under, bought e.g. by their employer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Package {
    pub id: PackageId,
    pub program: ProgramId,
    pub quota: Quota,
}

/// How many sessions a package allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Quota {
    Unlimited,
    Limited { sessions: u32, per: QuotaPeriod },
}

/// The period a limited quota renews in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum QuotaPeriod {
    /// A calendar month on the program's clock.
    Month,
    /// A calendar year on the program's clock.
    Year,
    /// The whole program; never renews.
    Program,
}

/// What is left of a package in one period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum QuotaLeft {
    Unlimited,
    Limited { allowed: u32, used: u32, left: u32 },
}

impl QuotaLeft {
    pub fn allows_one_more(self) -> bool {
        match self {
            QuotaLeft::Unlimited => true,
            QuotaLeft::Limited { left, .. } => left > 0,
        }
    }
}

/// A client's package in a program and the bookings that may use it up.
#[derive(Clone, Copy, Debug)]
pub struct QuotaUse<'a> {
    pub quota: Quota,
    /// The program's zone, in which months and years are counted.
    pub zone: &'a TimeZoneName,
    pub client: PersonId,
    pub program: ProgramId,
    /// The client's bookings (others are ignored), with any mentor.
    pub bookings: &'a [Booking],
}

/// What is left of the package for a session starting at `at`, counting the client's bookings in
/// the program in the period containing `at`, except the booking being moved (`replacing`).
pub fn quota_left(
    quota_use: &QuotaUse<'_>,
    at: DateTime<Utc>,
    replacing: Option<BookingId>,
) -> QuotaLeft {
    QuotaCounter::new(quota_use, replacing).left_at(at)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum PeriodKey {
    Month(i32, u32),
    Year(i32),
    Whole,
}

/// Use per period, counted once so each slot is checked cheaply.
pub(crate) struct QuotaCounter {
    limit: Option<(u32, QuotaPeriod)>,
    tz: Tz,
    used: BTreeMap<PeriodKey, u32>,
}

impl QuotaCounter {
    pub(crate) fn new(quota_use: &QuotaUse<'_>, replacing: Option<BookingId>) -> Self {
        let mut counter = Self {
            limit: match quota_use.quota {
                Quota::Unlimited => None,
                Quota::Limited { sessions, per } => Some((sessions, per)),
            },
            tz: quota_use.zone.tz(),
            used: BTreeMap::new(),
        };
        if let Some((_, per)) = counter.limit {
            let counted = quota_use.bookings.iter().filter(|b| {
                b.client == quota_use.client
                    && b.program == quota_use.program
                    && b.status.uses_quota()
                    && Some(b.id) != replacing
            });
            for b in counted {
                *counter.used.entry(counter.key(per, b.start)).or_insert(0) += 1;
            }
        }
        counter
    }

    fn key(&self, per: QuotaPeriod, t: DateTime<Utc>) -> PeriodKey {
        let date = zone::local(self.tz, t).date();
        match per {
            QuotaPeriod::Month => PeriodKey::Month(date.year(), date.month()),
            QuotaPeriod::Year => PeriodKey::Year(date.year()),
            QuotaPeriod::Program => PeriodKey::Whole,
        }
    }

    pub(crate) fn left_at(&self, t: DateTime<Utc>) -> QuotaLeft {
        match self.limit {
            None => QuotaLeft::Unlimited,
            Some((sessions, per)) => {
                let used = self.used.get(&self.key(per, t)).copied().unwrap_or(0);
                QuotaLeft::Limited {
                    allowed: sessions,
                    used,
                    left: sessions.saturating_sub(used),
                }
            }
        }
    }

    pub(crate) fn allows(&self, t: DateTime<Utc>) -> bool {
        self.limit.is_none() || self.left_at(t).allows_one_more()
    }
}

#[cfg(test)]
#[path = "quota_tests.rs"]
mod tests;
