//! Commands: every write a client makes. Each carries a client-made [`CommandId`]; the server
//! authorizes and applies it in one transaction, records its outcome under that id (a replayed id
//! gets the first outcome back) and appends the resulting events to the change feed.
//!
//! One file per command holds its payload and its pure validation; the server's apply code lives
//! with the capability it changes.

mod announcement;
mod booking;
mod invitation;
mod membership;
mod pairing;
mod profile;
mod program;
mod review;

pub use announcement::PostAnnouncement;
pub use booking::{
    AddTimeOff, AssignPackage, AttachRecording, BookSession, CancelMessage, CancelSession,
    DefinePackage, DefineSessionPlan, DefineSessionType, MarkOutcome, RemoveSchedule,
    RemoveTimeOff, RescheduleSession, SessionOutcome, SetBookingRules, SetMentorProfile,
    SetSchedule, SetSprintStart,
};
pub use invitation::{InviteMember, RevokeInvitation};
pub use membership::{GrantRole, RevokeRole};
pub use pairing::{AssignSupervisor, EndSupervision, PairMentee, UnpairMentee};
pub use profile::UpdateProfile;
pub use program::{CreateProgram, UpdateProgram};
pub use review::{
    AcceptSuggestion, AddVersion, CompleteStage, CreateProject, EditComment, MAX_MENTIONS,
    MAX_STAGES, ReopenStage, ReopenThread, ReplyToThread, ResolveThread, SetReviewStages,
    StartThread,
};

use crate::error::{ErrorCode, Invalid};
use crate::ids::{CommandId, ProgramId};
use serde::{Deserialize, Serialize};

/// The most commands one `POST /api/v1/commands` may carry.
pub const MAX_BATCH: usize = 100;

/// A typed write. The JSON form is `{"type": "<snake_case name>", ...fields}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Command {
    UpdateProfile(UpdateProfile),
    CreateProgram(CreateProgram),
    UpdateProgram(UpdateProgram),
    InviteMember(InviteMember),
    RevokeInvitation(RevokeInvitation),
    GrantRole(GrantRole),
    RevokeRole(RevokeRole),
    PostAnnouncement(PostAnnouncement),
    PairMentee(PairMentee),
    UnpairMentee(UnpairMentee),
    AssignSupervisor(AssignSupervisor),
    EndSupervision(EndSupervision),
    SetReviewStages(SetReviewStages),
    CreateProject(CreateProject),
    AddVersion(AddVersion),
    CompleteStage(CompleteStage),
    ReopenStage(ReopenStage),
    StartThread(StartThread),
    ReplyToThread(ReplyToThread),
    EditComment(EditComment),
    ResolveThread(ResolveThread),
    ReopenThread(ReopenThread),
    AcceptSuggestion(AcceptSuggestion),
    SetBookingRules(SetBookingRules),
    DefineSessionType(DefineSessionType),
    DefinePackage(DefinePackage),
    AssignPackage(AssignPackage),
    DefineSessionPlan(DefineSessionPlan),
    SetSprintStart(SetSprintStart),
    SetMentorProfile(SetMentorProfile),
    SetSchedule(SetSchedule),
    RemoveSchedule(RemoveSchedule),
    AddTimeOff(AddTimeOff),
    RemoveTimeOff(RemoveTimeOff),
    BookSession(BookSession),
    RescheduleSession(RescheduleSession),
    CancelSession(CancelSession),
    MarkOutcome(MarkOutcome),
    AttachRecording(AttachRecording),
}

impl Command {
    /// Every command type name a server of this version understands.
    pub const TYPES: [&'static str; 39] = [
        "update_profile",
        "create_program",
        "update_program",
        "invite_member",
        "revoke_invitation",
        "grant_role",
        "revoke_role",
        "post_announcement",
        "pair_mentee",
        "unpair_mentee",
        "assign_supervisor",
        "end_supervision",
        "set_review_stages",
        "create_project",
        "add_version",
        "complete_stage",
        "reopen_stage",
        "start_thread",
        "reply_to_thread",
        "edit_comment",
        "resolve_thread",
        "reopen_thread",
        "accept_suggestion",
        "set_booking_rules",
        "define_session_type",
        "define_package",
        "assign_package",
        "define_session_plan",
        "set_sprint_start",
        "set_mentor_profile",
        "set_schedule",
        "remove_schedule",
        "add_time_off",
        "remove_time_off",
        "book_session",
        "reschedule_session",
        "cancel_session",
        "mark_outcome",
        "attach_recording",
    ];

