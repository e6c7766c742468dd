//! Two server instances on one PostgreSQL database deliver each other's changes live
//! (LISTEN/NOTIFY). Runs in the PostgreSQL pass of the suite only: SQLite serves one instance.

#[cfg(feature = "postgres-tests")]
#[tokio::test]
async fn a_command_applied_through_one_instance_reaches_a_socket_on_another() {
    use crate::helpers::{TestApp, applied, fresh_database_url};
    use crate::live::announcement;
    use shared::change::{ChangesPage, Event};
    use shared::role::Role;
    use std::time::Duration;

    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url(dir.path()).await;
    let first = TestApp::spawn_on(url.clone(), dir).await;
    let second = TestApp::spawn_on(url, tempfile::tempdir().unwrap()).await;
    let coordinator = first.person("c@example.org", "Coordinator", false).await;
    let mentee = first.person("m@example.org", "Mentee", false).await;
    let program = first
        .program(
            "Winter",
            &[(coordinator, Role::Coordinator), (mentee, Role::Mentee)],
        )
        .await;

    let mentee_on_second = second.sign_in("m@example.org").await;
    let mut live = mentee_on_second.live().await;
    let mut coordinator_on_first = first.sign_in("c@example.org").await;
    let seq = applied(
        &coordinator_on_first
            .command(announcement(program, "Across instances"))
            .await,
    );

    assert!(
        live.poked_at_least(seq, Duration::from_secs(10)).await,
        "instance 2 pokes its socket"
    );
    let feed: ChangesPage = mentee_on_second.get_json("/api/v1/changes?after=0").await;
    assert!(
        matches!(&feed.changes[..], [c] if matches!(&c.event, Event::AnnouncementPosted(a) if a.title == "Across instances"))
    );
    first.stop().await;
    second.stop().await;
}
