//! Commands a view shows as "not sent yet", kept on screen until the view's own data shows
//! them.
//!
//! Review and pairing events carry no data: when one arrives the view loads again, and the
//! outbox forgets the command meanwhile. An echo remembers what the view showed, so nothing
//! blinks out between the two, and tells views whose changes no event announces (stages,
//! supervision) that the server took a command, so they can load again.

use crate::sync::outbox::Pending;
use crate::sync::use_sync;
use leptos::prelude::*;
use shared::command::Command;
use shared::ids::CommandId;

#[derive(Clone, Copy)]
pub struct Echo {
    items: RwSignal<Vec<Pending>>,
}

impl Echo {
    /// Follows the outbox for the commands `relevant` picks. `on_applied` runs when the server
    /// accepted one of them.
    pub fn new(
        relevant: impl Fn(&Command) -> bool + 'static,
        on_applied: impl Fn() + 'static,
    ) -> Self {
        let sync = use_sync();
        let items = RwSignal::new(Vec::<Pending>::new());
        Effect::new(move |_| {
            let outbox = sync.pending();
            let refused: Vec<CommandId> = sync.rejections().iter().map(|r| r.id).collect();
            let before = items.get_untracked();
            let (after, applied) = follow(&before, &outbox, &refused, &relevant);
            if after != before {
                items.set(after);
            }
            if applied {
                on_applied();
            }
        });
        Self { items }
    }

    /// The commands to show as not sent yet, oldest first (tracked).
    pub fn items(self) -> Vec<Pending> {
        self.items.get()
    }

    /// Forgets the commands `settled` says the view's data now shows (or never will).
    pub fn settle(self, settled: impl Fn(&Pending, &[Pending]) -> bool) {
        let before = self.items.get_untracked();
        let after: Vec<Pending> = before
            .iter()
            .filter(|p| !settled(p, &before))
            .cloned()
            .collect();
        if after.len() != before.len() {
            self.items.set(after);
        }
    }
}

/// The echo after the outbox changed, and whether a command was newly accepted.
fn follow(
    before: &[Pending],
    outbox: &[Pending],
    refused: &[CommandId],
    relevant: &impl Fn(&Command) -> bool,
) -> (Vec<Pending>, bool) {
    let mut applied = false;
    let mut after: Vec<Pending> = Vec::with_capacity(before.len());
    for item in before {
        match outbox.iter().find(|p| p.id == item.id) {
            Some(now) => {
                applied |= item.applied.is_none() && now.applied.is_some();
                after.push(now.clone());
            }
            // Refused: the outbox drops it and the refusal is listed at the same time.
            None if refused.contains(&item.id) => {}
            // Applied and pulled (possibly both since the last look): kept until the data
            // shows it.
            None => {
                applied |= item.applied.is_none();
                let mut done = item.clone();
                done.applied = done.applied.or(Some(0));
                after.push(done);
            }
        }
    }
    for item in outbox {
        if relevant(&item.command) && !after.iter().any(|p| p.id == item.id) {
            applied |= item.applied.is_some();
            after.push(item.clone());
        }
    }
    after.retain(|p| !refused.contains(&p.id));
    (after, applied)
}

/// Whether a later command in `items` replaces `item` (e.g. a reopen after a resolve of the
/// same thread): `same` says two commands act on the same thing.
pub fn superseded(
    item: &Pending,
    items: &[Pending],
    same: impl Fn(&Command, &Command) -> bool,
) -> bool {
    items
        .iter()
        .skip_while(|p| p.id != item.id)
        .skip(1)
        .any(|later| same(&item.command, &later.command))
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::command::{ReopenThread, ResolveThread};
    use shared::ids::ThreadId;

    fn resolve(n: u128) -> Pending {
        Pending::new(Command::ResolveThread(ResolveThread {
            thread_id: ThreadId(uuid::Uuid::from_u128(n)),
        }))
    }

    #[test]
    fn an_applied_command_stays_after_the_outbox_forgets_it_and_a_refused_one_goes() {
        let kept = resolve(1);
        let refused = resolve(2);
        let (echo, applied) = follow(&[], &[kept.clone(), refused.clone()], &[], &|_| true);
        assert_eq!(echo.len(), 2);
        assert!(!applied);

        let mut accepted = kept.clone();
        accepted.applied = Some(9);
        let (echo, applied) = follow(&echo, &[accepted.clone(), refused.clone()], &[], &|_| true);
        assert!(applied);

        let (echo, applied) = follow(&echo, &[], &[refused.id], &|_| true);
        assert_eq!(echo, vec![accepted]);
        assert!(!applied);
    }

    #[test]
    fn a_command_applied_and_forgotten_between_two_looks_counts_as_applied() {
        let quick = resolve(3);
        let (echo, _) = follow(&[], &[quick.clone()], &[], &|_| true);
        let (echo, applied) = follow(&echo, &[], &[], &|_| true);
        assert!(applied);
        assert_eq!(echo.len(), 1);
        assert!(echo[0].applied.is_some());
    }

    #[test]
    fn irrelevant_commands_are_not_followed() {
        let (echo, _) = follow(&[], &[resolve(1)], &[], &|_| false);
        assert!(echo.is_empty());
    }

    #[test]
    fn a_later_command_on_the_same_thing_supersedes_an_earlier_one() {
        let first = resolve(1);
        let reopen = Pending::new(Command::ReopenThread(ReopenThread {
            thread_id: ThreadId(uuid::Uuid::from_u128(1)),
        }));
        let items = [first.clone(), resolve(2), reopen.clone()];
        let same = |a: &Command, b: &Command| thread_of(a) == thread_of(b);
        assert!(superseded(&first, &items, same));
        assert!(!superseded(&reopen, &items, same));
    }

    fn thread_of(c: &Command) -> Option<ThreadId> {
        match c {
            Command::ResolveThread(c) => Some(c.thread_id),
            Command::ReopenThread(c) => Some(c.thread_id),
            _ => None,
        }
    }
}
