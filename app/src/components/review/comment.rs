//! One comment of a thread: author, time, text, a suggested change (which the mentee accepts
//! with one click), earlier texts, and editing one's own.

use super::shown::{Queued, ShownComment};
use super::version::VersionCtx;
use crate::format;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::sync::use_sync;
use leptos::prelude::*;
use shared::command::{AcceptSuggestion, Command, EditComment};
use shared::text::CommentBody;

#[component]
pub fn CommentItem(comment: ShownComment, passage: String, vctx: VersionCtx) -> impl IntoView {
    let i = use_i18n();
    let session = use_session();
    let c = comment.view;
    let queued = comment.queued;
    let created = (queued != Some(Queued::New)).then_some(c.created_at);
    let time = move || created.map(|at| format::date_time(at, i.locale(), &session.time_zone()));
    let edited = c.edited_at.is_some() || !c.history.is_empty();
    let mine = session.person() == Some(c.author_id) && queued != Some(Queued::New);
    let history = c.history.clone();
    let history_count = history.len();
    view! {
        <li class="comment" class:comment-queued=queued.is_some()>
            <p class="comment-head">
                <strong>{c.author_name.clone()}</strong>
                {move || time().map(|t| format!(" · {t}"))}
                {edited.then(|| view! { " · "<span>{i.tr("review-edited")}</span> })}
                {queued.map(|_| view! { " " <span class="badge-pending">{i.tr("announce-pending")}</span> })}
            </p>
            <p class="comment-body">{c.body.clone()}</p>
            {c.suggestion.clone().map(|text| view! {
                <Suggestion comment=c.clone() text passage=passage.clone() queued vctx/>
            })}
            {(history_count > 0).then(|| view! {
                <details class="comment-history">
                    <summary>{move || i.t_with("review-history", &[("count", history_count.into())])}</summary>
                    <ol>{history.into_iter().map(|h| view! { <li class="comment-body">{h}</li> }).collect_view()}</ol>
                </details>
            })}
            {mine.then(|| view! { <EditForm id=c.id body=c.body.clone()/> })}
        </li>
    }
}

#[component]
fn Suggestion(
    comment: shared::review::wire::CommentView,
    text: String,
    passage: String,
    queued: Option<Queued>,
    vctx: VersionCtx,
) -> impl IntoView {
    let i = use_i18n();
    let session = use_session();
    let sync = use_sync();
    let id = comment.id;
    let accepted = comment.suggestion_accepted_by.clone();
    let accepted_at = comment.suggestion_accepted_at;
    let deletes = text.is_empty();
    let can_accept = move || vctx.project.is_owner() && accepted.is_none() && queued.is_none();
    let accept = move |_| {
        sync.submit(Command::AcceptSuggestion(AcceptSuggestion {
            comment_id: id,
        }));
    };
    let accepted_text = {
        let by = comment.suggestion_accepted_by.clone();
        move || {
            let by = by.clone()?;
            Some(match accepted_at {
                Some(at) => {
                    let time = format::date_time(at, i.locale(), &session.time_zone());
                    i.t_with(
                        "review-accepted",
                        &[("name", by.as_str().into()), ("time", time.as_str().into())],
                    )
                }
                None => i.t("review-accepting"),
            })
        }
    };
    view! {
        <div class="suggestion">
            <p class="suggestion-label">{i.tr("review-suggested")}</p>
            <p class="suggestion-change">
                <del><span class="visually-hidden">{i.tr("review-suggested-remove")}" "</span>{passage}</del>
                " "
                {(!deletes).then(|| view! {
                    <ins><span class="visually-hidden">{i.tr("review-suggested-insert")}" "</span>{text}</ins>
                })}
            </p>
            {move || accepted_text().map(|t| view! { <p class="meta">{t}</p> })}
            <Show when=can_accept>
                <button type="button" class="button" on:click=accept>{i.tr("review-accept")}</button>
            </Show>
        </div>
    }
}

#[component]
fn EditForm(id: shared::ids::CommentId, body: String) -> impl IntoView {
    let i = use_i18n();
    let sync = use_sync();
    let value = RwSignal::new(body);
    let error = RwSignal::new(None::<String>);
    let open = RwSignal::new(false);
    let field = format!("edit-{id}");
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match CommentBody::parse(&value.get_untracked()) {
            Ok(body) => {
                error.set(None);
                sync.submit(Command::EditComment(EditComment {
                    comment_id: id,
                    body,
                }));
                open.set(false);
            }
            Err(invalid) => error.set(Some(i.invalid(&invalid))),
        }
    };
    view! {
        <details class="comment-edit" prop:open=move || open.get()
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary>{i.tr("review-edit")}</summary>
            <form class="form" on:submit=save novalidate>
                <div class="field" class:field-invalid=move || error.get().is_some()>
                    <label for=field.clone()>{i.tr("review-edit-text")}</label>
                    <textarea id=field.clone() rows="4" prop:value=move || value.get()
                        aria-invalid=move || error.get().map(|_| "true")
                        on:input=move |ev| value.set(event_target_value(&ev))></textarea>
                    {move || error.get().map(|m| view! { <p class="field-error">{m}</p> })}
                </div>
                <button type="submit" class="button">{i.tr("common-save")}</button>
            </form>
        </details>
    }
}
