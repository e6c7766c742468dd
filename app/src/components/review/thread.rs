//! One thread: its passage, where it sits on this version, its comments, and resolving,
//! reopening and replying.

use super::comment::CommentItem;
use super::compose::{CommentFields, Draft};
use super::excerpt;
use super::shown::{ShownComment, ShownThread};
use super::version::VersionCtx;
use crate::format;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::sync::use_sync;
use leptos::prelude::*;
use leptos_router::components::A;
use shared::command::{Command, ReopenThread, ReplyToThread, ResolveThread};
use shared::ids::{CommentId, ThreadId};
use shared::review::wire::{ReviewRole, ThreadPlacement};

#[component]
pub fn ThreadCard(id: ThreadId, vctx: VersionCtx) -> impl IntoView {
    let thread = Memo::new(move |_| {
        vctx.threads
            .with(|ts| ts.iter().find(|t| t.id == id).cloned())
    });
    let get = move |f: fn(&ShownThread) -> bool| thread.with(|t| t.as_ref().is_some_and(f));
    let quote_id = format!("thread-{id}-quote");
    let labelled_by = quote_id.clone();
    let quote = move || {
        thread.with(|t| {
            t.as_ref()
                .map(|t| format!("“{}”", excerpt(&t.anchor.exact, 160)))
        })
    };
    let comments = Memo::new(move |_| {
        thread.with(|t| t.as_ref().map(|t| t.comments.clone()).unwrap_or_default())
    });
    let passage = move || {
        thread.with(|t| {
            t.as_ref()
                .map(|t| t.anchor.exact.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <li class="thread-item">
            <article id=format!("thread-{id}") class="thread" tabindex="-1" aria-labelledby=labelled_by
                class:thread-active=move || vctx.active.get() == Some(id)
                class:thread-resolved=move || get(|t| t.resolved.is_some())
                class:thread-queued=move || get(|t| t.queued)>
                <blockquote class="thread-quote" id=quote_id>{quote}</blockquote>
                <p class="thread-badges">{move || thread.get().map(|t| view! { <Badges thread=t/> })}</p>
                <ol class="comments">
                    <For each=move || comments.get() key=comment_key children=move |c| {
                        view! { <CommentItem comment=c passage=passage() vctx/> }
                    }/>
                </ol>
                <Actions id thread vctx/>
                <Show when=move || vctx.project.can_comment() && !get(|t| t.resolved.is_some())>
                    <ReplyForm id vctx private=get(|t| t.private) passage=Signal::derive(passage)/>
                </Show>
            </article>
        </li>
    }
}

/// Comments are rebuilt when what they show changes.
fn comment_key(c: &ShownComment) -> (CommentId, String, bool, bool) {
    let accepted = c.view.suggestion_accepted_by.is_some();
    (c.view.id, c.view.body.clone(), c.queued.is_some(), accepted)
}

/// Private, where the thread sits, resolved, not sent yet.
#[component]
fn Badges(thread: ShownThread) -> impl IntoView {
    let i = use_i18n();
    let session = use_session();
    let n = thread.made_on_number;
    let place = match thread.placement {
        ThreadPlacement::Original { .. } => i.t_with("review-made-on", &[("number", n.into())]),
        ThreadPlacement::Carried { .. } => i.t_with("review-carried", &[("number", n.into())]),
        ThreadPlacement::Orphaned => i.t_with("review-orphaned", &[("number", n.into())]),
    };
    let check = match thread.placement {
        ThreadPlacement::Carried {
            confidence,
            check_placement: true,
            ..
        } => {
            let percent = (confidence * 100.0).round() as i64;
            Some(i.t_with("review-check-placement", &[("percent", percent.into())]))
        }
        _ => None,
    };
    let resolved = thread.resolved.map(|(by, at)| match at {
        Some(at) => {
            let time = format::date_time(at, i.locale(), &session.time_zone());
            i.t_with(
                "review-resolved-by",
                &[("name", by.as_str().into()), ("time", time.as_str().into())],
            )
        }
        None => i.t("review-resolved"),
    });
    let queued = thread.queued || thread.state_queued;
    view! {
        {thread.private.then(|| view! { <span class="badge badge-private">{i.t("review-private")}</span> })}
        <span class="badge">{place}</span>
        {check.map(|c| view! { <span class="badge badge-check">{c}</span> })}
        {resolved.map(|r| view! { <span class="badge badge-resolved">{r}</span> })}
        {queued.then(|| view! { <span class="badge badge-pending">{i.t("announce-pending")}</span> })}
    }
}

/// Showing the passage (or, for an orphan, the version it was made on); resolve or reopen.
#[component]
fn Actions(id: ThreadId, thread: Memo<Option<ShownThread>>, vctx: VersionCtx) -> impl IntoView {
    let i = use_i18n();
    let sync = use_sync();
    let orphan = move || thread.with(|t| t.as_ref().is_some_and(|t| t.span().is_none()));
    let made_on = move || thread.with(|t| t.as_ref().map_or(0, |t| t.made_on_number));
    let project = vctx.project.id;
    let resolved = move || thread.with(|t| t.as_ref().is_some_and(|t| t.resolved.is_some()));
    let can_change =
        move || vctx.project.can_comment() && !thread.with(|t| t.as_ref().is_none_or(|t| t.queued));
    let toggle = move |_| {
        sync.submit(if resolved() {
            Command::ReopenThread(ReopenThread { thread_id: id })
        } else {
            Command::ResolveThread(ResolveThread { thread_id: id })
        });
    };
    view! {
        <div class="thread-actions">
            <Show when=orphan fallback=move || view! {
                <button type="button" class="button button-quiet" on:click=move |_| vctx.show_passage(id)>
                    {i.tr("review-show-passage")}
                </button>
            }>
                <A href=move || format!("/projects/{project}/versions/{}?thread={id}", made_on())>
                    {move || i.t_with("review-see-on-version", &[("number", made_on().into())])}
                </A>
            </Show>
            <Show when=can_change>
                <button type="button" class="button button-quiet" on:click=toggle>
                    {move || if resolved() { i.t("review-reopen") } else { i.t("review-resolve") }}
                </button>
            </Show>
        </div>
    }
}

#[component]
fn ReplyForm(
    id: ThreadId,
    vctx: VersionCtx,
    private: bool,
    passage: Signal<String>,
) -> impl IntoView {
    let i = use_i18n();
    let sync = use_sync();
    let session = use_session();
    let draft = Draft::new();
    let open = RwSignal::new(false);
    let people = Signal::derive(move || {
        let me = session.person();
        vctx.project
            .participants()
            .into_iter()
            .filter(|p| Some(p.person_id) != me && !(private && p.role == ReviewRole::Owner))
            .collect::<Vec<_>>()
    });
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(written) = draft.written(i, |p| {
            people.with_untracked(|ps| ps.iter().any(|x| x.person_id == p))
        }) else {
            return;
        };
        sync.submit(Command::ReplyToThread(ReplyToThread {
            comment_id: CommentId(uuid::Uuid::new_v4()),
            thread_id: id,
            body: written.body,
            suggestion: written.suggestion,
            mentions: written.mentions,
        }));
        draft.clear();
        open.set(false);
    };
    view! {
        <details class="reply" prop:open=move || open.get()
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary>{i.tr("review-reply")}</summary>
            <form class="form" on:submit=send novalidate>
                <CommentFields prefix=format!("reply-{id}") draft passage people label="review-reply-text"/>
                <button type="submit" class="button button-primary">{i.tr("review-reply-send")}</button>
            </form>
        </details>
    }
}
