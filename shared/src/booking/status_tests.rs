use super::super::fixtures::*;
use super::super::*;
use chrono::TimeDelta;

const START: &str = "2025-02-03 09:00";

fn booked() -> Booking {
    booking(1, utc(START), 60, BookingStatus::Booked)
}

fn at(offset: TimeDelta) -> chrono::DateTime<chrono::Utc> {
    utc(START) + offset
}

#[test]
fn a_client_cancelling_in_time_cancels_for_free_and_later_pays() {
    let b = booked();
    let client = BookingEvent::Cancel { by: Party::Client };
    assert_eq!(
        b.next_status(client, at(-TimeDelta::hours(24))),
        Ok(BookingStatus::Cancelled)
    );
    assert_eq!(
        b.next_status(client, at(-TimeDelta::hours(24) + TimeDelta::seconds(1))),
        Ok(BookingStatus::CancelledLate)
    );
    assert_eq!(
        b.next_status(client, at(TimeDelta::zero())),
        Err(TransitionError::AlreadyStarted)
    );
}

#[test]
fn the_policy_copied_onto_the_booking_decides_not_todays_policy() {
    let mut b = booked();
    b.cancellation_policy = CancellationPolicy {
        free_until_minutes_before: 2 * 60,
    };
    let client = BookingEvent::Cancel { by: Party::Client };
    assert_eq!(
        b.next_status(client, at(-TimeDelta::hours(3))),
        Ok(BookingStatus::Cancelled)
    );
}

#[test]
fn a_mentor_or_coordinator_cancelling_never_bills_the_client() {
    let b = booked();
    for by in [Party::Mentor, Party::Coordinator] {
        let cancel = BookingEvent::Cancel { by };
        assert_eq!(
            b.next_status(cancel, at(-TimeDelta::hours(1))),
            Ok(BookingStatus::Cancelled)
        );
        assert_eq!(
            b.next_status(cancel, at(TimeDelta::minutes(5))),
            Ok(BookingStatus::Cancelled)
        );
    }
}

#[test]
fn moving_a_session_is_allowed_before_it_starts_and_for_the_client_only_in_time() {
    let b = booked();
    let by_client = BookingEvent::Reschedule { by: Party::Client };
    let by_mentor = BookingEvent::Reschedule { by: Party::Mentor };
    assert_eq!(
        b.next_status(by_client, at(-TimeDelta::days(2))),
        Ok(BookingStatus::Rescheduled)
    );
    assert_eq!(
        b.next_status(by_client, at(-TimeDelta::hours(2))),
        Err(TransitionError::TooLateToReschedule)
    );
    assert_eq!(
        b.next_status(by_mentor, at(-TimeDelta::hours(2))),
        Ok(BookingStatus::Rescheduled)
    );
    assert_eq!(
        b.next_status(by_mentor, at(TimeDelta::seconds(1))),
        Err(TransitionError::AlreadyStarted)
    );
}

#[test]
fn outcomes_are_marked_only_from_the_start() {
    let b = booked();
    for event in [
        BookingEvent::MarkRealized,
        BookingEvent::MarkStoppedUnprepared,
    ] {
        assert_eq!(
            b.next_status(event, at(-TimeDelta::seconds(1))),
            Err(TransitionError::NotStartedYet {
                starts_at: utc(START)
            })
        );
    }
    assert_eq!(
        b.next_status(BookingEvent::MarkRealized, at(TimeDelta::zero())),
        Ok(BookingStatus::Realized)
    );
    assert_eq!(
        b.next_status(
            BookingEvent::MarkStoppedUnprepared,
            at(TimeDelta::minutes(10))
        ),
        Ok(BookingStatus::StoppedUnprepared)
    );
}

#[test]
fn a_no_show_is_marked_only_after_waiting_twenty_minutes() {
    let b = booked();
    let allowed_from = utc(START) + TimeDelta::minutes(20);
    assert_eq!(
        b.next_status(
            BookingEvent::MarkNoShow,
            allowed_from - TimeDelta::seconds(1)
        ),
        Err(TransitionError::NoShowTooEarly { allowed_from })
    );
    assert_eq!(
        b.next_status(BookingEvent::MarkNoShow, allowed_from),
        Ok(BookingStatus::NoShow)
    );
}

#[test]
fn every_status_but_booked_is_final() {
    let events = [
        BookingEvent::Cancel { by: Party::Client },
        BookingEvent::Cancel { by: Party::Mentor },
        BookingEvent::Reschedule { by: Party::Mentor },
        BookingEvent::MarkRealized,
        BookingEvent::MarkNoShow,
        BookingEvent::MarkStoppedUnprepared,
    ];
    for status in BookingStatus::ALL.into_iter().filter(|s| s.is_final()) {
        let mut b = booking(1, utc(START), 60, status);
        for event in events {
            assert_eq!(
                b.apply(event, at(TimeDelta::hours(1))),
                Err(TransitionError::AlreadyFinal { status })
            );
            assert_eq!(b.status, status);
        }
    }
}

#[test]
fn applying_changes_the_status_and_billability_follows_the_seeds() {
    let mut b = booked();
    assert_eq!(
        b.apply(BookingEvent::MarkRealized, at(TimeDelta::hours(1))),
        Ok(BookingStatus::Realized)
    );
    assert_eq!(b.status, BookingStatus::Realized);
    let billable: Vec<_> = BookingStatus::ALL
        .into_iter()
        .filter(|s| s.is_billable())
        .map(BookingStatus::as_str)
        .collect();
    assert_eq!(
        billable,
        [
            "cancelled_late",
            "realized",
            "no_show",
            "stopped_unprepared"
        ]
    );
    for s in BookingStatus::ALL {
        assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
    }
    let event: BookingEvent = serde_json::from_str(r#"{"event":"cancel","by":"client"}"#).unwrap();
    assert_eq!(event, BookingEvent::Cancel { by: Party::Client });
}
