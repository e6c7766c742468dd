//! A version being read: its text with the passages highlighted, its threads, and commenting on
//! a selection (mouse or touch, also across paragraphs) or, by keyboard, on a whole block.

use super::document::DocumentView;
use super::layout::{Highlight, trim};
use super::new_thread::{NewThreadDialog, Passage};
use super::selection::{clear_selection, focus_first, keep_clear_of, selected_span};
use super::shown::{self, Me, ShownThread};
use super::threads::ThreadList;
use super::{ProjectCtx, excerpt};
use crate::api;
use crate::components::echo::{Echo, superseded};
use crate::components::field::focus;
use crate::components::load::{LiveData, LoadError, LoadState, Loading};
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::sync::apply;
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use shared::ids::{ThreadId, VersionId};
use shared::review::wire::VersionView;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// What the pieces of a version's view share. Copy it into closures freely.
#[derive(Clone, Copy)]
pub struct VersionCtx {
    pub project: ProjectCtx,
    pub version: VersionId,
    pub threads: Memo<Vec<ShownThread>>,
    /// The thread in focus: its passage and card are marked.
    pub active: RwSignal<Option<ThreadId>>,
    pub show_resolved: RwSignal<bool>,
}

impl VersionCtx {
    fn reveal(self, id: ThreadId) {
        self.active.set(Some(id));
        let resolved = self
            .threads
            .with_untracked(|ts| ts.iter().any(|t| t.id == id && t.resolved.is_some()));
        if resolved {
            self.show_resolved.set(true);
        }
    }

    /// Marks a thread and moves focus to its card.
    pub fn open_thread(self, id: ThreadId) {
        self.reveal(id);
        request_animation_frame(move || focus(&format!("thread-{id}")));
    }

    /// Marks a thread and moves focus to its passage in the text.
    pub fn show_passage(self, id: ThreadId) {
        self.reveal(id);
        request_animation_frame(move || focus_first(&format!("[data-opens=\"{id}\"]")));
    }
}

/// One version of `project`; `focus` is a thread to show at once (from a link).
#[component]
pub fn VersionPane(
    project: ProjectCtx,
    version: VersionId,
    focus: Option<ThreadId>,
) -> impl IntoView {
    let session = use_session();
    let live = LiveData::new(
        move || api::review::version(version),
        |v: &VersionView| v.head,
        apply::to_version,
    );
    let echo = Echo::new(shown::is_thread_command, || {});
    // Forget the queued commands the version shows (or never will).
    Effect::new(move |_| {
        echo.items();
        live.data.with(|d| {
            if let Some(d) = d {
                let same = |a: &_, b: &_| {
                    shown::thread_of(a).is_some() && shown::thread_of(a) == shown::thread_of(b)
                };
                echo.settle(|p, all| {
                    shown::settled(&d.threads, all, version, &p.command) || superseded(p, all, same)
                });
            }
        });
    });
    let threads = Memo::new(move |_| {
        let me = session.me();
        let queued = echo.items();
        live.data.with(|d| match (d, me) {
            (Some(d), Some(me)) => {
                let me = Me {
                    id: me.id,
                    name: &me.display_name,
                };
                shown::merge(&d.threads, &queued, version, d.version.number, &me)
            }
            _ => Vec::new(),
        })
    });
    let vctx = VersionCtx {
        project,
        version,
        threads,
        active: RwSignal::new(None),
        show_resolved: RwSignal::new(false),
    };
    // The text is built once, when it first arrives; later loads only change the threads.
    let arrived = Memo::new(move |_| live.data.with(Option::is_some));
    move || match (live.state.get(), arrived.get()) {
        (LoadState::Failed(error), false) => {
            view! { <LoadError error on_retry=move |_| live.retry()/> }.into_any()
        }
        (_, false) => view! { <Loading/> }.into_any(),
        (_, true) => {
            let loaded = live.data.get_untracked();
            loaded
                .map(|loaded| view! { <Reading vctx loaded focus/> })
                .into_any()
        }
    }
}

