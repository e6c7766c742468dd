//! Session booking end to end: setup, free slots, booking with e-mailed invitations, no double
//! booking under concurrency, quotas, the policy copied onto each booking, the status machine,
//! recordings, settlement and who may see what.

use crate::helpers::{Client, TestApp, applied, rejected};
use chrono::{DateTime, Duration, TimeZone, Utc};
use reqwest::StatusCode;
use shared::booking::wire::{BookingList, BookingSetup, FreeSlots, RecordingLink};
use shared::booking::{CancellationPolicy, Package, Quota, QuotaPeriod, SessionType};
use shared::command::*;
use shared::error::ErrorCode;
use shared::ids::*;
use shared::role::Role;
use shared::text::*;
use uuid::Uuid;

/// Monday 2 March 2026, 08:00 UTC (09:00 in Warsaw).
fn monday() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 8, 0, 0).unwrap()
}

struct World {
    app: TestApp,
    program: ProgramId,
    kind: SessionTypeId,
    mentor: PersonId,
    coordinator: Client,
    mentor_c: Client,
    supervisor: Client,
    clients: Vec<Client>,
    outsider: Client,
}

async fn world(clients: usize) -> World {
    let app = TestApp::spawn().await;
    app.clock.set(monday());
    let c = app.person("c@example.org", "Katarzyna", false).await;
    let m = app.person("m@example.org", "Tomasz", false).await;
    let s = app.person("s@example.org", "Jānis", false).await;
    let o = app.person("o@example.org", "Other", false).await;
    let mut members = vec![
        (c, Role::Coordinator),
        (m, Role::Mentor),
        (s, Role::Supervisor),
        (o, Role::Mentee),
    ];
    for i in 0..clients {
        members.push((
            app.person(
                &format!("client{i}@example.org"),
                &format!("Client {i}"),
                false,
            )
            .await,
            Role::Mentee,
        ));
    }
    let program = app.program("Konsultacje", &members).await;
    let mut coordinator = app.sign_in("c@example.org").await;
    let mut mentor_c = app.sign_in("m@example.org").await;
    let kind = SessionTypeId(Uuid::new_v4());
    let session_type: SessionType = serde_json::from_value(serde_json::json!({
        "id": kind, "program": program, "name": "Konsultacja", "length": {"min_minutes": 50, "max_minutes": 50},
        "minimum_notice_minutes": 60, "horizon_days": 60, "buffer_before_minutes": 0, "buffer_after_minutes": 10,
        "slot_step": 10
    }))
    .unwrap();
    applied(
        &coordinator
            .command(Command::DefineSessionType(DefineSessionType {
                session_type,
            }))
            .await,
    );
    applied(
        &coordinator
            .command(Command::SetBookingRules(SetBookingRules {
                program_id: program,
                policy: CancellationPolicy::default(),
                cancel_reasons: vec![CancelReason::parse("Choroba").unwrap()],
            }))
            .await,
    );
    applied(
        &coordinator
            .command(Command::AssignSupervisor(AssignSupervisor {
                program_id: program,
                mentor_id: m,
                supervisor_id: s,
            }))
            .await,
    );
    applied(
        &mentor_c
            .command(Command::SetMentorProfile(SetMentorProfile {
                languages: vec!["pl".into(), "en".into()],
                video_link: Some(WebLink::parse("https://meet.example.org/tomasz").unwrap()),
                photo_link: None,
                description: ProfileDescription::parse("Psycholog").unwrap(),
            }))
            .await,
    );
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        .map(|d| serde_json::json!({"weekday": d, "hours": "09:00-17:00"}));
    let schedule = serde_json::from_value(serde_json::json!({
        "id": Uuid::new_v4(), "mentor": m, "time_zone": "Europe/Warsaw", "weekly": days, "session_types": [kind]
    }))
    .unwrap();
    applied(
        &mentor_c
            .command(Command::SetSchedule(SetSchedule {
                program_id: program,
                schedule,
            }))
            .await,
    );
    let mut signed = Vec::new();
    for i in 0..clients {
        signed.push(app.sign_in(&format!("client{i}@example.org")).await);
    }
    World {
        outsider: app.sign_in("o@example.org").await,
        supervisor: app.sign_in("s@example.org").await,
        program,
        kind,
        mentor: m,
        coordinator,
        mentor_c,
        clients: signed,
        app,
    }
}

