//! Commands are applied exactly once and follow the program's rules.

use crate::helpers::{TestApp, applied, new_command_id, rejected};
use shared::api::{Dashboard, MemberList, ProgramDetail};
use shared::change::{ChangesPage, Event};
use shared::command::{
    Command, CreateProgram, GrantRole, Outcome, PostAnnouncement, RevokeRole, UpdateProfile,
};
use shared::error::ErrorCode;
use shared::ids::{AnnouncementId, ProgramId};
use shared::locale::{Locale, TimeZoneName};
use shared::role::Role;
use shared::text::{
    AnnouncementBody, AnnouncementTitle, DisplayName, ProgramDescription, ProgramName,
};
use uuid::Uuid;

fn announcement(program: ProgramId, title: &str) -> Command {
    Command::PostAnnouncement(PostAnnouncement {
        announcement_id: AnnouncementId(Uuid::new_v4()),
        program_id: program,
        title: AnnouncementTitle::parse(title).unwrap(),
        body: AnnouncementBody::parse("The diagnostic week starts on Monday.").unwrap(),
    })
}

#[tokio::test]
async fn the_same_command_id_sent_twice_is_applied_once() {
    let app = TestApp::spawn().await;
    let anna = app.person("anna@example.org", "Anna", false).await;
    let program = app
        .program("Winter cohort", &[(anna, Role::Coordinator)])
        .await;
    let mut client = app.sign_in("anna@example.org").await;
    let id = new_command_id();
    let command = announcement(program, "Diagnostic week");

    let first = client.send(vec![(id, command.clone())]).await;
    let second = client
        .send(vec![(id, command.clone()), (id, command)])
        .await;

    let seq = applied(&first[0]);
    assert_eq!(
        second,
        vec![Outcome::Applied { seq }, Outcome::Applied { seq }]
    );
    let detail: ProgramDetail = client
        .get_json(&format!("/api/v1/programs/{program}"))
        .await;
    assert_eq!(detail.announcements.len(), 1);
    let feed: ChangesPage = client.get_json("/api/v1/changes?after=0").await;
    assert_eq!(feed.changes.len(), 1);
}

#[tokio::test]
async fn the_same_command_id_sent_concurrently_is_applied_once() {
    let app = TestApp::spawn().await;
    let anna = app.person("anna@example.org", "Anna", false).await;
    let program = app
        .program("Winter cohort", &[(anna, Role::Coordinator)])
        .await;
    let client = app.sign_in("anna@example.org").await;
    let id = new_command_id();
    let command = announcement(program, "Sent from a flaky phone");
    let body = shared::command::CommandBatch {
        commands: vec![shared::command::CommandEnvelope { id, command }],
    };
    let sends = (0..20).map(|_| {
        client
            .http
            .post(format!("{}/api/v1/commands", client.base))
            .header("x-csrf-token", &client.csrf)
            .json(&body)
            .send()
    });
    let responses = futures_util::future::join_all(sends).await;
    let mut outcomes = Vec::new();
    for response in responses {
        let result: shared::command::BatchResult = response.unwrap().json().await.unwrap();
        outcomes.push(result.results[0].outcome.clone());
    }
    assert!(outcomes.iter().all(|o| *o == outcomes[0]), "{outcomes:?}");
    applied(&outcomes[0]);
    let detail: ProgramDetail = client
        .get_json(&format!("/api/v1/programs/{program}"))
        .await;
    assert_eq!(detail.announcements.len(), 1);
}

#[tokio::test]
async fn a_reused_id_with_other_content_or_from_another_person_is_refused() {
    let app = TestApp::spawn().await;
    let anna = app.person("anna@example.org", "Anna", false).await;
    let olek = app.person("olek@example.org", "Olek", false).await;
    let program = app
        .program(
            "Winter cohort",
            &[(anna, Role::Coordinator), (olek, Role::Coordinator)],
        )
        .await;
    let mut anna_c = app.sign_in("anna@example.org").await;
    let mut olek_c = app.sign_in("olek@example.org").await;
    let id = new_command_id();
    applied(
        &anna_c
            .send(vec![(id, announcement(program, "First"))])
            .await[0],
    );

    let outcome = anna_c
        .send(vec![(id, announcement(program, "Other"))])
        .await;
    rejected(&outcome[0], ErrorCode::CommandIdReused);
    let outcome = olek_c
        .send(vec![(id, announcement(program, "First"))])
        .await;
    rejected(&outcome[0], ErrorCode::CommandIdReused);
}

