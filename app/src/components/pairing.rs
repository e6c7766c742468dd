//! Who works with whom (coordinators): mentees paired with mentors, and mentors under
//! supervisors. Review access rests on these pairs.

use super::echo::{Echo, superseded};
use super::load::{LiveData, LoadError, LoadState, Loading};
use crate::api;
use crate::i18n::use_i18n;
use crate::sync::{apply, use_sync};
use leptos::prelude::*;
use shared::api::{MemberList, PairList};
use shared::command::{AssignSupervisor, Command, PairMentee, UnpairMentee};
use shared::ids::{PersonId, ProgramId};
use shared::role::Role;

/// The people on both sides of a pairing command.
fn sides(command: &Command) -> Option<(PersonId, PersonId)> {
    match command {
        Command::PairMentee(c) => Some((c.mentee_id, c.mentor_id)),
        Command::UnpairMentee(c) => Some((c.mentee_id, c.mentor_id)),
        _ => None,
    }
}

fn settled(list: &PairList, command: &Command) -> bool {
    let paired = |mentee, mentor| {
        list.pairs
            .iter()
            .any(|p| p.mentee_id == mentee && p.mentor_id == mentor)
    };
    match command {
        Command::PairMentee(c) => paired(c.mentee_id, c.mentor_id),
        Command::UnpairMentee(c) => !paired(c.mentee_id, c.mentor_id),
        Command::AssignSupervisor(c) => list
            .supervisions
            .iter()
            .any(|s| s.mentor_id == c.mentor_id && s.supervisor_id == c.supervisor_id),
        _ => true,
    }
}

/// A row as shown: `(left, right, waiting)`, names of a mentee and mentor, or mentor and
/// supervisor.
type Row = (PersonId, String, PersonId, String, bool);

#[component]
pub fn Pairing(program: ProgramId, members: ReadSignal<Option<MemberList>>) -> impl IntoView {
    let i = use_i18n();
    let live = LiveData::new(
        move || api::review::pairs(program),
        |p: &PairList| p.head,
        move |p, change| apply::to_pairs(p, program, change),
    );
    let relevant = move |c: &Command| match c {
        Command::PairMentee(c) => c.program_id == program,
        Command::UnpairMentee(c) => c.program_id == program,
        Command::AssignSupervisor(c) => c.program_id == program,
        _ => false,
    };
    // Assigning a supervisor announces no change: load again once the server took it.
    let echo = Echo::new(relevant, move || live.retry());
    Effect::new(move |_| {
        echo.items();
        live.data.with(|d| {
            if let Some(d) = d {
                let same = |a: &Command, b: &Command| sides(a).is_some() && sides(a) == sides(b);
                echo.settle(|p, all| settled(d, &p.command) || superseded(p, all, same));
            }
        });
    });
    let name = move |id: PersonId| {
        members.with(|m| {
            m.as_ref()
                .and_then(|m| m.members.iter().find(|x| x.person_id == id))
                .map(|x| x.display_name.clone())
                .unwrap_or_default()
        })
    };
    let pairs = Memo::new(move |_| {
        let mut rows: Vec<Row> = live.data.with(|d| {
            d.iter()
                .flat_map(|d| &d.pairs)
                .map(|p| {
                    (
                        p.mentee_id,
                        p.mentee_name.clone(),
                        p.mentor_id,
                        p.mentor_name.clone(),
                        false,
                    )
                })
                .collect()
        });
        for item in echo.items() {
            match item.command {
                Command::PairMentee(c)
                    if !rows
                        .iter()
                        .any(|r| r.0 == c.mentee_id && r.2 == c.mentor_id) =>
                {
                    rows.push((
                        c.mentee_id,
                        name(c.mentee_id),
                        c.mentor_id,
                        name(c.mentor_id),
                        true,
                    ));
                }
                Command::UnpairMentee(c) => {
                    rows.retain(|r| !(r.0 == c.mentee_id && r.2 == c.mentor_id))
                }
                _ => {}
            }
        }
        rows
    });
    let supervisions = Memo::new(move |_| {
        let mut rows: Vec<Row> = live.data.with(|d| {
            d.iter()
                .flat_map(|d| &d.supervisions)
                .map(|s| {
                    (
                        s.mentor_id,
                        s.mentor_name.clone(),
                        s.supervisor_id,
                        s.supervisor_name.clone(),
                        false,
                    )
                })
                .collect()
        });
        for item in echo.items() {
            if let Command::AssignSupervisor(c) = item.command
                && !rows
                    .iter()
                    .any(|r| r.0 == c.mentor_id && r.2 == c.supervisor_id)
            {
                rows.push((
                    c.mentor_id,
                    name(c.mentor_id),
                    c.supervisor_id,
                    name(c.supervisor_id),
                    true,
                ));
            }
        }
        rows
    });
    view! {
        <section aria-labelledby="pairs-heading">
            <h2 id="pairs-heading">{i.tr("pairs-title")}</h2>
            <p class="hint">{i.tr("pairs-intro")}</p>
            {move || match live.state.get() {
                LoadState::Loading => view! { <Loading/> }.into_any(),
                LoadState::Failed(error) => view! { <LoadError error on_retry=move |_| live.retry()/> }.into_any(),
                LoadState::Ready => view! {
                    <PairRows rows=pairs program empty="pairs-none" separator="pairs-with"/>
                    <ChooseTwo program members left=Role::Mentee right=Role::Mentor/>
                    <h3>{i.tr("pairs-supervision")}</h3>
                    <PairRows rows=supervisions program empty="pairs-no-supervision" separator="pairs-supervised-by"/>
                    <ChooseTwo program members left=Role::Mentor right=Role::Supervisor/>
                }
                .into_any(),
            }}
        </section>
    }
}