fn book(w: &World, start: DateTime<Utc>) -> (BookingId, Command) {
    let id = BookingId(Uuid::new_v4());
    (
        id,
        Command::BookSession(BookSession {
            booking_id: id,
            program_id: w.program,
            mentor_id: w.mentor,
            session_type_id: w.kind,
            start,
            length_minutes: None,
            plan_step: None,
        }),
    )
}

/// 10:00 Warsaw on the day after `monday()` (09:00 UTC).
fn tuesday_ten() -> DateTime<Utc> {
    monday() + Duration::hours(25)
}

#[tokio::test]
async fn a_client_books_a_free_slot_and_both_get_an_invitation() {
    let mut w = world(1).await;
    let slots: FreeSlots = w.clients[0]
        .get_json(&format!(
            "/api/v1/programs/{}/mentors/{}/slots?session_type={}",
            w.program, w.mentor, w.kind
        ))
        .await;
    assert!(slots.slots.iter().any(|s| s.start == tuesday_ten()));
    assert!(
        slots
            .slots
            .iter()
            .all(|s| s.start >= monday() + Duration::hours(1)),
        "minimum notice"
    );
    let (id, command) = book(&w, tuesday_ten());
    applied(&w.clients[0].command(command).await);
    let mail = w.app.wait_for_mail("client0@example.org").await;
    let ics = mail.ics.expect("an invitation");
    assert!(ics.contains(&format!("UID:{id}@mentorhub")));
    assert!(ics.contains("DTSTART:20260303T090000Z"));
    assert!(mail.body.contains("https://meet.example.org/tomasz"));
    w.app.wait_for_mail("m@example.org").await;

    // The slot is gone, and the buffer after it too.
    let slots: FreeSlots = w.clients[0]
        .get_json(&format!(
            "/api/v1/programs/{}/mentors/{}/slots?session_type={}",
            w.program, w.mentor, w.kind
        ))
        .await;
    assert!(
        !slots
            .slots
            .iter()
            .any(|s| s.start == tuesday_ten() || s.start == tuesday_ten() + Duration::minutes(50))
    );
    assert!(
        slots
            .slots
            .iter()
            .any(|s| s.start == tuesday_ten() + Duration::minutes(60))
    );
    // Only clients book.
    let (_, command) = book(&w, tuesday_ten() + Duration::hours(2));
    rejected(&w.mentor_c.command(command).await, ErrorCode::Forbidden);
    let mine: BookingList = w.clients[0]
        .get_json(&format!("/api/v1/programs/{}/bookings", w.program))
        .await;
    assert_eq!(mine.bookings.len(), 1);
    let theirs: BookingList = w
        .outsider
        .get_json(&format!("/api/v1/programs/{}/bookings", w.program))
        .await;
    assert!(theirs.bookings.is_empty());
    let supervised: BookingList = w
        .supervisor
        .get_json(&format!("/api/v1/programs/{}/bookings", w.program))
        .await;
    assert_eq!(supervised.bookings.len(), 1);
}

async fn race(
    w: &World,
    starts: &[DateTime<Utc>],
    per_client: usize,
) -> Vec<shared::command::Outcome> {
    let mut sends = Vec::new();
    for (i, client) in w.clients.iter().enumerate() {
        for j in 0..per_client {
            let start = starts[(i * per_client + j) % starts.len()];
            let body = CommandBatch {
                commands: vec![CommandEnvelope {
                    id: CommandId(Uuid::new_v4()),
                    command: book(w, start).1,
                }],
            };
            sends.push(
                client
                    .http
                    .post(format!("{}/api/v1/commands", client.base))
                    .header("x-csrf-token", &client.csrf)
                    .json(&body)
                    .send(),
            );
        }
    }
    let mut outcomes = Vec::new();
    for response in futures_util::future::join_all(sends).await {
        let result: BatchResult = response.unwrap().json().await.unwrap();
        outcomes.push(result.results[0].outcome.clone());
    }
    outcomes
}

fn count(outcomes: &[shared::command::Outcome]) -> (usize, usize) {
    let applied = outcomes
        .iter()
        .filter(|o| matches!(o, shared::command::Outcome::Applied { .. }))
        .count();
    let taken = outcomes
        .iter()
        .filter(|o| {
            matches!(
                o,
                shared::command::Outcome::Rejected {
                    code: ErrorCode::SlotTaken,
                    ..
                }
            )
        })
        .count();
    (applied, taken)
}

