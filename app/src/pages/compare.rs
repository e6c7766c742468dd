//! `/projects/:id/compare?from=N&to=M`: the word-level differences between two versions, and
//! which comments belong to which of them (made there, carried there, or orphaned).

use crate::api;
use crate::components::load::{LoadError, LoadState, Loading, load_state};
use crate::components::review::diff::DiffView;
use crate::components::review::{ProjectCtx, excerpt};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use shared::review::wire::{ThreadPlacement, ThreadView};

#[component]
pub fn ComparePage() -> impl IntoView {
    let i = use_i18n();
    let ctx = expect_context::<ProjectCtx>();
    let query = use_query_map();
    let number = move |key: &str| query.read().get(key).and_then(|n| n.parse::<i64>().ok());
    let numbers = Memo::new(move |_| number("from").zip(number("to")));
    let diff = LocalResource::new(move || {
        let numbers = numbers.get();
        async move {
            let (from, to) = numbers.ok_or(api::Error::Unreadable)?;
            api::review::diff(ctx.id, from, to).await
        }
    });
    let state = load_state(diff);
    let heading = move || {
        numbers.get().map(|(from, to)| {
            i.t_with(
                "compare-heading",
                &[("from", from.into()), ("to", to.into())],
            )
        })
    };
    view! {
        <section class="panel" aria-labelledby="compare-result-heading">
            <h2 id="compare-result-heading">{heading}</h2>
            {move || match state.get() {
                LoadState::Loading => view! { <Loading/> }.into_any(),
                LoadState::Failed(error) => view! { <LoadError error on_retry=move |_| diff.refetch()/> }.into_any(),
                LoadState::Ready => diff
                    .get()
                    .and_then(Result::ok)
                    .map(|d| view! { <DiffView segments=d.segments/> })
                    .into_any(),
            }}
        </section>
        <section aria-labelledby="compare-threads-heading">
            <h2 id="compare-threads-heading">{i.tr("compare-threads")}</h2>
            <div class="compare-columns">
                {move || numbers.get().map(|(from, to)| view! {
                    <VersionThreads number=from/>
                    <VersionThreads number=to/>
                })}
            </div>
        </section>
    }
}

/// The comments that belong to version `number`.
#[component]
fn VersionThreads(number: i64) -> impl IntoView {
    let i = use_i18n();
    let ctx = expect_context::<ProjectCtx>();
    let version = move || {
        ctx.detail.with(|d| {
            d.as_ref()?
                .versions
                .iter()
                .find(|v| v.number == number)
                .map(|v| v.id)
        })
    };
    let loaded = LocalResource::new(move || {
        let version = version();
        async move { api::review::version(version.ok_or(api::Error::Unreadable)?).await }
    });
    let state = load_state(loaded);
    let heading_id = format!("compare-version-{number}");
    let labelled_by = heading_id.clone();
    view! {
        <section class="compare-version" aria-labelledby=labelled_by>
            <h3 id=heading_id>{move || i.t_with("versions-number", &[("number", number.into())])}</h3>
            {move || match state.get() {
                LoadState::Loading => view! { <Loading/> }.into_any(),
                LoadState::Failed(error) => view! { <LoadError error on_retry=move |_| loaded.refetch()/> }.into_any(),
                LoadState::Ready => {
                    let threads = loaded.get().and_then(Result::ok).map(|v| v.threads).unwrap_or_default();
                    if threads.is_empty() {
                        view! { <p class="empty">{i.tr("review-no-comments")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="compare-threads">
                                {threads.into_iter().map(|t| view! { <ThreadLine thread=t number/> }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    }
                }
            }}
        </section>
    }
}

#[component]
fn ThreadLine(thread: ThreadView, number: i64) -> impl IntoView {
    let i = use_i18n();
    let ctx = expect_context::<ProjectCtx>();
    let made = thread.made_on_number;
    let orphan = matches!(thread.placement, ThreadPlacement::Orphaned);
    let placement = thread.placement.clone();
    let place = move || match placement {
        ThreadPlacement::Original { .. } => i.t_with("review-made-on", &[("number", made.into())]),
        ThreadPlacement::Carried { .. } => i.t_with("review-carried", &[("number", made.into())]),
        ThreadPlacement::Orphaned => i.t_with("review-orphaned", &[("number", made.into())]),
    };
    let first = thread
        .comments
        .first()
        .map(|c| format!("{}: {}", c.author_name, excerpt(&c.body, 80)));
    let resolved = thread.resolved_at.is_some();
    let shown_on = if orphan { made } else { number };
    let href = format!(
        "/projects/{}/versions/{shown_on}?thread={}",
        ctx.id, thread.id
    );
    view! {
        <li class="compare-thread">
            <p><A href=href>{format!("“{}”", excerpt(&thread.anchor.exact, 80))}</A></p>
            <p class="meta">
                {place}
                {resolved.then(|| view! { " · " {i.tr("review-resolved")} })}
                {thread.private.then(|| view! { " · " {i.tr("review-private")} })}
            </p>
            {first.map(|f| view! { <p class="comment-body">{f}</p> })}
        </li>
    }
}
