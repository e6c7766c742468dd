//! The e-mails of booking: a confirmation with a calendar invitation to both people, and a
//! cancellation to the other person (with the reason and, from a mentor, the quoted note).

use super::calendar::{CalendarEvent, calendar};
use crate::auth::store::{self as people, PersonRow};
use crate::db::Conn;
use crate::error::AppResult;
use crate::mail::store as mail_store;
use crate::mail::templates::local_time;
use chrono::{DateTime, Utc};
use shared::booking::Booking;
use shared::i18n::{Arg, i18n};
use shared::locale::TimeZoneName;
use shared::text::Email;

/// What the e-mails of one booking need to say.
pub struct Facts<'a> {
    pub booking: &'a Booking,
    pub session: &'a str,
    pub video: Option<&'a str>,
    pub now: DateTime<Utc>,
}

fn zone_of(p: &PersonRow) -> TimeZoneName {
    TimeZoneName::parse(&p.time_zone).unwrap_or_else(|_| TimeZoneName::utc())
}

fn invitation(f: &Facts<'_>, method: &str, sequence: u32, summary: &str) -> String {
    calendar(
        &[CalendarEvent {
            booking: f.booking.id,
            start: f.booking.start,
            end: f.booking.end(),
            status: f.booking.status,
            summary,
            description: f.video.unwrap_or_default(),
            location: f.video,
            sequence,
            stamp: f.now,
        }],
        Some(method),
        "Mentorhub",
    )
}

async fn parties(conn: &mut Conn<'_>, b: &Booking) -> AppResult<Option<(PersonRow, PersonRow)>> {
    let client = people::person(conn, b.client).await?;
    let mentor = people::person(conn, b.mentor).await?;
    Ok(client.zip(mentor))
}

/// Tells the client and the mentor that the session is booked, with an invitation each.
pub async fn booked(conn: &mut Conn<'_>, f: &Facts<'_>) -> AppResult<()> {
    let Some((client, mentor)) = parties(conn, f.booking).await? else {
        return Ok(());
    };
    for (me, other) in [(&client, &mentor), (&mentor, &client)] {
        let locale = me.locale();
        let zone = zone_of(me);
        let t = i18n();
        let when = local_time(f.booking.start, &zone);
        let free_until = local_time(
            f.booking.cancellation_policy.free_until(f.booking.start),
            &zone,
        );
        let video = f
            .video
            .map(str::to_owned)
            .unwrap_or_else(|| t.text(locale, "email-no-video"));
        let args: [(&str, Arg<'_>); 5] = [
            ("session", f.session.into()),
            ("other", other.display_name.as_str().into()),
            ("when", (&when).into()),
            ("video", (&video).into()),
            ("free_until", (&free_until).into()),
        ];
        let subject = t.text_with(locale, "email-booked-subject", &args);
        let body = format!(
            "{}\n\n{}\n",
            t.text_with(locale, "email-booked-body", &args),
            t.text(locale, "email-signature")
        );
        let ics = invitation(
            f,
            "REQUEST",
            0,
            &format!("{} — {}", f.session, other.display_name),
        );
        mail_store::enqueue_with_calendar(
            conn,
            &Email::parse(&me.email)?,
            &subject,
            &body,
            Some(&ics),
            f.now,
        )
        .await?;
    }
    Ok(())
}

/// Why and how a session was cancelled, for the e-mail.
pub struct Cancelled<'a> {
    pub by_client: bool,
    pub reason: Option<&'a str>,
    pub rebook: bool,
    pub note: Option<&'a str>,
    pub late: bool,
    pub link: &'a str,
}

/// Tells the other person (and, for a late cancellation, the client too) that it is off.
pub async fn cancelled(conn: &mut Conn<'_>, f: &Facts<'_>, c: &Cancelled<'_>) -> AppResult<()> {
    let Some((client, mentor)) = parties(conn, f.booking).await? else {
        return Ok(());
    };
    let (by, recipients): (&PersonRow, Vec<&PersonRow>) = if c.by_client {
        (
            &client,
            if c.late {
                vec![&mentor, &client]
            } else {
                vec![&mentor]
            },
        )
    } else {
        (&mentor, vec![&client])
    };
    for me in recipients {
        let locale = me.locale();
        let t = i18n();
        let when = local_time(f.booking.start, &zone_of(me));
        let reason = c
            .reason
            .map(str::to_owned)
            .unwrap_or_else(|| t.text(locale, "email-reason-client"));
        let hours = (f.booking.cancellation_policy.free_until_minutes_before / 60).to_string();
        let args: [(&str, Arg<'_>); 7] = [
            ("session", f.session.into()),
            ("when", (&when).into()),
            ("by", by.display_name.as_str().into()),
            ("reason", (&reason).into()),
            ("note", c.note.unwrap_or_default().into()),
            ("link", c.link.into()),
            ("hours", (&hours).into()),
        ];
        let mut body = vec![t.text_with(locale, "email-cancelled-body", &args)];
        if !c.by_client {
            let key = if c.rebook {
                "email-cancelled-rebook"
            } else {
                "email-cancelled-apology"
            };
            body.push(t.text_with(locale, key, &args));
        }
        if c.note.is_some_and(|n| !n.trim().is_empty()) {
            body.push(t.text_with(locale, "email-cancelled-note", &args));
        }
        if c.late {
            body.push(t.text_with(locale, "email-cancelled-late", &args));
        }
        body.push(t.text(locale, "email-signature"));
        let subject = t.text_with(locale, "email-cancelled-subject", &args);
        let ics = invitation(f, "CANCEL", 1, f.session);
        mail_store::enqueue_with_calendar(
            conn,
            &Email::parse(&me.email)?,
            &subject,
            &(body.join("\n\n") + "\n"),
            Some(&ics),
            f.now,
        )
        .await?;
    }
    Ok(())
}
