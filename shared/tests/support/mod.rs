//! Builders and brute-force oracles shared by the booking integration tests. The oracles check
//! the rules the slow, obvious way (every minute of a session, every grid time of a day), so they
//! do not share the code they check.

#![allow(dead_code)]

use chrono::{DateTime, NaiveDateTime, TimeDelta, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use shared::booking::*;
use shared::ids::{BookingId, PersonId, ProgramId, ScheduleId, SessionTypeId};
use shared::locale::TimeZoneName;
use std::path::PathBuf;
use uuid::Uuid;

pub const MENTOR: PersonId = PersonId(Uuid::from_u128(0x100));
pub const CLIENT: PersonId = PersonId(Uuid::from_u128(0x200));
pub const PROGRAM: ProgramId = ProgramId(Uuid::from_u128(0x300));
pub const TYPE: SessionTypeId = SessionTypeId(Uuid::from_u128(0x400));

pub const EVERY_DAY: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// `"2025-03-30 01:00"` read as UTC.
pub fn utc(s: &str) -> DateTime<Utc> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M")
        .unwrap()
        .and_utc()
}

pub fn zone(name: &str) -> TimeZoneName {
    TimeZoneName::parse(name).unwrap()
}

pub fn session_type(minutes: u16, step: u16) -> SessionType {
    SessionType {
        id: TYPE,
        program: PROGRAM,
        name: SessionTypeName::parse("Session").unwrap(),
        length: SessionLength::fixed(minutes).unwrap(),
        minimum_notice_minutes: 0,
        horizon_days: 3650,
        buffer_before_minutes: 0,
        buffer_after_minutes: 0,
        slot_step: SlotStep::minutes(step).unwrap(),
    }
}

pub fn schedule(n: u128, zone_name: &str, days: &[Weekday], hours: &[&str]) -> Schedule {
    Schedule {
        id: ScheduleId(Uuid::from_u128(n)),
        mentor: MENTOR,
        time_zone: zone(zone_name),
        weekly: days
            .iter()
            .flat_map(|d| {
                hours.iter().map(|h| WeeklyHours {
                    weekday: *d,
                    hours: WallInterval::parse(h).unwrap(),
                })
            })
            .collect(),
        overrides: Vec::new(),
        session_types: vec![TYPE],
        starts_on: None,
        ends_on: None,
    }
}

pub fn booking(n: u128, start: DateTime<Utc>, minutes: u16, status: BookingStatus) -> Booking {
    Booking {
        id: BookingId(Uuid::from_u128(n)),
        program: PROGRAM,
        session_type: TYPE,
        mentor: MENTOR,
        client: CLIENT,
        start,
        minutes,
        buffer_before_minutes: 0,
        buffer_after_minutes: 0,
        cancellation_policy: CancellationPolicy::default(),
        plan_step: None,
        status,
    }
}

/// What the zone's clock reads at `t`.
pub fn reading(tz: Tz, t: DateTime<Utc>) -> NaiveDateTime {
    t.with_timezone(&tz).naive_local()
}

/// Whether every minute of `[start, end)` and the end itself read within `[from, until]` on the
/// zone's clock, with only the end allowed to reach `until`.
pub fn inside_by_minutes(
    tz: Tz,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    from: NaiveDateTime,
    until: NaiveDateTime,
) -> bool {
    let mut t = start;
    while t < end {
        let r = reading(tz, t);
        if r < from || r >= until {
            return false;
        }
        t += TimeDelta::minutes(1);
    }
    // The last instant before the end reads at most `until`.
    let last = reading(tz, end - TimeDelta::seconds(1)) + TimeDelta::seconds(1);
    from <= last && last <= until
}

/// The instant a wall-clock start names by the documented rule: the earlier one, or none.
pub fn named_instant(tz: Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    tz.from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// How many instants a local time names: 0 (skipped), 1 or 2 (repeated).
pub fn instants_named(tz: Tz, local: NaiveDateTime) -> usize {
    match tz.from_local_datetime(&local) {
        chrono::LocalResult::None => 0,
        chrono::LocalResult::Single(_) => 1,
        chrono::LocalResult::Ambiguous(..) => 2,
    }
}

/// Every change of offset of `tz` from the start of `from_year` to the end of `to_year`, found by
/// scanning hour by hour and narrowing to the second: (instant, offset before, offset after).
pub fn transitions(tz: Tz, from_year: i32, to_year: i32) -> Vec<(DateTime<Utc>, i32, i32)> {
    use chrono::Offset;
    let offset = |t: DateTime<Utc>| t.with_timezone(&tz).offset().fix().local_minus_utc();
    let mut found = Vec::new();
    let end = Utc.with_ymd_and_hms(to_year + 1, 1, 1, 0, 0, 0).unwrap();
    let mut prev = Utc.with_ymd_and_hms(from_year, 1, 1, 0, 0, 0).unwrap();
    while prev < end {
        let next = prev + TimeDelta::hours(1);
        if offset(prev) != offset(next) {
            let (mut lo, mut hi) = (prev, next);
            while hi - lo > TimeDelta::seconds(1) {
                let mid = lo + TimeDelta::seconds((hi - lo).num_seconds() / 2);
                if offset(mid) == offset(prev) {
                    lo = mid
                } else {
                    hi = mid
                }
            }
            found.push((hi, offset(prev), offset(hi)));
        }
        prev = next;
    }
    found
}

/// `shared/tests/golden/<name>`.
pub fn golden_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

/// Compares `actual` with a committed golden file; `UPDATE_GOLDEN=1` rewrites the file instead.
pub fn assert_golden(name: &str, actual: &str) {
    let path = golden_path(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        )
    });
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b);
        panic!(
            "{} differs from the computed output (first differing line: {:?}); rerun with UPDATE_GOLDEN=1 only if the change is intended",
            path.display(),
            first.map(|i| i + 1)
        );
    }
}
