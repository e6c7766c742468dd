use super::super::fixtures::*;
use super::super::*;
use chrono::{TimeDelta, Weekday};

const MONDAY: &str = "2025-06-02 00:00";
const TUESDAY: &str = "2025-06-03 00:00";

fn monday() -> TimeRange {
    TimeRange::new(utc(MONDAY), utc(TUESDAY))
}

/// Moscow keeps +03:00 all year, so local hours are UTC + 3 in these tests.
fn moscow(n: u128, hours: &str) -> Schedule {
    schedule(n, "Europe/Moscow", &[Weekday::Mon], hours)
}

#[test]
fn overlapping_schedules_offer_their_union_once() {
    let kind = session_type(50, 60);
    let schedules = [moscow(1, "09:00-12:00"), moscow(2, "10:00-14:00")];
    let slots = free_slots(
        &availability(&schedules, &[], &[]),
        &request(&kind, utc("2025-06-01 00:00")),
        monday(),
    );
    assert_eq!(
        starts(&slots),
        [
            "2025-06-02 06:00",
            "2025-06-02 07:00",
            "2025-06-02 08:00",
            "2025-06-02 09:00",
            "2025-06-02 10:00"
        ]
    );
}

#[test]
fn schedules_of_other_session_types_are_ignored() {
    let kind = session_type(50, 60);
    let mut other = moscow(2, "15:00-17:00");
    other.session_types = vec![crate::ids::SessionTypeId(uuid::Uuid::from_u128(9))];
    let schedules = [moscow(1, "09:00-10:00"), other];
    let slots = free_slots(
        &availability(&schedules, &[], &[]),
        &request(&kind, utc("2025-06-01 00:00")),
        monday(),
    );
    assert_eq!(starts(&slots), ["2025-06-02 06:00"]);
}

#[test]
fn notice_and_horizon_bound_the_starts_exactly() {
    let mut kind = session_type(30, 30);
    kind.minimum_notice_minutes = 90;
    kind.horizon_days = 1;
    let schedules = [schedule(1, "Europe/Moscow", &EVERY_DAY, "00:00-24:00")];
    let now = utc("2025-06-02 08:00");
    let slots = free_slots(
        &availability(&schedules, &[], &[]),
        &request(&kind, now),
        TimeRange::new(utc(MONDAY), utc("2025-06-05 00:00")),
    );
    assert_eq!(slots.first().unwrap().start, now + TimeDelta::minutes(90));
    // The horizon is exclusive: the last start is 30 minutes before now + 1 day.
    assert_eq!(
        slots.last().unwrap().start,
        now + TimeDelta::days(1) - TimeDelta::minutes(30)
    );
}

/// The starts offered around one existing 07:00-07:50Z session with the given buffers, for a
/// 50-minute type on a 10-minute grid whose own buffer before is `own_before`.
fn around_one_session(before: u16, after: u16, own_before: u16) -> Vec<String> {
    let mut kind = session_type(50, 10);
    kind.buffer_before_minutes = own_before;
    let schedules = [moscow(1, "08:00-13:00")];
    let mut existing = booking(1, utc("2025-06-02 07:00"), 50, BookingStatus::Booked);
    existing.buffer_before_minutes = before;
    existing.buffer_after_minutes = after;
    let bookings = [existing];
    starts(&free_slots(
        &availability(&schedules, &bookings, &[]),
        &request(&kind, utc("2025-06-01 00:00")),
        monday(),
    ))
}

#[test]
fn buffers_keep_sessions_apart_by_the_larger_of_the_two() {
    let has = |got: &[String], t: &str| got.iter().any(|g| g == &format!("2025-06-02 {t}"));
    // No buffers: back to back on both sides.
    let got = around_one_session(0, 0, 0);
    assert!(has(&got, "06:10") && has(&got, "07:50") && !has(&got, "06:20") && !has(&got, "07:40"));
    // The existing session's 20 minutes before: a new one must end by 06:40.
    let got = around_one_session(20, 0, 0);
    assert!(has(&got, "05:50") && !has(&got, "06:00"));
    // 15 after it and 10 before the new one: 15 apart (08:05), so 08:10 on the grid.
    let got = around_one_session(0, 15, 10);
    assert!(has(&got, "08:10") && !has(&got, "08:00"));
    // 5 after it and 10 before the new one: 10 apart, not 15.
    let got = around_one_session(0, 5, 10);
    assert!(has(&got, "08:00") && !has(&got, "07:50"));
}