#[tokio::test]
async fn two_hundred_attempts_at_one_slot_or_overlapping_slots_give_exactly_one_booking() {
    let w = world(20).await;
    let outcomes = race(&w, &[tuesday_ten()], 10).await;
    assert_eq!(outcomes.len(), 200);
    assert_eq!(
        count(&outcomes),
        (1, 199),
        "one booking, 199 clear 'slot taken'"
    );

    // 10:00 for 50 minutes against 10:30, on Wednesday.
    let wednesday = tuesday_ten() + Duration::days(1);
    let outcomes = race(&w, &[wednesday, wednesday + Duration::minutes(30)], 10).await;
    assert_eq!(count(&outcomes), (1, 199));
    let all: BookingList = w
        .coordinator
        .get_json(&format!("/api/v1/programs/{}/bookings", w.program))
        .await;
    assert_eq!(all.bookings.len(), 2);
}

#[tokio::test]
async fn fifty_concurrent_bookings_against_a_quota_of_four_give_four() {
    let mut w = world(1).await;
    let package = PackageId(Uuid::new_v4());
    let definition = Package {
        id: package,
        program: w.program,
        quota: Quota::Limited {
            sessions: 4,
            per: QuotaPeriod::Month,
        },
    };
    applied(
        &w.coordinator
            .command(Command::DefinePackage(DefinePackage {
                package: definition,
            }))
            .await,
    );
    let client_id = w.clients[0].id;
    applied(
        &w.coordinator
            .command(Command::AssignPackage(AssignPackage {
                program_id: w.program,
                client_id,
                package_id: package,
            }))
            .await,
    );
    // Fifty different slots, all in March.
    let starts: Vec<_> = (0..50)
        .map(|i| tuesday_ten() + Duration::days(i / 6) + Duration::hours(i % 6))
        .collect();
    let outcomes = race(&w, &starts, 50).await;
    let applied = outcomes
        .iter()
        .filter(|o| matches!(o, shared::command::Outcome::Applied { .. }))
        .count();
    let exhausted = outcomes
        .iter()
        .filter(|o| {
            matches!(
                o,
                shared::command::Outcome::Rejected {
                    code: ErrorCode::QuotaExhausted,
                    ..
                }
            )
        })
        .count();
    assert_eq!((applied, exhausted), (4, 46));
    let setup: BookingSetup = w.clients[0]
        .get_json(&format!("/api/v1/programs/{}/booking", w.program))
        .await;
    assert!(matches!(
        setup.quota_left,
        Some(shared::booking::QuotaLeft::Limited {
            left: 0,
            used: 4,
            ..
        })
    ));
    let _ = &mut w;
}

#[tokio::test]
async fn a_late_cancellation_counts_as_held_and_the_policy_is_the_one_booked_under() {
    let mut w = world(1).await;
    let start = tuesday_ten() + Duration::days(3);
    let (early, command) = book(&w, start);
    applied(&w.clients[0].command(command).await);
    let (late, command) = book(&w, start + Duration::hours(2));
    applied(&w.clients[0].command(command).await);
    // The program now asks for 48 hours; the bookings keep their 24.
    applied(
        &w.coordinator
            .command(Command::SetBookingRules(SetBookingRules {
                program_id: w.program,
                policy: CancellationPolicy {
                    free_until_minutes_before: 48 * 60,
                },
                cancel_reasons: vec![CancelReason::parse("Choroba").unwrap()],
            }))
            .await,
    );
    let cancel = |id| {
        Command::CancelSession(CancelSession {
            booking_id: id,
            reason: None,
            message: None,
            note: None,
        })
    };
    w.app
        .clock
        .set(start - Duration::hours(24) - Duration::seconds(1));
    applied(&w.clients[0].command(cancel(early)).await);
    w.app
        .clock
        .set(start + Duration::hours(2) - Duration::hours(24) + Duration::seconds(1));
    applied(&w.clients[0].command(cancel(late)).await);
    let list: BookingList = w.clients[0]
        .get_json(&format!("/api/v1/programs/{}/bookings", w.program))
        .await;
    let status = |id| list.bookings.iter().find(|b| b.id == id).unwrap().status;
    assert_eq!(
        status(early),
        shared::booking::status::BookingStatus::Cancelled
    );
    assert_eq!(
        status(late),
        shared::booking::status::BookingStatus::CancelledLate
    );
}

