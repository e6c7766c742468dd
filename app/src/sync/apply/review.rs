//! How changes update the review views. Review events carry no data (`ReviewActivity` only says
//! that something happened in a project), so these views load again when one concerns them.

use shared::api::PairList;
use shared::change::{Change, Event, ReviewActivityKind, SetupArea};
use shared::ids::ProgramId;
use shared::review::wire::{ProjectDetail, ProjectList, VersionView};

/// Skips a change the view already holds; otherwise moves the view's head to it.
fn fresh(head: &mut i64, change: &Change) -> bool {
    if change.seq <= *head {
        return false;
    }
    *head = change.seq;
    true
}

/// A program's projects: anything done in its projects, a new pairing (which changes whose
/// projects are visible) or a changed membership.
pub fn to_projects(view: &mut ProjectList, program: ProgramId, change: &Change) -> bool {
    if !fresh(&mut view.head, change) {
        return false;
    }
    match &change.event {
        Event::ReviewActivity { program_id, .. }
        | Event::PairingChanged { program_id, .. }
        | Event::MembershipChanged { program_id, .. } => *program_id == program,
        // New stages, or a supervision that changes whose projects are visible.
        Event::ProgramSetupChanged {
            program_id,
            area: SetupArea::Review | SetupArea::Pairing,
        } => *program_id == program,
        _ => false,
    }
}

/// One project: its activity, and pairings in its program (its participants may change).
pub fn to_project(view: &mut ProjectDetail, change: &Change) -> bool {
    if !fresh(&mut view.head, change) {
        return false;
    }
    let project = &view.project;
    match &change.event {
        Event::ReviewActivity { project_id, .. } => *project_id == project.id,
        Event::PairingChanged { program_id, .. }
        | Event::ProgramSetupChanged {
            program_id,
            area: SetupArea::Review | SetupArea::Pairing,
        } => *program_id == project.program_id,
        Event::ProfileUpdated {
            person_id,
            display_name,
            ..
        } => {
            for participant in view.participants.iter_mut() {
                if participant.person_id == *person_id {
                    participant.name.clone_from(display_name);
                }
            }
            false
        }
        _ => false,
    }
}

/// One version with its threads: what is done in its project's threads. A new version or a
/// stage leaves the threads on this one as they are.
pub fn to_version(view: &mut VersionView, change: &Change) -> bool {
    if !fresh(&mut view.head, change) {
        return false;
    }
    match &change.event {
        Event::ReviewActivity {
            project_id,
            activity,
            ..
        } => {
            *project_id == view.project_id
                && !matches!(
                    activity,
                    ReviewActivityKind::ProjectCreated
                        | ReviewActivityKind::VersionAdded
                        | ReviewActivityKind::StageCompleted
                        | ReviewActivityKind::StageReopened
                )
        }
        _ => false,
    }
}

/// A program's pairs: pairings and memberships in it; renamed people are renamed in place.
pub fn to_pairs(view: &mut PairList, program: ProgramId, change: &Change) -> bool {
    if !fresh(&mut view.head, change) {
        return false;
    }
    match &change.event {
        Event::PairingChanged { program_id, .. } | Event::MembershipChanged { program_id, .. } => {
            *program_id == program
        }
        Event::ProfileUpdated {
            person_id,
            display_name,
            ..
        } => {
            for pair in view.pairs.iter_mut() {
                if pair.mentee_id == *person_id {
                    pair.mentee_name.clone_from(display_name);
                }
                if pair.mentor_id == *person_id {
                    pair.mentor_name.clone_from(display_name);
                }
            }
            for s in view.supervisions.iter_mut() {
                if s.mentor_id == *person_id {
                    s.mentor_name.clone_from(display_name);
                }
                if s.supervisor_id == *person_id {
                    s.supervisor_name.clone_from(display_name);
                }
            }
            false
        }
        _ => false,
    }
}

#[cfg(test)]
#[path = "review_tests.rs"]
mod tests;
