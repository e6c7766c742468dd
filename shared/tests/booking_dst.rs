//! Free slots on every change of offset from 2025 to 2030 in five zones, the changes found from
//! chrono-tz rather than written down. On each change day (and, for Moscow, which has kept +03:00
//! since 2014, on the European change days) two overlapping schedules, 00:00-04:00 and
//! 01:00-03:30, are checked for several session types against a brute-force oracle:
//! - no slot starts at a local time that does not exist, and none is offered twice;
//! - every minute of every slot reads inside one of the schedule's intervals;
//! - every grid time whose named instant fits is offered (nothing is lost).
//!
//! The slots of the 50-minute type are also written to `golden/dst_slots.txt`.

mod support;

use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, Utc};
use chrono_tz::Tz;
use shared::booking::*;
use std::collections::BTreeSet;
use std::fmt::Write;
use support::*;

const ZONES: [&str; 5] = [
    "Europe/Warsaw",
    "Europe/Riga",
    "Europe/Moscow",
    "America/New_York",
    "Australia/Sydney",
];
const HOURS: [&str; 2] = ["00:00-04:00", "01:00-03:30"];
/// (minutes, step) of the session types tried.
const TYPES: [(u16, u16); 4] = [(50, 30), (60, 15), (45, 45), (90, 30)];

/// The local dates a zone changes its offset on, 2025 to 2030.
fn change_days(tz: Tz) -> Vec<NaiveDate> {
    let mut days: BTreeSet<NaiveDate> = BTreeSet::new();
    for (t, _, _) in transitions(tz, 2025, 2030) {
        days.insert(reading(tz, t).date());
        days.insert(reading(tz, t - TimeDelta::seconds(1)).date());
    }
    days.into_iter().collect()
}

#[test]
fn the_changes_found_match_each_zone_rules() {
    let count = |name: &str| transitions(zone(name).tz(), 2025, 2030).len();
    // Two changes a year for six years; Moscow none.
    for name in [
        "Europe/Warsaw",
        "Europe/Riga",
        "America/New_York",
        "Australia/Sydney",
    ] {
        assert_eq!(count(name), 12, "{name}");
        for (_, before, after) in transitions(zone(name).tz(), 2025, 2030) {
            assert_eq!((before - after).abs(), 3600, "{name}");
        }
    }
    assert_eq!(count("Europe/Moscow"), 0);
}

/// Checks the slots of one day against the oracle; returns them (local readings) for the golden file
/// and whether the day had a grid time that does not exist or exists twice.
fn check_day(name: &str, date: NaiveDate, (minutes, step): (u16, u16)) -> (Vec<String>, bool) {
    let tz = zone(name).tz();
    let kind = session_type(minutes, step);
    let schedules: Vec<Schedule> = HOURS
        .iter()
        .enumerate()
        .map(|(i, h)| schedule(i as u128 + 1, name, &EVERY_DAY, &[h]))
        .collect();
    let avail = Availability {
        languages_declared: true,
        schedules: &schedules,
        bookings: &[],
        time_off: &[],
    };
    let request = SlotRequest {
        session_type: &kind,
        length_minutes: None,
        now: utc("2024-12-01 00:00"),
        window: None,
        quota: None,
        replacing: None,
    };
    let day_start = date.and_hms_opt(0, 0, 0).unwrap().and_utc();
    let range = TimeRange::new(
        day_start - TimeDelta::days(1),
        day_start + TimeDelta::days(2),
    );
    let all = free_slots(&avail, &request, range);
    let slots: Vec<Slot> = all
        .into_iter()
        .filter(|s| reading(tz, s.start).date() == date)
        .collect();
    let context = format!("{name} {date} {minutes}/{step}");

    assert!(
        slots.windows(2).all(|w| w[0].start < w[1].start),
        "{context}: not sorted and unique"
    );
    let labels: BTreeSet<_> = slots.iter().map(|s| reading(tz, s.start)).collect();
    assert_eq!(
        labels.len(),
        slots.len(),
        "{context}: a local start time is offered twice"
    );

    let length = TimeDelta::minutes(i64::from(minutes));
    let mut expected: BTreeSet<DateTime<Utc>> = BTreeSet::new();
    let mut edge = false;
    for hours in HOURS {
        let hours = WallInterval::parse(hours).unwrap();
        let (from, until) = (hours.start().on(date), hours.end().on(date));
        let mut label = from;
        while label < until {
            let instants = instants_named(tz, label);
            edge |= instants != 1;
            if let Some(start) = named_instant(tz, label)
                && inside_by_minutes(tz, start, start + length, from, until)
            {
                expected.insert(start);
            }
            label += TimeDelta::minutes(i64::from(step));
        }
    }
    for slot in &slots {
        let label = reading(tz, slot.start);
        assert_eq!(
            named_instant(tz, label),
            Some(slot.start),
            "{context}: {label} names another instant"
        );
        let inside = HOURS.iter().any(|h| {
            let h = WallInterval::parse(h).unwrap();
            inside_by_minutes(
                tz,
                slot.start,
                slot.end,
                h.start().on(date),
                h.end().on(date),
            )
        });
        assert!(inside, "{context}: {label} is not inside the hours");
    }
    let offered: BTreeSet<_> = slots.iter().map(|s| s.start).collect();
    assert_eq!(offered, expected, "{context}: offered and expected differ");

    let rendered = slots
        .iter()
        .map(|s| s.start.with_timezone(&tz).format("%H:%M%:z").to_string())
        .collect();
    (rendered, edge)
}

#[test]
fn slots_on_every_change_day_2025_to_2030_match_the_oracle_and_the_golden_file() {
    let european_days = change_days(zone("Europe/Warsaw").tz());
    let mut golden = String::new();
    for name in ZONES {
        let tz = zone(name).tz();
        let (days, control) = match change_days(tz) {
            days if days.is_empty() => (european_days.clone(), true),
            days => (days, false),
        };
        for date in days {
            let mut day_has_edge = false;
            for (i, kind) in TYPES.iter().enumerate() {
                let (slots, edge) = check_day(name, date, *kind);
                day_has_edge |= edge;
                if i == 0 {
                    writeln!(
                        golden,
                        "{name} {date} {}: {}",
                        date.weekday(),
                        slots.join(" ")
                    )
                    .unwrap();
                }
            }
            // Every change of these zones falls inside 00:00-04:00 local, so a change day has
            // grid times that do not exist or exist twice; a control day has none.
            assert_eq!(
                day_has_edge, !control,
                "{name} {date}: grid times around the change"
            );
        }
    }
    assert_golden("dst_slots.txt", &golden);
}

#[test]
fn ordinary_days_next_to_a_change_keep_the_full_grid() {
    // The Sunday before the European spring change: four hours of 50/30 give seven starts.
    let day = NaiveDate::from_ymd_opt(2025, 3, 23).unwrap();
    for name in ZONES {
        let (slots, edge) = check_day(name, day, (50, 30));
        assert!(!edge);
        assert_eq!(slots.len(), 7, "{name}");
    }
}
