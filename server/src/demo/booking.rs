//! The booking part of the demo, played through the real commands on a moving clock: session
//! types, rules, packages and a session plan; mentors in Warsaw, Riga and Moscow with their
//! schedules (one without declared languages, so not bookable); last month's realized, no-show,
//! late-cancelled and stopped sessions (so last month's settlement has lines); this month's
//! booked and cancelled sessions, and one past session still unmarked.

use super::story::{Cast, Story};
use crate::error::AppResult;
use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use shared::booking::{CancellationPolicy, Package, Quota, QuotaPeriod, Schedule, SessionType};
use shared::command::*;
use shared::ids::*;
use shared::text::*;
use uuid::Uuid;

pub(super) fn at(zone: Tz, date: NaiveDate, hour: u32, minute: u32) -> DateTime<Utc> {
    zone.with_ymd_and_hms(date.year(), date.month(), date.day(), hour, minute, 0)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(Utc::now)
}

pub(super) fn session_type(
    id: SessionTypeId,
    program: ProgramId,
    name: &str,
    min: u16,
    max: u16,
    notice: u32,
) -> AppResult<SessionType> {
    serde_json::from_value(serde_json::json!({
        "id": id, "program": program, "name": name, "length": {"min_minutes": min, "max_minutes": max},
        "minimum_notice_minutes": notice, "horizon_days": 60, "buffer_before_minutes": 0,
        "buffer_after_minutes": 10, "slot_step": if min == 50 { 10 } else { 15 }
    }))
    .map_err(|e| crate::error::AppError::internal("seeding the demo", e))
}

pub(super) fn schedule(
    mentor: PersonId,
    zone: &str,
    days: &[&str],
    hours: &str,
    types: &[SessionTypeId],
) -> AppResult<Schedule> {
    let weekly: Vec<_> = days
        .iter()
        .map(|d| serde_json::json!({"weekday": d, "hours": hours}))
        .collect();
    serde_json::from_value(serde_json::json!({
        "id": Uuid::new_v4(), "mentor": mentor, "time_zone": zone, "weekly": weekly, "session_types": types
    }))
    .map_err(|e| crate::error::AppError::internal("seeding the demo", e))
}

pub(super) fn profile(
    languages: &[&str],
    video: Option<&str>,
    description: &str,
) -> AppResult<Command> {
    Ok(Command::SetMentorProfile(SetMentorProfile {
        languages: languages.iter().map(|l| (*l).to_owned()).collect(),
        video_link: video.map(WebLink::parse).transpose()?,
        photo_link: None,
        description: ProfileDescription::parse(description)?,
    }))
}

/// Books as `client`; returns the booking's id.
pub(super) async fn book(
    story: &Story,
    client: PersonId,
    program: ProgramId,
    mentor: PersonId,
    kind: SessionTypeId,
    start: DateTime<Utc>,
    step: Option<u16>,
) -> AppResult<BookingId> {
    let id = BookingId(Uuid::new_v4());
    story
        .run(
            client,
            Command::BookSession(BookSession {
                booking_id: id,
                program_id: program,
                mentor_id: mentor,
                session_type_id: kind,
                start,
                length_minutes: None,
                plan_step: step,
            }),
        )
        .await?;
    Ok(id)
}

pub(super) async fn mark(
    story: &Story,
    mentor: PersonId,
    id: BookingId,
    outcome: SessionOutcome,
) -> AppResult<()> {
    story
        .run(
            mentor,
            Command::MarkOutcome(MarkOutcome {
                booking_id: id,
                outcome,
            }),
        )
        .await
}

fn cancel(id: BookingId) -> Command {
    Command::CancelSession(CancelSession {
        booking_id: id,
        reason: None,
        message: None,
        note: None,
    })
}

/// The Monday on or after `date`.
fn monday_from(date: NaiveDate) -> NaiveDate {
    let mut d = date;
    while d.weekday() != Weekday::Mon {
        d = d.succ_opt().unwrap_or(d);
    }
    d
}

