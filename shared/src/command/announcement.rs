use crate::ids::{AnnouncementId, ProgramId};
use crate::text::{AnnouncementBody, AnnouncementTitle};
use serde::{Deserialize, Serialize};

/// A coordinator or supervisor posts a notice every member of the program sees.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PostAnnouncement {
    pub announcement_id: AnnouncementId,
    pub program_id: ProgramId,
    pub title: AnnouncementTitle,
    pub body: AnnouncementBody,
}
