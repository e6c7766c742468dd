//! "My programs": each program with the person's roles and its size, and the newest
//! announcements across them.

use super::use_title;
use crate::api;
use crate::components::announcements::{AnnouncementList, merge};
use crate::components::load::{LiveData, LoadError, LoadState, Loading};
use crate::components::roles::RoleList;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::sync::{apply, use_sync};
use leptos::prelude::*;
use leptos_router::components::A;
use shared::api::{Dashboard, ProgramSummary};
use shared::command::Command;
use shared::ids::ProgramId;
use shared::role::Role;

#[component]
pub fn DashboardPage() -> impl IntoView {
    let i = use_i18n();
    let session = use_session();
    use_title(i.tr("dashboard-title"));
    let me = session.person();
    let live = LiveData::new(
        api::dashboard,
        |d: &Dashboard| d.head,
        move |d, change| me.is_some_and(|me| apply::to_dashboard(d, me, change)),
    );
    let is_admin = move || session.me().is_some_and(|me| me.is_admin);
    view! {
        <div class="page-heading">
            <h1>{i.tr("dashboard-title")}</h1>
            <Show when=is_admin>
                <A href="/programs/new" attr:class="button button-primary">{i.tr("dashboard-new-program")}</A>
            </Show>
        </div>
        {move || match live.state.get() {
            LoadState::Loading => view! { <Loading/> }.into_any(),
            LoadState::Failed(error) => view! {
                <LoadError error on_retry=move |_| live.retry()/>
            }.into_any(),
            LoadState::Ready => view! { <DashboardContent data=live.data/> }.into_any(),
        }}
    }
}

#[component]
fn DashboardContent(data: ReadSignal<Option<Dashboard>>) -> impl IntoView {
    let i = use_i18n();
    let session = use_session();
    let sync = use_sync();
    let programs = Memo::new(move |_| {
        data.with(|d| d.as_ref().map(|d| d.programs.clone()).unwrap_or_default())
    });
    let waiting = Memo::new(move |_| {
        sync.pending()
            .into_iter()
            .filter_map(|p| match p.command {
                Command::CreateProgram(c)
                    if !programs.with(|ps| ps.iter().any(|x| x.id == c.program_id)) =>
                {
                    Some((c.program_id, c.name.to_string()))
                }
                _ => None,
            })
            .collect::<Vec<_>>()
    });
    let announcements = Signal::derive(move || {
        let author = session.me().map(|me| me.display_name).unwrap_or_default();
        data.with(|d| match d {
            Some(d) => merge(&d.announcements, &sync.pending(), None, &author, |id| {
                d.programs
                    .iter()
                    .find(|p| p.id == id)
                    .map_or((None, None), |p| (Some(p.name.clone()), Some(p.locale)))
            }),
            None => Vec::new(),
        })
    });
    let empty = move || programs.with(Vec::is_empty) && waiting.with(Vec::is_empty);
    view! {
        <Show when=empty>
            <p class="empty">{i.tr("dashboard-empty")}</p>
        </Show>
        <ul class="cards">
            <For each=move || waiting.get() key=|(id, _)| *id children=move |(_, name)| view! {
                <li class="card card-pending">
                    <h2>{name}</h2>
                    <p class="badge-pending">{i.tr("announce-pending")}</p>
                </li>
            }/>
            <For each=move || programs.get() key=card_key children=move |program| {
                view! { <ProgramCard program/> }
            }/>
        </ul>
        <section aria-labelledby="dashboard-announcements">
            <h2 id="dashboard-announcements">{i.tr("dashboard-announcements")}</h2>
            <AnnouncementList items=announcements/>
        </section>
    }
}

/// Cards are rebuilt when anything they show changes.
fn card_key(p: &ProgramSummary) -> (ProgramId, String, String, Vec<Role>, i64) {
    (
        p.id,
        p.name.clone(),
        p.description.clone(),
        p.roles.clone(),
        p.member_count,
    )
}

/// One program the person is in. Its name links to the program.
#[component]
fn ProgramCard(program: ProgramSummary) -> impl IntoView {
    let i = use_i18n();
    let count = program.member_count;
    let roles = program.roles.clone();
    let lang = program.locale.tag();
    view! {
        <li class="card">
            <h2 lang=lang><A href=format!("/programs/{}", program.id)>{program.name}</A></h2>
            <p class="card-text" lang=lang>{program.description}</p>
            <p class="card-label">{i.tr("dashboard-your-roles")}</p>
            <RoleList roles=Signal::derive(move || roles.clone())/>
            <p class="meta">{move || i.t_with("dashboard-members", &[("count", count.into())])}</p>
        </li>
    }
}
