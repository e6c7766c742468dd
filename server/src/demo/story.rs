//! The demo's cast and the story it plays: commands applied as its people through the real
//! pipeline, on a clock the story moves (so the demo has a past).

use crate::auth::{CurrentUser, store as people};
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::files::BlobStore;
use crate::mail::{Captured, Mailer, Transport};
use crate::state::{AppState, Inner, ManualClock, Settings};
use crate::sync::commands::apply_as;
use crate::sync::hub::Hub;
use chrono::{DateTime, Utc};
use shared::command::{Command, Outcome};
use shared::ids::{PersonId, ProgramId};
use std::sync::Arc;

/// The demo's people by e-mail, and its two programs.
pub struct Cast<'a> {
    pub people: &'a [(&'static str, PersonId)],
    pub winter: ProgramId,
    pub benefit: ProgramId,
}

impl Cast<'_> {
    pub fn id(&self, email: &str) -> PersonId {
        self.people
            .iter()
            .find(|(e, _)| *e == email)
            .map(|(_, id)| *id)
            .unwrap_or(self.people[0].1)
    }
}

pub struct Story {
    pub state: AppState,
    clock: Arc<ManualClock>,
}

impl Story {
    pub fn new(db: &Db, files: &BlobStore, at: DateTime<Utc>) -> AppResult<Story> {
        let clock = Arc::new(ManualClock::new(at));
        let mailer = Mailer::new(
            "Mentorhub <no-reply@mentorhub.localhost>",
            Transport::Capture(Captured::new()),
        )
        .map_err(|e| AppError::internal("seeding the demo", e))?;
        let state = AppState(Arc::new(Inner {
            db: db.clone(),
            settings: Settings::new("http://127.0.0.1:3000"),
            mailer,
            hub: Hub::new(),
            files: files.clone(),
            clock: clock.clone(),
            shutdown: tokio::sync::watch::channel(false).1,
        }));
        Ok(Story { state, clock })
    }
}

impl Story {
    pub async fn actor(&self, id: PersonId) -> AppResult<CurrentUser> {
        let person = people::person(&mut self.state.db.read(), id)
            .await?
            .ok_or(shared::error::ErrorCode::NotFound)?;
        Ok(CurrentUser::acting_for(person))
    }

    pub async fn run(&self, who: PersonId, command: Command) -> AppResult<()> {
        let actor = self.actor(who).await?;
        match apply_as(&self.state, &actor, command).await? {
            Outcome::Applied { .. } => Ok(()),
            Outcome::Rejected { message, .. } => {
                Err(AppError::internal("seeding the demo", message))
            }
        }
    }

    pub fn at(&self, when: DateTime<Utc>) {
        self.clock.set(when);
    }
}
