//! A project (`/projects/:id` and below): its heading with progress and who else is here, the
//! version being read (the newest, or one by number), its versions and its stages. The page
//! tells the server it is open, for the others' "also here".

use super::not_found::NotFoundPage;
use super::use_title;
use crate::api;
use crate::components::echo::{Echo, superseded};
use crate::components::load::{LiveData, LoadError, LoadState, Loading};
use crate::components::review::ProjectCtx;
use crate::components::review::presence::Presence;
use crate::components::review::stages::{StageProgressBar, StagesPanel};
use crate::components::review::version::VersionPane;
use crate::components::review::versions::{VersionHeading, VersionsPanel};
use crate::i18n::use_i18n;
use crate::sync::{apply, use_sync};
use leptos::prelude::*;
use leptos_router::components::{A, Outlet};
use leptos_router::hooks::{use_params_map, use_query_map};
use shared::command::Command;
use shared::ids::{ProjectId, ThreadId, VersionId};
use shared::review::wire::{ProjectDetail, ReviewRole};

/// `/projects/:id` and below: one [`ProjectPage`] per project id.
#[component]
pub fn ProjectLayout() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<ProjectId>().ok())
    });
    move || match id.get() {
        Some(id) => view! { <ProjectPage id/> }.into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}

fn stage_of(command: &Command) -> Option<(ProjectId, i64)> {
    match command {
        Command::CompleteStage(c) => Some((c.project_id, c.position)),
        Command::ReopenStage(c) => Some((c.project_id, c.position)),
        _ => None,
    }
}

/// Whether the project shows a project command.
fn settled(d: &ProjectDetail, command: &Command) -> bool {
    let stage = |p: i64| d.project.stages.iter().find(|s| s.position == p);
    match command {
        Command::AddVersion(c) => d.versions.iter().any(|v| v.id == c.version_id),
        Command::CompleteStage(c) => stage(c.position).is_none_or(|s| s.done_at.is_some()),
        Command::ReopenStage(c) => stage(c.position).is_none_or(|s| s.done_at.is_none()),
        _ => true,
    }
}

#[component]
fn ProjectPage(id: ProjectId) -> impl IntoView {
    let i = use_i18n();
    let sync = use_sync();
    let live = LiveData::new(
        move || api::review::project(id),
        |d: &ProjectDetail| d.head,
        apply::to_project,
    );
    let echo = Echo::new(
        move |c| match c {
            Command::AddVersion(c) => c.project_id == id,
            other => stage_of(other).is_some_and(|(p, _)| p == id),
        },
        || {},
    );
    Effect::new(move |_| {
        echo.items();
        live.data.with(|d| {
            if let Some(d) = d {
                let same =
                    |a: &Command, b: &Command| stage_of(a).is_some() && stage_of(a) == stage_of(b);
                echo.settle(|p, all| settled(d, &p.command) || superseded(p, all, same));
            }
        });
    });
    let ctx = ProjectCtx {
        id,
        detail: live.data,
        echo,
    };
    provide_context(ctx);
    sync.view_project(Some(id));
    on_cleanup(move || sync.view_project(None));
    let title = move || {
        live.data.with(|d| {
            d.as_ref()
                .map(|d| d.project.title.clone())
                .unwrap_or_default()
        })
    };
    use_title(title);
    let back = move || {
        live.data.with(|d| {
            d.as_ref()
                .map(|d| format!("/programs/{}/review", d.project.program_id))
        })
    };
    let owner = move || {
        live.data.with(|d| {
            d.as_ref().map(|d| {
                i.t_with(
                    "project-by",
                    &[("name", d.project.owner_name.as_str().into())],
                )
            })
        })
    };
    let stages = Signal::derive(move || {
        live.data.with(|d| {
            d.as_ref()
                .map(|d| d.project.stages.clone())
                .unwrap_or_default()
        })
    });
    move || {
        match live.state.get() {
        LoadState::Loading => view! { <Loading/> }.into_any(),
        LoadState::Failed(error) => view! { <LoadError error on_retry=move |_| live.retry()/> }.into_any(),
        LoadState::Ready => view! {
            <p class="breadcrumb"><A href=move || back().unwrap_or_default()>{i.tr("project-back")}</A></p>
            <div class="project-heading">
                <h1>{title}</h1>
                <p class="meta">{owner}</p>
                <StageProgressBar stages/>
                <Presence project=id/>
            </div>
            <Outlet/>
            <VersionsPanel ctx/>
            <StagesPanel ctx/>
        }
        .into_any(),
    }
    }
}

/// `/projects/:id`: the newest version. The owner (who uploads) follows each new version; the
/// others are told one was added and switch when they choose.
#[component]
pub fn LatestVersion() -> impl IntoView {
    let i = use_i18n();
    let ctx = expect_context::<ProjectCtx>();
    let newest = Memo::new(move |_| {
        ctx.detail
            .with(|d| d.as_ref().and_then(|d| d.versions.last().map(|v| v.id)))
    });
    let shown = RwSignal::new(None::<VersionId>);
    Effect::new(move |_| {
        let newest = newest.get();
        if shown.get_untracked().is_none() || untrack(|| ctx.role()) == Some(ReviewRole::Owner) {
            shown.set(newest);
        }
    });
    let behind = move || newest.get().is_some() && shown.get() != newest.get();
    view! {
        <Show when=behind>
            <div class="notice notice-info" role="status">
                <p>{i.tr("versions-added-new")}</p>
                <button type="button" class="button" on:click=move |_| shown.set(newest.get_untracked())>
                    {i.tr("versions-show-new")}
                </button>
            </div>
        </Show>
        {move || match shown.get() {
            Some(version) => view! { <Shown ctx version focus=None/> }.into_any(),
            None => view! { <p class="empty">{i.tr("versions-none-yet")}</p> }.into_any(),
        }}
    }
}

/// `/projects/:id/versions/:n` (`?thread=` shows that thread's passage at once).
#[component]
pub fn NumberedVersion() -> impl IntoView {
    let i = use_i18n();
    let ctx = expect_context::<ProjectCtx>();
    let params = use_params_map();
    let query = use_query_map();
    let number = Memo::new(move |_| params.read().get("n").and_then(|n| n.parse::<i64>().ok()));
    let version = Memo::new(move |_| {
        let n = number.get()?;
        ctx.detail.with(|d| {
            d.as_ref()?
                .versions
                .iter()
                .find(|v| v.number == n)
                .map(|v| v.id)
        })
    });
    let focus = move || {
        query
            .read()
            .get("thread")
            .and_then(|t| t.parse::<ThreadId>().ok())
    };
    move || match version.get() {
        Some(version) => view! { <Shown ctx version focus=untrack(focus)/> }.into_any(),
        None => {
            view! { <p class="form-alert" role="alert">{i.tr("error-not-found")}</p> }.into_any()
        }
    }
}

/// The heading of `version` and the version itself.
#[component]
fn Shown(ctx: ProjectCtx, version: VersionId, focus: Option<ThreadId>) -> impl IntoView {
    let (info, latest) = untrack(|| {
        ctx.detail.with(|d| {
            let d = d.as_ref()?;
            let info = d.versions.iter().find(|v| v.id == version)?.clone();
            Some((info, d.versions.last().map(|v| v.number)))
        })
    })
    .unzip();
    view! {
        {info.map(|info| view! { <VersionHeading project=ctx.id info latest=latest.flatten()/> })}
        <VersionPane project=ctx version focus/>
    }
}
