//! Every API route refuses the unauthenticated and keeps programs apart.

use crate::helpers::{TestApp, applied, rejected};
use reqwest::StatusCode;
use shared::change::{ChangesPage, Event};
use shared::command::{Command, PostAnnouncement, UpdateProgram};
use shared::error::{ApiError, ErrorCode};
use shared::ids::AnnouncementId;
use shared::role::Role;
use shared::text::{AnnouncementBody, AnnouncementTitle, ProgramName};
use uuid::Uuid;

/// Paths that answer without a session.
const PUBLIC: &[&str] = &[
    "/api/v1/health",
    "/api/v1/openapi.json",
    "/api/v1/auth/sign-in",
    "/api/v1/auth/password-reset",
    "/api/v1/auth/password-reset/confirm",
    "/api/v1/invitations/{token}",
    "/api/v1/invitations/{token}/accept",
    "/api/v1/calendar/{token}",
];

#[tokio::test]
async fn every_route_but_sign_in_health_and_public_pages_needs_a_session() {
    let app = TestApp::spawn().await;
    let anonymous = app.anonymous();
    let doc: serde_json::Value = anonymous.get_json("/api/v1/openapi.json").await;
    let paths = doc["paths"].as_object().unwrap();
    assert!(paths.len() >= 13, "the description lists every route");
    let mut checked = 0;
    for (path, operations) in paths {
        if PUBLIC.contains(&path.as_str()) {
            continue;
        }
        let concrete = [
            "{program_id}",
            "{project_id}",
            "{version_id}",
            "{booking_id}",
            "{mentor_id}",
        ]
        .iter()
        .fold(path.clone(), |p, var| {
            p.replace(var, &Uuid::new_v4().to_string())
        });
        for method in operations.as_object().unwrap().keys() {
            let request = match method.as_str() {
                "get" => anonymous.http.get(format!("{}{concrete}", anonymous.base)),
                "post" => anonymous
                    .http
                    .post(format!("{}{concrete}", anonymous.base))
                    .json(&serde_json::json!({})),
                "delete" => anonymous
                    .http
                    .delete(format!("{}{concrete}", anonymous.base)),
                other => panic!("unexpected method {other} on {path}"),
            };
            let response = request.send().await.unwrap();
            assert_eq!(
                response.status(),
                StatusCode::UNAUTHORIZED,
                "{method} {path}"
            );
            let body: ApiError = response.json().await.unwrap();
            assert_eq!(body.code, ErrorCode::Unauthenticated, "{method} {path}");
            checked += 1;
        }
    }
    assert!(checked >= 6, "checked {checked} routes");
}

#[tokio::test]
async fn a_member_of_one_program_cannot_see_or_change_another() {
    let app = TestApp::spawn().await;
    let anna = app.person("anna@example.org", "Anna", false).await;
    let olek = app.person("olek@example.org", "Olek", false).await;
    let program_a = app.program("Program A", &[(anna, Role::Coordinator)]).await;
    let _program_b = app.program("Program B", &[(olek, Role::Coordinator)]).await;
    let mut anna_c = app.sign_in("anna@example.org").await;
    let mut olek_c = app.sign_in("olek@example.org").await;

    for path in [
        format!("/api/v1/programs/{program_a}"),
        format!("/api/v1/programs/{program_a}/members"),
    ] {
        let response = olek_c.get(&path).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
    }
    let outcome = olek_c
        .command(Command::UpdateProgram(UpdateProgram {
            program_id: program_a,
            name: Some(ProgramName::parse("Taken over").unwrap()),
            description: None,
            locale: None,
            time_zone: None,
        }))
        .await;
    rejected(&outcome, ErrorCode::NotFound);

    // A change in program A never reaches program B's member through the feed.
    let seq = applied(
        &anna_c
            .command(Command::PostAnnouncement(PostAnnouncement {
                announcement_id: AnnouncementId(Uuid::new_v4()),
                program_id: program_a,
                title: AnnouncementTitle::parse("Only for A").unwrap(),
                body: AnnouncementBody::parse("Secret schedule").unwrap(),
            }))
            .await,
    );
    let olek_feed: ChangesPage = olek_c.get_json("/api/v1/changes?after=0").await;
    assert!(olek_feed.changes.is_empty());
    assert_eq!(
        olek_feed.next_after, seq,
        "the cursor moves past invisible changes"
    );
    let anna_feed: ChangesPage = anna_c.get_json("/api/v1/changes?after=0").await;
    assert!(
        matches!(&anna_feed.changes[..], [c] if matches!(&c.event, Event::AnnouncementPosted(a) if a.title == "Only for A"))
    );
    let dashboard: shared::api::Dashboard = olek_c.get_json("/api/v1/dashboard").await;
    assert!(dashboard.announcements.is_empty());
    assert_eq!(dashboard.programs.len(), 1);
}

#[tokio::test]
async fn only_coordinators_see_members_and_only_coordinators_and_supervisors_announce() {
    let app = TestApp::spawn().await;
    let coordinator = app.person("c@example.org", "Coordinator", false).await;
    let mentee = app.person("m@example.org", "Mentee", false).await;
    let supervisor = app.person("s@example.org", "Supervisor", false).await;
    let program = app
        .program(
            "Winter cohort",
            &[
                (coordinator, Role::Coordinator),
                (mentee, Role::Mentee),
                (supervisor, Role::Supervisor),
            ],
        )
        .await;
    let mut mentee_c = app.sign_in("m@example.org").await;
    let mut supervisor_c = app.sign_in("s@example.org").await;

    let response = mentee_c
        .get(&format!("/api/v1/programs/{program}/members"))
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let detail: shared::api::ProgramDetail = mentee_c
        .get_json(&format!("/api/v1/programs/{program}"))
        .await;
    assert_eq!(detail.program.roles, vec![Role::Mentee]);

    let announce = |title: &str| {
        Command::PostAnnouncement(PostAnnouncement {
            announcement_id: AnnouncementId(Uuid::new_v4()),
            program_id: program,
            title: AnnouncementTitle::parse(title).unwrap(),
            body: AnnouncementBody::parse("Body").unwrap(),
        })
    };
    rejected(
        &mentee_c.command(announce("From a mentee")).await,
        ErrorCode::Forbidden,
    );
    applied(&supervisor_c.command(announce("From the supervisor")).await);
}
