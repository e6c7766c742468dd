//! The stored booking. What it was made under — the length, the session type's buffers and the
//! cancellation policy — is copied onto it, so later changes to the program's rules never change
//! an existing booking's time, cost or refund.

use super::cancellation::CancellationPolicy;
use super::session_type::SessionType;
use super::slots::Slot;
use super::status::BookingStatus;
use crate::ids::{BookingId, PersonId, ProgramId, SessionTypeId};
use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

/// A session booked between a mentor and a client.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Booking {
    pub id: BookingId,
    pub program: ProgramId,
    pub session_type: SessionTypeId,
    pub mentor: PersonId,
    pub client: PersonId,
    pub start: DateTime<Utc>,
    /// The reserved length in minutes.
    pub minutes: u16,
    /// Copied from the session type when booked.
    pub buffer_before_minutes: u16,
    /// Copied from the session type when booked.
    pub buffer_after_minutes: u16,
    /// Copied from the program when booked.
    pub cancellation_policy: CancellationPolicy,
    /// The step of the participant's session plan this booking fulfils, by index.
    #[serde(default)]
    pub plan_step: Option<u16>,
    pub status: BookingStatus,
}

impl Booking {
    /// A new booking of an accepted slot (see [`super::validate_booking`]), copying the session
    /// type's buffers and the program's current cancellation policy.
    pub fn new(
        id: BookingId,
        session_type: &SessionType,
        slot: Slot,
        mentor: PersonId,
        client: PersonId,
        policy: CancellationPolicy,
    ) -> Self {
        let minutes = (slot.end - slot.start)
            .num_minutes()
            .clamp(0, i64::from(u16::MAX)) as u16;
        Self {
            id,
            program: session_type.program,
            session_type: session_type.id,
            mentor,
            client,
            start: slot.start,
            minutes,
            buffer_before_minutes: session_type.buffer_before_minutes,
            buffer_after_minutes: session_type.buffer_after_minutes,
            cancellation_policy: policy,
            plan_step: None,
            status: BookingStatus::Booked,
        }
    }

    pub fn end(&self) -> DateTime<Utc> {
        self.start + TimeDelta::minutes(i64::from(self.minutes))
    }

    /// The time the mentor keeps free for it: the session with its buffers.
    pub fn padded(&self) -> (DateTime<Utc>, DateTime<Utc>) {
        (
            self.start - TimeDelta::minutes(i64::from(self.buffer_before_minutes)),
            self.end() + TimeDelta::minutes(i64::from(self.buffer_after_minutes)),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::booking::fixtures::{CLIENT, MENTOR, session_type, utc};

    #[test]
    fn a_new_booking_copies_the_rules_it_was_made_under() {
        let mut kind = session_type(50, 10);
        kind.buffer_before_minutes = 5;
        kind.buffer_after_minutes = 15;
        let slot = Slot {
            start: utc("2025-06-02 10:00"),
            end: utc("2025-06-02 10:50"),
        };
        let policy = CancellationPolicy {
            free_until_minutes_before: 48 * 60,
        };
        let b = Booking::new(
            BookingId(uuid::Uuid::from_u128(1)),
            &kind,
            slot,
            MENTOR,
            CLIENT,
            policy,
        );
        assert_eq!(
            (b.program, b.session_type, b.status),
            (kind.program, kind.id, BookingStatus::Booked)
        );
        assert_eq!((b.minutes, b.end()), (50, slot.end));
        assert_eq!(b.cancellation_policy, policy);
        assert_eq!(
            b.padded(),
            (utc("2025-06-02 09:55"), utc("2025-06-02 11:05"))
        );
        // Changing the type afterwards changes nothing on the booking.
        kind.buffer_after_minutes = 60;
        assert_eq!(b.buffer_after_minutes, 15);
    }
}
