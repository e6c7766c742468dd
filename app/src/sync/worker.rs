//! The sync worker: one task per signed-in person that sends the outbox and pulls the change
//! feed, one thing at a time, and waits with backoff when the network or the server fails.

use super::backoff::Backoff;
use super::outbox::Pending;
use super::{Kick, Rejection, SyncCtx};
use crate::api::{self, Error};
use futures::channel::mpsc::UnboundedReceiver;
use futures::{FutureExt, StreamExt};
use gloo_timers::future::sleep;
use leptos::prelude::*;
use shared::command::{CommandBatch, MAX_BATCH, Outcome};
use shared::error::ErrorCode;
use shared::ids::CommandId;

/// Where this client stands in the change feed.
#[derive(Debug, Default)]
struct Feed {
    /// Changes up to here were pulled and given to the views (`None`: nothing loaded yet).
    cursor: Option<i64>,
    /// The newest sequence known to hold a change for this person.
    target: i64,
    /// The session must be checked (the live socket said it ended).
    check_session: bool,
}

impl Feed {
    fn absorb(&mut self, kick: Kick) {
        match kick {
            Kick::Wake => {}
            Kick::Hello(head) if self.cursor.is_none() => self.cursor = Some(head),
            Kick::Hello(seq) | Kick::Poke(seq) => self.target = self.target.max(seq),
            // A view older than the cursor missed what was pulled since: pull it again (the
            // views skip what they already have, and changes carry whole values).
            Kick::ViewAt(head) => match self.cursor {
                None => self.cursor = Some(head),
                Some(cursor) if head < cursor => {
                    self.target = self.target.max(cursor);
                    self.cursor = Some(head);
                }
                Some(_) => self.target = self.target.max(head),
            },
            Kick::CheckSession => self.check_session = true,
            Kick::Refresh => {
                if let Some(cursor) = self.cursor {
                    self.target = self.target.max(cursor + 1);
                }
            }
        }
    }

    fn behind(&self) -> bool {
        self.cursor.is_some_and(|c| c < self.target)
    }
}

pub(super) async fn run(ctx: SyncCtx, mut kicks: UnboundedReceiver<Kick>) {
    let mut feed = Feed::default();
    let mut backoff = Backoff::default();
    loop {
        while let Ok(kick) = kicks.try_recv() {
            feed.absorb(kick);
        }
        let has_work = feed.behind() || feed.check_session || has_unsent(ctx);
        if !has_work || !ctx.browser_online.get_untracked() {
            match kicks.next().await {
                Some(kick) => feed.absorb(kick),
                None => return,
            }
            continue;
        }
        match step(ctx, &mut feed).await {
            Ok(()) => {
                backoff.reset();
                ctx.reachable.set(true);
            }
            Err(err) if err.is_unauthenticated() => {
                ctx.session_ended.set(true);
                return;
            }
            Err(err) => {
                if err == Error::Network {
                    ctx.reachable.set(false);
                }
                // Wait, but wake at once when something happens (e.g. the browser is online).
                futures::select! {
                    _ = sleep(backoff.next_delay()).fuse() => {}
                    kick = kicks.next() => match kick {
                        Some(kick) => feed.absorb(kick),
                        None => return,
                    },
                }
            }
        }
    }
}

fn has_unsent(ctx: SyncCtx) -> bool {
    ctx.outbox
        .with_untracked(|items| items.iter().any(Pending::is_unsent))
}

/// Checks the session, sends what is unsent, pulls what is new, forgets what the views have.
async fn step(ctx: SyncCtx, feed: &mut Feed) -> Result<(), Error> {
    if feed.check_session || (has_unsent(ctx) && !api::has_csrf()) {
        refresh_session().await?;
        feed.check_session = false;
    }
    if has_unsent(ctx) {
        ctx.sending.set(true);
        let sent = flush(ctx, feed).await;
        ctx.sending.set(false);
        sent?;
    }
    pull(ctx, feed).await?;
    if let Some(cursor) = feed.cursor {
        ctx.modify_outbox(|items| items.retain(|p| p.applied.is_none_or(|seq| seq > cursor)));
    } else if ctx
        .outbox
        .with_untracked(|items| items.iter().any(|p| !p.is_unsent()))
    {
        // No view is open to update: the applied commands need no more showing.
        ctx.modify_outbox(|items| items.retain(Pending::is_unsent));
    }
    Ok(())
}

/// Gets a fresh CSRF token (after an offline start, or when the server refused the old one).
async fn refresh_session() -> Result<(), Error> {
    let session = api::session().await?;
    api::set_csrf(Some(session.csrf_token));
    Ok(())
}

