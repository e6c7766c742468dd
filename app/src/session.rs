//! Who is signed in. The session cookie is HttpOnly; the client knows the person (`Me`) and the
//! CSRF token from `GET /auth/session` or from signing in. The person is also remembered on this
//! device so that the app keeps working (and queueing writes) when it starts offline.

use crate::api;
use crate::i18n::I18n;
use crate::sync::SyncCtx;
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::{Me, Session};
use shared::change::Event;
use shared::command::{Command, UpdateProfile};
use shared::ids::PersonId;

const STORAGE_KEY: &str = "mentorhub.me";

/// Whether someone is signed in.
#[derive(Clone, Debug, PartialEq)]
pub enum Auth {
    /// Asking the server at start-up.
    Checking,
    SignedOut,
    SignedIn(Me),
}

/// [`Auth`] without the person, for views that only care whether someone is signed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthStatus {
    Checking,
    SignedOut,
    SignedIn,
}

/// The session context. Copy it into closures freely.
#[derive(Clone, Copy)]
pub struct SessionCtx {
    auth: RwSignal<Auth>,
    status: Memo<AuthStatus>,
    person: Memo<Option<PersonId>>,
    i18n: I18n,
    sync: SyncCtx,
}

/// Creates the session context and asks the server who is signed in.
pub fn provide_session(i18n: I18n, sync: SyncCtx) -> SessionCtx {
    let auth = RwSignal::new(Auth::Checking);
    let ctx = SessionCtx {
        auth,
        status: Memo::new(move |_| match &*auth.read() {
            Auth::Checking => AuthStatus::Checking,
            Auth::SignedOut => AuthStatus::SignedOut,
            Auth::SignedIn(_) => AuthStatus::SignedIn,
        }),
        person: Memo::new(move |_| match &*auth.read() {
            Auth::SignedIn(me) => Some(me.id),
            _ => None,
        }),
        i18n,
        sync,
    };
    provide_context(ctx);
    spawn_local(async move {
        match api::session().await {
            Ok(session) => ctx.signed_in(session),
            Err(err) if err.is_transient() => match LocalStorage::get::<Me>(STORAGE_KEY) {
                // Offline start: carry on as the remembered person; writes wait in the outbox.
                Ok(me) => {
                    ctx.enter(me);
                    ctx.follow_profile_locale();
                }
                Err(_) => ctx.auth.set(Auth::SignedOut),
            },
            Err(_) => ctx.forget(),
        }
    });
    Effect::new(move |_| {
        if sync.session_ended() {
            ctx.forget();
        }
    });
    sync.subscribe(move |changes| {
        for change in changes {
            if let Event::ProfileUpdated {
                person_id,
                display_name,
                locale,
                time_zone,
            } = &change.event
            {
                ctx.auth.update(|auth| {
                    if let Auth::SignedIn(me) = auth
                        && me.id == *person_id
                    {
                        me.display_name.clone_from(display_name);
                        me.locale = *locale;
                        me.time_zone = time_zone.clone();
                        let _ = LocalStorage::set(STORAGE_KEY, &*me);
                    }
                });
                ctx.follow_profile_locale();
            }
        }
    });
    ctx
}

/// The session context provided by [`provide_session`].
pub fn use_session() -> SessionCtx {
    expect_context::<SessionCtx>()
}

impl SessionCtx {
    /// Whether someone is signed in (tracked; changes only when that does).
    pub fn status(self) -> AuthStatus {
        self.status.get()
    }

    /// The signed-in person's id (tracked; changes only when the person does).
    pub fn person(self) -> Option<PersonId> {
        self.person.get()
    }

    /// The signed-in person as they will be once their queued profile changes are sent
    /// (tracked).
    pub fn me(self) -> Option<Me> {
        let Auth::SignedIn(mut me) = self.auth.get() else {
            return None;
        };
        for pending in self.sync.pending() {
            if let Command::UpdateProfile(update) = pending.command {
                apply_profile(&mut me, &update);
            }
        }
        Some(me)
    }

    /// [`Self::me`], untracked.
    pub fn me_untracked(self) -> Option<Me> {
        untrack(move || self.me())
    }

    /// The time zone to show times in: the person's, else this device's (tracked).
    pub fn time_zone(self) -> String {
        self.me()
            .map(|me| me.time_zone.to_string())
            .or_else(crate::format::device_time_zone)
            .unwrap_or_else(|| "UTC".to_owned())
    }

    /// Whether someone is signed in (untracked).
    pub fn is_signed_in(self) -> bool {
        matches!(self.auth.get_untracked(), Auth::SignedIn(_))
    }

    /// Takes over a session the server gave (sign-in, accepted invitation).
    pub fn signed_in(self, session: Session) {
        api::set_csrf(Some(session.csrf_token));
        let chosen = self.i18n.take_unsaved_choice();
        let profile_locale = session.person.locale;
        self.enter(session.person);
        // Picked a language before signing in: the profile learns it.
        if let Some(locale) = chosen.filter(|l| *l != profile_locale) {
            self.sync.submit(Command::UpdateProfile(UpdateProfile {
                locale: Some(locale),
                ..UpdateProfile::default()
            }));
        }
        self.follow_profile_locale();
    }

    /// Signs out on the server, then here. Fails when the server cannot be reached.
    pub async fn sign_out(self) -> Result<(), api::Error> {
        match api::sign_out().await {
            Ok(()) => {}
            Err(err) if err.is_unauthenticated() => {}
            Err(err) => return Err(err),
        }
        self.forget();
        Ok(())
    }

    /// Forgets the session here (it ended on the server, or the person signed out).
    pub fn forget(self) {
        self.sync.stop();
        api::set_csrf(None);
        LocalStorage::delete(STORAGE_KEY);
        self.auth.set(Auth::SignedOut);
    }

    fn enter(self, me: Me) {
        let _ = LocalStorage::set(STORAGE_KEY, &me);
        self.sync.start(me.id);
        self.auth.set(Auth::SignedIn(me));
    }

    /// Shows the interface in the profile's language, unless a change of it is still queued.
    fn follow_profile_locale(self) {
        let queued = self
            .sync
            .pending_untracked()
            .into_iter()
            .rev()
            .find_map(|p| match p.command {
                Command::UpdateProfile(u) => u.locale,
                _ => None,
            });
        if let Auth::SignedIn(me) = self.auth.get_untracked() {
            self.i18n.adopt(queued.unwrap_or(me.locale));
        }
    }
}

fn apply_profile(me: &mut Me, update: &UpdateProfile) {
    if let Some(name) = &update.display_name {
        me.display_name = name.to_string();
    }
    if let Some(locale) = update.locale {
        me.locale = locale;
    }
    if let Some(zone) = &update.time_zone {
        me.time_zone = zone.clone();
    }
}
