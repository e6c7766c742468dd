//! The change feed: what happened, in server order. Clients pull `GET /api/v1/changes?after=SEQ`
//! and are poked over the `/api/v1/live` WebSocket when there is something new for them.

use crate::api::{Announcement, Invitation};
use crate::booking::status::BookingStatus;
use crate::ids::{BookingId, PersonId, ProgramId, ProjectId, ThreadId};
use crate::locale::{Locale, TimeZoneName};
use crate::role::Role;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The most changes one pull returns.
pub const MAX_PAGE: usize = 500;

/// Something that happened, with the data a client needs to update its views.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    ProfileUpdated {
        person_id: PersonId,
        display_name: String,
        locale: Locale,
        time_zone: TimeZoneName,
    },
    /// A program was created or changed (name, description, language, time zone).
    ProgramChanged {
        program_id: ProgramId,
        name: String,
        description: String,
        locale: Locale,
        time_zone: TimeZoneName,
    },
    /// A person's roles in a program changed; empty `roles` means they left it.
    MembershipChanged {
        program_id: ProgramId,
        person_id: PersonId,
        display_name: String,
        roles: Vec<Role>,
    },
    InvitationChanged(Invitation),
    AnnouncementPosted(Announcement),
    /// A mentee was paired with a mentor, or the pairing ended.
    PairingChanged {
        program_id: ProgramId,
        mentee_id: PersonId,
        mentor_id: PersonId,
        paired: bool,
    },
    /// A session was booked, moved, cancelled or marked.
    BookingChanged {
        program_id: ProgramId,
        booking_id: BookingId,
        mentor_id: PersonId,
        client_id: PersonId,
        start: DateTime<Utc>,
        status: BookingStatus,
    },
    /// How a program is set up changed: refetch the pages of that area.
    ProgramSetupChanged {
        program_id: ProgramId,
        area: SetupArea,
    },
    /// Something happened in a project under review: refetch what shows it.
    ReviewActivity {
        program_id: ProgramId,
        project_id: ProjectId,
        activity: ReviewActivityKind,
        thread_id: Option<ThreadId>,
        actor_name: String,
    },
}

/// The part of a program's setup that changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SetupArea {
    /// Booking rules, session types, packages, plans, a mentor's profile, schedule or time off.
    Booking,
    /// Review stages.
    Review,
    /// Pairs and supervision.
    Pairing,
}

/// What happened in a project under review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReviewActivityKind {
    ProjectCreated,
    VersionAdded,
    StageCompleted,
    StageReopened,
    ThreadStarted,
    CommentAdded,
    CommentEdited,
    ThreadResolved,
    ThreadReopened,
    SuggestionAccepted,
}

impl Event {
    /// The program the event belongs to, if any.
    pub fn program_id(&self) -> Option<ProgramId> {
        match self {
            Event::ProfileUpdated { .. } => None,
            Event::ProgramChanged { program_id, .. }
            | Event::MembershipChanged { program_id, .. } => Some(*program_id),
            Event::InvitationChanged(i) => Some(i.program_id),
            Event::AnnouncementPosted(a) => Some(a.program_id),
            Event::PairingChanged { program_id, .. }
            | Event::ReviewActivity { program_id, .. }
            | Event::BookingChanged { program_id, .. }
            | Event::ProgramSetupChanged { program_id, .. } => Some(*program_id),
        }
    }
}

/// One entry of the feed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Change {
    pub seq: i64,
    pub at: DateTime<Utc>,
    pub event: Event,
}

/// `GET /api/v1/changes?after=SEQ` answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangesPage {
    /// The changes after `after` that the caller may see, oldest first.
    pub changes: Vec<Change>,
    /// Ask for changes after this next time (it moves past changes the caller may not see).
    pub next_after: i64,
    /// More changes are waiting: pull again at once.
    pub more: bool,
}

/// Messages the server sends over the `/api/v1/live` WebSocket.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum LiveMessage {
    /// Sent once on connect: the newest sequence at that moment.
    Hello { head: i64 },
    /// There is a change for you at `seq` (or earlier): pull.
    Poke { seq: i64 },
    /// Who has a project open right now (sent to those viewing it, whenever it changes).
    Presence {
        project_id: ProjectId,
        viewers: Vec<Viewer>,
    },
}

/// Someone with a project open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Viewer {
    pub person_id: PersonId,
    pub name: String,
}

/// Messages a client sends over the `/api/v1/live` WebSocket.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum LiveRequest {
    /// "I have this project open" (or none). Repeat every 30 s while it stays open; a viewer not
    /// heard from for 90 s is gone.
    Viewing { project_id: Option<ProjectId> },
}
