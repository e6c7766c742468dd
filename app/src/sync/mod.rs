//! Keeping this device and the server in step: the command outbox (writes made online or
//! offline, sent with retries), the change feed (pulled when the live socket pokes, applied to
//! the open views) and the connection state shown in the header.
//!
//! - [`outbox`]: the persisted queue of commands.
//! - `worker`: one task that sends the outbox and pulls changes, in order, with backoff.
//! - `live`: one task that keeps the WebSocket open, turns pokes into pulls and tells the
//!   server which project is open; [`presence`]: who else has it open.
//! - [`apply`]: how a change updates each kind of view (pure functions).

pub mod apply;
mod backoff;
mod live;
pub mod outbox;
mod presence;
mod worker;

use futures::channel::mpsc::{UnboundedSender, unbounded};
use futures::future::{AbortHandle, Abortable};
use leptos::prelude::*;
use leptos::task::spawn_local;
use live::LiveKick;
use outbox::Pending;
use shared::change::{Change, Viewer};
use shared::command::Command;
use shared::ids::{CommandId, PersonId, ProjectId};
use std::rc::Rc;

/// What the header says about the connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Connection {
    Online,
    /// Online, and sending unsent changes.
    Syncing,
    Offline,
}

/// A command the server refused, to show to the person.
#[derive(Clone, Debug, PartialEq)]
pub struct Rejection {
    pub id: CommandId,
    pub command: Command,
    /// The server's reason, in the language the command was sent in.
    pub message: String,
}

/// Something for the worker to look at.
#[derive(Debug)]
enum Kick {
    /// The outbox or the network changed.
    Wake,
    /// The live socket (re)connected; the feed's head is here.
    Hello(i64),
    /// There is a change for this person at this sequence.
    Poke(i64),
    /// A view loaded data consistent with this sequence.
    ViewAt(i64),
    /// The live socket was closed because the session ended: check it.
    CheckSession,
    /// The live socket is down: look for changes anyway.
    Refresh,
}

type Listener = Rc<dyn Fn(&[Change])>;

/// Views that want the changes as they are pulled.
#[derive(Default)]
struct Bus {
    next_id: u64,
    listeners: Vec<(u64, Listener)>,
}

/// The running tasks of one signed-in person.
struct Runtime {
    person: PersonId,
    worker: UnboundedSender<Kick>,
    live: UnboundedSender<LiveKick>,
    tasks: [AbortHandle; 2],
}

/// The sync context. Copy it into closures freely.
#[derive(Clone, Copy)]
pub struct SyncCtx {
    outbox: RwSignal<Vec<Pending>>,
    rejections: RwSignal<Vec<Rejection>>,
    browser_online: RwSignal<bool>,
    reachable: RwSignal<bool>,
    sending: RwSignal<bool>,
    /// Set when the server says the session is gone; the session module signs out.
    session_ended: RwSignal<bool>,
    runtime: StoredValue<Option<Runtime>, LocalStorage>,
    bus: StoredValue<Bus, LocalStorage>,
    /// The project open on this page, told to the server over the live socket.
    viewing: RwSignal<Option<ProjectId>>,
    /// Who has that project open, as the server last said.
    presence: RwSignal<Option<(ProjectId, Vec<Viewer>)>>,
}

/// Creates the sync context and follows the browser's online/offline events.
pub fn provide_sync() -> SyncCtx {
    let ctx = SyncCtx {
        outbox: RwSignal::new(Vec::new()),
        rejections: RwSignal::new(Vec::new()),
        browser_online: RwSignal::new(window().navigator().on_line()),
        reachable: RwSignal::new(true),
        sending: RwSignal::new(false),
        session_ended: RwSignal::new(false),
        runtime: StoredValue::new_local(None),
        bus: StoredValue::new_local(Bus::default()),
        viewing: RwSignal::new(None),
        presence: RwSignal::new(None),
    };
    let online = move |_| {
        ctx.browser_online.set(true);
        ctx.kick(Kick::Wake);
        ctx.runtime.with_value(|rt| {
            rt.as_ref()
                .map(|rt| rt.live.unbounded_send(LiveKick::Reconnect))
        });
    };
    // Both listeners live as long as the page.
    let _ = window_event_listener(leptos::ev::online, online);
    let _ = window_event_listener(leptos::ev::offline, move |_| ctx.browser_online.set(false));
    let _ = window_event_listener(leptos::ev::storage, move |event| {
        ctx.runtime.with_value(|rt| {
            if let Some(rt) = rt
                && event.key().as_deref() == Some(outbox::storage_key(rt.person).as_str())
            {
                ctx.outbox.set(outbox::load(rt.person));
                ctx.kick(Kick::Wake);
            }
        });
    });
    provide_context(ctx);
    ctx
}

/// The sync context provided by [`provide_sync`].
pub fn use_sync() -> SyncCtx {
    expect_context::<SyncCtx>()
}

