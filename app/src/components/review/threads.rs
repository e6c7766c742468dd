//! The threads of a version: open ones in text order, resolved ones behind a toggle, and those
//! whose passage is gone (orphans), which stay listed.

use super::thread::ThreadCard;
use super::version::VersionCtx;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use shared::ids::ThreadId;

#[component]
pub fn ThreadList(vctx: VersionCtx) -> impl IntoView {
    let i = use_i18n();
    let ids = move |placed: bool, resolved: Option<bool>| {
        vctx.threads.with(|ts| {
            ts.iter()
                .filter(|t| t.span().is_some() == placed)
                .filter(|t| resolved.is_none_or(|r| t.resolved.is_some() == r))
                .map(|t| t.id)
                .collect::<Vec<ThreadId>>()
        })
    };
    let open = Memo::new(move |_| ids(true, Some(false)));
    let resolved = Memo::new(move |_| ids(true, Some(true)));
    let orphans = Memo::new(move |_| ids(false, None));
    let shown = Memo::new(move |_| {
        if vctx.show_resolved.get() {
            ids(true, None)
        } else {
            open.get()
        }
    });
    let resolved_count = move || resolved.with(Vec::len);
    let any_resolved = move || resolved_count() > 0;
    let empty = move || open.with(Vec::is_empty) && resolved.with(Vec::is_empty);
    let empty_text = move || {
        if vctx.project.can_comment() {
            i.t("review-no-comments-yet")
        } else {
            i.t("review-no-comments")
        }
    };
    view! {
        <section class="threads" aria-labelledby="threads-heading">
            <h2 id="threads-heading">{i.tr("review-comments")}</h2>
            <p class="meta">{move || i.t_with("review-open-count", &[("count", open.with(Vec::len).into())])}</p>
            <Show when=empty>
                <p class="empty">{empty_text}</p>
            </Show>
            <ol class="thread-list">
                <For each=move || shown.get() key=|id| *id children=move |id| view! { <ThreadCard id vctx/> }/>
            </ol>
            <Show when=any_resolved>
                <label class="check">
                    <input type="checkbox" prop:checked=move || vctx.show_resolved.get()
                        on:change=move |ev| vctx.show_resolved.set(event_target_checked(&ev))/>
                    {move || i.t_with("review-show-resolved", &[("count", resolved_count().into())])}
                </label>
            </Show>
            <Show when=move || !orphans.with(Vec::is_empty)>
                <h3>{i.tr("review-orphans")}</h3>
                <p class="hint">{i.tr("review-orphans-hint")}</p>
                <ol class="thread-list">
                    <For each=move || orphans.get() key=|id| *id children=move |id| view! { <ThreadCard id vctx/> }/>
                </ol>
            </Show>
        </section>
    }
}
