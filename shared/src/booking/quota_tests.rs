use super::super::fixtures::*;
use super::super::*;

fn left(quota: Quota, zone_name: &str, bookings: &[Booking], at: &str) -> QuotaLeft {
    let z = zone(zone_name);
    let quota_use = QuotaUse {
        quota,
        zone: &z,
        client: CLIENT,
        program: PROGRAM,
        bookings,
    };
    quota_left(&quota_use, utc(at), None)
}

const MONTHLY: Quota = Quota::Limited {
    sessions: 2,
    per: QuotaPeriod::Month,
};

#[test]
fn months_are_counted_on_the_program_clock() {
    // 23:30Z on 28 February is already 1 March in Warsaw, still February in New York.
    let bookings = [booking(
        1,
        utc("2025-02-28 23:30"),
        50,
        BookingStatus::Realized,
    )];
    assert_eq!(
        left(MONTHLY, "Europe/Warsaw", &bookings, "2025-03-10 10:00"),
        QuotaLeft::Limited {
            allowed: 2,
            used: 1,
            left: 1
        }
    );
    assert_eq!(
        left(MONTHLY, "Europe/Warsaw", &bookings, "2025-02-20 10:00"),
        QuotaLeft::Limited {
            allowed: 2,
            used: 0,
            left: 2
        }
    );
    assert_eq!(
        left(MONTHLY, "America/New_York", &bookings, "2025-02-20 10:00"),
        QuotaLeft::Limited {
            allowed: 2,
            used: 1,
            left: 1
        }
    );
}

#[test]
fn booked_and_billable_sessions_use_the_package_up_and_others_do_not() {
    let at = "2025-03-10 10:00";
    let bookings: Vec<Booking> = BookingStatus::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| booking(i as u128, utc("2025-03-05 10:00"), 50, *s))
        .collect();
    let many = Quota::Limited {
        sessions: 10,
        per: QuotaPeriod::Month,
    };
    // booked, cancelled_late, realized, no_show, stopped_unprepared
    assert_eq!(
        left(many, "Europe/Warsaw", &bookings, at),
        QuotaLeft::Limited {
            allowed: 10,
            used: 5,
            left: 5
        }
    );
}

#[test]
fn other_clients_and_programs_do_not_count() {
    let mut other_client = booking(1, utc("2025-03-05 10:00"), 50, BookingStatus::Booked);
    other_client.client = MENTOR;
    let mut other_program = booking(2, utc("2025-03-05 10:00"), 50, BookingStatus::Booked);
    other_program.program = crate::ids::ProgramId(uuid::Uuid::from_u128(99));
    let bookings = [other_client, other_program];
    assert_eq!(
        left(MONTHLY, "Europe/Warsaw", &bookings, "2025-03-10 10:00"),
        QuotaLeft::Limited {
            allowed: 2,
            used: 0,
            left: 2
        }
    );
}

#[test]
fn years_programs_and_unlimited_packages() {
    let bookings = [
        booking(1, utc("2024-12-31 23:30"), 50, BookingStatus::Realized), // 2025 in Riga
        booking(2, utc("2025-06-01 10:00"), 50, BookingStatus::Booked),
        booking(3, utc("2026-01-10 10:00"), 50, BookingStatus::Booked),
    ];
    let yearly = Quota::Limited {
        sessions: 2,
        per: QuotaPeriod::Year,
    };
    assert_eq!(
        left(yearly, "Europe/Riga", &bookings, "2025-09-01 10:00"),
        QuotaLeft::Limited {
            allowed: 2,
            used: 2,
            left: 0
        }
    );
    assert!(!left(yearly, "Europe/Riga", &bookings, "2025-09-01 10:00").allows_one_more());
    let whole = Quota::Limited {
        sessions: 4,
        per: QuotaPeriod::Program,
    };
    assert_eq!(
        left(whole, "Europe/Riga", &bookings, "2027-01-01 10:00"),
        QuotaLeft::Limited {
            allowed: 4,
            used: 3,
            left: 1
        }
    );
    assert_eq!(
        left(
            Quota::Unlimited,
            "Europe/Riga",
            &bookings,
            "2025-09-01 10:00"
        ),
        QuotaLeft::Unlimited
    );
}

#[test]
fn a_lowered_quota_never_goes_below_zero() {
    let bookings = [
        booking(1, utc("2025-03-03 10:00"), 50, BookingStatus::Realized),
        booking(2, utc("2025-03-04 10:00"), 50, BookingStatus::Realized),
        booking(3, utc("2025-03-05 10:00"), 50, BookingStatus::Realized),
    ];
    assert_eq!(
        left(MONTHLY, "Europe/Warsaw", &bookings, "2025-03-10 10:00"),
        QuotaLeft::Limited {
            allowed: 2,
            used: 3,
            left: 0
        }
    );
    let json = serde_json::to_value(MONTHLY).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"kind": "limited", "sessions": 2, "per": "month"})
    );
}
