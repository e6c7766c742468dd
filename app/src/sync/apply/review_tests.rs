//! How review changes update the review views.

use super::*;
use chrono::{TimeZone, Utc};
use shared::api::Pair;
use shared::ids::{PersonId, VersionId};
use shared::review::document::DocumentBody;
use shared::review::wire::{DocumentKind, Participant, ProjectSummary, ReviewRole, VersionInfo};
use uuid::Uuid;

fn id<T: From<Uuid>>(n: u128) -> T {
    T::from(Uuid::from_u128(n))
}

fn change(seq: i64, event: Event) -> Change {
    Change {
        seq,
        at: Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap(),
        event,
    }
}

fn activity(project: u128, kind: ReviewActivityKind) -> Event {
    Event::ReviewActivity {
        program_id: id(100),
        project_id: id(project),
        activity: kind,
        thread_id: None,
        actor_name: "Anna".into(),
    }
}

fn summary() -> ProjectSummary {
    ProjectSummary {
        id: id(1),
        program_id: id(100),
        owner_id: id(7),
        owner_name: "Elena".into(),
        title: "Bakery planner".into(),
        created_at: Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap(),
        stages: vec![],
        versions: 1,
        open_threads: 0,
    }
}

fn detail(head: i64) -> ProjectDetail {
    ProjectDetail {
        project: summary(),
        versions: vec![],
        participants: vec![Participant {
            person_id: id(8),
            name: "Anna".into(),
            role: ReviewRole::Mentor,
        }],
        role: ReviewRole::Owner,
        head,
    }
}

fn version(head: i64) -> VersionView {
    VersionView {
        project_id: id(1),
        version: VersionInfo {
            id: id::<VersionId>(50),
            number: 1,
            filename: "offer.md".into(),
            kind: DocumentKind::Markdown,
            size: 10,
            note: String::new(),
            created_by: "Elena".into(),
            created_at: Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap(),
        },
        body: DocumentBody::default(),
        threads: vec![],
        head,
    }
}

#[test]
fn a_project_loads_again_for_its_own_activity_only_and_once() {
    let mut view = detail(5);
    let ours = change(6, activity(1, ReviewActivityKind::ThreadStarted));
    let theirs = change(7, activity(2, ReviewActivityKind::ThreadStarted));

    assert!(to_project(&mut view, &ours));
    assert!(!to_project(&mut view, &ours), "offered twice");
    assert!(!to_project(&mut view, &theirs));
    assert_eq!(view.head, 7);
}

#[test]
fn a_renamed_participant_is_renamed_without_a_reload() {
    let mut view = detail(5);
    let renamed = Event::ProfileUpdated {
        person_id: id(8),
        display_name: "Anna K.".into(),
        locale: shared::locale::Locale::En,
        time_zone: shared::locale::TimeZoneName::utc(),
    };

    assert!(!to_project(&mut view, &change(6, renamed)));
    assert_eq!(view.participants[0].name, "Anna K.");
}

#[test]
fn a_version_reloads_for_thread_activity_but_not_for_new_versions_or_stages() {
    let mut view = version(1);
    assert!(!to_version(
        &mut view,
        &change(2, activity(1, ReviewActivityKind::VersionAdded))
    ));
    assert!(!to_version(
        &mut view,
        &change(3, activity(1, ReviewActivityKind::StageCompleted))
    ));
    assert!(to_version(
        &mut view,
        &change(4, activity(1, ReviewActivityKind::ThreadResolved))
    ));
    assert!(!to_version(
        &mut view,
        &change(5, activity(9, ReviewActivityKind::CommentAdded))
    ));
}

#[test]
fn the_project_list_follows_activity_and_pairings_in_its_program() {
    let program: ProgramId = id(100);
    let mut view = ProjectList {
        projects: vec![summary()],
        stages: vec!["Draft".into()],
        head: 1,
    };
    let paired = Event::PairingChanged {
        program_id: program,
        mentee_id: id(7),
        mentor_id: id(8),
        paired: true,
    };
    let elsewhere = Event::PairingChanged {
        program_id: id(101),
        mentee_id: id(7),
        mentor_id: id(8),
        paired: true,
    };

    assert!(to_projects(&mut view, program, &change(2, paired)));
    assert!(!to_projects(&mut view, program, &change(3, elsewhere)));
    assert!(to_projects(
        &mut view,
        program,
        &change(4, activity(1, ReviewActivityKind::ProjectCreated))
    ));
}

#[test]
fn pairs_reload_on_pairing_and_rename_people_in_place() {
    let program: ProgramId = id(100);
    let mut view = PairList {
        pairs: vec![Pair {
            mentee_id: id(7),
            mentee_name: "Elena".into(),
            mentor_id: id(8),
            mentor_name: "Anna".into(),
        }],
        supervisions: vec![],
        head: 1,
    };
    let renamed = Event::ProfileUpdated {
        person_id: id::<PersonId>(7),
        display_name: "Elena P.".into(),
        locale: shared::locale::Locale::En,
        time_zone: shared::locale::TimeZoneName::utc(),
    };
    assert!(!to_pairs(&mut view, program, &change(2, renamed)));
    assert_eq!(view.pairs[0].mentee_name, "Elena P.");

    let unpaired = Event::PairingChanged {
        program_id: program,
        mentee_id: id(7),
        mentor_id: id(8),
        paired: false,
    };
    assert!(to_pairs(&mut view, program, &change(3, unpaired)));
}
