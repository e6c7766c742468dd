use crate::error::{Invalid, InvalidReason};
use crate::locale::{Locale, TimeZoneName};
use crate::text::DisplayName;
use serde::{Deserialize, Serialize};

/// A person changes their own name, language or time zone.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpdateProfile {
    #[serde(default)]
    pub display_name: Option<DisplayName>,
    #[serde(default)]
    pub locale: Option<Locale>,
    #[serde(default)]
    pub time_zone: Option<TimeZoneName>,
}

impl UpdateProfile {
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.display_name.is_none() && self.locale.is_none() && self.time_zone.is_none() {
            return Err(Invalid::new("profile", InvalidReason::NothingToChange));
        }
        Ok(())
    }
}