#[tokio::test]
async fn a_refused_command_is_refused_again_on_replay_even_if_it_would_now_pass() {
    let app = TestApp::spawn().await;
    let anna = app.person("anna@example.org", "Anna", false).await;
    let mentee = app.person("m@example.org", "Mentee", false).await;
    let program = app
        .program(
            "Winter cohort",
            &[(anna, Role::Coordinator), (mentee, Role::Mentee)],
        )
        .await;
    let mut anna_c = app.sign_in("anna@example.org").await;
    let mut mentee_c = app.sign_in("m@example.org").await;
    let id = new_command_id();
    let command = announcement(program, "Not allowed yet");
    rejected(
        &mentee_c.send(vec![(id, command.clone())]).await[0],
        ErrorCode::Forbidden,
    );

    applied(
        &anna_c
            .command(Command::GrantRole(GrantRole {
                program_id: program,
                person_id: mentee,
                role: Role::Coordinator,
            }))
            .await,
    );
    rejected(
        &mentee_c.send(vec![(id, command)]).await[0],
        ErrorCode::Forbidden,
    );
}

#[tokio::test]
async fn a_program_keeps_at_least_one_coordinator() {
    let app = TestApp::spawn().await;
    let anna = app.person("anna@example.org", "Anna", false).await;
    let olek = app.person("olek@example.org", "Olek", false).await;
    let program = app
        .program(
            "Winter cohort",
            &[(anna, Role::Coordinator), (olek, Role::Mentor)],
        )
        .await;
    let mut anna_c = app.sign_in("anna@example.org").await;
    let revoke = |person| {
        Command::RevokeRole(RevokeRole {
            program_id: program,
            person_id: person,
            role: Role::Coordinator,
        })
    };

    rejected(
        &anna_c.command(revoke(anna)).await,
        ErrorCode::LastCoordinator,
    );
    applied(
        &anna_c
            .command(Command::GrantRole(GrantRole {
                program_id: program,
                person_id: olek,
                role: Role::Coordinator,
            }))
            .await,
    );
    applied(&anna_c.command(revoke(anna)).await);
    let members: MemberList = app
        .sign_in("olek@example.org")
        .await
        .get_json(&format!("/api/v1/programs/{program}/members"))
        .await;
    let roles: Vec<_> = members
        .members
        .iter()
        .map(|m| (m.display_name.as_str(), m.roles.clone()))
        .collect();
    assert_eq!(roles, vec![("Olek", vec![Role::Mentor, Role::Coordinator])]);
}

#[tokio::test]
async fn only_administrators_create_programs_and_become_their_coordinators() {
    let app = TestApp::spawn().await;
    app.person("admin@example.org", "Admin", true).await;
    app.person("anna@example.org", "Anna", false).await;
    let create = || {
        Command::CreateProgram(CreateProgram {
            program_id: ProgramId(Uuid::new_v4()),
            name: ProgramName::parse("Spring cohort").unwrap(),
            description: ProgramDescription::parse("Four-week sprint").unwrap(),
            locale: Locale::Lv,
            time_zone: TimeZoneName::parse("Europe/Riga").unwrap(),
        })
    };
    rejected(
        &app.sign_in("anna@example.org")
            .await
            .command(create())
            .await,
        ErrorCode::Forbidden,
    );
    let mut admin = app.sign_in("admin@example.org").await;
    applied(&admin.command(create()).await);
    let dashboard: Dashboard = admin.get_json("/api/v1/dashboard").await;
    assert_eq!(dashboard.programs.len(), 1);
    assert_eq!(dashboard.programs[0].roles, vec![Role::Coordinator]);
    assert_eq!(dashboard.programs[0].locale, Locale::Lv);
}

#[tokio::test]
async fn a_profile_change_reaches_its_owner_through_the_feed() {
    let app = TestApp::spawn().await;
    app.person("anna@example.org", "Anna", false).await;
    let mut client = app.sign_in("anna@example.org").await;
    let seq = applied(
        &client
            .command(Command::UpdateProfile(UpdateProfile {
                display_name: Some(DisplayName::parse("Anna Kalniņa").unwrap()),
                locale: Some(Locale::Lv),
                time_zone: None,
            }))
            .await,
    );
    let feed: ChangesPage = client
        .get_json(&format!("/api/v1/changes?after={}", seq - 1))
        .await;
    assert!(matches!(
        &feed.changes[0].event,
        Event::ProfileUpdated { display_name, locale: Locale::Lv, .. } if display_name == "Anna Kalniņa"
    ));
    let session: shared::api::Session = client.get_json("/api/v1/auth/session").await;
    assert_eq!(session.person.display_name, "Anna Kalniņa");
    rejected(
        &client
            .command(Command::UpdateProfile(UpdateProfile::default()))
            .await,
        ErrorCode::InvalidInput,
    );
}
