//! The slot grid on days with a change of offset, worked out by hand from the tz rules.

use super::super::fixtures::*;
use super::super::*;
use chrono::Weekday;

/// The starts offered on one day for a single schedule of `hours` in `zone_name`.
fn day(
    zone_name: &str,
    weekday: Weekday,
    hours: &str,
    minutes: u16,
    step: u16,
    from: &str,
    to: &str,
) -> Vec<String> {
    let kind = session_type(minutes, step);
    let schedules = [schedule(1, zone_name, &[weekday], hours)];
    let avail = availability(&schedules, &[], &[]);
    starts(&free_slots(
        &avail,
        &request(&kind, utc("2020-01-01 00:00")),
        TimeRange::new(utc(from), utc(to)),
    ))
}

#[test]
fn warsaw_spring_forward_skips_the_missing_hour() {
    // 2025-03-30: 02:00 CET becomes 03:00 CEST at 01:00Z.
    let got = day(
        "Europe/Warsaw",
        Weekday::Sun,
        "01:00-03:30",
        50,
        30,
        "2025-03-29 12:00",
        "2025-03-30 12:00",
    );
    // 01:00 CET, and 01:30 CET which ends at 03:20 CEST; 03:00 CEST would end at 03:50.
    assert_eq!(got, ["2025-03-30 00:00", "2025-03-30 00:30"]);
    let got = day(
        "Europe/Warsaw",
        Weekday::Sun,
        "00:00-04:00",
        50,
        30,
        "2025-03-29 12:00",
        "2025-03-30 12:00",
    );
    assert_eq!(
        got,
        [
            "2025-03-29 23:00",
            "2025-03-29 23:30",
            "2025-03-30 00:00",
            "2025-03-30 00:30",
            "2025-03-30 01:00"
        ]
    );
}

#[test]
fn warsaw_fall_back_offers_the_repeated_times_once() {
    // 2025-10-26: 03:00 CEST becomes 02:00 CET at 01:00Z; 02:00-02:59 happen twice.
    let got = day(
        "Europe/Warsaw",
        Weekday::Sun,
        "00:00-04:00",
        50,
        30,
        "2025-10-25 12:00",
        "2025-10-26 12:00",
    );
    assert_eq!(
        got,
        [
            "2025-10-25 22:00", // 00:00 CEST
            "2025-10-25 22:30",
            "2025-10-25 23:00",
            "2025-10-25 23:30",
            "2025-10-26 00:00", // 02:00 CEST, the first of the two
            "2025-10-26 00:30", // 02:30 CEST, ends 02:20 CET
            "2025-10-26 02:00", // 03:00 CET; ends 03:50
        ]
    );
    let got = day(
        "Europe/Warsaw",
        Weekday::Sun,
        "01:00-03:30",
        50,
        30,
        "2025-10-25 12:00",
        "2025-10-26 12:00",
    );
    assert_eq!(
        got,
        [
            "2025-10-25 23:00",
            "2025-10-25 23:30",
            "2025-10-26 00:00",
            "2025-10-26 00:30"
        ]
    );
}

#[test]
fn a_session_whose_clock_goes_back_below_the_interval_is_not_offered() {
    // 02:30 CEST for 50 minutes reads 02:00 CET at its end: outside 02:30-04:00. The repeated
    // 02:30 CET is not offered either: a start time names the earlier instant only.
    let got = day(
        "Europe/Warsaw",
        Weekday::Sun,
        "02:30-04:00",
        50,
        30,
        "2025-10-25 12:00",
        "2025-10-26 12:00",
    );
    assert_eq!(got, ["2025-10-26 02:00"]);
}

#[test]
fn new_york_spring_forward() {
    // 2025-03-09: 02:00 EST becomes 03:00 EDT at 07:00Z.
    let got = day(
        "America/New_York",
        Weekday::Sun,
        "01:00-03:30",
        60,
        30,
        "2025-03-09 00:00",
        "2025-03-10 00:00",
    );
    assert_eq!(got, ["2025-03-09 06:00", "2025-03-09 06:30"]);
}

#[test]
fn sydney_fall_back_in_april() {
    // 2025-04-06: 03:00 AEDT becomes 02:00 AEST at 16:00Z on the 5th.
    let got = day(
        "Australia/Sydney",
        Weekday::Sun,
        "00:00-04:00",
        60,
        60,
        "2025-04-05 00:00",
        "2025-04-06 12:00",
    );
    assert_eq!(
        got,
        [
            "2025-04-05 13:00",
            "2025-04-05 14:00",
            "2025-04-05 15:00",
            "2025-04-05 17:00"
        ]
    );
}

#[test]
fn sydney_spring_forward_in_october() {
    // 2025-10-05: 02:00 AEST becomes 03:00 AEDT at 16:00Z on the 4th.
    let got = day(
        "Australia/Sydney",
        Weekday::Sun,
        "01:00-03:30",
        30,
        30,
        "2025-10-04 00:00",
        "2025-10-05 12:00",
    );
    // 01:00 and 01:30 AEST, then 03:00 AEDT.
    assert_eq!(
        got,
        ["2025-10-04 15:00", "2025-10-04 15:30", "2025-10-04 16:00"]
    );
}

#[test]
fn a_plain_day_is_clipped_to_the_range_on_the_grid() {
    // Moscow keeps +03:00: 09:00-12:00 local is 06:00-09:00Z.
    let got = day(
        "Europe/Moscow",
        Weekday::Mon,
        "09:00-12:00",
        45,
        45,
        "2025-03-31 06:10",
        "2025-03-31 08:15",
    );
    // Grid 06:00, 06:45, 07:30, 08:15(would end 09:00, but starts at the range end).
    assert_eq!(got, ["2025-03-31 06:45", "2025-03-31 07:30"]);
    let got = day(
        "Europe/Moscow",
        Weekday::Mon,
        "09:00-12:00",
        45,
        45,
        "2025-03-31 00:00",
        "2025-04-01 00:00",
    );
    assert_eq!(
        got,
        [
            "2025-03-31 06:00",
            "2025-03-31 06:45",
            "2025-03-31 07:30",
            "2025-03-31 08:15"
        ]
    );
}

#[test]
fn hours_until_midnight_end_at_the_next_day() {
    let got = day(
        "Europe/Riga",
        Weekday::Sat,
        "22:00-24:00",
        60,
        60,
        "2025-06-07 00:00",
        "2025-06-09 00:00",
    );
    // Riga is +03:00 in summer.
    assert_eq!(got, ["2025-06-07 19:00", "2025-06-07 20:00"]);
}
