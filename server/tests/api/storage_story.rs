//! One story through the storage layer, run on SQLite and (with `postgres-tests`) PostgreSQL:
//! people, programs, roles, the command log, the ordered change feed and the e-mail queue.

use crate::helpers::TestApp;
use chrono::{Duration, Utc};
use server::auth::store as people;
use server::mail::store as mail;
use server::programs::store as programs;
use server::sync::feed::{self, Audience, NewChange};
use server::sync::store as commands;
use shared::change::Event;
use shared::ids::{CommandId, PersonId};
use shared::locale::{Locale, TimeZoneName};
use shared::role::Role;
use shared::text::Email;
use uuid::Uuid;

fn profile_event(person: PersonId, name: &str) -> Event {
    Event::ProfileUpdated {
        person_id: person,
        display_name: name.to_owned(),
        locale: Locale::En,
        time_zone: TimeZoneName::utc(),
    }
}

#[tokio::test]
async fn a_program_lives_through_the_storage_layer() {
    let app = TestApp::spawn().await;
    let db = &app.state.db;
    let now = Utc::now();
    let anna = app.person("anna@example.org", "Anna", false).await;
    let olek = app.person("olek@example.org", "Olek", false).await;
    let program = app.program("Story", &[(anna, Role::Coordinator)]).await;

    // People are found by their normalised address; roles are read back per program.
    let found = people::person_by_email(&mut db.read(), &Email::parse("ANNA@example.org").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.person_id(), anna);
    let mut tx = db.begin().await.unwrap();
    assert!(
        programs::grant(&mut tx.conn(), program, olek, Role::Mentee, now)
            .await
            .unwrap()
    );
    assert!(
        !programs::grant(&mut tx.conn(), program, olek, Role::Mentee, now)
            .await
            .unwrap()
    );
    tx.commit().await.unwrap();
    assert_eq!(
        programs::roles_in(&mut db.read(), olek, program)
            .await
            .unwrap(),
        vec![Role::Mentee]
    );
    assert_eq!(
        programs::count_holders(&mut db.read(), program, Role::Coordinator)
            .await
            .unwrap(),
        1
    );

    // The feed hands out sequences in commit order; each person sees what concerns them.
    let mut tx = db.begin().await.unwrap();
    let first = feed::append(
        &mut tx,
        now,
        None,
        vec![
            NewChange::new(
                profile_event(anna, "for the program"),
                [Audience::Members(program)],
            ),
            NewChange::new(
                profile_event(anna, "for coordinators"),
                [Audience::Role(program, Role::Coordinator)],
            ),
        ],
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let mut tx = db.begin().await.unwrap();
    let second = feed::append(
        &mut tx,
        now,
        None,
        vec![NewChange::new(
            profile_event(olek, "private"),
            [Audience::Person(olek)],
        )],
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    assert_eq!((first, second), (2, 3));
    // A rolled-back transaction hands out nothing visible and leaves no gap in what follows.
    let mut tx = db.begin().await.unwrap();
    feed::append(
        &mut tx,
        now,
        None,
        vec![NewChange::new(
            profile_event(olek, "lost"),
            [Audience::Person(olek)],
        )],
    )
    .await
    .unwrap();
    drop(tx);
    assert_eq!(feed::head(&mut db.read()).await.unwrap(), 3);

    let anna_sees = feed::pull(&mut db.read(), anna, 0).await.unwrap();
    let olek_sees = feed::pull(&mut db.read(), olek, 0).await.unwrap();
    let names = |page: &shared::change::ChangesPage| {
        page.changes
            .iter()
            .map(|c| match &c.event {
                Event::ProfileUpdated { display_name, .. } => display_name.clone(),
                other => format!("{other:?}"),
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names(&anna_sees),
        vec!["for the program", "for coordinators"]
    );
    assert_eq!(names(&olek_sees), vec!["for the program", "private"]);
    assert_eq!((anna_sees.next_after, anna_sees.more), (3, false));

    // Leaving the program hides its changes.
    let mut tx = db.begin().await.unwrap();
    assert!(
        programs::revoke(&mut tx.conn(), program, olek, Role::Mentee)
            .await
            .unwrap()
    );
    tx.commit().await.unwrap();
    assert_eq!(
        names(&feed::pull(&mut db.read(), olek, 0).await.unwrap()),
        vec!["private"]
    );

    // The command log records an id once.
    let id = CommandId(Uuid::new_v4());
    let record = |outcome| commands::NewRecord {
        id,
        person: anna,
        command_type: "update_profile",
        content_hash: b"hash",
        outcome,
        at: now,
    };
    let mut tx = db.begin().await.unwrap();
    assert!(
        commands::record(&mut tx.conn(), record("{\"status\":\"applied\",\"seq\":1}"))
            .await
            .unwrap()
    );
    assert!(
        !commands::record(&mut tx.conn(), record("other"))
            .await
            .unwrap()
    );
    tx.commit().await.unwrap();
    let stored = commands::recorded(&mut db.read(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.outcome, "{\"status\":\"applied\",\"seq\":1}");

    // A queued e-mail is claimed by one worker at a time and retried after its claim lapses.
    let mut tx = db.begin().await.unwrap();
    mail::enqueue(
        &mut tx.conn(),
        &Email::parse("olek@example.org").unwrap(),
        "Subject",
        "Body",
        now,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let due = mail::due(&mut db.read(), now, 10).await.unwrap();
    let queued = due
        .iter()
        .find(|m| m.to_address == "olek@example.org")
        .unwrap();
    let mut tx = db.begin().await.unwrap();
    assert!(
        mail::claim(&mut tx.conn(), queued.id, now, now + Duration::minutes(2))
            .await
            .unwrap()
    );
    assert!(
        !mail::claim(&mut tx.conn(), queued.id, now, now + Duration::minutes(2))
            .await
            .unwrap()
    );
    assert!(
        mail::claim(
            &mut tx.conn(),
            queued.id,
            now + Duration::minutes(3),
            now + Duration::minutes(5)
        )
        .await
        .unwrap()
    );
    mail::mark_sent(&mut tx.conn(), queued.id, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert!(
        mail::due(&mut db.read(), now + Duration::hours(1), 10)
            .await
            .unwrap()
            .iter()
            .all(|m| m.id != queued.id)
    );
    app.stop().await;
}
