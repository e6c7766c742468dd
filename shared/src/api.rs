//! Wire types of the plain JSON endpoints under `/api/v1` (reads, and the account endpoints that
//! happen before a person has a session). Commands and changes live in [`crate::command`] and
//! [`crate::change`].

use crate::ids::{AnnouncementId, InvitationId, PersonId, ProgramId};
use crate::locale::{Locale, TimeZoneName};
use crate::role::Role;
use crate::text::Email;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The path prefix of the versioned API.
pub const API_PREFIX: &str = "/api/v1";
/// The header a cookie-authenticated write must carry, holding [`Session::csrf_token`].
pub const CSRF_HEADER: &str = "x-csrf-token";

#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignInRequest {
    pub email: String,
    pub password: String,
}

/// The signed-in person and what the client needs to act for them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Session {
    pub person: Me,
    /// Send this in the `x-csrf-token` header with every write.
    pub csrf_token: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Me {
    pub id: PersonId,
    pub email: Email,
    pub display_name: String,
    pub locale: Locale,
    pub time_zone: TimeZoneName,
    /// May create programs on this Mentorhub instance.
    pub is_admin: bool,
}

/// A program as one member sees it, with their own roles in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgramSummary {
    pub id: ProgramId,
    pub name: String,
    pub description: String,
    pub locale: Locale,
    pub time_zone: TimeZoneName,
    /// The caller's roles in this program, never empty.
    pub roles: Vec<Role>,
    pub member_count: i64,
}

/// `GET /api/v1/dashboard`: everything the first screen after sign-in shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Dashboard {
    pub me: Me,
    pub programs: Vec<ProgramSummary>,
    /// The newest announcements across the caller's programs, newest first.
    pub announcements: Vec<Announcement>,
    /// The change feed sequence this answer is consistent with; pull changes after it.
    pub head: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Announcement {
    pub id: AnnouncementId,
    pub program_id: ProgramId,
    pub title: String,
    pub body: String,
    pub author_id: PersonId,
    pub author_name: String,
    pub posted_at: DateTime<Utc>,
}

/// `GET /api/v1/programs/{id}`: one program for one member.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgramDetail {
    pub program: ProgramSummary,
    pub announcements: Vec<Announcement>,
    pub head: i64,
}

/// A member of a program as coordinators see them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Member {
    pub person_id: PersonId,
    pub display_name: String,
    pub email: Email,
    pub roles: Vec<Role>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum InvitationStatus {
    Pending,
    Accepted,
    Revoked,
    Expired,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Invitation {
    pub id: InvitationId,
    pub program_id: ProgramId,
    pub email: Email,
    pub role: Role,
    pub status: InvitationStatus,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// `GET /api/v1/programs/{id}/members`: coordinators only.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MemberList {
    pub members: Vec<Member>,
    pub invitations: Vec<Invitation>,
    pub head: i64,
}

/// `GET /api/v1/invitations/{token}`: what an invitation link offers, shown before accepting.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvitationPreview {
    pub program_name: String,
    pub role: Role,
    pub email: Email,
    /// An account with this e-mail exists: the invitee signs in instead of creating one.
    pub account_exists: bool,
    pub expires_at: DateTime<Utc>,
}

/// `POST /api/v1/invitations/{token}/accept`. A new person gives a name and a password; a
/// signed-in person with the invited e-mail sends neither.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AcceptInvitation {
    pub display_name: Option<String>,
    pub password: Option<String>,
    pub locale: Option<Locale>,
    pub time_zone: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordResetRequest {
    pub email: String,
    pub locale: Option<Locale>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordResetConfirm {
    pub token: String,
    pub password: String,
}

/// `GET /api/v1/health`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    pub status: String,
    pub database: String,
    pub version: String,
}

/// A mentee paired with a mentor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Pair {
    pub mentee_id: PersonId,
    pub mentee_name: String,
    pub mentor_id: PersonId,
    pub mentor_name: String,
}

/// A mentor under a supervisor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Supervision {
    pub mentor_id: PersonId,
    pub mentor_name: String,
    pub supervisor_id: PersonId,
    pub supervisor_name: String,
}

/// `GET /api/v1/programs/{id}/pairs`: coordinators only.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PairList {
    pub pairs: Vec<Pair>,
    pub supervisions: Vec<Supervision>,
    pub head: i64,
}
