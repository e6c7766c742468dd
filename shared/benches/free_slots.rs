//! The free slots of one mentor over 90 days: two overlapping schedules (one crossing the spring
//! DST change), 500 existing bookings with buffers, a week off, closed days, three session types.
//! Goal: under 5 ms per full computation (one session type over the 90 days).
//!
//! Run: `cargo bench -p shared --bench free_slots`

use chrono::{DateTime, Days, NaiveDate, TimeDelta, Utc, Weekday};
use criterion::{Criterion, criterion_group, criterion_main};
use shared::booking::*;
use shared::ids::{BookingId, PersonId, ProgramId, ScheduleId, SessionTypeId};
use shared::locale::TimeZoneName;
use std::hint::black_box;
use uuid::Uuid;

const MENTOR: PersonId = PersonId(Uuid::from_u128(1));
const PROGRAM: ProgramId = ProgramId(Uuid::from_u128(2));

fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 3).unwrap()
}

fn at(date: NaiveDate, hour: u32, minute: u32) -> DateTime<Utc> {
    date.and_hms_opt(hour, minute, 0).unwrap().and_utc()
}

fn session_type(n: u128, name: &str, length: SessionLength, step: u16) -> SessionType {
    SessionType {
        id: SessionTypeId(Uuid::from_u128(n)),
        program: PROGRAM,
        name: SessionTypeName::parse(name).unwrap(),
        length,
        minimum_notice_minutes: 12 * 60,
        horizon_days: 120,
        buffer_before_minutes: 10,
        buffer_after_minutes: 10,
        slot_step: SlotStep::minutes(step).unwrap(),
    }
}

fn schedule(n: u128, days: &[Weekday], hours: &str, types: &[&SessionType]) -> Schedule {
    let first = first_day();
    Schedule {
        id: ScheduleId(Uuid::from_u128(n)),
        mentor: MENTOR,
        time_zone: TimeZoneName::parse("Europe/Warsaw").unwrap(),
        weekly: days
            .iter()
            .map(|d| WeeklyHours {
                weekday: *d,
                hours: WallInterval::parse(hours).unwrap(),
            })
            .collect(),
        overrides: (0..6)
            .map(|i| DateOverride {
                date: first + Days::new(11 + 13 * i),
                hours: OverrideHours::Closed,
            })
            .chain([DateOverride {
                date: first + Days::new(40),
                hours: OverrideHours::Open {
                    intervals: vec![WallInterval::parse("06:00-09:00").unwrap()],
                },
            }])
            .collect(),
        session_types: types.iter().map(|t| t.id).collect(),
        starts_on: None,
        ends_on: None,
    }
}

/// 500 bookings spread over the 90 days in working hours, most still booked.
fn bookings(kinds: &[SessionType; 3]) -> Vec<Booking> {
    (0..500u32)
        .map(|i| {
            let date = first_day() + Days::new(u64::from(i * 90 / 500));
            let kind = &kinds[(i % 3) as usize];
            let status = match i % 10 {
                0 => BookingStatus::Cancelled,
                1 => BookingStatus::Realized,
                _ => BookingStatus::Booked,
            };
            Booking {
                id: BookingId(Uuid::from_u128(1000 + u128::from(i))),
                program: PROGRAM,
                session_type: kind.id,
                mentor: MENTOR,
                client: PersonId(Uuid::from_u128(5000 + u128::from(i % 40))),
                start: at(date, 7 + (i * 7) % 11, [0, 20, 30, 40][(i % 4) as usize]),
                minutes: kind.length.max_minutes(),
                buffer_before_minutes: 10,
                buffer_after_minutes: 10,
                cancellation_policy: CancellationPolicy::default(),
                plan_step: None,
                status,
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let kinds = [
        session_type(11, "Consultation", SessionLength::fixed(50).unwrap(), 10),
        session_type(
            12,
            "Progress session",
            SessionLength::fixed(45).unwrap(),
            15,
        ),
        session_type(
            13,
            "Closing session",
            SessionLength::range(60, 90).unwrap(),
            30,
        ),
    ];
    use Weekday::*;
    let schedules = [
        schedule(
            1,
            &[Mon, Tue, Wed, Thu, Fri],
            "08:00-16:00",
            &[&kinds[0], &kinds[1], &kinds[2]],
        ),
        schedule(
            2,
            &[Mon, Tue, Wed, Thu, Fri, Sat],
            "12:00-20:00",
            &[&kinds[0], &kinds[2]],
        ),
    ];
    let existing = bookings(&kinds);
    let vacation = [TimeRange::new(
        at(first_day() + Days::new(50), 0, 0),
        at(first_day() + Days::new(57), 0, 0),
    )];
    let availability = Availability {
        languages_declared: true,
        schedules: &schedules,
        bookings: &existing,
        time_off: &vacation,
    };
    let now = at(first_day(), 6, 0) - TimeDelta::days(1);
    let range = TimeRange::new(at(first_day(), 0, 0), at(first_day() + Days::new(90), 0, 0));
    let request = |kind| SlotRequest {
        session_type: kind,
        length_minutes: None,
        now,
        window: None,
        quota: None,
        replacing: None,
    };

    for kind in &kinds {
        let offered = free_slots(&availability, &request(kind), range).len();
        eprintln!("{}: {offered} free slots over 90 days", kind.name);
        assert!(offered > 100);
    }
    let mut group = c.benchmark_group("free_slots_90_days");
    for kind in &kinds {
        group.bench_function(kind.name.as_str(), |b| {
            b.iter(|| {
                free_slots(
                    black_box(&availability),
                    black_box(&request(kind)),
                    black_box(range),
                )
            })
        });
    }
    group.bench_function("all three types", |b| {
        b.iter(|| {
            kinds
                .iter()
                .map(|k| free_slots(&availability, &request(k), range).len())
                .sum::<usize>()
        })
    });
    group.finish();

    let slot = free_slots(&availability, &request(&kinds[0]), range)[400];
    c.bench_function("validate_booking", |b| {
        b.iter(|| {
            validate_booking(
                black_box(&availability),
                black_box(&request(&kinds[0])),
                black_box(slot.start),
            )
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