#[tokio::test]
async fn outcomes_follow_the_state_machine_and_recordings_are_for_the_three_people_only() {
    let mut w = world(1).await;
    let (id, command) = book(&w, tuesday_ten());
    applied(&w.clients[0].command(command).await);
    let mark = |outcome| {
        Command::MarkOutcome(MarkOutcome {
            booking_id: id,
            outcome,
        })
    };
    rejected(
        &w.mentor_c.command(mark(SessionOutcome::Realized)).await,
        ErrorCode::OutcomeTooEarly,
    );
    w.app.clock.set(tuesday_ten() + Duration::minutes(10));
    rejected(
        &w.mentor_c.command(mark(SessionOutcome::NoShow)).await,
        ErrorCode::OutcomeTooEarly,
    );
    rejected(
        &w.clients[0].command(mark(SessionOutcome::Realized)).await,
        ErrorCode::Forbidden,
    );
    applied(&w.mentor_c.command(mark(SessionOutcome::Realized)).await);
    rejected(
        &w.mentor_c.command(mark(SessionOutcome::NoShow)).await,
        ErrorCode::BookingClosed,
    );

    let attach = Command::AttachRecording(AttachRecording {
        booking_id: id,
        link: WebLink::parse("https://rec.example.org/1").unwrap(),
    });
    applied(&w.mentor_c.command(attach).await);
    let path = format!("/api/v1/bookings/{id}/recording");
    for client in [&w.clients[0], &w.mentor_c, &w.supervisor] {
        let link: RecordingLink = client.get_json(&path).await;
        assert_eq!(link.link, "https://rec.example.org/1");
    }
    for client in [&w.coordinator, &w.outsider] {
        assert_eq!(client.get(&path).await.status(), StatusCode::NOT_FOUND);
    }
}

#[tokio::test]
async fn a_mentor_cancels_with_a_reason_and_a_note_the_client_reads() {
    let mut w = world(1).await;
    let (id, command) = book(&w, tuesday_ten());
    applied(&w.clients[0].command(command).await);
    let cancel = |reason: Option<&str>, message| {
        Command::CancelSession(CancelSession {
            booking_id: id,
            reason: reason.map(|r| CancelReason::parse(r).unwrap()),
            message,
            note: Some(CancelNote::parse("Przepraszam, proszę wybrać czwartek.").unwrap()),
        })
    };
    rejected(
        &w.mentor_c
            .command(cancel(None, Some(CancelMessage::Apology)))
            .await,
        ErrorCode::InvalidInput,
    );
    rejected(
        &w.mentor_c
            .command(cancel(Some("Urlop"), Some(CancelMessage::Apology)))
            .await,
        ErrorCode::InvalidInput,
    );
    applied(
        &w.mentor_c
            .command(cancel(Some("Choroba"), Some(CancelMessage::InviteToRebook)))
            .await,
    );
    let mail = w
        .app
        .mail
        .wait_for(std::time::Duration::from_secs(10), |m| {
            m.to == "client0@example.org"
                && m.ics
                    .as_deref()
                    .is_some_and(|i| i.contains("METHOD:CANCEL"))
        })
        .await
        .expect("a cancellation e-mail");
    assert!(mail.body.contains("Choroba"));
    assert!(mail.body.contains("Przepraszam, proszę wybrać czwartek."));
    assert!(mail.ics.unwrap().contains("STATUS:CANCELLED"));
}

#[tokio::test]
async fn a_mentor_without_languages_cannot_be_booked() {
    let mut w = world(1).await;
    applied(
        &w.mentor_c
            .command(Command::SetMentorProfile(SetMentorProfile {
                languages: vec![],
                video_link: None,
                photo_link: None,
                description: ProfileDescription::parse("").unwrap(),
            }))
            .await,
    );
    let slots: FreeSlots = w.clients[0]
        .get_json(&format!(
            "/api/v1/programs/{}/mentors/{}/slots?session_type={}",
            w.program, w.mentor, w.kind
        ))
        .await;
    assert!(slots.slots.is_empty());
    assert_eq!(slots.unavailable.as_deref(), Some("languages_not_declared"));
    let (_, command) = book(&w, tuesday_ten());
    rejected(
        &w.clients[0].command(command).await,
        ErrorCode::LanguagesNotDeclared,
    );
}

