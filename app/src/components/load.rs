//! The frames around data that loads: loading, failed (with a retry), ready; and the gate in
//! front of pages that need a signed-in person.

use crate::api::Error;
use crate::i18n::use_i18n;
use crate::session::{AuthStatus, use_session};
use crate::sync::use_sync;
use leptos::prelude::*;
use leptos_router::components::{A, Redirect};
use leptos_router::hooks::use_location;
use shared::change::Change;

/// Where a page's data stands. Pages render their content once it is `Ready` and let the
/// content follow the data from there, so live updates never rebuild a form being typed in.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadState {
    Loading,
    Ready,
    Failed(Error),
}

/// Follows `resource` as a [`LoadState`] that changes only when the state does.
pub fn load_state<T: 'static>(resource: LocalResource<Result<T, Error>>) -> Memo<LoadState> {
    Memo::new(move |_| {
        resource.with(|r| match r {
            None => LoadState::Loading,
            Some(Ok(_)) => LoadState::Ready,
            Some(Err(err)) => LoadState::Failed(err.clone()),
        })
    })
}

#[component]
pub fn Loading() -> impl IntoView {
    let i = use_i18n();
    view! { <p class="loading" role="status">{i.tr("common-loading")}</p> }
}

/// Why data did not load, with a way forward: sign in again, go home, or try again.
#[component]
pub fn LoadError(error: Error, #[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    let i = use_i18n();
    let session = use_session();
    if error.is_unauthenticated() {
        // The session ended elsewhere: forget it here; the page gate sends to sign-in.
        Effect::new(move |_| session.forget());
    }
    let transient = error.is_transient();
    let message = move || error.message(i.locale());
    view! {
        <div class="load-error" role="alert">
            <p>{message}</p>
            {if transient {
                view! {
                    <button type="button" class="button" on:click=move |_| on_retry.run(())>
                        {i.tr("common-retry")}
                    </button>
                }
                .into_any()
            } else {
                view! { <p><A href="/">{i.tr("common-go-home")}</A></p> }.into_any()
            }}
        </div>
    }
}

/// Shows `children` to a signed-in person; sends anyone else to sign in (and back here after).
#[component]
pub fn SignedIn(children: ChildrenFn) -> impl IntoView {
    let session = use_session();
    let location = use_location();
    move || match session.status() {
        AuthStatus::Checking => view! { <Loading/> }.into_any(),
        AuthStatus::SignedOut => {
            let search = location.search.get_untracked();
            let mut here = location.pathname.get_untracked();
            if !search.is_empty() {
                here = format!("{here}?{search}");
            }
            let next = String::from(js_sys::encode_uri_component(&here));
            view! { <Redirect path=format!("/sign-in?next={next}")/> }.into_any()
        }
        AuthStatus::SignedIn => children().into_any(),
    }
}

/// Server data a page shows and keeps current: loaded once, then changed by each pulled change
/// it concerns, and loaded again when a change names something it does not hold.
///
/// The data lives in a signal of its own rather than in the resource: writing into a resource
/// would cancel a load in flight.
pub struct LiveData<T: Send + Sync + 'static> {
    pub state: Memo<LoadState>,
    pub data: ReadSignal<Option<T>>,
    resource: LocalResource<Result<T, Error>>,
}

impl<T: Send + Sync + 'static> Clone for LiveData<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for LiveData<T> {}

impl<T> LiveData<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    /// Loads with `fetch` (again whenever a signal it reads changes); `head` tells the feed
    /// sequence the data is consistent with; `apply` applies one change and answers whether the
    /// data must be loaded again.
    pub fn new<Fut>(
        fetch: impl Fn() -> Fut + 'static,
        head: impl Fn(&T) -> i64 + 'static,
        apply: impl Fn(&mut T, &Change) -> bool + 'static,
    ) -> Self
    where
        Fut: Future<Output = Result<T, Error>> + 'static,
    {
        let sync = use_sync();
        let resource = LocalResource::new(fetch);
        let (data, set_data) = signal(None::<T>);
        Effect::new(move |_| {
            if let Some(Ok(loaded)) = resource.get() {
                sync.view_loaded(head(&loaded));
                set_data.set(Some(loaded));
            }
        });
        sync.subscribe(move |changes| {
            let mut reload = false;
            set_data.update(|view| {
                if let Some(view) = view {
                    for change in changes {
                        reload |= apply(view, change);
                    }
                }
            });
            if reload {
                resource.refetch();
            }
        });
        // A load that failed for want of a network is tried again when the network returns.
        Effect::new(move |was_online: Option<bool>| {
            let online = sync.is_online();
            let offline_failure =
                resource.with_untracked(|r| matches!(r, Some(Err(err)) if err.is_transient()));
            if online && was_online == Some(false) && offline_failure {
                resource.refetch();
            }
            online
        });
        // Ready once the data is in its signal (pages read it from there); once shown, it stays
        // on screen even if a later load fails.
        let state = Memo::new(
            move |_| match (data.with(Option::is_some), resource.get()) {
                (true, _) => LoadState::Ready,
                (false, Some(Err(err))) => LoadState::Failed(err),
                (false, _) => LoadState::Loading,
            },
        );
        Self {
            state,
            data,
            resource,
        }
    }

    /// Loads again (after a failure).
    pub fn retry(self) {
        self.resource.refetch();
    }
}
