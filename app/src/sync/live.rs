//! Keeps the live WebSocket open while the browser is online, reconnecting with backoff, passes
//! its pokes to the worker, and keeps the server told which project this page shows.

use super::backoff::Backoff;
use super::{Kick, SyncCtx};
use crate::api::live::{self, LiveEvent, LiveSocket};
use futures::channel::mpsc::{UnboundedReceiver, UnboundedSender};
use futures::{FutureExt, StreamExt};
use gloo_timers::future::{IntervalStream, sleep};
use leptos::prelude::*;
use shared::change::{LiveMessage, LiveRequest};

/// The close code the server uses when the session ended.
const CLOSE_SESSION_ENDED: u16 = 4401;
/// How often "I am viewing this project" is repeated (the server forgets a viewer after 90 s).
const VIEWING_EVERY_MS: u32 = 30_000;

/// What the live task is asked to do.
#[derive(Debug)]
pub(super) enum LiveKick {
    /// The browser came back online: reconnect at once.
    Reconnect,
    /// The open project changed: tell the server.
    Viewing,
}

/// Runs until aborted.
pub(super) async fn run(
    ctx: SyncCtx,
    worker: UnboundedSender<Kick>,
    mut kicks: UnboundedReceiver<LiveKick>,
) {
    let mut backoff = Backoff::default();
    loop {
        let mut reconnect_now = false;
        if ctx.browser_online.get_untracked()
            && let Ok(mut socket) = live::open()
        {
            let mut repeat = IntervalStream::new(VIEWING_EVERY_MS).fuse();
            loop {
                futures::select! {
                    event = socket.next().fuse() => match event {
                        LiveEvent::Message(LiveMessage::Hello { head }) => {
                            backoff.reset();
                            ctx.reachable.set(true);
                            let _ = worker.unbounded_send(Kick::Hello(head));
                            tell_viewing(ctx, &mut socket).await;
                        }
                        LiveEvent::Message(LiveMessage::Poke { seq }) => {
                            let _ = worker.unbounded_send(Kick::Poke(seq));
                        }
                        LiveEvent::Message(LiveMessage::Presence { project_id, viewers }) => {
                            ctx.presence.set(Some((project_id, viewers)));
                        }
                        LiveEvent::Closed { code } => {
                            if code == Some(CLOSE_SESSION_ENDED) {
                                let _ = worker.unbounded_send(Kick::CheckSession);
                            }
                            break;
                        }
                    },
                    kick = kicks.next() => match kick {
                        None => return,
                        Some(LiveKick::Reconnect) => {
                            reconnect_now = true;
                            break;
                        }
                        Some(LiveKick::Viewing) => tell_viewing(ctx, &mut socket).await,
                    },
                    _ = repeat.next() => {
                        if ctx.viewing.get_untracked().is_some() {
                            tell_viewing(ctx, &mut socket).await;
                        }
                    }
                }
            }
            // Whoever the server last named may have left meanwhile.
            ctx.presence.set(None);
        }
        if reconnect_now {
            backoff.reset();
            continue;
        }
        // No live connection: look for changes at each retry instead.
        let _ = worker.unbounded_send(Kick::Refresh);
        futures::select! {
            _ = sleep(backoff.next_delay()).fuse() => {}
            kick = kicks.next() => match kick {
                None => return,
                // Reconnect now; the open project is told once connected.
                Some(_) => backoff.reset(),
            },
        }
    }
}

/// Tells the server which project this page shows (or that it shows none).
async fn tell_viewing(ctx: SyncCtx, socket: &mut LiveSocket) {
    let request = LiveRequest::Viewing {
        project_id: ctx.viewing.get_untracked(),
    };
    // A failed send means the connection is going; the close arrives through `next`.
    let _ = socket.send(&request).await;
}
