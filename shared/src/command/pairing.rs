use crate::ids::{PersonId, ProgramId};
use serde::{Deserialize, Serialize};

/// A coordinator pairs a mentee with a mentor (a mentee may have more than one mentor).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PairMentee {
    pub program_id: ProgramId,
    pub mentee_id: PersonId,
    pub mentor_id: PersonId,
}

/// A coordinator ends a pairing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnpairMentee {
    pub program_id: ProgramId,
    pub mentee_id: PersonId,
    pub mentor_id: PersonId,
}

/// A coordinator takes a mentor from under a supervisor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EndSupervision {
    pub program_id: ProgramId,
    pub mentor_id: PersonId,
    pub supervisor_id: PersonId,
}

/// A coordinator puts a mentor under a supervisor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssignSupervisor {
    pub program_id: ProgramId,
    pub mentor_id: PersonId,
    pub supervisor_id: PersonId,
}
