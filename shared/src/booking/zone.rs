//! Wall-clock times of an IANA zone and the instants they name, across DST changes.
//!
//! A local date-time can name one instant, two (when the clocks go back, the repeated hour) or none
//! (when the clocks go forward, the skipped hour). The rules here:
//! - A wall-clock **start** names the earlier instant of a repeated time, and none in a gap
//!   ([`instant_of`]). So a slot grid laid on the clock offers each local start time at most
//!   once and never a local time that does not exist.
//! - A wall-clock **boundary** (a day's start, a month's start) is the first instant whose clock
//!   reads at or after it ([`first_instant_at_or_after`]): a boundary in a gap moves to the gap's end.
//! - A span of instants fits a wall-clock interval when every instant of it reads inside the
//!   interval on the zone's clock ([`fits_wall_interval`]); a session that crosses a change of
//!   offset is judged by the earliest and latest clock readings it passes through.
//!
//! These assume at most one change of offset within one session, true of every zone in the tz
//! database (changes are months apart).

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeDelta, TimeZone, Utc};
use chrono_tz::{GapInfo, Tz};

/// The zone's offset from UTC at instant `t`, in seconds east.
pub fn offset_seconds(tz: Tz, t: DateTime<Utc>) -> i64 {
    i64::from(
        tz.offset_from_utc_datetime(&t.naive_utc())
            .fix()
            .local_minus_utc(),
    )
}

/// What the zone's clock reads at instant `t`.
pub fn local(tz: Tz, t: DateTime<Utc>) -> NaiveDateTime {
    t.naive_utc() + TimeDelta::seconds(offset_seconds(tz, t))
}

