//! A program: its heading and role-aware navigation (the layout around its sub-pages), and the
//! overview with its announcements.

use super::use_title;
use crate::api;
use crate::components::announcements::{AnnouncementForm, AnnouncementList, merge};
use crate::components::load::{LiveData, LoadError, LoadState, Loading};
use crate::components::roles::RoleList;
use crate::i18n::use_i18n;
use crate::pages::not_found::NotFoundPage;
use crate::session::use_session;
use crate::sync::{apply, use_sync};
use leptos::prelude::*;
use leptos_router::components::{A, Outlet};
use leptos_router::hooks::use_params_map;
use shared::api::ProgramDetail;
use shared::ids::ProgramId;
use shared::role::{Role, Section, sections_for};

/// What the sub-pages of a program share.
#[derive(Clone, Copy)]
pub struct ProgramCtx {
    pub id: ProgramId,
    pub detail: ReadSignal<Option<ProgramDetail>>,
}

impl ProgramCtx {
    /// The person's roles in the program (tracked).
    pub fn roles(self) -> Vec<Role> {
        self.detail
            .with(|d| d.as_ref().map(|d| d.program.roles.clone()))
            .unwrap_or_default()
    }

    pub fn holds_any(self, roles: &[Role]) -> bool {
        self.roles().iter().any(|r| roles.contains(r))
    }
}

/// `/programs/:id` and below: one [`ProgramPage`] per program id.
#[component]
pub fn ProgramLayout() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<ProgramId>().ok())
    });
    move || match id.get() {
        Some(id) => view! { <ProgramPage id/> }.into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}

/// A program's heading and navigation around the sub-page of the address.
#[component]
fn ProgramPage(id: ProgramId) -> impl IntoView {
    let i = use_i18n();
    let session = use_session();
    let me = session.person();
    let live = LiveData::new(
        move || api::program(id),
        |d: &ProgramDetail| d.head,
        move |d, change| me.is_some_and(|me| apply::to_program(d, me, change)),
    );
    let detail = live.data;
    let ctx = ProgramCtx { id, detail };
    provide_context(ctx);
    let name = move || {
        detail.with(|d| {
            d.as_ref()
                .map(|d| d.program.name.clone())
                .unwrap_or_default()
        })
    };
    use_title(name);
    let lang = move || detail.with(|d| d.as_ref().map(|d| d.program.locale.tag()));
    move || match live.state.get() {
        LoadState::Loading => view! { <Loading/> }.into_any(),
        LoadState::Failed(error) => {
            view! { <LoadError error on_retry=move |_| live.retry()/> }.into_any()
        }
        LoadState::Ready => view! {
            <div class="program-heading">
                <h1 lang=lang>{name}</h1>
                <p class="program-description" lang=lang>
                    {move || detail.with(|d| d.as_ref().map(|d| d.program.description.clone()))}
                </p>
                <p class="card-label">{i.tr("dashboard-your-roles")}</p>
                <RoleList roles=Signal::derive(move || ctx.roles())/>
            </div>
            <ProgramNav ctx/>
            <Outlet/>
        }
        .into_any(),
    }
}

/// Links to the sections the person's roles open, and to the coordinators' pages.
#[component]
fn ProgramNav(ctx: ProgramCtx) -> impl IntoView {
    let i = use_i18n();
    let base = format!("/programs/{}", ctx.id);
    let links = Memo::new(move |_| {
        let roles = ctx.roles();
        let mut links: Vec<(String, &'static str)> = vec![(String::new(), "program-overview")];
        for section in sections_for(&roles) {
            links.push((format!("/{}", section.as_str()), section_key(section)));
        }
        if roles.contains(&Role::Coordinator) {
            links.push(("/members".to_owned(), "program-members"));
            links.push(("/settings".to_owned(), "program-settings"));
        }
        links
    });
    view! {
        <nav class="program-nav" aria-label=i.tr("program-sections")>
            <ul>
                <For each=move || links.get() key=|(path, _)| path.clone() children=move |(path, key)| {
                    let base = base.clone();
                    let exact = path.is_empty();
                    view! { <li><A href=format!("{base}{path}") exact>{i.tr(key)}</A></li> }
                }/>
            </ul>
        </nav>
    }
}

/// The message id of a section's name.
pub fn section_key(section: Section) -> &'static str {
    match section {
        Section::Review => "section-review",
        Section::Feedback => "section-feedback",
        Section::Selection => "section-selection",
        Section::Booking => "section-booking",
    }
}

/// The program's announcements, and the form to post one for coordinators and supervisors.
#[component]
pub fn ProgramOverview() -> impl IntoView {
    let i = use_i18n();
    let session = use_session();
    let sync = use_sync();
    let ctx = expect_context::<ProgramCtx>();
    let items = Signal::derive(move || {
        let author = session.me().map(|me| me.display_name).unwrap_or_default();
        ctx.detail.with(|d| match d {
            Some(d) => merge(
                &d.announcements,
                &sync.pending(),
                Some(d.program.id),
                &author,
                |_| (None, Some(d.program.locale)),
            ),
            None => Vec::new(),
        })
    });
    let can_post = move || ctx.holds_any(&[Role::Coordinator, Role::Supervisor]);
    let program = ctx.id;
    view! {
        <Show when=can_post>
            <section aria-labelledby="announce-new" class="panel">
                <h2 id="announce-new">{i.tr("announce-new")}</h2>
                <AnnouncementForm program/>
            </section>
        </Show>
        <section aria-labelledby="program-announcements">
            <h2 id="program-announcements">{i.tr("program-announcements")}</h2>
            <AnnouncementList items/>
        </section>
    }
}
