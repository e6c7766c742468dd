//! A project's stages and its progress through them; mentors mark a stage finished (naming the
//! newest version as its result) or take that back.

use super::ProjectCtx;
use crate::format;
use crate::i18n::{I18n, use_i18n};
use crate::session::use_session;
use crate::sync::use_sync;
use leptos::prelude::*;
use shared::command::{Command, CompleteStage, ReopenStage};
use shared::review::wire::{ReviewRole, StageProgress};

/// "1 of 3 stages finished", or that the project has no stages.
pub fn progress_text(i: I18n, stages: &[StageProgress]) -> String {
    if stages.is_empty() {
        return i.t("stages-none");
    }
    let done = stages.iter().filter(|s| s.done_at.is_some()).count();
    i.t_with(
        "stages-progress",
        &[("done", done.into()), ("count", stages.len().into())],
    )
}

/// The progress bar with its text.
#[component]
pub fn StageProgressBar(#[prop(into)] stages: Signal<Vec<StageProgress>>) -> impl IntoView {
    let i = use_i18n();
    let done = move || stages.with(|s| s.iter().filter(|s| s.done_at.is_some()).count());
    let total = move || stages.with(Vec::len);
    let text = move || stages.with(|s| progress_text(i, s));
    let has_stages = move || total() > 0;
    view! {
        <div class="stage-progress">
            <Show when=has_stages>
                <progress max=move || total().to_string() value=move || done().to_string()
                    aria-label=i.tr("stages-title")></progress>
            </Show>
            <span>{text}</span>
        </div>
    }
}

/// The stages with the queued marks applied: `(stage, waiting)`.
fn shown(ctx: ProjectCtx) -> Vec<(StageProgress, bool)> {
    let queued = ctx.echo.items();
    let mut stages: Vec<(StageProgress, bool)> = ctx
        .detail
        .with(|d| {
            d.as_ref()
                .map(|d| d.project.stages.clone())
                .unwrap_or_default()
        })
        .into_iter()
        .map(|s| (s, false))
        .collect();
    for item in queued {
        match item.command {
            Command::CompleteStage(c) if c.project_id == ctx.id => {
                if let Some((s, waiting)) =
                    stages.iter_mut().find(|(s, _)| s.position == c.position)
                {
                    *waiting = s.done_at.is_none();
                }
            }
            Command::ReopenStage(c) if c.project_id == ctx.id => {
                if let Some((s, waiting)) =
                    stages.iter_mut().find(|(s, _)| s.position == c.position)
                {
                    *waiting = s.done_at.is_some();
                }
            }
            _ => {}
        }
    }
    stages
}

#[component]
pub fn StagesPanel(ctx: ProjectCtx) -> impl IntoView {
    let i = use_i18n();
    let session = use_session();
    let sync = use_sync();
    let stages = Memo::new(move |_| shown(ctx));
    let progress = Signal::derive(move || {
        stages.with(|s| s.iter().map(|(s, _)| s.clone()).collect::<Vec<_>>())
    });
    let mentor = move || ctx.role() == Some(ReviewRole::Mentor);
    let latest = move || {
        ctx.detail
            .with(|d| d.as_ref().and_then(|d| d.versions.last().map(|v| v.id)))
    };
    view! {
        <section class="panel" id="stages" aria-labelledby="stages-heading">
            <h2 id="stages-heading">{i.tr("stages-title")}</h2>
            <StageProgressBar stages=progress/>
            <ol class="stages">
                <For each=move || stages.get() key=|(s, waiting)| (s.position, s.done_at, *waiting) children=move |(stage, waiting)| {
                    let position = stage.position;
                    let name = stage.name.clone();
                    let done = stage.done_at.is_some() != waiting;
                    let state = move || match (&stage.done_at, &stage.done_by, waiting) {
                        (_, _, true) => i.t("announce-pending"),
                        (Some(at), by, false) => {
                            let time = format::date_time(*at, i.locale(), &session.time_zone());
                            i.t_with("stages-done-by", &[("name", by.clone().unwrap_or_default().as_str().into()), ("time", time.as_str().into())])
                        }
                        (None, _, false) => i.t("stages-open"),
                    };
                    let mark = move |_| {
                        sync.submit(if done {
                            Command::ReopenStage(ReopenStage { project_id: ctx.id, position })
                        } else {
                            Command::CompleteStage(CompleteStage { project_id: ctx.id, position, version_id: latest() })
                        });
                    };
                    let label = {
                        let name = name.clone();
                        move || if done {
                            i.t_with("stages-reopen", &[("stage", name.as_str().into())])
                        } else {
                            i.t_with("stages-complete", &[("stage", name.as_str().into())])
                        }
                    };
                    view! {
                        <li class="stage" class:stage-done=done>
                            <p><strong>{name}</strong></p>
                            <p class="meta" class:badge-pending=waiting>{state}</p>
                            <Show when=move || mentor() && !waiting>
                                <button type="button" class="button button-quiet" on:click=mark>{label.clone()}</button>
                            </Show>
                        </li>
                    }
                }/>
            </ol>
        </section>
    }
}