impl SyncCtx {
    /// Starts syncing for `person` (their stored outbox, the worker and the live socket).
    pub fn start(self, person: PersonId) {
        if self
            .runtime
            .with_value(|rt| rt.as_ref().map(|rt| rt.person))
            == Some(person)
        {
            return;
        }
        self.stop();
        self.session_ended.set(false);
        self.outbox.set(outbox::load(person));
        let (worker_tx, worker_rx) = unbounded();
        let (live_tx, live_rx) = unbounded();
        let (worker_abort, worker_reg) = AbortHandle::new_pair();
        let (live_abort, live_reg) = AbortHandle::new_pair();
        spawn_local(async move {
            let _ = Abortable::new(worker::run(self, worker_rx), worker_reg).await;
        });
        let kicks = worker_tx.clone();
        spawn_local(async move {
            let _ = Abortable::new(live::run(self, kicks, live_rx), live_reg).await;
        });
        self.runtime.set_value(Some(Runtime {
            person,
            worker: worker_tx,
            live: live_tx,
            tasks: [worker_abort, live_abort],
        }));
        self.kick(Kick::Wake);
    }

    /// Stops syncing (sign-out). The stored outbox stays for the person's next sign-in.
    pub fn stop(self) {
        self.runtime.update_value(|rt| {
            if let Some(rt) = rt.take() {
                rt.tasks.iter().for_each(AbortHandle::abort);
            }
        });
        self.outbox.set(Vec::new());
        self.rejections.set(Vec::new());
        self.presence.set(None);
        self.sending.set(false);
    }

    /// Queues a write; it is sent now if the network allows, later otherwise.
    pub fn submit(self, command: Command) -> CommandId {
        let item = Pending::new(command);
        let id = item.id;
        self.modify_outbox(|items| items.push(item));
        self.kick(Kick::Wake);
        id
    }

    /// Commands not yet answered or not yet visible in the views (tracked).
    pub fn pending(self) -> Vec<Pending> {
        self.outbox.get()
    }

    /// Commands not yet answered or not yet visible in the views (untracked).
    pub fn pending_untracked(self) -> Vec<Pending> {
        self.outbox.get_untracked()
    }

    /// How many commands the server has not accepted yet (tracked).
    pub fn unsent(self) -> usize {
        self.outbox
            .with(|items| items.iter().filter(|p| p.is_unsent()).count())
    }

    /// The connection as the header shows it (tracked).
    pub fn connection(self) -> Connection {
        if !self.browser_online.get() || !self.reachable.get() {
            Connection::Offline
        } else if self.sending.get() || self.unsent() > 0 {
            Connection::Syncing
        } else {
            Connection::Online
        }
    }

    /// Whether the browser says it is online (tracked).
    pub fn is_online(self) -> bool {
        self.browser_online.get() && self.reachable.get()
    }

    /// Refused commands not dismissed yet (tracked).
    pub fn rejections(self) -> Vec<Rejection> {
        self.rejections.get()
    }

    pub fn dismiss(self, id: CommandId) {
        self.rejections.update(|r| r.retain(|x| x.id != id));
    }

    /// Whether the server said the session is over (tracked).
    pub fn session_ended(self) -> bool {
        self.session_ended.get()
    }

    /// A view loaded data as of feed sequence `head`; changes after it will reach it.
    pub fn view_loaded(self, head: i64) {
        self.kick(Kick::ViewAt(head));
    }

    /// Calls `listener` with every batch of pulled changes while the calling component lives.
    pub fn subscribe(self, listener: impl Fn(&[Change]) + 'static) {
        let mut id = 0;
        self.bus.update_value(|bus| {
            id = bus.next_id;
            bus.next_id += 1;
            bus.listeners.push((id, Rc::new(listener)));
        });
        let bus = self.bus;
        on_cleanup(move || bus.update_value(|b| b.listeners.retain(|(i, _)| *i != id)));
    }

    fn publish(self, changes: &[Change]) {
        if changes.is_empty() {
            return;
        }
        let listeners: Vec<Listener> = self
            .bus
            .with_value(|b| b.listeners.iter().map(|(_, l)| l.clone()).collect());
        for listener in listeners {
            listener(changes);
        }
    }

    fn kick(self, kick: Kick) {
        self.runtime.with_value(|rt| {
            if let Some(rt) = rt {
                let _ = rt.worker.unbounded_send(kick);
            }
        });
    }

    fn person(self) -> Option<PersonId> {
        self.runtime
            .with_value(|rt| rt.as_ref().map(|rt| rt.person))
    }

    /// Changes the outbox as stored now (another tab may have changed it) and keeps it.
    fn modify_outbox(self, change: impl FnOnce(&mut Vec<Pending>)) {
        let Some(person) = self.person() else {
            return;
        };
        let mut items = outbox::load(person);
        change(&mut items);
        outbox::save(person, &items);
        self.outbox.set(items);
    }
}