#[tokio::test]
async fn the_monthly_settlement_lists_billable_sessions_for_coordinators_and_the_mentor() {
    let mut w = world(1).await;
    let (id, command) = book(&w, tuesday_ten());
    applied(&w.clients[0].command(command).await);
    w.app.clock.set(tuesday_ten() + Duration::hours(1));
    applied(
        &w.mentor_c
            .command(Command::MarkOutcome(MarkOutcome {
                booking_id: id,
                outcome: SessionOutcome::Realized,
            }))
            .await,
    );
    // 1 April, 08:00 in Warsaw: the previous month is March (and the sessions are still alive).
    w.app
        .clock
        .set(Utc.with_ymd_and_hms(2026, 4, 1, 6, 0, 0).unwrap());
    let path = format!("/api/v1/programs/{}/settlement?format=csv", w.program);
    let csv = w.coordinator.get(&path).await.text().await.unwrap();
    assert!(csv.contains("Tomasz"), "{csv}");
    assert!(csv.contains("2026-03"), "{csv}");
    assert_eq!(w.mentor_c.get(&path).await.status(), StatusCode::OK);
    assert_eq!(
        w.clients[0].get(&path).await.status(),
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn a_personal_calendar_feed_shows_sessions_and_cancellations_until_revoked() {
    let mut w = world(1).await;
    let (id, command) = book(&w, tuesday_ten());
    applied(&w.clients[0].command(command).await);
    let feed: shared::booking::wire::CalendarFeed = w.clients[0]
        .post("/api/v1/calendar-feed", &serde_json::json!({}))
        .await
        .json()
        .await
        .unwrap();
    let path = feed
        .url
        .split_once("/api/v1/")
        .map(|(_, p)| format!("/api/v1/{p}"))
        .unwrap();
    let anonymous = w.app.anonymous();
    let ics = anonymous.get(&path).await.text().await.unwrap();
    assert!(
        ics.contains(&format!("UID:{id}@mentorhub")) && ics.contains("STATUS:CONFIRMED"),
        "{ics}"
    );
    applied(
        &w.clients[0]
            .command(Command::CancelSession(CancelSession {
                booking_id: id,
                reason: None,
                message: None,
                note: None,
            }))
            .await,
    );
    let ics = anonymous.get(&path).await.text().await.unwrap();
    assert!(
        ics.contains(&format!("UID:{id}@mentorhub")) && ics.contains("STATUS:CANCELLED"),
        "{ics}"
    );
    let response = w.clients[0]
        .http
        .delete(format!("{}/api/v1/calendar-feed", w.clients[0].base))
        .header("x-csrf-token", &w.clients[0].csrf)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert_eq!(anonymous.get(&path).await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_partner_platform_reads_bookable_mentors_and_their_free_slots_with_its_token() {
    let mut w = world(0).await;
    let anonymous = w.app.anonymous();
    assert_eq!(
        anonymous.get("/api/v1/directory/mentors").await.status(),
        StatusCode::UNAUTHORIZED
    );
    let path = format!("/api/v1/programs/{}/partner-tokens", w.program);
    assert_eq!(
        w.mentor_c
            .post(&path, &serde_json::json!({"name": "Benefit Plus"}))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    let token: shared::booking::wire::PartnerToken = w
        .coordinator
        .post(&path, &serde_json::json!({"name": "Benefit Plus"}))
        .await
        .json()
        .await
        .unwrap();
    let directory: shared::booking::wire::Directory = anonymous
        .http
        .get(format!("{}/api/v1/directory/mentors", anonymous.base))
        .bearer_auth(&token.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(directory.mentors.len(), 1);
    assert_eq!(directory.mentors[0].mentor.name, "Tomasz");
    assert_eq!(directory.mentors[0].mentor.languages, vec!["en", "pl"]);
    assert!(!directory.mentors[0].free_slots.is_empty());
    let response = anonymous
        .http
        .get(format!("{}/api/v1/directory/mentors", anonymous.base))
        .bearer_auth("not-a-token")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn an_unmarked_past_session_is_reminded_once() {
    let mut w = world(1).await;
    let (_, command) = book(&w, tuesday_ten());
    applied(&w.clients[0].command(command).await);
    w.app.clock.set(tuesday_ten() + Duration::hours(1));
    assert_eq!(
        server::booking::reminders::remind_due(&w.app.state)
            .await
            .unwrap(),
        0,
        "not yet: within the grace"
    );
    w.app.clock.set(tuesday_ten() + Duration::hours(4));
    assert_eq!(
        server::booking::reminders::remind_due(&w.app.state)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        server::booking::reminders::remind_due(&w.app.state)
            .await
            .unwrap(),
        0,
        "once"
    );
    let mail = w
        .app
        .mail
        .wait_for(std::time::Duration::from_secs(10), |m| {
            m.to == "m@example.org" && m.subject.contains("Client 0")
        })
        .await
        .expect("a reminder to the mentor");
    assert!(mail.body.contains("Konsultacja"));
}
