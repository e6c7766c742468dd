//! The command outbox: every write waits here, on this device, until the server has answered it.
//! It is kept in `localStorage` per person, so work done offline survives a reload, and re-read
//! before each change so that two tabs of the same person do not overwrite each other.

use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use shared::command::{Command, CommandEnvelope};
use shared::ids::{CommandId, PersonId};

/// One write on its way to the server.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pending {
    pub id: CommandId,
    pub command: Command,
    /// Set once the server applied it: the change-feed sequence its changes end at. The entry
    /// stays (and keeps showing) until the views have pulled that far.
    #[serde(default)]
    pub applied: Option<i64>,
}

impl Pending {
    pub fn new(command: Command) -> Self {
        Self {
            id: CommandId(uuid::Uuid::new_v4()),
            command,
            applied: None,
        }
    }

    /// Not yet accepted by the server.
    pub fn is_unsent(&self) -> bool {
        self.applied.is_none()
    }

    pub fn envelope(&self) -> CommandEnvelope {
        CommandEnvelope {
            id: self.id,
            command: self.command.clone(),
        }
    }
}

/// The `localStorage` key of a person's outbox.
pub fn storage_key(person: PersonId) -> String {
    format!("mentorhub.outbox.{person}")
}

/// The stored outbox of `person` (empty when there is none or it cannot be read).
pub fn load(person: PersonId) -> Vec<Pending> {
    LocalStorage::get::<Vec<Pending>>(storage_key(person)).unwrap_or_default()
}

/// Stores the outbox of `person`; an empty one is removed.
pub fn save(person: PersonId, items: &[Pending]) {
    let key = storage_key(person);
    if items.is_empty() {
        LocalStorage::delete(key);
    } else if LocalStorage::set(key, items).is_err() {
        leptos::logging::warn!("the outbox could not be stored on this device");
    }
}
