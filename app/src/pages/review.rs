//! A program's review section: the projects the person may see with their progress, starting a
//! project (mentees), and the stages every project goes through (coordinators).

use super::program::ProgramCtx;
use crate::api;
use crate::components::echo::{Echo, superseded};
use crate::components::field::{FormStatus, TextField, focus};
use crate::components::load::{LiveData, LoadError, LoadState, Loading};
use crate::components::review::projects::{Listed, ProjectCards};
use crate::i18n::use_i18n;
use crate::sync::{apply, use_sync};
use leptos::prelude::*;
use shared::command::{Command, CreateProject, SetReviewStages};
use shared::ids::{ProgramId, ProjectId};
use shared::review::wire::ProjectList;
use shared::role::{Role, Section, sections_for};
use shared::text::{ProjectTitle, StageName};

#[component]
pub fn ReviewPage() -> impl IntoView {
    let i = use_i18n();
    let ctx = expect_context::<ProgramCtx>();
    let open = move || sections_for(&ctx.roles()).contains(&Section::Review);
    view! {
        <Show when=open fallback=move || view! {
            <p class="form-alert" role="alert">{i.tr("error-forbidden")}</p>
        }>
            <ReviewContent ctx/>
        </Show>
    }
}

fn concerns(program: ProgramId, command: &Command) -> bool {
    match command {
        Command::CreateProject(c) => c.program_id == program,
        Command::SetReviewStages(c) => c.program_id == program,
        _ => false,
    }
}

#[component]
fn ReviewContent(ctx: ProgramCtx) -> impl IntoView {
    let i = use_i18n();
    let program = ctx.id;
    let live = LiveData::new(
        move || api::review::projects(program),
        |l: &ProjectList| l.head,
        move |l, change| apply::to_projects(l, program, change),
    );
    // Stages announce no change: load again once the server took them.
    let echo = Echo::new(move |c| concerns(program, c), move || live.retry());
    Effect::new(move |_| {
        echo.items();
        live.data.with(|d| {
            let Some(d) = d else { return };
            echo.settle(|p, all| match &p.command {
                Command::CreateProject(c) => d.projects.iter().any(|x| x.id == c.project_id),
                Command::SetReviewStages(c) => {
                    let same = |a: &Command, b: &Command| {
                        matches!(
                            (a, b),
                            (Command::SetReviewStages(_), Command::SetReviewStages(_))
                        )
                    };
                    superseded(p, all, same)
                        || c.stages
                            .iter()
                            .map(|s| s.as_str())
                            .eq(d.stages.iter().map(String::as_str))
                }
                _ => true,
            });
        });
    });
    let items = Signal::derive(move || {
        let waiting = echo.items().into_iter().filter_map(|p| match p.command {
            Command::CreateProject(c) => Some(Listed::Waiting(c.project_id, c.title.to_string())),
            _ => None,
        });
        let known = live
            .data
            .with(|d| d.as_ref().map(|d| d.projects.clone()).unwrap_or_default());
        let known_ids: Vec<ProjectId> = known.iter().map(|p| p.id).collect();
        waiting
            .filter(|w| !matches!(w, Listed::Waiting(id, _) if known_ids.contains(id)))
            .chain(known.into_iter().map(Listed::Known))
            .collect::<Vec<_>>()
    });
    let mentee = move || ctx.holds_any(&[Role::Mentee]);
    let coordinator = move || ctx.holds_any(&[Role::Coordinator]);
    let empty = if untrack(mentee) {
        "review-no-projects-mentee"
    } else {
        "review-no-projects"
    };
    view! {
        <section class="panel" aria-labelledby="section-heading">
            <h2 id="section-heading">{i.tr("section-review")}</h2>
            <p>{i.tr("review-intro")}</p>
            <Show when=mentee>
                <NewProjectForm program/>
            </Show>
        </section>
        <Show when=coordinator>
            <StagesForm program live echo/>
        </Show>
        <section aria-labelledby="projects-heading">
            <h2 id="projects-heading">{i.tr("review-projects")}</h2>
            {move || match live.state.get() {
                LoadState::Loading => view! { <Loading/> }.into_any(),
                LoadState::Failed(error) => view! { <LoadError error on_retry=move |_| live.retry()/> }.into_any(),
                LoadState::Ready => view! { <ProjectCards items empty/> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn NewProjectForm(program: ProgramId) -> impl IntoView {
    let i = use_i18n();
    let sync = use_sync();
    let title = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        status.set(None);
        let parsed = match ProjectTitle::parse(&title.get_untracked()) {
            Ok(t) => t,
            Err(invalid) => {
                error.set(Some(i.invalid(&invalid)));
                return focus("project-title");
            }
        };
        error.set(None);
        sync.submit(Command::CreateProject(CreateProject {
            project_id: ProjectId(uuid::Uuid::new_v4()),
            program_id: program,
            title: parsed,
        }));
        title.set(String::new());
        status.set(Some(if sync.is_online() {
            i.t("review-project-created")
        } else {
            i.t("sync-queued")
        }));
    };
    view! {
        <form class="form" novalidate on:submit=submit aria-labelledby="new-project-heading">
            <h3 id="new-project-heading">{i.tr("review-new-project")}</h3>
            <TextField id="project-title" label="review-project-title" value=title error required=true/>
            <button type="submit" class="button button-primary">{i.tr("review-start-project")}</button>
            <FormStatus message=status/>
        </form>
    }
}

/// The program's stages, one per line (coordinators).
#[component]
fn StagesForm(program: ProgramId, live: LiveData<ProjectList>, echo: Echo) -> impl IntoView {
    let i = use_i18n();
    let sync = use_sync();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<String>);
    // The form starts from the stages as loaded, once.
    Effect::new(move |filled: Option<bool>| {
        if filled == Some(true) {
            return true;
        }
        live.data.with(|d| match d {
            Some(d) => {
                text.set(d.stages.join("\n"));
                true
            }
            None => false,
        })
    });
    let waiting = move || {
        echo.items()
            .iter()
            .any(|p| matches!(p.command, Command::SetReviewStages(_)))
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        status.set(None);
        let names: Result<Vec<StageName>, _> = text
            .get_untracked()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(StageName::parse)
            .collect();
        let command = names.map(|stages| SetReviewStages {
            program_id: program,
            stages,
        });
        match command.and_then(|c| c.validate().map(|()| c)) {
            Ok(c) => {
                error.set(None);
                sync.submit(Command::SetReviewStages(c));
                status.set(Some(if sync.is_online() {
                    i.t("common-saved")
                } else {
                    i.t("sync-queued")
                }));
            }
            Err(invalid) => {
                error.set(Some(i.invalid(&invalid)));
                focus("review-stages");
            }
        }
    };
    view! {
        <section class="panel" aria-labelledby="stages-form-heading">
            <h2 id="stages-form-heading">{i.tr("stages-title")}</h2>
            <form class="form" novalidate on:submit=submit>
                <TextField id="review-stages" label="stages-edit" hint="stages-edit-hint" value=text error multiline=true/>
                <Show when=waiting>
                    <p class="badge-pending">{i.tr("announce-pending")}</p>
                </Show>
                <button type="submit" class="button button-primary">{i.tr("stages-save")}</button>
                <FormStatus message=status/>
            </form>
        </section>
    }
}