#[component]
fn PairRows(
    rows: Memo<Vec<Row>>,
    program: ProgramId,
    empty: &'static str,
    separator: &'static str,
) -> impl IntoView {
    let i = use_i18n();
    let sync = use_sync();
    let unpairs = separator == "pairs-with";
    view! {
        <Show when=move || !rows.with(Vec::is_empty) fallback=move || view! { <p class="empty">{i.tr(empty)}</p> }>
            <ul class="pairs">
                <For each=move || rows.get() key=|r| r.clone() children=move |(left, left_name, right, right_name, waiting)| {
                    let text = {
                        let (l, r) = (left_name.clone(), right_name.clone());
                        move || i.t_with(separator, &[("left", l.as_str().into()), ("right", r.as_str().into())])
                    };
                    let label = move || i.t_with("pairs-unpair-label", &[("left", left_name.as_str().into()), ("right", right_name.as_str().into())]);
                    let unpair = move |_| {
                        sync.submit(Command::UnpairMentee(UnpairMentee { program_id: program, mentee_id: left, mentor_id: right }));
                    };
                    view! {
                        <li class="pair">
                            <span>{text}</span>
                            {waiting.then(|| view! { <span class="badge-pending">{i.tr("announce-pending")}</span> })}
                            {(unpairs && !waiting).then(|| view! {
                                <button type="button" class="button button-quiet" aria-label=label on:click=unpair>
                                    {i.tr("pairs-unpair")}
                                </button>
                            })}
                        </li>
                    }
                }/>
            </ul>
        </Show>
    }
}

/// Two pickers — someone holding `left` and someone holding `right` — and a button that pairs
/// them (mentee with mentor) or puts the mentor under the supervisor.
#[component]
fn ChooseTwo(
    program: ProgramId,
    members: ReadSignal<Option<MemberList>>,
    left: Role,
    right: Role,
) -> impl IntoView {
    let i = use_i18n();
    let sync = use_sync();
    let holding = move |role: Role| {
        members.with(|m| {
            m.iter()
                .flat_map(|m| &m.members)
                .filter(|x| x.roles.contains(&role))
                .map(|x| (x.person_id, x.display_name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let chosen = [RwSignal::new(String::new()), RwSignal::new(String::new())];
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pick = |n: usize| {
            let value = chosen[n].get_untracked();
            let options = holding(if n == 0 { left } else { right });
            value
                .parse::<PersonId>()
                .ok()
                .or_else(|| options.first().map(|(id, _)| *id))
        };
        let (Some(a), Some(b)) = (pick(0), pick(1)) else {
            return;
        };
        sync.submit(if left == Role::Mentee {
            Command::PairMentee(PairMentee {
                program_id: program,
                mentee_id: a,
                mentor_id: b,
            })
        } else {
            Command::AssignSupervisor(AssignSupervisor {
                program_id: program,
                mentor_id: a,
                supervisor_id: b,
            })
        });
    };
    let picker = move |n: usize, role: Role| {
        let id = format!("pair-{}-{}", left.as_str(), role.as_str());
        let label = match role {
            Role::Mentee => "pairs-pick-mentee",
            Role::Mentor => "pairs-pick-mentor",
            _ => "pairs-pick-supervisor",
        };
        view! {
            <label for=id.clone()>{i.tr(label)}</label>
            <select id=id on:change=move |ev| chosen[n].set(event_target_value(&ev))>
                {move || holding(role).into_iter().map(|(person, name)| {
                    let value = person.to_string();
                    view! { <option value=value.clone() prop:selected=move || chosen[n].get() == value>{name}</option> }
                }).collect_view()}
            </select>
        }
    };
    let submit_label = if left == Role::Mentee {
        "pairs-pair"
    } else {
        "pairs-assign"
    };
    view! {
        <form class="inline-form pair-form" on:submit=submit>
            {picker(0, left)}
            {picker(1, right)}
            <button type="submit" class="button">{i.tr(submit_label)}</button>
        </form>
    }
}
