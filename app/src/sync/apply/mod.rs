//! How one change from the feed updates each kind of view. Every view remembers the feed
//! sequence it is consistent with (`head`) and skips older changes, so a change can be offered
//! twice. Each function answers whether the view must be loaded again because the change names
//! something it does not hold.

mod review;

pub use review::{to_pairs, to_project, to_projects, to_version};

use shared::api::{Announcement, Dashboard, Member, MemberList, ProgramDetail};
use shared::change::{Change, Event};
use shared::ids::{PersonId, ProgramId};
use shared::role::Role;

/// How many announcements the server puts on the dashboard and on a program page.
const DASHBOARD_ANNOUNCEMENTS: usize = 20;
const PROGRAM_ANNOUNCEMENTS: usize = 50;

/// Puts `item` in `list` (newest first) or replaces the copy with its id.
fn upsert_announcement(list: &mut Vec<Announcement>, item: &Announcement, cap: usize) {
    list.retain(|a| a.id != item.id);
    let at = list
        .iter()
        .position(|a| a.posted_at < item.posted_at)
        .unwrap_or(list.len());
    list.insert(at, item.clone());
    list.truncate(cap);
}

/// Applies `change` to the dashboard of `me`.
pub fn to_dashboard(view: &mut Dashboard, me: PersonId, change: &Change) -> bool {
    if change.seq <= view.head {
        return false;
    }
    view.head = change.seq;
    match &change.event {
        Event::ProfileUpdated {
            person_id,
            display_name,
            locale,
            time_zone,
        } if *person_id == me => {
            view.me.display_name.clone_from(display_name);
            view.me.locale = *locale;
            view.me.time_zone = time_zone.clone();
            false
        }
        Event::ProfileUpdated { .. }
        | Event::InvitationChanged(_)
        | Event::PairingChanged { .. }
        | Event::ReviewActivity { .. }
        | Event::BookingChanged { .. }
        | Event::ProgramSetupChanged { .. } => false,
        Event::ProgramChanged {
            program_id,
            name,
            description,
            locale,
            time_zone,
        } => match view.programs.iter_mut().find(|p| p.id == *program_id) {
            Some(program) => {
                program.name.clone_from(name);
                program.description.clone_from(description);
                program.locale = *locale;
                program.time_zone = time_zone.clone();
                false
            }
            None => true,
        },
        Event::MembershipChanged {
            program_id,
            person_id,
            roles,
            ..
        } if *person_id == me && roles.is_empty() => {
            view.programs.retain(|p| p.id != *program_id);
            view.announcements.retain(|a| a.program_id != *program_id);
            false
        }
        Event::MembershipChanged {
            program_id,
            person_id,
            roles,
            ..
        } if *person_id == me => match view.programs.iter_mut().find(|p| p.id == *program_id) {
            Some(program) => {
                program.roles.clone_from(roles);
                false
            }
            None => true,
        },
        // Someone else joined or left: the member count changed.
        Event::MembershipChanged { .. } => true,
        Event::AnnouncementPosted(item) => {
            if view.programs.iter().any(|p| p.id == item.program_id) {
                upsert_announcement(&mut view.announcements, item, DASHBOARD_ANNOUNCEMENTS);
            }
            false
        }
    }
}

/// Applies `change` to one program's page as `me` sees it.
pub fn to_program(view: &mut ProgramDetail, me: PersonId, change: &Change) -> bool {
    if change.seq <= view.head || change.event.program_id() != Some(view.program.id) {
        return false;
    }
    view.head = change.seq;
    match &change.event {
        Event::ProgramChanged {
            name,
            description,
            locale,
            time_zone,
            ..
        } => {
            let program = &mut view.program;
            program.name.clone_from(name);
            program.description.clone_from(description);
            program.locale = *locale;
            program.time_zone = time_zone.clone();
            false
        }
        Event::MembershipChanged {
            person_id, roles, ..
        } if *person_id == me && !roles.is_empty() => {
            view.program.roles.clone_from(roles);
            false
        }
        // Removed from the program, or the member count changed.
        Event::MembershipChanged { .. } => true,
        Event::AnnouncementPosted(item) => {
            upsert_announcement(&mut view.announcements, item, PROGRAM_ANNOUNCEMENTS);
            false
        }
        Event::InvitationChanged(_)
        | Event::ProfileUpdated { .. }
        | Event::PairingChanged { .. }
        | Event::ReviewActivity { .. }
        | Event::BookingChanged { .. }
        | Event::ProgramSetupChanged { .. } => false,
    }
}

/// Applies `change` to a program's member list (coordinators).
pub fn to_members(view: &mut MemberList, program: ProgramId, change: &Change) -> bool {
    if change.seq <= view.head {
        return false;
    }
    view.head = change.seq;
    let ours = change.event.program_id() == Some(program);
    match &change.event {
        Event::ProfileUpdated {
            person_id,
            display_name,
            ..
        } => {
            if let Some(member) = view.members.iter_mut().find(|m| m.person_id == *person_id) {
                member.display_name.clone_from(display_name);
            }
            false
        }
        Event::MembershipChanged {
            person_id,
            display_name,
            roles,
            ..
        } if ours => update_member(&mut view.members, *person_id, display_name, roles),
        Event::InvitationChanged(invitation) if ours => {
            match view.invitations.iter_mut().find(|i| i.id == invitation.id) {
                Some(existing) => *existing = invitation.clone(),
                None => view.invitations.insert(0, invitation.clone()),
            }
            false
        }
        _ => false,
    }
}

fn update_member(
    members: &mut Vec<Member>,
    person: PersonId,
    display_name: &str,
    roles: &[Role],
) -> bool {
    if roles.is_empty() {
        members.retain(|m| m.person_id != person);
        return false;
    }
    match members.iter_mut().find(|m| m.person_id == person) {
        Some(member) => {
            member.display_name = display_name.to_owned();
            member.roles = roles.to_vec();
            false
        }
        // A newcomer: their e-mail address comes with a fresh list.
        None => true,
    }
}

#[cfg(test)]
mod tests;
