//! Properties of the free-slot computation on random mentors, checked against a brute-force
//! oracle that follows the documented rules literally: every grid time of every schedule interval,
//! the instant it names, every minute of the session read on the zone's clock, every booking, every
//! time off and every counted package use. Days are drawn around DST changes of zones with
//! one-hour, half-hour (Lord Howe) and midnight (Santiago) changes, and ordinary days.

mod support;

use chrono::{DateTime, Datelike, Days, NaiveDate, TimeDelta, Utc, Weekday};
use proptest::prelude::*;
use shared::booking::*;
use shared::ids::ScheduleId;
use std::sync::OnceLock;
use support::*;
use uuid::Uuid;

const ZONES: [&str; 8] = [
    "Europe/Warsaw",
    "Europe/Riga",
    "Europe/Moscow",
    "America/New_York",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "America/Santiago",
    "Asia/Kathmandu",
];

/// The local dates each zone of [`ZONES`] changes its offset on in 2025 and 2026, from chrono-tz.
fn change_days(zone_index: usize) -> &'static [NaiveDate] {
    static DAYS: OnceLock<Vec<Vec<NaiveDate>>> = OnceLock::new();
    &DAYS.get_or_init(|| {
        ZONES
            .iter()
            .map(|name| {
                let tz = zone(name).tz();
                transitions(tz, 2025, 2026)
                    .iter()
                    .map(|(t, _, _)| reading(tz, *t).date())
                    .collect()
            })
            .collect()
    })[zone_index]
}
const STEPS: [u16; 6] = [10, 15, 20, 30, 45, 60];

#[derive(Debug, Clone)]
struct Case {
    zone: &'static str,
    schedules: Vec<Schedule>,
    kind: SessionType,
    length: Option<u16>,
    bookings: Vec<Booking>,
    time_off: Vec<TimeRange>,
    now: DateTime<Utc>,
    range: TimeRange,
    window: Option<TimeRange>,
    quota: Option<Quota>,
    replacing: Option<usize>,
}

fn interval(start5: u16, len5: u16) -> WallInterval {
    let start = start5 * 5;
    let end = (start + len5 * 5).min(1440);
    let t = |m: u16| WallTime::new(u32::from(m / 60), u32::from(m % 60)).unwrap();
    WallInterval::new(t(start), t(end)).unwrap()
}

/// An interval's start in 5-minute units: often in the night hours where clocks change.
fn start5() -> impl Strategy<Value = u16> {
    prop_oneof![0u16..=48, 0u16..287]
}

/// Intervals, each on the weekdays of a bit mask (bit 0 = Monday).
fn weekly() -> impl Strategy<Value = Vec<(u8, u16, u16)>> {
    prop::collection::vec((1u8..128, start5(), 6u16..=120), 1..4)
}