/// The instant a wall-clock start time names: the only one, the earlier of two when the clocks
/// go back, or `None` when the clocks skip over it.
pub fn instant_of(tz: Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    tz.from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// The first instant whose clock reads `local` or later (when the clocks go back, the first of
/// the two). For a time in a gap that is the instant the gap ends.
pub fn first_instant_at_or_after(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    if let Some(t) = instant_of(tz, local) {
        return t;
    }
    if let Some(end) = GapInfo::new(&local, &tz).and_then(|gap| gap.end) {
        return end.with_timezone(&Utc);
    }
    // Outside the tz database's known range: the offset in force before it applies.
    let guess = local.and_utc();
    guess - TimeDelta::seconds(offset_seconds(tz, guess))
}

/// The first instant of a local day.
pub fn day_start(tz: Tz, date: NaiveDate) -> DateTime<Utc> {
    first_instant_at_or_after(tz, date.and_time(NaiveTime::MIN))
}

/// The first instant in `(after, until]` whose offset differs from the offset at `after`; the
/// caller knows the offset at `until` differs. Transitions fall on whole seconds.
fn transition_between(tz: Tz, after: DateTime<Utc>, until: DateTime<Utc>) -> DateTime<Utc> {
    let before = offset_seconds(tz, after);
    let offset_at = |secs: i64| DateTime::from_timestamp(secs, 0).map(|t| offset_seconds(tz, t));
    let (mut lo, mut hi) = (after.timestamp(), until.timestamp());
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if offset_at(mid) == Some(before) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    DateTime::from_timestamp(hi, 0).unwrap_or(until)
}

/// The earliest clock reading and the least upper bound of the clock readings over the
/// instants `[start, end)` (for `start < end`, whole seconds).
pub fn local_span(
    tz: Tz,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> (NaiveDateTime, NaiveDateTime) {
    let last = end - TimeDelta::seconds(1);
    let first_offset = offset_seconds(tz, start);
    let last_offset = offset_seconds(tz, last);
    let at = |t: DateTime<Utc>, off: i64| t.naive_utc() + TimeDelta::seconds(off);
    if first_offset == last_offset || last <= start {
        return (at(start, first_offset), at(end, first_offset));
    }
    // Instants [start, change) read with the old offset, [change, end) with the new one.
    let change = transition_between(tz, start, last);
    let min = at(start, first_offset).min(at(change, last_offset));
    let sup = at(change, first_offset).max(at(end, last_offset));
    (min, sup)
}

/// Whether every instant of `[start, end)` reads on the zone's clock within `[from, until]`
/// (`until` may be reached only as the session ends).
pub fn fits_wall_interval(
    tz: Tz,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    from: NaiveDateTime,
    until: NaiveDateTime,
) -> bool {
    let (min, sup) = local_span(tz, start, end);
    from <= min && sup <= until
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }
    fn utc(s: &str) -> DateTime<Utc> {
        at(s).and_utc()
    }
    const WARSAW: Tz = chrono_tz::Europe::Warsaw;

    #[test]
    fn a_skipped_local_time_names_no_instant_and_a_repeated_one_the_earlier() {
        assert_eq!(instant_of(WARSAW, at("2025-03-30 02:30")), None);
        assert_eq!(
            instant_of(WARSAW, at("2025-03-30 03:00")),
            Some(utc("2025-03-30 01:00"))
        );
        // 02:30 happens at 00:30Z (summer time) and again at 01:30Z (winter time).
        assert_eq!(
            instant_of(WARSAW, at("2025-10-26 02:30")),
            Some(utc("2025-10-26 00:30"))
        );
    }

    #[test]
    fn a_boundary_in_a_gap_moves_to_the_end_of_the_gap() {
        assert_eq!(
            first_instant_at_or_after(WARSAW, at("2025-03-30 02:15")),
            utc("2025-03-30 01:00")
        );
        // Santiago skips its midnight in September: the day starts at 01:00 local.
        let santiago = chrono_tz::America::Santiago;
        let d = NaiveDate::from_ymd_opt(2025, 9, 7).unwrap();
        assert_eq!(
            local(santiago, day_start(santiago, d)),
            at("2025-09-07 01:00")
        );
    }

    #[test]
    fn clock_readings_of_a_session_across_the_autumn_change_go_back() {
        // 02:30 CEST for 50 minutes: the clock reads 02:30..03:00, then 02:00..02:20.
        let (min, sup) = local_span(WARSAW, utc("2025-10-26 00:30"), utc("2025-10-26 01:20"));
        assert_eq!((min, sup), (at("2025-10-26 02:00"), at("2025-10-26 03:00")));
        assert!(fits_wall_interval(
            WARSAW,
            utc("2025-10-26 00:30"),
            utc("2025-10-26 01:20"),
            at("2025-10-26 02:00"),
            at("2025-10-26 03:00"),
        ));
        assert!(!fits_wall_interval(
            WARSAW,
            utc("2025-10-26 00:30"),
            utc("2025-10-26 01:20"),
            at("2025-10-26 02:30"),
            at("2025-10-26 04:00"),
        ));
    }

    #[test]
    fn clock_readings_of_a_session_across_the_spring_change_jump_forward() {
        // 01:30 CET for 50 minutes ends at 03:20 CEST.
        let (min, sup) = local_span(WARSAW, utc("2025-03-30 00:30"), utc("2025-03-30 01:20"));
        assert_eq!((min, sup), (at("2025-03-30 01:30"), at("2025-03-30 03:20")));
    }

    #[test]
    fn a_change_exactly_at_the_end_of_a_session_does_not_count() {
        // 01:10-02:00 CEST ends as the clocks go back at 01:00Z: all of it reads summer time.
        let (min, sup) = local_span(WARSAW, utc("2025-10-26 00:10"), utc("2025-10-26 01:00"));
        assert_eq!((min, sup), (at("2025-10-26 02:10"), at("2025-10-26 03:00")));
    }

    #[test]
    fn readings_in_a_zone_without_changes_are_a_plain_shift() {
        let moscow = chrono_tz::Europe::Moscow;
        let (min, sup) = local_span(moscow, utc("2025-03-30 00:30"), utc("2025-03-30 01:20"));
        assert_eq!((min, sup), (at("2025-03-30 03:30"), at("2025-03-30 04:20")));
    }
}
