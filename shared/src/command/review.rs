use crate::error::{Invalid, InvalidReason};
use crate::ids::{CommentId, PersonId, ProgramId, ProjectId, ThreadId, UploadId, VersionId};
use crate::review::anchor::TextAnchor;
use crate::text::{CommentBody, ProjectTitle, StageName, SuggestedText, VersionNote};
use serde::{Deserialize, Serialize};

/// The most stages a program may define, and people one comment may mention.
pub const MAX_STAGES: usize = 12;
pub const MAX_MENTIONS: usize = 20;

/// A coordinator sets the stages every project in the program goes through (e.g. draft →
/// revised → final), each ending with a finished result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetReviewStages {
    pub program_id: ProgramId,
    pub stages: Vec<StageName>,
}

impl SetReviewStages {
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.stages.is_empty() {
            return Err(Invalid::new("stages", InvalidReason::Empty));
        }
        if self.stages.len() > MAX_STAGES {
            return Err(Invalid::new(
                "stages",
                InvalidReason::TooMany { max: MAX_STAGES },
            ));
        }
        Ok(())
    }
}

/// A mentee starts a project in a program.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateProject {
    pub project_id: ProjectId,
    pub program_id: ProgramId,
    pub title: ProjectTitle,
}

/// The project's owner makes an upload the next version; open threads are carried onto it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddVersion {
    pub version_id: VersionId,
    pub project_id: ProjectId,
    pub upload_id: UploadId,
    #[serde(default = "empty_note")]
    pub note: VersionNote,
}

fn empty_note() -> VersionNote {
    VersionNote::parse("").expect("an empty note is valid")
}

/// A mentor marks a stage as finished (optionally naming the version that finished it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CompleteStage {
    pub project_id: ProjectId,
    pub position: i64,
    #[serde(default)]
    pub version_id: Option<VersionId>,
}

/// A mentor takes back a stage marked finished.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReopenStage {
    pub project_id: ProjectId,
    pub position: i64,
}

/// Someone selects a passage of a version and comments on it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StartThread {
    pub thread_id: ThreadId,
    pub comment_id: CommentId,
    pub version_id: VersionId,
    pub anchor: TextAnchor,
    pub body: CommentBody,
    #[serde(default)]
    pub suggestion: Option<SuggestedText>,
    /// A private note: mentors, supervisors and coordinators see it, the mentee never does.
    #[serde(default)]
    pub private: bool,
    #[serde(default)]
    pub mentions: Vec<PersonId>,
}

/// A reply in a thread.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReplyToThread {
    pub comment_id: CommentId,
    pub thread_id: ThreadId,
    pub body: CommentBody,
    #[serde(default)]
    pub suggestion: Option<SuggestedText>,
    #[serde(default)]
    pub mentions: Vec<PersonId>,
}

/// The author changes their comment; the earlier text is kept.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EditComment {
    pub comment_id: CommentId,
    pub body: CommentBody,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResolveThread {
    pub thread_id: ThreadId,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReopenThread {
    pub thread_id: ThreadId,
}

/// The project's owner accepts a suggested change; the acceptance is recorded.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AcceptSuggestion {
    pub comment_id: CommentId,
}

fn check_anchor(anchor: &TextAnchor) -> Result<(), Invalid> {
    let len = anchor.exact.chars().count();
    if len == 0 || anchor.end <= anchor.start {
        return Err(Invalid::new("anchor", InvalidReason::Empty));
    }
    if len > 20_000 || anchor.prefix.chars().count() > 200 || anchor.suffix.chars().count() > 200 {
        return Err(Invalid::new(
            "anchor",
            InvalidReason::TooLong { max: 20_000 },
        ));
    }
    Ok(())
}

fn check_mentions(mentions: &[PersonId]) -> Result<(), Invalid> {
    if mentions.len() > MAX_MENTIONS {
        return Err(Invalid::new(
            "mentions",
            InvalidReason::TooMany { max: MAX_MENTIONS },
        ));
    }
    Ok(())
}

impl StartThread {
    pub fn validate(&self) -> Result<(), Invalid> {
        check_anchor(&self.anchor)?;
        check_mentions(&self.mentions)
    }
}

impl ReplyToThread {
    pub fn validate(&self) -> Result<(), Invalid> {
        check_mentions(&self.mentions)
    }
}
