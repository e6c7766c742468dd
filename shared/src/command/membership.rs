use crate::ids::{PersonId, ProgramId};
use crate::role::Role;
use serde::{Deserialize, Serialize};

/// A coordinator gives a member of the program another role.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GrantRole {
    pub program_id: ProgramId,
    pub person_id: PersonId,
    pub role: Role,
}

/// A coordinator takes a role away; a person with no role left is no longer a member. The last
/// coordinator of a program cannot be removed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RevokeRole {
    pub program_id: ProgramId,
    pub person_id: PersonId,
    pub role: Role,
}
