//! Live fan-out. One broadcaster per server instance reads the audience of new changes and
//! broadcasts a [`Notice`] per change to the WebSocket connections of this instance, which poke
//! the people allowed to see it. The broadcaster wakes when this instance commits a change, when
//! PostgreSQL notifies that any instance did (LISTEN/NOTIFY), and every few seconds regardless —
//! so a missed notification delays a poke but never loses it.

use super::feed::{self, AudienceRow, NOTIFY_CHANNEL};
use super::presence;
use crate::state::AppState;
use shared::ids::{PersonId, ProgramId, ProjectId};
use shared::role::Role;
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;
use tokio::sync::{Notify, broadcast};

/// How often the broadcaster looks for changes without being woken.
const SAFETY_TICK: Duration = Duration::from_secs(5);
/// The most sequences one broadcaster round reads.
const ROUND: i64 = 1_000;

/// Who may see one change.
#[derive(Debug)]
pub struct Notice {
    pub seq: i64,
    audience: Vec<AudienceRow>,
}

/// A person's roles per program, as a live connection caches them.
pub type Memberships = HashMap<ProgramId, Vec<Role>>;

impl Notice {
    pub fn visible_to(&self, person: PersonId, memberships: &Memberships) -> bool {
        self.audience
            .iter()
            .any(|a| match (a.person_id, a.program_id) {
                (Some(p), _) => p == person.0,
                (None, Some(program)) => {
                    memberships.get(&ProgramId(program)).is_some_and(|roles| {
                        a.role
                            .as_deref()
                            .is_none_or(|r| roles.iter().any(|role| role.as_str() == r))
                    })
                }
                (None, None) => false,
            })
    }

    /// Whether the change names `person` directly (their own memberships may have changed).
    pub fn names(&self, person: PersonId) -> bool {
        self.audience.iter().any(|a| a.person_id == Some(person.0))
    }
}

pub struct Hub {
    sender: broadcast::Sender<Arc<Notice>>,
    /// Projects whose viewers changed.
    presence: broadcast::Sender<ProjectId>,
    wake: Notify,
    /// The newest sequence broadcast by this instance.
    head: AtomicI64,
}

impl Default for Hub {
    fn default() -> Self {
        Self::new()
    }
}

impl Hub {
    pub fn new() -> Self {
        Self {
            sender: broadcast::channel(1024).0,
            presence: broadcast::channel(256).0,
            wake: Notify::new(),
            head: AtomicI64::new(0),
        }
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Arc<Notice>> {
        self.sender.subscribe()
    }

    pub fn subscribe_presence(&self) -> broadcast::Receiver<ProjectId> {
        self.presence.subscribe()
    }

    /// Tells this instance's connections that `project`'s viewers changed.
    pub fn presence_changed(&self, project: ProjectId) {
        let _ = self.presence.send(project);
    }

    /// Tells the broadcaster there may be new changes.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    pub fn head(&self) -> i64 {
        self.head.load(Ordering::Acquire)
    }
}

/// Broadcasts new changes until shutdown.
pub async fn run_broadcaster(state: AppState) {
    let mut shutdown = state.shutdown.clone();
    let mut last = match feed::head(&mut state.db.read()).await {
        Ok(head) => head,
        Err(err) => {
            tracing::error!(error = %err, "live broadcaster cannot read the feed head");
            0
        }
    };
    state.hub.head.store(last, Ordering::Release);
    loop {
        match broadcast_round(&state, last).await {
            Ok(upto) if upto > last => {
                last = upto;
                continue;
            }
            Ok(_) => {}
            Err(err) => tracing::warn!(error = %err, "live broadcaster round failed"),
        }
        tokio::select! {
            _ = state.hub.wake.notified() => {}
            _ = tokio::time::sleep(SAFETY_TICK) => {}
            _ = shutdown.changed() => return,
        }
    }
}

/// Broadcasts the changes after `last` (up to one round) and returns the new last sequence.
async fn broadcast_round(state: &AppState, last: i64) -> sqlx::Result<i64> {
    let head = feed::head(&mut state.db.read()).await?;
    if head <= last {
        return Ok(last);
    }
    let upto = head.min(last + ROUND);
    let rows = feed::audience_between(&mut state.db.read(), last, upto).await?;
    let mut notices: Vec<Notice> = Vec::new();
    for row in rows {
        match notices.last_mut() {
            Some(n) if n.seq == row.seq => n.audience.push(row),
            _ => notices.push(Notice {
                seq: row.seq,
                audience: vec![row],
            }),
        }
    }
    for notice in notices {
        // No receivers is fine: nobody is connected to this instance.
        let _ = state.hub.sender.send(Arc::new(notice));
    }
    state.hub.head.store(upto, Ordering::Release);
    Ok(upto)
}

/// On PostgreSQL: listens for other instances' commits and wakes the broadcaster. Reconnects
/// with a delay when the connection drops.
pub async fn run_pg_listener(state: AppState) {
    let Some(pool) = state.db.postgres_pool().cloned() else {
        return;
    };
    let mut shutdown = state.shutdown.clone();
    loop {
        tokio::select! {
            result = listen(&pool, &state) => {
                if let Err(err) = result {
                    tracing::warn!(error = %err, "PostgreSQL listener lost; reconnecting");
                }
            }
            _ = shutdown.changed() => return,
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(1)) => {}
            _ = shutdown.changed() => return,
        }
    }
}

async fn listen(pool: &sqlx::PgPool, state: &AppState) -> sqlx::Result<()> {
    let mut listener = sqlx::postgres::PgListener::connect_with(pool).await?;
    listener
        .listen_all([NOTIFY_CHANNEL, presence::CHANNEL])
        .await?;
    // Changes committed while the listener was away are picked up by this wake.
    state.hub.wake();
    loop {
        let notification = listener.recv().await?;
        if notification.channel() == presence::CHANNEL {
            if let Ok(project) = notification.payload().parse::<ProjectId>() {
                state.hub.presence_changed(project);
            }
        } else {
            state.hub.wake();
        }
    }
}
