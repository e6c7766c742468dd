//! Builders shared by the booking unit tests.

use super::*;
use crate::ids::{BookingId, PersonId, ProgramId, ScheduleId, SessionTypeId};
use crate::locale::TimeZoneName;
use chrono::{DateTime, NaiveDateTime, Utc, Weekday};
use uuid::Uuid;

pub const MENTOR: PersonId = PersonId(Uuid::from_u128(0x100));
pub const CLIENT: PersonId = PersonId(Uuid::from_u128(0x200));
pub const PROGRAM: ProgramId = ProgramId(Uuid::from_u128(0x300));
pub const TYPE: SessionTypeId = SessionTypeId(Uuid::from_u128(0x400));

/// `"2025-03-30 01:00"` read as UTC.
pub fn utc(s: &str) -> DateTime<Utc> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M")
        .unwrap()
        .and_utc()
}

pub fn zone(name: &str) -> TimeZoneName {
    TimeZoneName::parse(name).unwrap()
}

/// A fixed-length type without notice, buffers or a short horizon.
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

/// A schedule offering [`TYPE`] in `hours` (`"09:00-12:00"`) on each weekday listed.
pub fn schedule(n: u128, zone_name: &str, days: &[Weekday], hours: &str) -> Schedule {
    Schedule {
        id: ScheduleId(Uuid::from_u128(n)),
        mentor: MENTOR,
        time_zone: zone(zone_name),
        weekly: days
            .iter()
            .map(|d| WeeklyHours {
                weekday: *d,
                hours: WallInterval::parse(hours).unwrap(),
            })
            .collect(),
        overrides: Vec::new(),
        session_types: vec![TYPE],
        starts_on: None,
        ends_on: None,
    }
}

pub const EVERY_DAY: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// A booking of [`MENTOR`] with [`CLIENT`] in [`PROGRAM`].
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

/// A request for `kind` at `now` without window, package or move.
pub fn request(kind: &SessionType, now: DateTime<Utc>) -> SlotRequest<'_> {
    SlotRequest {
        session_type: kind,
        length_minutes: None,
        now,
        window: None,
        quota: None,
        replacing: None,
    }
}

pub fn availability<'a>(
    schedules: &'a [Schedule],
    bookings: &'a [Booking],
    time_off: &'a [TimeRange],
) -> Availability<'a> {
    Availability {
        languages_declared: true,
        schedules,
        bookings,
        time_off,
    }
}

/// The starts of `slots`, as `"2025-03-30 01:00"` in UTC.
pub fn starts(slots: &[Slot]) -> Vec<String> {
    slots
        .iter()
        .map(|s| s.start.format("%Y-%m-%d %H:%M").to_string())
        .collect()
}
