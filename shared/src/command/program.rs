use crate::error::{Invalid, InvalidReason};
use crate::ids::ProgramId;
use crate::locale::{Locale, TimeZoneName};
use crate::text::{ProgramDescription, ProgramName};
use serde::{Deserialize, Serialize};

/// An administrator of the instance opens a new program and becomes its first coordinator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateProgram {
    pub program_id: ProgramId,
    pub name: ProgramName,
    pub description: ProgramDescription,
    /// The program's working language: notices and e-mails default to it.
    pub locale: Locale,
    /// The zone program weeks and deadlines are counted in.
    pub time_zone: TimeZoneName,
}

/// A coordinator changes a program's name, description, language or time zone.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpdateProgram {
    pub program_id: ProgramId,
    #[serde(default)]
    pub name: Option<ProgramName>,
    #[serde(default)]
    pub description: Option<ProgramDescription>,
    #[serde(default)]
    pub locale: Option<Locale>,
    #[serde(default)]
    pub time_zone: Option<TimeZoneName>,
}

impl UpdateProgram {
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.name.is_none()
            && self.description.is_none()
            && self.locale.is_none()
            && self.time_zone.is_none()
        {
            return Err(Invalid::new("program", InvalidReason::NothingToChange));
        }
        Ok(())
    }
}
