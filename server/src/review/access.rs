//! Who may see and do what in a project under review: the mentee who owns it, the mentors
//! paired with them, those mentors' supervisors and the program's coordinators. Anyone else is
//! told the project does not exist.

use super::store::projects::{self, ProjectRow};
use crate::auth::store as people;
use crate::db::Conn;
use crate::error::AppResult;
use crate::pairing::store as pairing;
use crate::programs::store as programs;
use crate::sync::feed::Audience;
use shared::error::ErrorCode;
use shared::ids::{PersonId, ProjectId};
use shared::review::wire::{Participant, ReviewRole};
use shared::role::Role;

pub struct ProjectAccess {
    pub project: ProjectRow,
    pub role: ReviewRole,
}

impl ProjectAccess {
    pub fn require(&self, allowed: impl Fn(ReviewRole) -> bool) -> AppResult<()> {
        if allowed(self.role) {
            Ok(())
        } else {
            Err(ErrorCode::Forbidden.into())
        }
    }
}

/// `person`'s part in `project`, or "not found".
pub async fn project_access(
    conn: &mut Conn<'_>,
    person: PersonId,
    project: ProjectId,
) -> AppResult<ProjectAccess> {
    let project = projects::project(conn, project)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    let role = role_of(conn, person, &project)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    Ok(ProjectAccess { project, role })
}

async fn role_of(
    conn: &mut Conn<'_>,
    person: PersonId,
    project: &ProjectRow,
) -> AppResult<Option<ReviewRole>> {
    let program = project.program();
    if project.owner() == person {
        return Ok(Some(ReviewRole::Owner));
    }
    if pairing::mentors_of(conn, program, project.owner())
        .await?
        .contains(&person)
    {
        return Ok(Some(ReviewRole::Mentor));
    }
    if pairing::supervisors_of_mentee(conn, program, project.owner())
        .await?
        .contains(&person)
    {
        return Ok(Some(ReviewRole::Supervisor));
    }
    if programs::roles_in(conn, person, program)
        .await?
        .contains(&Role::Coordinator)
    {
        return Ok(Some(ReviewRole::Coordinator));
    }
    Ok(None)
}

/// The owner, their mentors and those mentors' supervisors, with names.
pub async fn participants(
    conn: &mut Conn<'_>,
    project: &ProjectRow,
) -> AppResult<Vec<Participant>> {
    let program = project.program();
    let mut out = vec![Participant {
        person_id: project.owner(),
        name: project.owner_name.clone(),
        role: ReviewRole::Owner,
    }];
    let mentors = pairing::mentors_of(conn, program, project.owner()).await?;
    let supervisors = pairing::supervisors_of_mentee(conn, program, project.owner()).await?;
    for (ids, role) in [
        (mentors, ReviewRole::Mentor),
        (supervisors, ReviewRole::Supervisor),
    ] {
        for id in ids {
            let name = people::person(conn, id)
                .await?
                .map(|p| p.display_name)
                .unwrap_or_default();
            out.push(Participant {
                person_id: id,
                name,
                role,
            });
        }
    }
    Ok(out)
}

/// Who hears about activity in the project; the owner only when it is not private.
pub fn audience(
    project: &ProjectRow,
    participants: &[Participant],
    private: bool,
) -> Vec<Audience> {
    participants
        .iter()
        .filter(|p| !(private && p.role == ReviewRole::Owner))
        .map(|p| Audience::Person(p.person_id))
        .chain([Audience::Role(project.program(), Role::Coordinator)])
        .collect()
}