pub async fn seed(story: &Story, cast: &Cast<'_>, now: DateTime<Utc>) -> AppResult<()> {
    let warsaw = chrono_tz::Europe::Warsaw;
    let riga = chrono_tz::Europe::Riga;
    let benefit = cast.benefit;
    let katarzyna = cast.id("koordynator@mentorhub.test");
    let (tomasz, anna, janis) = (
        cast.id("tomasz.zielinski@mentorhub.test"),
        cast.id("mentor@mentorhub.test"),
        cast.id("janis.berzins@mentorhub.test"),
    );
    let (agnieszka, piotr) = (
        cast.id("klient@mentorhub.test"),
        cast.id("piotr.mazur@mentorhub.test"),
    );

    // Last month, on the Polish program's clock.
    let today = now.with_timezone(&warsaw).date_naive();
    let this_month = NaiveDate::from_ymd_opt(today.year(), today.month(), 1).unwrap_or(today);
    let last_month = this_month
        .pred_opt()
        .map(|d| NaiveDate::from_ymd_opt(d.year(), d.month(), 1).unwrap_or(d))
        .unwrap_or(this_month);
    let first_monday = monday_from(last_month);
    story.at(at(warsaw, first_monday, 9, 0) - Duration::days(20));

    let konsultacja = SessionTypeId(Uuid::new_v4());
    let (limited, unlimited) = (PackageId(Uuid::new_v4()), PackageId(Uuid::new_v4()));
    for command in [
        Command::DefineSessionType(DefineSessionType {
            session_type: session_type(
                konsultacja,
                benefit,
                "Konsultacja indywidualna",
                50,
                50,
                720,
            )?,
        }),
        Command::SetBookingRules(SetBookingRules {
            program_id: benefit,
            policy: CancellationPolicy::default(),
            cancel_reasons: ["Choroba", "Nagła sytuacja rodzinna", "Problem techniczny"]
                .map(CancelReason::parse)
                .into_iter()
                .collect::<Result<_, _>>()?,
        }),
        Command::DefinePackage(DefinePackage {
            package: Package {
                id: limited,
                program: benefit,
                quota: Quota::Limited {
                    sessions: 4,
                    per: QuotaPeriod::Month,
                },
            },
        }),
        Command::DefinePackage(DefinePackage {
            package: Package {
                id: unlimited,
                program: benefit,
                quota: Quota::Unlimited,
            },
        }),
        Command::AssignPackage(AssignPackage {
            program_id: benefit,
            client_id: agnieszka,
            package_id: limited,
        }),
        Command::AssignPackage(AssignPackage {
            program_id: benefit,
            client_id: piotr,
            package_id: unlimited,
        }),
    ] {
        story.run(katarzyna, command).await?;
    }
    story
        .run(
            tomasz,
            profile(
                &["pl", "en"],
                Some("https://meet.mentorhub.test/tomasz"),
                "Psycholog, 12 lat praktyki. Stres, wypalenie, zmiana pracy.",
            )?,
        )
        .await?;
    story
        .run(
            tomasz,
            Command::SetSchedule(SetSchedule {
                program_id: benefit,
                schedule: schedule(
                    tomasz,
                    "Europe/Warsaw",
                    &["Mon", "Tue", "Wed", "Thu", "Fri"],
                    "09:00-17:00",
                    &[konsultacja],
                )?,
            }),
        )
        .await?;
    story
        .run(
            anna,
            profile(
                &["ru", "en", "lv"],
                Some("https://meet.mentorhub.test/anna"),
                "Coach (ICF). Sessions in Russian, English and Latvian.",
            )?,
        )
        .await?;
    story
        .run(
            anna,
            Command::SetSchedule(SetSchedule {
                program_id: benefit,
                schedule: schedule(
                    anna,
                    "Europe/Riga",
                    &["Tue", "Thu"],
                    "16:00-20:00",
                    &[konsultacja],
                )?,
            }),
        )
        .await?;
    // Jānis has a schedule but no languages yet: clients see him, but cannot book him.
    story
        .run(
            janis,
            Command::SetSchedule(SetSchedule {
                program_id: benefit,
                schedule: schedule(
                    janis,
                    "Europe/Riga",
                    &["Mon", "Wed"],
                    "10:00-14:00",
                    &[konsultacja],
                )?,
            }),
        )
        .await?;

    // Last month's sessions.
    story.at(at(warsaw, first_monday, 9, 0) - Duration::days(3));
    let week = |n: i64| first_monday + Duration::weeks(n);
    let mut agnieszkas = Vec::new();
    for n in 0..4 {
        agnieszkas.push(
            book(
                story,
                agnieszka,
                benefit,
                tomasz,
                konsultacja,
                at(warsaw, week(n), 10, 0),
                None,
            )
            .await?,
        );
    }
    let mut piotrs = Vec::new();
    for n in 0..3 {
        let tuesday = week(n) + Duration::days(1);
        piotrs.push(
            book(
                story,
                piotr,
                benefit,
                anna,
                konsultacja,
                at(riga, tuesday, 17, 0),
                None,
            )
            .await?,
        );
    }
    story.at(at(warsaw, week(2), 10, 0) - Duration::days(5));
    story.run(agnieszka, cancel(agnieszkas[2])).await?;
    story.at(at(warsaw, week(1), 10, 0) - Duration::hours(15));
    story.run(agnieszka, cancel(agnieszkas[1])).await?;
    story.at(at(warsaw, week(0), 11, 0));
    mark(story, tomasz, agnieszkas[0], SessionOutcome::Realized).await?;
    story.at(at(warsaw, week(3), 10, 30));
    mark(story, tomasz, agnieszkas[3], SessionOutcome::NoShow).await?;
    mark(story, anna, piotrs[0], SessionOutcome::Realized).await?;
    mark(story, anna, piotrs[1], SessionOutcome::StoppedUnprepared).await?;
    mark(story, anna, piotrs[2], SessionOutcome::Realized).await?;

    // This month: upcoming, cancelled by the mentor, and one past session still unmarked.
    story.at(now - Duration::days(6));
    let next_monday = monday_from(today + Duration::days(1));
    book(
        story,
        agnieszka,
        benefit,
        tomasz,
        konsultacja,
        at(warsaw, next_monday, 11, 0),
        None,
    )
    .await?;
    let cancelled = book(
        story,
        agnieszka,
        benefit,
        tomasz,
        konsultacja,
        at(warsaw, next_monday + Duration::days(2), 14, 0),
        None,
    )
    .await?;
    let past_tuesday = {
        let mut d = today - Duration::days(1);
        while d.weekday() != Weekday::Tue && d.weekday() != Weekday::Thu {
            d = d.pred_opt().unwrap_or(d);
        }
        d
    };
    if at(riga, past_tuesday, 17, 0) > now - Duration::days(6) + Duration::hours(13) {
        book(
            story,
            piotr,
            benefit,
            anna,
            konsultacja,
            at(riga, past_tuesday, 17, 0),
            None,
        )
        .await?;
    }
    story.at(now - Duration::days(1));
    story
        .run(
            tomasz,
            Command::CancelSession(CancelSession {
                booking_id: cancelled,
                reason: Some(CancelReason::parse("Choroba")?),
                message: Some(CancelMessage::InviteToRebook),
                note: Some(CancelNote::parse(
                    "Przepraszam — proszę wybrać inny termin w przyszłym tygodniu.",
                )?),
            }),
        )
        .await?;

    super::sprint::seed(story, cast, now, today).await
}
