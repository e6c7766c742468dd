//! iCalendar (RFC 5545): one event per booking with a stable UID, in e-mailed invitations and
//! in each person's calendar feed. Cancelled and moved sessions stay in the feed as cancelled.

use chrono::{DateTime, Utc};
use shared::booking::status::BookingStatus;
use shared::ids::BookingId;

/// What one calendar event says.
pub struct CalendarEvent<'a> {
    pub booking: BookingId,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub status: BookingStatus,
    pub summary: &'a str,
    pub description: &'a str,
    pub location: Option<&'a str>,
    /// Grows with each change, so calendars take the newest copy.
    pub sequence: u32,
    pub stamp: DateTime<Utc>,
}

fn time(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Escapes a TEXT value (§3.3.11).
fn text(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
}

/// Folds a content line at 75 octets without splitting a character (§3.1).
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

fn event(e: &CalendarEvent<'_>, out: &mut String) {
    let cancelled = !matches!(
        e.status,
        BookingStatus::Booked
            | BookingStatus::Realized
            | BookingStatus::NoShow
            | BookingStatus::StoppedUnprepared
    );
    let mut lines = vec![
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}@mentorhub", e.booking),
        format!("DTSTAMP:{}", time(e.stamp)),
        format!("DTSTART:{}", time(e.start)),
        format!("DTEND:{}", time(e.end)),
        format!("SEQUENCE:{}", e.sequence),
        format!(
            "STATUS:{}",
            if cancelled { "CANCELLED" } else { "CONFIRMED" }
        ),
        format!("SUMMARY:{}", text(e.summary)),
        format!("DESCRIPTION:{}", text(e.description)),
    ];
    if let Some(location) = e.location {
        lines.push(format!("LOCATION:{}", text(location)));
    }
    lines.push("END:VEVENT".to_owned());
    for line in lines {
        fold(&line, out);
    }
}

/// A calendar object; `method` is `REQUEST` or `CANCEL` for e-mail, `None` for a feed.
pub fn calendar(events: &[CalendarEvent<'_>], method: Option<&str>, name: &str) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Mentorhub//Sessions//EN",
        "CALSCALE:GREGORIAN",
    ] {
        fold(line, &mut out);
    }
    if let Some(method) = method {
        fold(&format!("METHOD:{method}"), &mut out);
    }
    fold(&format!("X-WR-CALNAME:{}", text(name)), &mut out);
    for e in events {
        event(e, &mut out);
    }
    fold("END:VCALENDAR", &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn sample(status: BookingStatus, summary: &str) -> String {
        let start = Utc.with_ymd_and_hms(2025, 3, 30, 8, 0, 0).unwrap();
        calendar(
            &[CalendarEvent {
                booking: BookingId(uuid::Uuid::nil()),
                start,
                end: start + chrono::Duration::minutes(50),
                status,
                summary,
                description: "Video: https://meet.example.org/a, b; c",
                location: Some("https://meet.example.org/a"),
                sequence: 1,
                stamp: start,
            }],
            Some("REQUEST"),
            "Sessions",
        )
    }

    #[test]
    fn events_have_stable_uids_utc_times_and_escaped_text() {
        let ics = sample(BookingStatus::Booked, "Strategy session");
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.contains("UID:00000000-0000-0000-0000-000000000000@mentorhub\r\n"));
        assert!(ics.contains("DTSTART:20250330T080000Z\r\nDTEND:20250330T085000Z\r\n"));
        assert!(ics.contains("STATUS:CONFIRMED"));
        assert!(ics.contains("DESCRIPTION:Video: https://meet.example.org/a\\, b\\; c"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.split("\r\n").all(|l| l.len() <= 75));
    }

    #[test]
    fn cancelled_sessions_say_so_and_long_lines_fold_between_characters() {
        let ics = sample(BookingStatus::Cancelled, &"Сессия прогресса ".repeat(10));
        assert!(ics.contains("STATUS:CANCELLED"));
        assert!(ics.split("\r\n").all(|l| l.len() <= 75));
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{}", "Сессия прогресса ".repeat(10))));
    }
}