prop_compose! {
    fn case()(
        zone in 0usize..ZONES.len(),
        day in prop_oneof![3 => (0usize..4).prop_map(Some), 2 => Just(None)],
        ordinary in 0u64..730,
        start_minute in 0i64..1440,
        span_days in 1i64..4,
        schedules in prop::collection::vec((weekly(), prop::collection::vec((0u64..5, any::<bool>(), start5(), 1u16..=96), 0..2)), 1..=2),
        (minutes, extra, step, notice, horizon, before, after) in (15u16..=120, prop_oneof![Just(0u16), 1u16..=30], 0usize..STEPS.len(), prop_oneof![3 => 0u32..=720, 1 => 0u32..=2880], 1u16..=12, 0u16..=30, 0u16..=30),
        asked in prop::option::of(0u16..=40),
        bad_length in prop::bool::weighted(0.05),
        bookings in prop::collection::vec((0i64..(6 * 288), 3u16..=24, (0u16..=30, 0u16..=30), 0usize..7, any::<bool>()), 0..12),
        time_off in prop::collection::vec((0i64..(6 * 288), 0i64..=120), 0..3),
        now_offset in -2880i64..=1440,
        window in prop::option::weighted(0.3, (0i64..(3 * 288), 12i64..=(3 * 288))),
        quota in prop::option::weighted(0.4, (0u32..=6, 0usize..3)),
        replacing in prop::option::of(0usize..20),
    ) -> Case {
        let changes = change_days(zone);
        let zone = ZONES[zone];
        let anchor = match day {
            Some(i) if !changes.is_empty() => changes[i % changes.len()],
            _ => NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + Days::new(ordinary),
        };
        let range_start = anchor.and_hms_opt(0, 0, 0).unwrap().and_utc() - TimeDelta::days(1) + TimeDelta::minutes(start_minute);
        let range = TimeRange::new(range_start, range_start + TimeDelta::days(span_days));
        let first_day = anchor - Days::new(1);
        let schedules = schedules.into_iter().enumerate().map(|(i, (weekly, overrides))| {
            let mut s = schedule(i as u128 + 1, zone, &[], &[]);
            s.id = ScheduleId(Uuid::from_u128(i as u128 + 1));
            s.weekly = weekly.into_iter().flat_map(|(mask, a, b)| {
                (0u8..7).filter(move |d| mask & (1 << d) != 0).map(move |d| WeeklyHours {
                    weekday: Weekday::try_from(d).unwrap(),
                    hours: interval(a, b),
                })
            }).collect();
            s.overrides = overrides.into_iter().map(|(d, closed, a, b)| DateOverride {
                date: first_day + Days::new(d),
                hours: if closed { OverrideHours::Closed } else { OverrideHours::Open { intervals: vec![interval(a, b)] } },
            }).collect();
            s
        }).collect();
        let mut kind = session_type(minutes, STEPS[step]);
        kind.length = SessionLength::range(minutes, minutes + extra).unwrap();
        kind.minimum_notice_minutes = notice;
        kind.horizon_days = horizon;
        kind.buffer_before_minutes = before;
        kind.buffer_after_minutes = after;
        // Mostly a length in the range; now and then one just past it, which offers nothing.
        let length = asked.map(|a| if bad_length { minutes + extra + 1 } else { minutes + a % (extra + 1) });
        let origin = range_start - TimeDelta::days(1);
        let bookings = bookings.into_iter().enumerate().map(|(i, (at, len, (b, a), status, this_client))| {
            let mut bk = booking(i as u128 + 1, origin + TimeDelta::minutes(at * 5), len * 5, BookingStatus::ALL[status]);
            bk.buffer_before_minutes = b;
            bk.buffer_after_minutes = a;
            if !this_client {
                bk.client = shared::ids::PersonId(Uuid::from_u128(0x201));
            }
            bk
        }).collect();
        let time_off = time_off.into_iter().map(|(at, len)| {
            let start = origin + TimeDelta::minutes(at * 5);
            TimeRange::new(start, start + TimeDelta::minutes(len * 5))
        }).collect();
        let window = window.map(|(at, len)| {
            let start = origin + TimeDelta::minutes(at * 5);
            TimeRange::new(start, start + TimeDelta::minutes(len * 5))
        });
        let quota = quota.map(|(sessions, per)| Quota::Limited {
            sessions,
            per: [QuotaPeriod::Month, QuotaPeriod::Year, QuotaPeriod::Program][per],
        });
        Case {
            zone, schedules, kind, length, bookings, time_off,
            now: range_start + TimeDelta::minutes(now_offset),
            range, window, quota, replacing,
        }
    }
}

impl Case {
    fn replacing_id(&self) -> Option<shared::ids::BookingId> {
        self.replacing
            .and_then(|i| self.bookings.get(i))
            .map(|b| b.id)
    }

    fn run<T>(&self, f: impl FnOnce(&Availability<'_>, &SlotRequest<'_>) -> T) -> T {
        let z = zone(self.zone);
        let avail = Availability {
            languages_declared: true,
            schedules: &self.schedules,
            bookings: &self.bookings,
            time_off: &self.time_off,
        };
        let request = SlotRequest {
            session_type: &self.kind,
            length_minutes: self.length,
            now: self.now,
            window: self.window,
            quota: self.quota.map(|quota| QuotaUse {
                quota,
                zone: &z,
                client: CLIENT,
                program: PROGRAM,
                bookings: &self.bookings,
            }),
            replacing: self.replacing_id(),
        };
        f(&avail, &request)
    }

    /// The slots the rules allow, found the slow way.
    fn oracle(&self) -> Vec<Slot> {
        let tz = zone(self.zone).tz();
        let Ok(minutes) = self.kind.length_for(self.length) else {
            return Vec::new();
        };
        let length = TimeDelta::minutes(i64::from(minutes));
        let step = TimeDelta::minutes(i64::from(self.kind.slot_step.get()));
        let first = reading(tz, self.range.start).date() - Days::new(2);
        let last = reading(tz, self.range.end).date() + Days::new(2);
        let mut expected = Vec::new();
        for s in &self.schedules {
            let mut date = first;
            while date <= last {
                for hours in s.hours_on(date) {
                    let (from, until) = (hours.start().on(date), hours.end().on(date));
                    let mut label = from;
                    while label < until {
                        if let Some(start) = named_instant(tz, label) {
                            let slot = Slot {
                                start,
                                end: start + length,
                            };
                            if self.allows(slot)
                                && inside_by_minutes(tz, slot.start, slot.end, from, until)
                            {
                                expected.push(slot);
                            }
                        }
                        label += step;
                    }
                }
                date = date.succ_opt().unwrap();
            }
        }
        expected.sort();
        expected.dedup();
        expected
    }

