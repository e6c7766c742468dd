//! The sprint part of the booking demo (seed 000): a four-week plan of sessions — strategy in
//! week 1, progress in weeks 2 and 3, the closing session in week 4 — Elena's sprint under way
//! with the strategy session held, and two trainers' schedules in Riga and Moscow.

use super::booking::{at, book, mark, profile, schedule, session_type};
use super::story::{Cast, Story};
use crate::error::AppResult;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};
use shared::booking::{CancellationPolicy, SessionPlan};
use shared::command::*;
use shared::ids::*;
use shared::text::*;
use uuid::Uuid;

pub async fn seed(
    story: &Story,
    cast: &Cast<'_>,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> AppResult<()> {
    let riga = chrono_tz::Europe::Riga;
    let winter = cast.winter;
    let irina = cast.id("coordinator@mentorhub.test");
    let (anna, maria, elena) = (
        cast.id("mentor@mentorhub.test"),
        cast.id("maria.kuznetsova@mentorhub.test"),
        cast.id("mentee@mentorhub.test"),
    );
    // The Russian program: a four-week sprint plan.
    story.at(now - Duration::days(14));
    let (strategy, progress, closing) = (
        SessionTypeId(Uuid::new_v4()),
        SessionTypeId(Uuid::new_v4()),
        SessionTypeId(Uuid::new_v4()),
    );
    for command in [
        Command::DefineSessionType(DefineSessionType {
            session_type: session_type(strategy, winter, "Стратегическая сессия", 60, 60, 120)?,
        }),
        Command::DefineSessionType(DefineSessionType {
            session_type: session_type(progress, winter, "Сессия прогресса", 45, 45, 120)?,
        }),
        Command::DefineSessionType(DefineSessionType {
            session_type: session_type(
                closing,
                winter,
                "Итоговая сессия (авторизация)",
                60,
                90,
                120,
            )?,
        }),
    ] {
        story.run(irina, command).await?;
    }
    let plan: SessionPlan = serde_json::from_value(serde_json::json!({
        "id": Uuid::new_v4(), "program": winter, "steps": [
            {"session_type": strategy, "weeks": {"first": 1, "last": 1}},
            {"session_type": progress, "weeks": {"first": 2, "last": 2}},
            {"session_type": progress, "weeks": {"first": 3, "last": 3}},
            {"session_type": closing, "weeks": {"first": 4, "last": 4}}
        ]
    }))
    .map_err(|e| crate::error::AppError::internal("seeding the demo", e))?;
    story
        .run(
            irina,
            Command::DefineSessionPlan(DefineSessionPlan { plan }),
        )
        .await?;
    story
        .run(
            irina,
            Command::SetBookingRules(SetBookingRules {
                program_id: winter,
                policy: CancellationPolicy::default(),
                cancel_reasons: ["Болезнь", "Форс-мажор", "Технические проблемы"]
                    .map(CancelReason::parse)
                    .into_iter()
                    .collect::<Result<_, _>>()?,
            }),
        )
        .await?;
    let sprint = today - Duration::days(9);
    story
        .run(
            irina,
            Command::SetSprintStart(SetSprintStart {
                program_id: winter,
                client_id: elena,
                starts_on: sprint,
            }),
        )
        .await?;
    story
        .run(
            anna,
            Command::SetSchedule(SetSchedule {
                program_id: winter,
                schedule: schedule(
                    anna,
                    "Europe/Riga",
                    &["Mon", "Wed", "Fri", "Sat"],
                    "09:00-21:00",
                    &[strategy, progress, closing],
                )?,
            }),
        )
        .await?;
    story
        .run(
            maria,
            profile(
                &["ru"],
                Some("https://meet.mentorhub.test/maria"),
                "Тренер по нейроинтеграции.",
            )?,
        )
        .await?;
    story
        .run(
            maria,
            Command::SetSchedule(SetSchedule {
                program_id: winter,
                schedule: schedule(
                    maria,
                    "Europe/Moscow",
                    &["Mon", "Tue", "Wed", "Thu", "Fri"],
                    "10:00-14:00",
                    &[strategy, progress, closing],
                )?,
            }),
        )
        .await?;

    // Week 1: the strategy session, held.
    story.at(at(riga, sprint, 8, 0) - Duration::days(1));
    let mut first = sprint;
    while !matches!(
        first.weekday(),
        Weekday::Mon | Weekday::Wed | Weekday::Fri | Weekday::Sat
    ) {
        first = first.succ_opt().unwrap_or(first);
    }
    let held = book(
        story,
        elena,
        winter,
        anna,
        strategy,
        at(riga, first, 18, 0),
        Some(0),
    )
    .await?;
    story.at(at(riga, first, 19, 5));
    mark(story, anna, held, SessionOutcome::Realized).await?;
    Ok(())
}
