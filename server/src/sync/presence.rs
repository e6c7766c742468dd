//! Who has a project open. Each live connection tells the server which project it shows
//! (`LiveRequest::Viewing`), again every 30 seconds; the row lives in the database so every
//! server instance sees every viewer. A change wakes the instances (in-process, and through
//! PostgreSQL NOTIFY), and each sends the new list to its connections showing that project.

pub use super::presence_store::viewers;
use super::presence_store::{clear, notify, set};
use crate::db::Backend;
use crate::error::AppResult;
use crate::state::AppState;
use chrono::Duration;
use shared::ids::{PersonId, ProjectId};
use uuid::Uuid;

/// The PostgreSQL channel announcing a project's viewers changed (payload: the project id).
pub const CHANNEL: &str = "mentorhub_presence";
/// A viewer not heard from for this long is gone.
pub const STALE_AFTER: Duration = Duration::seconds(90);

/// Records what a connection shows (or that it shows nothing) and tells every instance which
/// projects' viewers changed.
pub async fn viewing(
    state: &AppState,
    connection: Uuid,
    person: PersonId,
    before: Option<ProjectId>,
    now_viewing: Option<ProjectId>,
) -> AppResult<()> {
    let mut tx = state.db.begin().await?;
    match now_viewing {
        Some(project) => set(&mut tx.conn(), connection, project, person, state.now()).await?,
        None => clear(&mut tx.conn(), connection).await?,
    }
    // A repeat of the same project only keeps the row fresh: nobody needs telling.
    let changed: Vec<ProjectId> = if before == now_viewing {
        Vec::new()
    } else {
        [before, now_viewing].into_iter().flatten().collect()
    };
    if tx.backend() == Backend::Postgres {
        for project in &changed {
            notify(&mut tx.conn(), *project).await?;
        }
    }
    tx.commit().await?;
    // On SQLite there is one instance: tell it directly. On PostgreSQL the NOTIFY comes back to
    // this instance too, through the listener.
    if state.db.backend() == Backend::Sqlite {
        for project in changed {
            state.hub.presence_changed(project);
        }
    }
    Ok(())
}
