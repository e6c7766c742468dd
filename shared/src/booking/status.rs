//! The booking status state machine.
//!
//! ```text
//!            ┌─ cancel (client in time, mentor, coordinator) ─► cancelled
//!            ├─ cancel (client too late) ──────────────────────► cancelled_late     (billable)
//! booked ────┼─ reschedule (before the start) ──────────────────► rescheduled
//!            ├─ mark realized (from the start) ─────────────────► realized          (billable)
//!            ├─ mark stopped unprepared (from the start) ───────► stopped_unprepared (billable)
//!            └─ mark no-show (from 20 min after the start) ─────► no_show           (billable)
//! ```
//! Every other status is final: a refused transition is a [`TransitionError`].

use super::cancellation::{CancellationConsequence, cancellation_consequence};
use super::record::Booking;
use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

/// How long a mentor waits for a late client before a no-show may be marked.
pub const NO_SHOW_WAIT_MINUTES: i64 = 20;

/// Where a booking stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BookingStatus {
    /// Booked and not yet marked.
    Booked,
    /// Cancelled in time by the client, or by the mentor or a coordinator: not held, not paid.
    Cancelled,
    /// Cancelled by the client too late: counts as held and is paid.
    CancelledLate,
    /// Held.
    Realized,
    /// The client did not come: counts as held and is paid.
    NoShow,
    /// Moved to another time; the new time is a new booking.
    Rescheduled,
    /// The mentor stopped the session because the client was not prepared: counts as held.
    StoppedUnprepared,
}

impl BookingStatus {
    pub const ALL: [BookingStatus; 7] = [
        BookingStatus::Booked,
        BookingStatus::Cancelled,
        BookingStatus::CancelledLate,
        BookingStatus::Realized,
        BookingStatus::NoShow,
        BookingStatus::Rescheduled,
        BookingStatus::StoppedUnprepared,
    ];

    /// The stable name used in storage and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            BookingStatus::Booked => "booked",
            BookingStatus::Cancelled => "cancelled",
            BookingStatus::CancelledLate => "cancelled_late",
            BookingStatus::Realized => "realized",
            BookingStatus::NoShow => "no_show",
            BookingStatus::Rescheduled => "rescheduled",
            BookingStatus::StoppedUnprepared => "stopped_unprepared",
        }
    }

    /// Counts as held: settled with the mentor and used up from the client's package.
    pub fn is_billable(self) -> bool {
        matches!(
            self,
            BookingStatus::Realized
                | BookingStatus::NoShow
                | BookingStatus::CancelledLate
                | BookingStatus::StoppedUnprepared
        )
    }

    /// No further transition is possible.
    pub fn is_final(self) -> bool {
        self != BookingStatus::Booked
    }

    /// Counts against the client's package: still booked, or billable.
    pub fn uses_quota(self) -> bool {
        self == BookingStatus::Booked || self.is_billable()
    }

    /// Keeps the mentor's time busy. A late cancellation is paid, but the mentor is free again.
    pub fn occupies_time(self) -> bool {
        self.uses_quota() && self != BookingStatus::CancelledLate
    }
}

/// Who asks for a cancellation or a new time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Party {
    Client,
    Mentor,
    Coordinator,
}

/// Something that happens to a booking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum BookingEvent {
    Cancel { by: Party },
    Reschedule { by: Party },
    MarkRealized,
    MarkNoShow,
    MarkStoppedUnprepared,
}

/// Why a status change was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum TransitionError {
    #[error("the booking is already {}", status.as_str())]
    AlreadyFinal { status: BookingStatus },
    #[error("the session has already started")]
    AlreadyStarted,
    #[error("the session has not started yet")]
    NotStartedYet { starts_at: DateTime<Utc> },
    #[error("a no-show can be marked only from {allowed_from}")]
    NoShowTooEarly { allowed_from: DateTime<Utc> },
    #[error("too late to move the session; it can only be cancelled")]
    TooLateToReschedule,
}

impl Booking {
    /// The status `event` at `now` leads to, or why it is refused.
    pub fn next_status(
        &self,
        event: BookingEvent,
        now: DateTime<Utc>,
    ) -> Result<BookingStatus, TransitionError> {
        if self.status.is_final() {
            return Err(TransitionError::AlreadyFinal {
                status: self.status,
            });
        }
        let started = now >= self.start;
        let late = cancellation_consequence(&self.cancellation_policy, self.start, now)
            == CancellationConsequence::Late;
        match event {
            // A mentor or coordinator who calls a session off owes it, whenever they do.
            BookingEvent::Cancel {
                by: Party::Mentor | Party::Coordinator,
            } => Ok(BookingStatus::Cancelled),
            BookingEvent::Cancel { by: Party::Client } if started => {
                Err(TransitionError::AlreadyStarted)
            }
            BookingEvent::Cancel { by: Party::Client } if late => Ok(BookingStatus::CancelledLate),
            BookingEvent::Cancel { by: Party::Client } => Ok(BookingStatus::Cancelled),
            BookingEvent::Reschedule { .. } if started => Err(TransitionError::AlreadyStarted),
            BookingEvent::Reschedule { by: Party::Client } if late => {
                Err(TransitionError::TooLateToReschedule)
            }
            BookingEvent::Reschedule { .. } => Ok(BookingStatus::Rescheduled),
            BookingEvent::MarkRealized | BookingEvent::MarkStoppedUnprepared if !started => {
                Err(TransitionError::NotStartedYet {
                    starts_at: self.start,
                })
            }
            BookingEvent::MarkRealized => Ok(BookingStatus::Realized),
            BookingEvent::MarkStoppedUnprepared => Ok(BookingStatus::StoppedUnprepared),
            BookingEvent::MarkNoShow => {
                let allowed_from = self.start + TimeDelta::minutes(NO_SHOW_WAIT_MINUTES);
                if now < allowed_from {
                    Err(TransitionError::NoShowTooEarly { allowed_from })
                } else {
                    Ok(BookingStatus::NoShow)
                }
            }
        }
    }

    /// Applies `event` at `now`, or leaves the booking as it is and says why not.
    pub fn apply(
        &mut self,
        event: BookingEvent,
        now: DateTime<Utc>,
    ) -> Result<BookingStatus, TransitionError> {
        self.status = self.next_status(event, now)?;
        Ok(self.status)
    }
}

#[cfg(test)]
#[path = "status_tests.rs"]
mod tests;
