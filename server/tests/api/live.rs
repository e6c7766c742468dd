//! The live WebSocket: authorized, per-person pokes.

use crate::helpers::{TestApp, applied};
use shared::change::LiveMessage;
use shared::command::{Command, PostAnnouncement};
use shared::ids::{AnnouncementId, ProgramId};
use shared::role::Role;
use shared::text::{AnnouncementBody, AnnouncementTitle};
use std::time::Duration;
use uuid::Uuid;

const WAIT: Duration = Duration::from_secs(10);

pub fn announcement(program: ProgramId, title: &str) -> Command {
    Command::PostAnnouncement(PostAnnouncement {
        announcement_id: AnnouncementId(Uuid::new_v4()),
        program_id: program,
        title: AnnouncementTitle::parse(title).unwrap(),
        body: AnnouncementBody::parse("Body").unwrap(),
    })
}

#[tokio::test]
async fn members_are_poked_about_their_program_and_others_are_not() {
    let app = TestApp::spawn().await;
    let coordinator = app.person("c@example.org", "Coordinator", false).await;
    let mentee = app.person("m@example.org", "Mentee", false).await;
    let outsider = app.person("o@example.org", "Outsider", false).await;
    let program = app
        .program(
            "Winter",
            &[(coordinator, Role::Coordinator), (mentee, Role::Mentee)],
        )
        .await;
    let other = app.program("Other", &[(outsider, Role::Coordinator)]).await;
    let mut coordinator_c = app.sign_in("c@example.org").await;
    let mentee_c = app.sign_in("m@example.org").await;
    let mut outsider_c = app.sign_in("o@example.org").await;

    let mut mentee_live = mentee_c.live().await;
    let mut outsider_live = outsider_c.live().await;
    assert_eq!(
        mentee_live.next(WAIT).await,
        Some(LiveMessage::Hello { head: 0 })
    );
    assert_eq!(
        outsider_live.next(WAIT).await,
        Some(LiveMessage::Hello { head: 0 })
    );

    let seq = applied(
        &coordinator_c
            .command(announcement(program, "For the winter cohort"))
            .await,
    );
    assert!(
        mentee_live.poked_at_least(seq, WAIT).await,
        "the mentee is poked"
    );

    // The outsider hears about their own program only.
    let own = applied(&outsider_c.command(announcement(other, "Elsewhere")).await);
    assert_eq!(
        outsider_live.next(WAIT).await,
        Some(LiveMessage::Poke { seq: own })
    );
}

#[tokio::test]
async fn the_live_socket_refuses_strangers_and_other_sites() {
    let app = TestApp::spawn().await;
    app.person("c@example.org", "Coordinator", false).await;
    let anonymous = app.anonymous();
    let refused = anonymous.try_live(None).await.unwrap_err().to_string();
    assert!(refused.contains("401"), "{refused}");
    let signed_in = app.sign_in("c@example.org").await;
    let refused = signed_in
        .try_live(Some("https://evil.example"))
        .await
        .unwrap_err()
        .to_string();
    assert!(refused.contains("403"), "{refused}");
}
