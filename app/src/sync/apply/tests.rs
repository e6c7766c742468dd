//! How changes update the views: replays, ordering, reloads.

use super::*;
use chrono::{Duration, TimeZone, Utc};
use shared::api::{Invitation, InvitationStatus, Me, ProgramSummary};
use shared::ids::InvitationId;
use shared::locale::{Locale, TimeZoneName};
use shared::text::Email;
use uuid::Uuid;

fn id<T: From<Uuid>>(n: u128) -> T {
    T::from(Uuid::from_u128(n))
}

fn me() -> PersonId {
    id(1)
}

fn program(n: u128, roles: Vec<Role>) -> ProgramSummary {
    ProgramSummary {
        id: id(100 + n),
        name: format!("Program {n}"),
        description: String::new(),
        locale: Locale::En,
        time_zone: TimeZoneName::utc(),
        roles,
        member_count: 3,
    }
}

fn dashboard(head: i64) -> Dashboard {
    Dashboard {
        me: Me {
            id: me(),
            email: Email::parse("me@example.org").unwrap(),
            display_name: "Me".into(),
            locale: Locale::En,
            time_zone: TimeZoneName::utc(),
            is_admin: false,
        },
        programs: vec![program(1, vec![Role::Mentee])],
        announcements: vec![],
        head,
    }
}

fn announcement(n: u128, program: u128, minutes: i64) -> Announcement {
    Announcement {
        id: id(200 + n),
        program_id: id(100 + program),
        title: format!("Notice {n}"),
        body: "Body".into(),
        author_id: id(2),
        author_name: "Coordinator".into(),
        posted_at: Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap() + Duration::minutes(minutes),
    }
}

fn change(seq: i64, event: Event) -> Change {
    Change {
        seq,
        at: Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap(),
        event,
    }
}

#[test]
fn a_posted_announcement_goes_first_and_appears_once_even_when_offered_twice() {
    let mut view = dashboard(10);
    view.announcements = vec![announcement(1, 1, 0)];
    let posted = change(11, Event::AnnouncementPosted(announcement(2, 1, 5)));

    assert!(!to_dashboard(&mut view, me(), &posted));
    view.head = 10;
    assert!(!to_dashboard(&mut view, me(), &posted));

    let titles: Vec<_> = view
        .announcements
        .iter()
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(titles, ["Notice 2", "Notice 1"]);
    assert_eq!(view.head, 11);
}

#[test]
fn changes_the_view_already_holds_are_skipped() {
    let mut view = dashboard(20);
    let old = change(15, Event::AnnouncementPosted(announcement(3, 1, 0)));

    assert!(!to_dashboard(&mut view, me(), &old));
    assert!(view.announcements.is_empty());
    assert_eq!(view.head, 20);
}

#[test]
fn announcements_of_programs_the_person_is_not_in_stay_out_of_the_dashboard() {
    let mut view = dashboard(1);
    let elsewhere = change(2, Event::AnnouncementPosted(announcement(4, 9, 0)));

    to_dashboard(&mut view, me(), &elsewhere);

    assert!(view.announcements.is_empty());
}

#[test]
fn losing_every_role_removes_the_program_and_its_announcements() {
    let mut view = dashboard(1);
    view.announcements = vec![announcement(1, 1, 0)];
    let left = Event::MembershipChanged {
        program_id: id(101),
        person_id: me(),
        display_name: "Me".into(),
        roles: vec![],
    };

    assert!(!to_dashboard(&mut view, me(), &change(2, left)));

    assert!(view.programs.is_empty());
    assert!(view.announcements.is_empty());
}

#[test]
fn joining_an_unknown_program_asks_for_a_reload_and_new_roles_show_at_once() {
    let mut view = dashboard(1);
    let joined = Event::MembershipChanged {
        program_id: id(102),
        person_id: me(),
        display_name: "Me".into(),
        roles: vec![Role::Mentor],
    };
    assert!(to_dashboard(&mut view, me(), &change(2, joined)));

    let more = Event::MembershipChanged {
        program_id: id(101),
        person_id: me(),
        display_name: "Me".into(),
        roles: vec![Role::Mentee, Role::Panelist],
    };
    assert!(!to_dashboard(&mut view, me(), &change(3, more)));
    assert_eq!(view.programs[0].roles, [Role::Mentee, Role::Panelist]);
}

#[test]
fn a_program_page_ignores_other_programs_and_takes_its_own_announcements() {
    let mut view = ProgramDetail {
        program: program(1, vec![Role::Coordinator]),
        announcements: vec![],
        head: 5,
    };
    to_program(
        &mut view,
        me(),
        &change(6, Event::AnnouncementPosted(announcement(1, 2, 0))),
    );
    to_program(
        &mut view,
        me(),
        &change(7, Event::AnnouncementPosted(announcement(2, 1, 0))),
    );

    assert_eq!(view.announcements.len(), 1);
    assert_eq!(view.announcements[0].title, "Notice 2");
    assert_eq!(view.head, 7);
}

fn invitation(status: InvitationStatus) -> Invitation {
    Invitation {
        id: id(300),
        program_id: id(101),
        email: Email::parse("new@example.org").unwrap(),
        role: Role::Mentee,
        status,
        created_at: Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap(),
        expires_at: Utc.with_ymd_and_hms(2026, 1, 15, 9, 0, 0).unwrap(),
    }
}

#[test]
fn invitations_are_added_then_updated_in_place() {
    let mut view = MemberList {
        members: vec![],
        invitations: vec![],
        head: 1,
    };
    let program: ProgramId = id(101);
    let sent = change(
        2,
        Event::InvitationChanged(invitation(InvitationStatus::Pending)),
    );
    let accepted = change(
        3,
        Event::InvitationChanged(invitation(InvitationStatus::Accepted)),
    );

    to_members(&mut view, program, &sent);
    to_members(&mut view, program, &accepted);

    assert_eq!(view.invitations.len(), 1);
    assert_eq!(view.invitations[0].id, id::<InvitationId>(300));
    assert_eq!(view.invitations[0].status, InvitationStatus::Accepted);
}

#[test]
fn a_newcomer_asks_for_a_reload_and_a_renamed_member_is_renamed() {
    let program: ProgramId = id(101);
    let mut view = MemberList {
        members: vec![Member {
            person_id: id(7),
            display_name: "Anna".into(),
            email: Email::parse("anna@example.org").unwrap(),
            roles: vec![Role::Mentor],
        }],
        invitations: vec![],
        head: 1,
    };
    let newcomer = Event::MembershipChanged {
        program_id: program,
        person_id: id(8),
        display_name: "Boris".into(),
        roles: vec![Role::Mentee],
    };
    assert!(to_members(&mut view, program, &change(2, newcomer)));

    let renamed = Event::ProfileUpdated {
        person_id: id(7),
        display_name: "Anna K.".into(),
        locale: Locale::Lv,
        time_zone: TimeZoneName::utc(),
    };
    assert!(!to_members(&mut view, program, &change(3, renamed)));
    assert_eq!(view.members[0].display_name, "Anna K.");
}
