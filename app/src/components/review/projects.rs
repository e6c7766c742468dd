//! The projects of a program as cards (title, mentee, versions, open comments, progress through
//! the stages), with those still waiting in the outbox first.

use super::stages::StageProgressBar;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::components::A;
use shared::ids::ProjectId;
use shared::review::wire::ProjectSummary;

/// A project as listed: from the server, or `(id, title)` still on this device.
#[derive(Clone, Debug, PartialEq)]
pub enum Listed {
    Known(ProjectSummary),
    Waiting(ProjectId, String),
}

#[component]
pub fn ProjectCards(
    #[prop(into)] items: Signal<Vec<Listed>>,
    empty: &'static str,
) -> impl IntoView {
    let i = use_i18n();
    let key = |item: &Listed| match item {
        Listed::Known(p) => (p.id, format!("{p:?}")),
        Listed::Waiting(id, _) => (*id, String::new()),
    };
    view! {
        <Show when=move || !items.with(Vec::is_empty) fallback=move || view! {
            <p class="empty">{i.tr(empty)}</p>
        }>
            <ul class="cards">
                <For each=move || items.get() key=key children=move |item| match item {
                    Listed::Known(p) => view! { <ProjectCard project=p/> }.into_any(),
                    Listed::Waiting(_, title) => view! {
                        <li class="card card-pending">
                            <h3>{title}</h3>
                            <p class="badge-pending">{i.tr("announce-pending")}</p>
                        </li>
                    }
                    .into_any(),
                }/>
            </ul>
        </Show>
    }
}

#[component]
fn ProjectCard(project: ProjectSummary) -> impl IntoView {
    let i = use_i18n();
    let (versions, open) = (project.versions, project.open_threads);
    let owner = project.owner_name.clone();
    let stages = project.stages.clone();
    view! {
        <li class="card">
            <h3><A href=format!("/projects/{}", project.id)>{project.title.clone()}</A></h3>
            <p class="meta">{owner}</p>
            <p class="meta">
                {move || i.t_with("review-versions-count", &[("count", versions.into())])}
                " · "
                {move || i.t_with("review-open-count", &[("count", open.into())])}
            </p>
            <StageProgressBar stages=Signal::stored(stages)/>
        </li>
    }
}