/// The text and the threads side by side (one above the other on a phone).
#[component]
fn Reading(vctx: VersionCtx, loaded: VersionView, focus: Option<ThreadId>) -> impl IntoView {
    let i = use_i18n();
    let text = Arc::new(loaded.body.text.clone());
    let chars: Arc<Vec<char>> = Arc::new(loaded.body.text.chars().collect());
    let number = loaded.version.number;
    let highlights = Memo::new(move |_| {
        let all = vctx.show_resolved.get();
        vctx.threads.with(|ts| {
            ts.iter()
                .filter(|t| all || t.resolved.is_none())
                .filter_map(|t| {
                    let (start, end) = t.span()?;
                    Some(Highlight {
                        thread: t.id,
                        start,
                        end,
                        resolved: t.resolved.is_some(),
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    let doc_ref = NodeRef::<leptos::html::Div>::new();
    let selection = RwSignal::new(None::<(usize, usize)>);
    let compose = RwSignal::new(None::<Passage>);
    let bar_ref = NodeRef::<leptos::html::Div>::new();
    if vctx.project.can_comment_untracked() {
        follow_selection(doc_ref, bar_ref, selection, chars.clone());
    }
    if let Some(id) = focus {
        request_animation_frame(move || vctx.show_passage(id));
    }
    let on_block = vctx.project.can_comment_untracked().then(|| {
        Callback::new(move |(start, end)| {
            compose.set(Some(Passage {
                start,
                end,
                whole_block: true,
            }))
        })
    });
    let quote = {
        let chars = chars.clone();
        move || {
            selection.get().map(|(s, e)| {
                format!(
                    "“{}”",
                    excerpt(&chars[s..e].iter().collect::<String>(), 120)
                )
            })
        }
    };
    let comment = move |_| {
        if let Some((start, end)) = selection.get_untracked() {
            compose.set(Some(Passage {
                start,
                end,
                whole_block: false,
            }));
        }
    };
    let dismiss = move |_| {
        selection.set(None);
        clear_selection();
    };
    view! {
        <div class="reading" class:reading-selecting=move || selection.get().is_some()>
            <div class="document-pane" on:click=move |_| tapped(selection)>
                <DocumentView body=loaded.body.clone() highlights active=vctx.active
                    on_open=Callback::new(move |id| vctx.open_thread(id)) on_block node_ref=doc_ref
                    label=Signal::derive(move || i.t_with("review-version-text", &[("number", number.into())]))/>
            </div>
            <ThreadList vctx/>
        </div>
        <Show when=move || selection.get().is_some()>
            <div class="selection-bar" node_ref=bar_ref role="region" aria-label=i.tr("review-selection")>
                <p class="selection-quote">{quote.clone()}</p>
                <div class="selection-actions">
                    <button type="button" class="button button-primary"
                        on:mousedown=|ev| ev.prevent_default() on:click=comment>
                        {i.tr("review-comment-action")}
                    </button>
                    <button type="button" class="button button-quiet" on:click=dismiss>
                        {i.tr("review-selection-cancel")}
                    </button>
                </div>
            </div>
        </Show>
        <NewThreadDialog vctx compose selection text chars/>
    }
}

/// Keeps `selection` on the passage selected in the document (a selection elsewhere leaves it,
/// so tapping the bar's button keeps it) and scrolls the selection clear of the bar once it
/// settles.
fn follow_selection(
    doc: NodeRef<leptos::html::Div>,
    bar: NodeRef<leptos::html::Div>,
    selection: RwSignal<Option<(usize, usize)>>,
    chars: Arc<Vec<char>>,
) {
    let settle = StoredValue::new_local(None::<Timeout>);
    let listener = Closure::<dyn Fn()>::new(move || {
        let Some(root) = doc.get_untracked() else {
            return;
        };
        let Some(span) = selected_span(&root).and_then(|(s, e)| trim(&chars, s, e)) else {
            return;
        };
        if selection.get_untracked() != Some(span) {
            selection.set(Some(span));
        }
        settle.set_value(Some(Timeout::new(400, move || {
            if let Some(bar) = bar.get_untracked() {
                keep_clear_of(&bar);
            }
        })));
    });
    let _ = document()
        .add_event_listener_with_callback("selectionchange", listener.as_ref().unchecked_ref());
    let listener = send_wrapper::SendWrapper::new(listener);
    on_cleanup(move || {
        let _ = document().remove_event_listener_with_callback(
            "selectionchange",
            listener.as_ref().unchecked_ref(),
        );
        drop(listener);
    });
}

/// After a tap or click in the document that selected nothing, the earlier selection is gone.
/// (A click comes after the browser collapsed the selection; a drag that selected leaves it.)
fn tapped(selection: RwSignal<Option<(usize, usize)>>) {
    if window()
        .get_selection()
        .ok()
        .flatten()
        .is_none_or(|s| s.is_collapsed())
    {
        selection.set(None);
    }
}
