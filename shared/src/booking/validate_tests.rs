use super::super::fixtures::*;
use super::super::*;
use chrono::{TimeDelta, Weekday};

/// Moscow (+03:00) Mondays 09:00-13:00, i.e. 06:00-10:00Z; a 60-minute type on a 30-minute grid.
fn setup() -> (SessionType, Vec<Schedule>) {
    (
        session_type(60, 30),
        vec![schedule(1, "Europe/Moscow", &[Weekday::Mon], "09:00-13:00")],
    )
}

const NOW: &str = "2025-06-01 00:00";

#[test]
fn an_offered_slot_is_accepted_as_offered() {
    let (kind, schedules) = setup();
    let avail = availability(&schedules, &[], &[]);
    let slot =
        validate_booking(&avail, &request(&kind, utc(NOW)), utc("2025-06-02 07:30")).unwrap();
    assert_eq!(slot.end, utc("2025-06-02 08:30"));
}

#[test]
fn times_off_the_grid_or_outside_the_hours_are_refused() {
    let (kind, schedules) = setup();
    let avail = availability(&schedules, &[], &[]);
    let req = request(&kind, utc(NOW));
    for start in [
        "2025-06-02 07:15",
        "2025-06-02 09:30",
        "2025-06-02 05:30",
        "2025-06-03 07:00",
    ] {
        assert_eq!(
            validate_booking(&avail, &req, utc(start)),
            Err(BookingRefusal::NotAnOfferedTime),
            "{start}"
        );
    }
}

#[test]
fn notice_horizon_and_plan_window_are_refused_with_their_bounds() {
    let (mut kind, schedules) = setup();
    kind.minimum_notice_minutes = 24 * 60;
    kind.horizon_days = 7;
    let avail = availability(&schedules, &[], &[]);
    let now = utc("2025-06-01 08:00");
    let req = request(&kind, now);
    assert_eq!(
        validate_booking(&avail, &req, utc("2025-06-02 07:30")),
        Err(BookingRefusal::TooShortNotice {
            earliest: utc("2025-06-02 08:00")
        })
    );
    assert!(validate_booking(&avail, &req, utc("2025-06-02 08:00")).is_ok());
    assert_eq!(
        validate_booking(&avail, &req, utc("2025-06-09 08:00")),
        Err(BookingRefusal::BeyondHorizon {
            start_before: now + TimeDelta::days(7)
        })
    );
    let window = TimeRange::new(utc("2025-06-02 08:30"), utc("2025-06-02 10:00"));
    let req = SlotRequest {
        window: Some(window),
        ..req
    };
    assert_eq!(
        validate_booking(&avail, &req, utc("2025-06-02 08:00")),
        Err(BookingRefusal::OutsidePlanWindow { window })
    );
    assert!(validate_booking(&avail, &req, utc("2025-06-02 09:00")).is_ok());
}

#[test]
fn clashes_say_whether_the_mentor_is_busy_or_away() {
    let (kind, schedules) = setup();
    let bookings = [booking(
        1,
        utc("2025-06-02 06:00"),
        60,
        BookingStatus::Booked,
    )];
    let off = [TimeRange::new(
        utc("2025-06-02 09:00"),
        utc("2025-06-02 12:00"),
    )];
    let avail = availability(&schedules, &bookings, &off);
    let req = request(&kind, utc(NOW));
    assert_eq!(
        validate_booking(&avail, &req, utc("2025-06-02 06:30")),
        Err(BookingRefusal::MentorBusy)
    );
    assert_eq!(
        validate_booking(&avail, &req, utc("2025-06-02 08:30")),
        Err(BookingRefusal::MentorAway)
    );
    assert!(validate_booking(&avail, &req, utc("2025-06-02 07:00")).is_ok());
}

#[test]
fn request_level_refusals_come_first() {
    let (kind, schedules) = setup();
    let mut avail = availability(&schedules, &[], &[]);
    let req = request(&kind, utc(NOW));
    avail.languages_declared = false;
    assert_eq!(
        check_bookable(&avail, &req),
        Err(BookingRefusal::LanguagesNotDeclared)
    );
    assert_eq!(
        validate_booking(&avail, &req, utc("2025-06-02 07:30")),
        Err(BookingRefusal::LanguagesNotDeclared)
    );
    avail.languages_declared = true;
    let bad_length = SlotRequest {
        length_minutes: Some(45),
        ..req
    };
    assert_eq!(
        validate_booking(&avail, &bad_length, utc("2025-06-02 07:30")),
        Err(BookingRefusal::LengthNotAllowed {
            min_minutes: 60,
            max_minutes: 60
        })
    );
    let mut other = kind.clone();
    other.id = crate::ids::SessionTypeId(uuid::Uuid::from_u128(77));
    assert_eq!(
        check_bookable(&avail, &request(&other, utc(NOW))),
        Err(BookingRefusal::SessionTypeNotOffered)
    );
}

#[test]
fn an_exhausted_package_is_refused_with_its_use() {
    let (kind, schedules) = setup();
    let moscow = zone("Europe/Moscow");
    let used = [
        booking(1, utc("2025-03-03 06:00"), 60, BookingStatus::NoShow),
        booking(2, utc("2025-05-05 06:00"), 60, BookingStatus::Booked),
        booking(3, utc("2025-05-12 06:00"), 60, BookingStatus::Cancelled),
    ];
    let mut req = request(&kind, utc(NOW));
    req.quota = Some(QuotaUse {
        quota: Quota::Limited {
            sessions: 2,
            per: QuotaPeriod::Year,
        },
        zone: &moscow,
        client: CLIENT,
        program: PROGRAM,
        bookings: &used,
    });
    let avail = availability(&schedules, &[], &[]);
    assert_eq!(
        validate_booking(&avail, &req, utc("2025-06-02 06:00")),
        Err(BookingRefusal::QuotaExhausted {
            used: 2,
            allowed: 2
        })
    );
    // Moving one of the two frees its place.
    req.replacing = Some(used[1].id);
    assert!(validate_booking(&avail, &req, utc("2025-06-02 06:00")).is_ok());
    let json = serde_json::to_value(BookingRefusal::QuotaExhausted {
        used: 2,
        allowed: 2,
    })
    .unwrap();
    assert_eq!(
        json["reason"],
        BookingRefusal::QuotaExhausted {
            used: 2,
            allowed: 2
        }
        .as_str()
    );
}
