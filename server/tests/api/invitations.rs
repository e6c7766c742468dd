//! Inviting people by e-mail and accepting the link.

use crate::helpers::{TestApp, applied, new_command_id, rejected};
use reqwest::StatusCode;
use shared::api::{InvitationPreview, InvitationStatus, MemberList, Session};
use shared::command::{Command, InviteMember, RevokeInvitation};
use shared::error::{ApiError, ErrorCode};
use shared::ids::{InvitationId, ProgramId};
use shared::locale::Locale;
use shared::role::Role;
use shared::text::Email;
use uuid::Uuid;

fn invite(program: ProgramId, email: &str, role: Role) -> (InvitationId, Command) {
    let id = InvitationId(Uuid::new_v4());
    let command = Command::InviteMember(InviteMember {
        invitation_id: id,
        program_id: program,
        email: Email::parse(email).unwrap(),
        role,
        locale: Some(Locale::Pl),
    });
    (id, command)
}

fn link_token(body: &str) -> String {
    body.split("/invite/")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("the e-mail carries the invitation link")
        .to_owned()
}

#[tokio::test]
async fn an_invitee_creates_an_account_from_the_link_and_joins_with_the_role() {
    let app = TestApp::spawn().await;
    let coordinator = app.person("c@example.org", "Katarzyna", false).await;
    let program = app
        .program("Konsultacje", &[(coordinator, Role::Coordinator)])
        .await;
    let mut coordinator_c = app.sign_in("c@example.org").await;
    let (_, command) = invite(program, "New.Mentor@Example.org", Role::Mentor);
    let command_id = new_command_id();
    applied(
        &coordinator_c
            .send(vec![(command_id, command.clone())])
            .await[0],
    );
    // A replay of the same command sends no second e-mail.
    applied(&coordinator_c.send(vec![(command_id, command)]).await[0]);

    let mail = app.wait_for_mail("new.mentor@example.org").await;
    assert_eq!(mail.subject, "Zaproszenie do programu „Konsultacje”");
    assert!(mail.body.contains("Katarzyna zaprasza Cię"));
    let token = link_token(&mail.body);

    let mut invitee = app.anonymous();
    let preview: InvitationPreview = invitee
        .get_json(&format!("/api/v1/invitations/{token}"))
        .await;
    assert_eq!(preview.role, Role::Mentor);
    assert!(!preview.account_exists);

    let response = invitee
        .post(
            &format!("/api/v1/invitations/{token}/accept"),
            &serde_json::json!({"display_name": "Nowy", "password": "short"}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let response = invitee
        .post(
            &format!("/api/v1/invitations/{token}/accept"),
            &serde_json::json!({"display_name": "Nowy Mentor", "password": "a good long password"}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let session: Session = response.json().await.unwrap();
    assert_eq!(session.person.email.as_str(), "new.mentor@example.org");
    let dashboard: shared::api::Dashboard = invitee.get_json("/api/v1/dashboard").await;
    assert_eq!(dashboard.programs[0].roles, vec![Role::Mentor]);

    // The link is spent, and the coordinator sees the invitation accepted.
    let response = invitee.get(&format!("/api/v1/invitations/{token}")).await;
    assert_eq!(response.status(), StatusCode::GONE);
    let list: MemberList = coordinator_c
        .get_json(&format!("/api/v1/programs/{program}/members"))
        .await;
    assert_eq!(list.invitations[0].status, InvitationStatus::Accepted);
    assert_eq!(list.members.len(), 2);
    assert_eq!(app.mail.all().len(), 1);
}

#[tokio::test]
async fn an_existing_account_signs_in_before_accepting_and_only_its_owner_may() {
    let app = TestApp::spawn().await;
    let coordinator = app.person("c@example.org", "Coordinator", false).await;
    app.person("anna@example.org", "Anna", false).await;
    app.person("olek@example.org", "Olek", false).await;
    let program = app
        .program("Winter", &[(coordinator, Role::Coordinator)])
        .await;
    let mut coordinator_c = app.sign_in("c@example.org").await;
    applied(
        &coordinator_c
            .command(invite(program, "anna@example.org", Role::Mentee).1)
            .await,
    );
    let token = link_token(&app.wait_for_mail("anna@example.org").await.body);
    let path = format!("/api/v1/invitations/{token}/accept");

    let response = app.anonymous().post(&path, &serde_json::json!({})).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = app
        .sign_in("olek@example.org")
        .await
        .post(&path, &serde_json::json!({}))
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        response.json::<ApiError>().await.unwrap().code,
        ErrorCode::InvitationForSomeoneElse
    );

    let mut anna = app.sign_in("anna@example.org").await;
    let response = anna.post(&path, &serde_json::json!({})).await;
    assert_eq!(response.status(), StatusCode::OK);
    let detail: shared::api::ProgramDetail =
        anna.get_json(&format!("/api/v1/programs/{program}")).await;
    assert_eq!(detail.program.roles, vec![Role::Mentee]);
}

#[tokio::test]
async fn a_revoked_invitation_link_stops_working() {
    let app = TestApp::spawn().await;
    let coordinator = app.person("c@example.org", "Coordinator", false).await;
    let mentee = app.person("m@example.org", "Mentee", false).await;
    let program = app
        .program(
            "Winter",
            &[(coordinator, Role::Coordinator), (mentee, Role::Mentee)],
        )
        .await;
    let mut coordinator_c = app.sign_in("c@example.org").await;
    let (id, command) = invite(program, "late@example.org", Role::Candidate);
    applied(&coordinator_c.command(command).await);
    let token = link_token(&app.wait_for_mail("late@example.org").await.body);

    rejected(
        &app.sign_in("m@example.org")
            .await
            .command(Command::RevokeInvitation(RevokeInvitation {
                invitation_id: id,
            }))
            .await,
        ErrorCode::Forbidden,
    );
    applied(
        &coordinator_c
            .command(Command::RevokeInvitation(RevokeInvitation {
                invitation_id: id,
            }))
            .await,
    );
    let response = app
        .anonymous()
        .get(&format!("/api/v1/invitations/{token}"))
        .await;
    assert_eq!(response.status(), StatusCode::GONE);
    // Inviting someone to a role they already hold is a conflict.
    rejected(
        &coordinator_c
            .command(invite(program, "m@example.org", Role::Mentee).1)
            .await,
        ErrorCode::Conflict,
    );
}