    /// Bounds, busy time and the package, checked one by one.
    fn allows(&self, slot: Slot) -> bool {
        let k = &self.kind;
        let (before, after) = (
            TimeDelta::minutes(k.buffer_before_minutes.into()),
            TimeDelta::minutes(k.buffer_after_minutes.into()),
        );
        // Two spans overlap when they share an instant; an empty one shares none.
        let overlap = |a: DateTime<Utc>, b: DateTime<Utc>, c: DateTime<Utc>, d: DateTime<Utc>| {
            a < b && c < d && a < d && c < b
        };
        let replacing = self.replacing_id();
        self.range.contains(slot.start)
            && slot.start >= self.now + TimeDelta::minutes(k.minimum_notice_minutes.into())
            && slot.start < self.now + TimeDelta::days(k.horizon_days.into())
            && self
                .window
                .is_none_or(|w| w.start <= slot.start && slot.end <= w.end)
            && self
                .time_off
                .iter()
                .all(|t| !overlap(slot.start, slot.end, t.start, t.end))
            && self
                .bookings
                .iter()
                .filter(|b| b.status.occupies_time() && Some(b.id) != replacing)
                .all(|b| {
                    let (ps, pe) = b.padded();
                    !overlap(slot.start, slot.end, ps, pe)
                        && !overlap(slot.start - before, slot.end + after, b.start, b.end())
                })
            && self.quota_allows(slot.start)
    }

    fn quota_allows(&self, at: DateTime<Utc>) -> bool {
        let Some(Quota::Limited { sessions, per }) = self.quota else {
            return true;
        };
        let tz = zone(self.zone).tz();
        let period = |t: DateTime<Utc>| {
            let d = reading(tz, t).date();
            match per {
                QuotaPeriod::Month => (d.year(), d.month()),
                QuotaPeriod::Year => (d.year(), 0),
                QuotaPeriod::Program => (0, 0),
            }
        };
        let used = self
            .bookings
            .iter()
            .filter(|b| {
                b.client == CLIENT
                    && b.status.uses_quota()
                    && Some(b.id) != self.replacing_id()
                    && period(b.start) == period(at)
            })
            .count();
        (used as u32) < sessions
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn free_slots_are_exactly_what_the_rules_allow(case in case()) {
        let slots = case.run(|a, r| free_slots(a, r, case.range));
        prop_assert!(slots.windows(2).all(|w| w[0].start < w[1].start), "sorted and unique");
        let tz = zone(case.zone).tz();
        let mut labels: Vec<_> = slots.iter().map(|s| reading(tz, s.start)).collect();
        labels.sort();
        labels.dedup();
        prop_assert_eq!(labels.len(), slots.len(), "a local start time offered twice");
        prop_assert_eq!(slots, case.oracle());
    }

    #[test]
    fn validate_booking_accepts_exactly_the_offered_slots(case in case(), probes in prop::collection::vec(0i64..(4 * 1440), 8)) {
        let slots = case.run(|a, r| free_slots(a, r, case.range));
        for slot in &slots {
            prop_assert_eq!(case.run(|a, r| validate_booking(a, r, slot.start)), Ok(*slot));
        }
        let step = i64::from(case.kind.slot_step.get());
        let shifted = slots.iter().flat_map(|s| [-step / 2, -1, 1, 7, step].map(|m| s.start + TimeDelta::minutes(m)));
        let random = probes.iter().map(|m| case.range.start + TimeDelta::minutes(*m));
        for at in shifted.chain(random) {
            let offered = case.run(|a, r| free_slots(a, r, TimeRange::new(at, at + TimeDelta::seconds(1))));
            let accepted = case.run(|a, r| validate_booking(a, r, at));
            prop_assert_eq!(accepted.is_ok(), offered.first().is_some_and(|s| s.start == at), "at {}: {:?}", at, accepted);
            if case.range.contains(at) {
                prop_assert_eq!(accepted.is_ok(), slots.iter().any(|s| s.start == at));
            }
        }
    }
}