    /// The type name, as in the JSON `type` field.
    pub fn type_name(&self) -> &'static str {
        match self {
            Command::UpdateProfile(_) => "update_profile",
            Command::CreateProgram(_) => "create_program",
            Command::UpdateProgram(_) => "update_program",
            Command::InviteMember(_) => "invite_member",
            Command::RevokeInvitation(_) => "revoke_invitation",
            Command::GrantRole(_) => "grant_role",
            Command::RevokeRole(_) => "revoke_role",
            Command::PostAnnouncement(_) => "post_announcement",
            Command::PairMentee(_) => "pair_mentee",
            Command::UnpairMentee(_) => "unpair_mentee",
            Command::AssignSupervisor(_) => "assign_supervisor",
            Command::EndSupervision(_) => "end_supervision",
            Command::SetReviewStages(_) => "set_review_stages",
            Command::CreateProject(_) => "create_project",
            Command::AddVersion(_) => "add_version",
            Command::CompleteStage(_) => "complete_stage",
            Command::ReopenStage(_) => "reopen_stage",
            Command::StartThread(_) => "start_thread",
            Command::ReplyToThread(_) => "reply_to_thread",
            Command::EditComment(_) => "edit_comment",
            Command::ResolveThread(_) => "resolve_thread",
            Command::ReopenThread(_) => "reopen_thread",
            Command::AcceptSuggestion(_) => "accept_suggestion",
            Command::SetBookingRules(_) => "set_booking_rules",
            Command::DefineSessionType(_) => "define_session_type",
            Command::DefinePackage(_) => "define_package",
            Command::AssignPackage(_) => "assign_package",
            Command::DefineSessionPlan(_) => "define_session_plan",
            Command::SetSprintStart(_) => "set_sprint_start",
            Command::SetMentorProfile(_) => "set_mentor_profile",
            Command::SetSchedule(_) => "set_schedule",
            Command::RemoveSchedule(_) => "remove_schedule",
            Command::AddTimeOff(_) => "add_time_off",
            Command::RemoveTimeOff(_) => "remove_time_off",
            Command::BookSession(_) => "book_session",
            Command::RescheduleSession(_) => "reschedule_session",
            Command::CancelSession(_) => "cancel_session",
            Command::MarkOutcome(_) => "mark_outcome",
            Command::AttachRecording(_) => "attach_recording",
        }
    }

    /// The program the command acts in, when it names one.
    pub fn program_id(&self) -> Option<ProgramId> {
        match self {
            Command::UpdateProfile(_) | Command::RevokeInvitation(_) => None,
            Command::CreateProgram(c) => Some(c.program_id),
            Command::UpdateProgram(c) => Some(c.program_id),
            Command::InviteMember(c) => Some(c.program_id),
            Command::GrantRole(c) => Some(c.program_id),
            Command::RevokeRole(c) => Some(c.program_id),
            Command::PostAnnouncement(c) => Some(c.program_id),
            Command::PairMentee(c) => Some(c.program_id),
            Command::UnpairMentee(c) => Some(c.program_id),
            Command::AssignSupervisor(c) => Some(c.program_id),
            Command::EndSupervision(c) => Some(c.program_id),
            Command::SetReviewStages(c) => Some(c.program_id),
            Command::CreateProject(c) => Some(c.program_id),
            Command::SetBookingRules(c) => Some(c.program_id),
            Command::DefineSessionType(c) => Some(c.session_type.program),
            Command::DefinePackage(c) => Some(c.package.program),
            Command::AssignPackage(c) => Some(c.program_id),
            Command::DefineSessionPlan(c) => Some(c.plan.program),
            Command::SetSprintStart(c) => Some(c.program_id),
            Command::SetSchedule(c) => Some(c.program_id),
            Command::BookSession(c) => Some(c.program_id),
            Command::SetMentorProfile(_)
            | Command::RemoveSchedule(_)
            | Command::AddTimeOff(_)
            | Command::RemoveTimeOff(_)
            | Command::RescheduleSession(_)
            | Command::CancelSession(_)
            | Command::MarkOutcome(_)
            | Command::AttachRecording(_)
            | Command::AddVersion(_)
            | Command::CompleteStage(_)
            | Command::ReopenStage(_)
            | Command::StartThread(_)
            | Command::ReplyToThread(_)
            | Command::EditComment(_)
            | Command::ResolveThread(_)
            | Command::ReopenThread(_)
            | Command::AcceptSuggestion(_) => None,
        }
    }

    /// Checks what the types alone cannot. Field values were already validated when the command
    /// was built or deserialized.
    pub fn validate(&self) -> Result<(), Invalid> {
        match self {
            Command::UpdateProfile(c) => c.validate(),
            Command::UpdateProgram(c) => c.validate(),
            Command::SetReviewStages(c) => c.validate(),
            Command::StartThread(c) => c.validate(),
            Command::ReplyToThread(c) => c.validate(),
            Command::SetBookingRules(c) => c.validate(),
            Command::SetMentorProfile(c) => c.validate(),
            Command::CreateProgram(_)
            | Command::InviteMember(_)
            | Command::RevokeInvitation(_)
            | Command::GrantRole(_)
            | Command::RevokeRole(_)
            | Command::PostAnnouncement(_)
            | Command::PairMentee(_)
            | Command::UnpairMentee(_)
            | Command::AssignSupervisor(_)
            | Command::EndSupervision(_)
            | Command::CreateProject(_)
            | Command::AddVersion(_)
            | Command::CompleteStage(_)
            | Command::ReopenStage(_)
            | Command::EditComment(_)
            | Command::ResolveThread(_)
            | Command::ReopenThread(_)
            | Command::AcceptSuggestion(_)
            | Command::DefineSessionType(_)
            | Command::DefinePackage(_)
            | Command::AssignPackage(_)
            | Command::DefineSessionPlan(_)
            | Command::SetSprintStart(_)
            | Command::SetSchedule(_)
            | Command::RemoveSchedule(_)
            | Command::AddTimeOff(_)
            | Command::RemoveTimeOff(_)
            | Command::BookSession(_)
            | Command::RescheduleSession(_)
            | Command::CancelSession(_)
            | Command::MarkOutcome(_)
            | Command::AttachRecording(_) => Ok(()),
        }
    }
}

