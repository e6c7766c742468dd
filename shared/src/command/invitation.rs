use crate::ids::{InvitationId, ProgramId};
use crate::locale::Locale;
use crate::role::Role;
use crate::text::Email;
use serde::{Deserialize, Serialize};

/// A coordinator invites someone by e-mail to hold a role in a program. The invitee receives a
/// link; accepting it creates their account if they have none.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InviteMember {
    pub invitation_id: InvitationId,
    pub program_id: ProgramId,
    pub email: Email,
    pub role: Role,
    /// The language of the invitation e-mail; the program's language when absent.
    #[serde(default)]
    pub locale: Option<Locale>,
}

/// A coordinator withdraws an invitation that was not accepted yet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RevokeInvitation {
    pub invitation_id: InvitationId,
}
