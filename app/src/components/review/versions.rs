//! A project's versions: each to read or download, the one waiting to be added, a form to
//! compare two of them, and (for the owner) the upload of the next one.

use super::ProjectCtx;
use super::upload::UploadForm;
use crate::api;
use crate::format;
use crate::i18n::{I18n, use_i18n};
use crate::session::use_session;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use shared::command::Command;
use shared::ids::ProjectId;
use shared::review::wire::VersionInfo;

/// "12.5 KB", "830 B".
fn size(bytes: i64) -> String {
    if bytes < 1024 {
        format!("{bytes} B")
    } else if bytes < 1024 * 1024 {
        format!("{:.1} KB", bytes as f64 / 1024.0)
    } else {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    }
}

/// Who added a version and when, with its note.
fn added(i: I18n, v: &VersionInfo, time_zone: &str) -> String {
    let time = format::date_time(v.created_at, i.locale(), time_zone);
    i.t_with(
        "versions-added",
        &[
            ("name", v.created_by.as_str().into()),
            ("time", time.as_str().into()),
        ],
    )
}

/// The heading of the version being read, with its file to download.
#[component]
pub fn VersionHeading(project: ProjectId, info: VersionInfo, latest: Option<i64>) -> impl IntoView {
    let i = use_i18n();
    let session = use_session();
    let n = info.number;
    let note = info.note.clone();
    let file = format!("{} · {}", info.filename, size(info.size));
    let meta = {
        let info = info.clone();
        move || added(i, &info, &session.time_zone())
    };
    let older = latest.filter(|l| *l > n);
    view! {
        <div class="version-heading">
            <h2 id="version-heading">{move || i.t_with("versions-number", &[("number", n.into())])}</h2>
            <p class="meta">{file}" · "{meta}</p>
            {(!note.is_empty()).then(|| view! { <p class="version-note">{note}</p> })}
            <p><a href=api::review::file_url(info.id) download="">{i.tr("versions-download")}</a></p>
            {older.map(|l| view! {
                <p class="notice-older">
                    {i.tr("versions-older")}" "
                    <A href=format!("/projects/{project}")>{move || i.t_with("versions-read-latest", &[("number", l.into())])}</A>
                </p>
            })}
        </div>
    }
}

#[component]
pub fn VersionsPanel(ctx: ProjectCtx) -> impl IntoView {
    let i = use_i18n();
    let session = use_session();
    let versions = Memo::new(move |_| {
        ctx.detail
            .with(|d| d.as_ref().map(|d| d.versions.clone()).unwrap_or_default())
    });
    let waiting = move || {
        ctx.echo.items().iter().any(|p| {
            matches!(&p.command, Command::AddVersion(c) if c.project_id == ctx.id
                && !versions.with(|vs| vs.iter().any(|v| v.id == c.version_id)))
        })
    };
    let two_or_more = move || versions.with(|v| v.len() >= 2);
    let newest_first = Memo::new(move |_| versions.get().into_iter().rev().collect::<Vec<_>>());
    let base = format!("/projects/{}", ctx.id);
    view! {
        <section class="panel" id="versions" aria-labelledby="versions-heading">
            <h2 id="versions-heading">{i.tr("versions-title")}</h2>
            <Show when=move || versions.with(Vec::is_empty) && !waiting()>
                <p class="empty">{i.tr("versions-none")}</p>
            </Show>
            <ol class="versions" reversed>
                <Show when=waiting>
                    <li class="version version-pending">
                        <p><strong>{i.tr("versions-new")}</strong></p>
                        <p class="badge-pending">{i.tr("announce-pending")}</p>
                    </li>
                </Show>
                <For each=move || newest_first.get() key=|v| v.id children=move |v| {
                    let n = v.number;
                    let href = format!("{base}/versions/{n}");
                    let meta = {
                        let v = v.clone();
                        move || format!("{} · {}", v.filename, added(i, &v, &session.time_zone()))
                    };
                    view! {
                        <li class="version">
                            <p><A href=href>{move || i.t_with("versions-read", &[("number", n.into())])}</A></p>
                            <p class="meta">{meta}</p>
                            {(!v.note.is_empty()).then(|| view! { <p class="version-note">{v.note.clone()}</p> })}
                            <p><a href=api::review::file_url(v.id) download="">
                                {move || i.t_with("versions-download-number", &[("number", n.into())])}
                            </a></p>
                        </li>
                    }
                }/>
            </ol>
            <Show when=two_or_more>
                <CompareForm ctx/>
            </Show>
            <Show when=move || ctx.is_owner()>
                <UploadForm ctx/>
            </Show>
        </section>
    }
}

#[component]
fn CompareForm(ctx: ProjectCtx) -> impl IntoView {
    let i = use_i18n();
    let navigate = use_navigate();
    let numbers = move || {
        ctx.detail.with(|d| {
            d.as_ref()
                .map(|d| d.versions.iter().map(|v| v.number).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let last = untrack(numbers).last().copied().unwrap_or(1);
    let from = RwSignal::new((last - 1).max(1).to_string());
    let to = RwSignal::new(last.to_string());
    let compare = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let path = format!(
            "/projects/{}/compare?from={}&to={}",
            ctx.id,
            from.get_untracked(),
            to.get_untracked()
        );
        navigate(&path, Default::default());
    };
    let options = move |chosen: RwSignal<String>| {
        numbers()
            .into_iter()
            .map(|n| {
                let value = n.to_string();
                let selected = value.clone();
                view! {
                    <option value=value prop:selected=move || chosen.get() == selected>
                        {move || i.t_with("versions-number", &[("number", n.into())])}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <form class="compare-form" on:submit=compare aria-labelledby="compare-heading">
            <h3 id="compare-heading">{i.tr("compare-title")}</h3>
            <div class="compare-pick">
                <label for="compare-from">{i.tr("compare-from")}</label>
                <select id="compare-from" on:change=move |ev| from.set(event_target_value(&ev))>{move || options(from)}</select>
            </div>
            <div class="compare-pick">
                <label for="compare-to">{i.tr("compare-to")}</label>
                <select id="compare-to" on:change=move |ev| to.set(event_target_value(&ev))>{move || options(to)}</select>
            </div>
            <button type="submit" class="button">{i.tr("compare-submit")}</button>
        </form>
    }
}