/// One command with its idempotency key.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CommandEnvelope {
    pub id: CommandId,
    pub command: Command,
}

/// `POST /api/v1/commands` body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CommandBatch {
    pub commands: Vec<CommandEnvelope>,
}

/// What became of one command.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Outcome {
    /// Applied; `seq` is the change-feed sequence of its last change (or the feed's head when it
    /// changed nothing visible).
    Applied { seq: i64 },
    /// Refused; nothing was changed. The same answer comes back for the same id, forever.
    Rejected {
        code: ErrorCode,
        message: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        field: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CommandResult {
    pub id: CommandId,
    pub outcome: Outcome,
}

/// `POST /api/v1/commands` answer: one result per command, in the order sent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BatchResult {
    pub results: Vec<CommandResult>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::AnnouncementId;
    use crate::text::{AnnouncementBody, AnnouncementTitle};
    use uuid::Uuid;

    #[test]
    fn commands_travel_as_tagged_json() {
        let cmd = Command::PostAnnouncement(PostAnnouncement {
            announcement_id: AnnouncementId(Uuid::nil()),
            program_id: ProgramId(Uuid::nil()),
            title: AnnouncementTitle::parse("Diagnostic week").unwrap(),
            body: AnnouncementBody::parse("Starts on Monday.").unwrap(),
        });
        let json = serde_json::to_value(&cmd).unwrap();
        assert_eq!(json["type"], "post_announcement");
        assert_eq!(json["title"], "Diagnostic week");
        assert_eq!(serde_json::from_value::<Command>(json).unwrap(), cmd);
    }

    #[test]
    fn every_listed_type_name_is_a_variant() {
        for name in Command::TYPES {
            if let Err(err) = serde_json::from_value::<Command>(serde_json::json!({ "type": name }))
            {
                assert!(
                    !err.to_string().contains("unknown variant"),
                    "{name}: {err}"
                );
            }
        }
    }

    #[test]
    fn invalid_fields_are_refused_when_decoding() {
        let err = serde_json::from_value::<Command>(serde_json::json!({
            "type": "update_profile", "display_name": "   "
        }))
        .unwrap_err()
        .to_string();
        assert!(err.contains("display_name: must not be empty"), "{err}");
    }

    #[test]
    fn outcomes_carry_their_status() {
        let applied = serde_json::to_value(Outcome::Applied { seq: 7 }).unwrap();
        assert_eq!(applied, serde_json::json!({"status": "applied", "seq": 7}));
    }
}