#[test]
fn only_bookings_that_occupy_time_block_it() {
    let kind = session_type(60, 60);
    let schedules = [moscow(1, "09:00-11:00")];
    let at = utc("2025-06-02 06:00");
    for status in BookingStatus::ALL {
        let bookings = [booking(1, at, 60, status)];
        let slots = free_slots(
            &availability(&schedules, &bookings, &[]),
            &request(&kind, utc("2025-06-01 00:00")),
            monday(),
        );
        assert_eq!(
            slots.iter().any(|s| s.start == at),
            !status.occupies_time(),
            "{status:?}"
        );
    }
}

#[test]
fn the_booking_being_moved_does_not_block_its_own_time() {
    let kind = session_type(60, 60);
    let schedules = [moscow(1, "09:00-10:00")];
    let bookings = [booking(
        7,
        utc("2025-06-02 06:00"),
        60,
        BookingStatus::Booked,
    )];
    let avail = availability(&schedules, &bookings, &[]);
    let mut req = request(&kind, utc("2025-06-01 00:00"));
    assert!(free_slots(&avail, &req, monday()).is_empty());
    req.replacing = Some(bookings[0].id);
    assert_eq!(free_slots(&avail, &req, monday()).len(), 1);
}

#[test]
fn time_off_blocks_sessions_but_not_their_buffers() {
    let mut kind = session_type(60, 60);
    kind.buffer_after_minutes = 30;
    let schedules = [moscow(1, "09:00-13:00")];
    let off = [TimeRange::new(
        utc("2025-06-02 08:00"),
        utc("2025-06-02 09:00"),
    )];
    let slots = free_slots(
        &availability(&schedules, &[], &off),
        &request(&kind, utc("2025-06-01 00:00")),
        monday(),
    );
    assert_eq!(
        starts(&slots),
        ["2025-06-02 06:00", "2025-06-02 07:00", "2025-06-02 09:00"]
    );
}

#[test]
fn a_mentor_without_languages_offers_nothing() {
    let kind = session_type(60, 60);
    let schedules = [moscow(1, "09:00-13:00")];
    let mut avail = availability(&schedules, &[], &[]);
    avail.languages_declared = false;
    assert!(free_slots(&avail, &request(&kind, utc("2025-06-01 00:00")), monday()).is_empty());
}

#[test]
fn a_plan_window_holds_the_whole_session() {
    let kind = session_type(60, 30);
    let schedules = [moscow(1, "09:00-13:00")];
    let mut req = request(&kind, utc("2025-06-01 00:00"));
    req.window = Some(TimeRange::new(
        utc("2025-06-02 07:00"),
        utc("2025-06-02 09:30"),
    ));
    let slots = free_slots(&availability(&schedules, &[], &[]), &req, monday());
    assert_eq!(
        starts(&slots),
        [
            "2025-06-02 07:00",
            "2025-06-02 07:30",
            "2025-06-02 08:00",
            "2025-06-02 08:30"
        ]
    );
}

#[test]
fn a_ranged_type_reserves_the_length_asked_for() {
    let mut kind = session_type(60, 30);
    kind.length = SessionLength::range(60, 90).unwrap();
    let schedules = [moscow(1, "09:00-11:00")];
    let avail = availability(&schedules, &[], &[]);
    let mut req = request(&kind, utc("2025-06-01 00:00"));
    let longest = free_slots(&avail, &req, monday());
    assert_eq!(starts(&longest), ["2025-06-02 06:00", "2025-06-02 06:30"]);
    assert_eq!(longest[0].end - longest[0].start, TimeDelta::minutes(90));
    req.length_minutes = Some(60);
    assert_eq!(free_slots(&avail, &req, monday()).len(), 3);
    req.length_minutes = Some(120);
    assert!(free_slots(&avail, &req, monday()).is_empty());
}

#[test]
fn an_exhausted_monthly_package_offers_nothing_that_month_but_the_next() {
    let kind = session_type(60, 60);
    let schedules = [schedule(1, "Europe/Warsaw", &EVERY_DAY, "10:00-11:00")];
    let used = [booking(
        1,
        utc("2025-06-10 08:00"),
        60,
        BookingStatus::Realized,
    )];
    let warsaw = zone("Europe/Warsaw");
    let mut req = request(&kind, utc("2025-06-20 00:00"));
    req.quota = Some(QuotaUse {
        quota: Quota::Limited {
            sessions: 1,
            per: QuotaPeriod::Month,
        },
        zone: &warsaw,
        client: CLIENT,
        program: PROGRAM,
        bookings: &used,
    });
    let range = TimeRange::new(utc("2025-06-28 00:00"), utc("2025-07-03 00:00"));
    let slots = free_slots(&availability(&schedules, &[], &[]), &req, range);
    assert_eq!(starts(&slots), ["2025-07-01 08:00", "2025-07-02 08:00"]);
}
