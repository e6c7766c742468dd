//! Starting a thread on a passage: the comment, optionally a suggested replacement, a private
//! note (mentors and supervisors), people to notify. Opened from a selection, or by keyboard on
//! a whole block, which the person may narrow to the exact words.

use super::compose::{CommentFields, Draft};
use super::excerpt;
use super::selection::clear_selection;
use super::version::VersionCtx;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::sync::use_sync;
use leptos::prelude::*;
use shared::command::{Command, StartThread};
use shared::ids::{CommentId, ThreadId};
use shared::review::anchor::anchor_at;
use shared::review::wire::ReviewRole;
use std::sync::Arc;

/// The passage a new thread is about.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Passage {
    pub start: usize,
    pub end: usize,
    /// Chosen by keyboard as a whole block: the person may narrow it to some of its words.
    pub whole_block: bool,
}

/// The first occurrence of `words` in `chars[start..end]`, as a span of the text.
fn narrow(chars: &[char], start: usize, end: usize, words: &str) -> Option<(usize, usize)> {
    let needle: Vec<char> = words.trim().chars().collect();
    if needle.is_empty() {
        return Some((start, end));
    }
    chars[start..end]
        .windows(needle.len())
        .position(|w| w == needle.as_slice())
        .map(|at| (start + at, start + at + needle.len()))
}

#[component]
pub fn NewThreadDialog(
    vctx: VersionCtx,
    compose: RwSignal<Option<Passage>>,
    /// The selection the thread was started from, forgotten once it is posted.
    selection: RwSignal<Option<(usize, usize)>>,
    text: Arc<String>,
    chars: Arc<Vec<char>>,
) -> impl IntoView {
    let i = use_i18n();
    let sync = use_sync();
    let session = use_session();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let draft = Draft::new();
    let private = RwSignal::new(false);
    let words = RwSignal::new(String::new());
    let words_error = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let Some(dialog) = dialog.get() else { return };
        match (compose.get().is_some(), dialog.open()) {
            (true, false) => {
                let _ = dialog.show_modal();
            }
            (false, true) => dialog.close(),
            _ => {}
        }
    });
    let role = move || vctx.project.role();
    let people = Signal::derive(move || {
        let me = session.person();
        let private = private.get();
        vctx.project
            .participants()
            .into_iter()
            .filter(|p| Some(p.person_id) != me && !(private && p.role == ReviewRole::Owner))
            .collect::<Vec<_>>()
    });
    let passage_text = {
        let chars = chars.clone();
        move || {
            compose
                .get()
                .map(|p| chars[p.start..p.end].iter().collect::<String>())
                .unwrap_or_default()
        }
    };
    let passage = Signal::derive(passage_text.clone());
    let close = move || {
        compose.set(None);
        draft.clear();
        private.set(false);
        words.set(String::new());
        words_error.set(None);
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(chosen) = compose.get_untracked() else {
            return;
        };
        let span = if chosen.whole_block {
            narrow(&chars, chosen.start, chosen.end, &words.get_untracked())
        } else {
            Some((chosen.start, chosen.end))
        };
        words_error.set(span.is_none().then(|| i.t("review-words-missing")));
        let written = draft.written(i, |p| {
            people.with_untracked(|ps| ps.iter().any(|x| x.person_id == p))
        });
        let (Some((start, end)), Some(written)) = (span, written) else {
            return;
        };
        let thread = ThreadId(uuid::Uuid::new_v4());
        sync.submit(Command::StartThread(StartThread {
            thread_id: thread,
            comment_id: CommentId(uuid::Uuid::new_v4()),
            version_id: vctx.version,
            anchor: anchor_at(&text, start, end),
            body: written.body,
            suggestion: written.suggestion,
            private: private.get_untracked(),
            mentions: written.mentions,
        }));
        close();
        selection.set(None);
        clear_selection();
        vctx.open_thread(thread);
    };
    view! {
        <dialog class="compose-dialog" node_ref=dialog aria-labelledby="compose-heading"
            on:close=move |_| if compose.get_untracked().is_some() { close() }>
            <form class="form" on:submit=submit novalidate>
                <h2 id="compose-heading">{i.tr("review-new-comment")}</h2>
                <blockquote class="thread-quote">{move || format!("“{}”", excerpt(&passage_text(), 300))}</blockquote>
                <Show when=move || compose.get().is_some_and(|p| p.whole_block)>
                    <div class="field" class:field-invalid=move || words_error.get().is_some()>
                        <label for="compose-words">{i.tr("review-words")}</label>
                        <p class="hint" id="compose-words-hint">{i.tr("review-words-hint")}</p>
                        <input id="compose-words" type="text" aria-describedby="compose-words-hint"
                            aria-invalid=move || words_error.get().map(|_| "true")
                            prop:value=move || words.get() on:input=move |ev| words.set(event_target_value(&ev))/>
                        {move || words_error.get().map(|m| view! { <p class="field-error">{m}</p> })}
                    </div>
                </Show>
                <CommentFields prefix="compose".to_owned() draft passage people/>
                <Show when=move || role().is_some_and(|r| r.sees_private())>
                    <label class="check">
                        <input type="checkbox" prop:checked=move || private.get()
                            on:change=move |ev| private.set(event_target_checked(&ev))/>
                        {i.tr("review-private-note")}
                    </label>
                </Show>
                <div class="form-actions">
                    <button type="submit" class="button button-primary">{i.tr("review-post")}</button>
                    <button type="button" class="button button-quiet" on:click=move |_| close()>
                        {i.tr("review-cancel")}
                    </button>
                </div>
            </form>
        </dialog>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn narrowing_finds_the_words_inside_the_block_only() {
        let chars: Vec<char> = "Żółw plans. Żółw bakes.".chars().collect();
        assert_eq!(super::narrow(&chars, 12, 23, "Żółw"), Some((12, 16)));
        assert_eq!(super::narrow(&chars, 0, 11, "bakes"), None);
        assert_eq!(super::narrow(&chars, 0, 11, "  "), Some((0, 11)));
    }
}