/// Sends the unsent commands, in order, in batches.
async fn flush(ctx: SyncCtx, feed: &mut Feed) -> Result<(), Error> {
    let batch: Vec<Pending> = ctx.outbox.with_untracked(|items| {
        items
            .iter()
            .filter(|p| p.is_unsent())
            .take(MAX_BATCH)
            .cloned()
            .collect()
    });
    match send(&batch).await {
        Err(err) if err.code() == Some(ErrorCode::CsrfFailed) => {
            refresh_session().await?;
            let results = send(&batch).await?;
            record(ctx, feed, &batch, results);
            Ok(())
        }
        // The server refused the batch as a whole: send one by one, so only the bad one fails.
        Err(err) if !err.is_transient() && !err.is_unauthenticated() && batch.len() > 1 => {
            for item in &batch {
                match send(std::slice::from_ref(item)).await {
                    Ok(results) => record(ctx, feed, std::slice::from_ref(item), results),
                    Err(err) if err.is_transient() || err.is_unauthenticated() => return Err(err),
                    Err(err) => reject(ctx, item, err.message(api::locale())),
                }
            }
            Ok(())
        }
        Err(err) if !err.is_transient() && !err.is_unauthenticated() => {
            batch
                .iter()
                .for_each(|item| reject(ctx, item, err.message(api::locale())));
            Ok(())
        }
        Err(err) => Err(err),
        Ok(results) => {
            record(ctx, feed, &batch, results);
            Ok(())
        }
    }
}

async fn send(batch: &[Pending]) -> Result<Vec<(CommandId, Outcome)>, Error> {
    let body = CommandBatch {
        commands: batch.iter().map(Pending::envelope).collect(),
    };
    let result = api::send_commands(&body).await?;
    Ok(result
        .results
        .into_iter()
        .map(|r| (r.id, r.outcome))
        .collect())
}

/// Applies the server's answers to the outbox.
fn record(ctx: SyncCtx, feed: &mut Feed, batch: &[Pending], results: Vec<(CommandId, Outcome)>) {
    for (id, outcome) in results {
        match outcome {
            Outcome::Applied { seq } => {
                feed.target = feed.target.max(seq);
                ctx.modify_outbox(|items| {
                    if let Some(item) = items.iter_mut().find(|p| p.id == id) {
                        item.applied = Some(seq);
                    }
                });
            }
            Outcome::Rejected { message, .. } => {
                if let Some(item) = batch.iter().find(|p| p.id == id) {
                    reject(ctx, item, message);
                }
            }
        }
    }
}

/// Drops a refused command from the outbox and tells the person why.
fn reject(ctx: SyncCtx, item: &Pending, message: String) {
    ctx.modify_outbox(|items| items.retain(|p| p.id != item.id));
    ctx.rejections.update(|r| {
        r.push(Rejection {
            id: item.id,
            command: item.command.clone(),
            message,
        })
    });
}

/// Pulls the changes after the cursor until the feed is caught up, handing each page to the views.
async fn pull(ctx: SyncCtx, feed: &mut Feed) -> Result<(), Error> {
    let Some(mut cursor) = feed.cursor else {
        return Ok(());
    };
    while cursor < feed.target {
        let page = api::changes(cursor).await?;
        ctx.publish(&page.changes);
        cursor = page.next_after.max(cursor);
        feed.cursor = Some(cursor);
        if !page.more {
            // Caught up with the feed as it was when asked; later pokes ask again.
            feed.target = cursor;
            break;
        }
        feed.target = feed.target.max(cursor + 1);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_view_or_hello_places_the_cursor() {
        let mut feed = Feed::default();
        feed.absorb(Kick::ViewAt(7));
        assert_eq!(feed.cursor, Some(7));
        assert!(!feed.behind());

        let mut feed = Feed::default();
        feed.absorb(Kick::Hello(9));
        assert_eq!(feed.cursor, Some(9));
    }

    #[test]
    fn pokes_and_newer_views_put_the_feed_behind() {
        let mut feed = Feed::default();
        feed.absorb(Kick::ViewAt(7));
        feed.absorb(Kick::Poke(8));
        assert!(feed.behind());

        let mut feed = Feed::default();
        feed.absorb(Kick::ViewAt(7));
        feed.absorb(Kick::ViewAt(12));
        assert_eq!((feed.cursor, feed.target), (Some(7), 12));
    }

    #[test]
    fn a_view_older_than_the_cursor_rewinds_it_to_pull_again() {
        let mut feed = Feed {
            cursor: Some(20),
            target: 20,
            check_session: false,
        };
        feed.absorb(Kick::ViewAt(15));
        assert_eq!((feed.cursor, feed.target), (Some(15), 20));
        assert!(feed.behind());
    }

    #[test]
    fn a_refresh_pulls_only_once_something_was_loaded() {
        let mut feed = Feed::default();
        feed.absorb(Kick::Refresh);
        assert!(!feed.behind());
        feed.absorb(Kick::ViewAt(3));
        feed.absorb(Kick::Refresh);
        assert!(feed.behind());
    }
}
