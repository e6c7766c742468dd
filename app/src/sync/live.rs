//! Keeps the live WebSocket open while the browser is online, reconnecting with backoff, and
//! passes its pokes to the worker.

use super::backoff::Backoff;
use super::{Kick, SyncCtx};
use crate::api::live::{self, LiveEvent};
use futures::channel::mpsc::{UnboundedReceiver, UnboundedSender};
use futures::{FutureExt, StreamExt};
use gloo_timers::future::sleep;
use leptos::prelude::*;
use shared::change::LiveMessage;

/// The close code the server uses when the session ended.
const CLOSE_SESSION_ENDED: u16 = 4401;

/// Runs until aborted. `wake` asks for an immediate reconnect (the browser came back online).
pub(super) async fn run(
    ctx: SyncCtx,
    worker: UnboundedSender<Kick>,
    mut wake: UnboundedReceiver<()>,
) {
    let mut backoff = Backoff::default();
    loop {
        let mut reconnect_now = false;
        if ctx.browser_online.get_untracked()
            && let Ok(mut socket) = live::open()
        {
            loop {
                futures::select! {
                    event = socket.next().fuse() => match event {
                        LiveEvent::Message(LiveMessage::Hello { head }) => {
                            backoff.reset();
                            ctx.reachable.set(true);
                            let _ = worker.unbounded_send(Kick::Hello(head));
                        }
                        LiveEvent::Message(LiveMessage::Poke { seq }) => {
                            let _ = worker.unbounded_send(Kick::Poke(seq));
                        }
                        // Presence concerns the review pages, which listen for it themselves.
                        LiveEvent::Message(LiveMessage::Presence { .. }) => {}
                        LiveEvent::Closed { code } => {
                            if code == Some(CLOSE_SESSION_ENDED) {
                                let _ = worker.unbounded_send(Kick::CheckSession);
                            }
                            break;
                        }
                    },
                    woken = wake.next() => {
                        if woken.is_none() {
                            return;
                        }
                        reconnect_now = true;
                        break;
                    }
                }
            }
        }
        if reconnect_now {
            backoff.reset();
            continue;
        }
        // No live connection: look for changes at each retry instead.
        let _ = worker.unbounded_send(Kick::Refresh);
        futures::select! {
            _ = sleep(backoff.next_delay()).fuse() => {}
            woken = wake.next() => if woken.is_none() { return },
        }
    }
}
