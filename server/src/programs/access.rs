//! Who may do what in a program. Membership is looked up once per request or command; a person
//! who is not a member gets "not found" (a program's existence is not revealed), a member without
//! the needed role gets "forbidden".

use super::store;
use crate::auth::CurrentUser;
use crate::db::Conn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use serde::Deserialize;
use shared::error::ErrorCode;
use shared::ids::{PersonId, ProgramId};
use shared::role::Role;

/// A person's roles in one program; never empty.
#[derive(Clone, Debug)]
pub struct ProgramRoles {
    pub program: ProgramId,
    pub roles: Vec<Role>,
}

impl ProgramRoles {
    /// Loads `person`'s roles; "not found" unless they are a member.
    pub async fn load(
        conn: &mut Conn<'_>,
        person: PersonId,
        program: ProgramId,
    ) -> AppResult<Self> {
        let roles = store::roles_in(conn, person, program).await?;
        if roles.is_empty() {
            return Err(ErrorCode::NotFound.into());
        }
        Ok(Self { program, roles })
    }

    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// Passes when the person holds any of `roles`.
    pub fn require_any(&self, roles: &[Role]) -> AppResult<()> {
        if roles.iter().any(|r| self.has(*r)) {
            Ok(())
        } else {
            Err(ErrorCode::Forbidden.into())
        }
    }
}

#[derive(Deserialize)]
struct ProgramPath {
    program_id: ProgramId,
}

/// Extracts the signed-in person and their roles in the `{program_id}` of the path.
pub struct ProgramMember {
    pub user: CurrentUser,
    pub roles: ProgramRoles,
}

impl FromRequestParts<AppState> for ProgramMember {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> AppResult<Self> {
        let user = CurrentUser::from_request_parts(parts, state).await?;
        let Path(path) = Path::<ProgramPath>::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::Expected(ErrorCode::NotFound))?;
        let roles = ProgramRoles::load(&mut state.db.read(), user.id(), path.program_id).await?;
        Ok(Self { user, roles })
    }
}
