//! Roles a person holds in a program, and the sections of the app each role opens.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A role in one program. A person may hold several roles in one program and different roles in
/// different programs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Candidate,
    Mentee,
    Mentor,
    Supervisor,
    Panelist,
    Coordinator,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Candidate,
        Role::Mentee,
        Role::Mentor,
        Role::Supervisor,
        Role::Panelist,
        Role::Coordinator,
    ];

    /// The stable name used in storage, URLs and message ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Candidate => "candidate",
            Role::Mentee => "mentee",
            Role::Mentor => "mentor",
            Role::Supervisor => "supervisor",
            Role::Panelist => "panelist",
            Role::Coordinator => "coordinator",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// The sections of a program this role works in.
    pub fn sections(self) -> &'static [Section] {
        use Section::*;
        match self {
            Role::Candidate => &[Selection],
            Role::Mentee => &[Review, Feedback, Booking],
            Role::Mentor => &[Review, Feedback, Booking],
            Role::Supervisor => &[Review, Feedback, Booking],
            Role::Panelist => &[Selection],
            Role::Coordinator => &[Review, Feedback, Selection, Booking],
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The four pillars of the app, as sections of a program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Review,
    Feedback,
    Selection,
    Booking,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Review,
        Section::Feedback,
        Section::Selection,
        Section::Booking,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Section::Review => "review",
            Section::Feedback => "feedback",
            Section::Selection => "selection",
            Section::Booking => "booking",
        }
    }

    pub fn parse(s: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// The sections any of `roles` opens, in the fixed order of [`Section::ALL`].
pub fn sections_for(roles: &[Role]) -> Vec<Section> {
    Section::ALL
        .into_iter()
        .filter(|s| roles.iter().any(|r| r.sections().contains(s)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips_through_its_name() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
            let json = serde_json::to_string(&role).unwrap();
            assert_eq!(json, format!("\"{}\"", role.as_str()));
        }
        assert_eq!(Role::parse("admin"), None);
    }

    #[test]
    fn a_candidate_sees_only_selection_and_a_coordinator_sees_everything() {
        assert_eq!(sections_for(&[Role::Candidate]), vec![Section::Selection]);
        assert_eq!(sections_for(&[Role::Coordinator]), Section::ALL.to_vec());
        assert_eq!(
            sections_for(&[Role::Panelist, Role::Mentee]),
            Section::ALL.to_vec()
        );
        assert!(sections_for(&[]).is_empty());
    }
}
