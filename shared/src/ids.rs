//! Typed identifiers. Every entity id is a UUID made by whoever creates the entity — usually the
//! client, so that work done offline can refer to what it created before the server has seen it.

use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, format = Uuid))]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            pub fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl From<Uuid> for $name {
            fn from(id: Uuid) -> Self {
                Self(id)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    };
}

id_type!(
    /// A person with an account.
    PersonId
);
id_type!(
    /// A mentoring program (one cohort of one organisation).
    ProgramId
);
id_type!(
    /// A command sent to `POST /api/v1/commands`; the idempotency key.
    CommandId
);
id_type!(
    /// An invitation that adds a person to a program with a role.
    InvitationId
);
id_type!(
    /// An announcement posted to a program's members.
    AnnouncementId
);
id_type!(
    /// A kind of session a program offers (e.g. "Strategy session, 60 min").
    SessionTypeId
);
id_type!(
    /// A mentor's weekly schedule of availability.
    ScheduleId
);
id_type!(
    /// A booked session between a mentor and a client.
    BookingId
);
id_type!(
    /// A package of sessions (a quota) a client books under.
    PackageId
);
id_type!(
    /// A program's plan of sessions laid over a participant's sprint.
    SessionPlanId
);
id_type!(
    /// A participant's project whose documents are reviewed.
    ProjectId
);
id_type!(
    /// One uploaded version of a project's document.
    VersionId
);
id_type!(
    /// An uploaded file, before it becomes a version.
    UploadId
);
id_type!(
    /// A comment thread anchored to a passage of a version.
    ThreadId
);
id_type!(
    /// One comment in a thread.
    CommentId
);
id_type!(
    /// A stretch of time off a mentor takes.
    TimeOffId
);
