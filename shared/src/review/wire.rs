//! Wire types of the review reads: projects, versions, threads, comments, differences.

use super::anchor::TextAnchor;
use super::document::DocumentBody;
use crate::ids::{CommentId, PersonId, ProgramId, ProjectId, ThreadId, UploadId, VersionId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What a person is to a project, which decides what they see and do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReviewRole {
    /// The mentee whose project it is.
    Owner,
    /// A mentor paired with the owner.
    Mentor,
    /// The supervisor of one of those mentors.
    Supervisor,
    /// A coordinator of the program (reads everything, comments nowhere).
    Coordinator,
}

impl ReviewRole {
    /// May select passages and comment.
    pub fn can_comment(self) -> bool {
        matches!(
            self,
            ReviewRole::Owner | ReviewRole::Mentor | ReviewRole::Supervisor
        )
    }

    /// Sees private notes (never the owner).
    pub fn sees_private(self) -> bool {
        !matches!(self, ReviewRole::Owner)
    }

    /// May mark a stage as finished.
    pub fn can_mark_stages(self) -> bool {
        matches!(self, ReviewRole::Mentor)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    Markdown,
    Text,
    Docx,
    Pdf,
}

impl DocumentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Markdown => "markdown",
            DocumentKind::Text => "text",
            DocumentKind::Docx => "docx",
            DocumentKind::Pdf => "pdf",
        }
    }

    pub fn parse(s: &str) -> Option<DocumentKind> {
        [
            DocumentKind::Markdown,
            DocumentKind::Text,
            DocumentKind::Docx,
            DocumentKind::Pdf,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// `POST /api/v1/projects/{id}/uploads` answer: the file was read and kept; a command
/// `add_version` makes it a version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UploadReceipt {
    pub upload_id: UploadId,
    pub kind: DocumentKind,
    pub characters: usize,
    pub pages: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StageProgress {
    pub position: i64,
    pub name: String,
    pub done_at: Option<DateTime<Utc>>,
    pub done_by: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProjectSummary {
    pub id: ProjectId,
    pub program_id: ProgramId,
    pub owner_id: PersonId,
    pub owner_name: String,
    pub title: String,
    pub created_at: DateTime<Utc>,
    pub stages: Vec<StageProgress>,
    pub versions: i64,
    pub open_threads: i64,
}

/// `GET /api/v1/programs/{id}/projects`: the projects the caller may see in a program.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProjectList {
    pub projects: Vec<ProjectSummary>,
    /// The stages the program defines, in order.
    pub stages: Vec<String>,
    pub head: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VersionInfo {
    pub id: VersionId,
    pub number: i64,
    pub filename: String,
    pub kind: DocumentKind,
    pub size: i64,
    pub note: String,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Participant {
    pub person_id: PersonId,
    pub name: String,
    pub role: ReviewRole,
}

/// `GET /api/v1/projects/{id}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProjectDetail {
    pub project: ProjectSummary,
    pub versions: Vec<VersionInfo>,
    pub participants: Vec<Participant>,
    /// The caller's part in the project.
    pub role: ReviewRole,
    /// The largest file the server accepts, in bytes.
    pub max_upload_bytes: u64,
    pub head: i64,
}

/// Where a thread sits on the version being shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum ThreadPlacement {
    /// Made on this version.
    Original { start: usize, end: usize },
    /// Carried here from an earlier version.
    Carried {
        start: usize,
        end: usize,
        confidence: f64,
        check_placement: bool,
    },
    /// Its passage is gone; it can be seen on the version it was made on.
    Orphaned,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CommentView {
    pub id: CommentId,
    pub author_id: PersonId,
    pub author_name: String,
    pub body: String,
    /// Replacement text proposed for the passage.
    pub suggestion: Option<String>,
    pub suggestion_accepted_by: Option<String>,
    pub suggestion_accepted_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub edited_at: Option<DateTime<Utc>>,
    /// Earlier texts of an edited comment, oldest first.
    pub history: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThreadView {
    pub id: ThreadId,
    /// The version it was made on, and its anchor there.
    pub made_on: VersionId,
    pub made_on_number: i64,
    pub anchor: TextAnchor,
    pub placement: ThreadPlacement,
    /// Only mentors, supervisors and coordinators see private notes.
    pub private: bool,
    pub resolved_by: Option<String>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub comments: Vec<CommentView>,
}

/// `GET /api/v1/versions/{id}`: a version's text with the threads that belong to it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VersionView {
    pub project_id: ProjectId,
    pub version: VersionInfo,
    pub body: DocumentBody,
    pub threads: Vec<ThreadView>,
    pub head: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DiffOp {
    Equal,
    Insert,
    Delete,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DiffSegment {
    pub op: DiffOp,
    pub text: String,
}

/// `GET /api/v1/projects/{id}/diff?from=N&to=M`: word-level differences.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VersionDiff {
    pub from: i64,
    pub to: i64,
    pub segments: Vec<DiffSegment>,
}
