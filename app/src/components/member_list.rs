//! The members of a program with their roles (add, remove), and its invitations (revoke),
//! each showing the changes still waiting in the outbox.

use super::roles::role_name;
use crate::format;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::sync::outbox::Pending;
use crate::sync::use_sync;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use shared::api::{InvitationStatus, Member, MemberList as Members};
use shared::command::{Command, GrantRole, RevokeInvitation, RevokeRole};
use shared::ids::{InvitationId, PersonId, ProgramId};
use shared::role::Role;

/// A role as shown: `pending` while the grant waits in the outbox.
type ShownRole = (Role, bool);

/// The member's roles with the queued grants and revocations applied.
fn shown_roles(member: &Member, program: ProgramId, pending: &[Pending]) -> Vec<ShownRole> {
    let mut roles: Vec<ShownRole> = member.roles.iter().map(|r| (*r, false)).collect();
    for item in pending.iter().filter(|p| p.is_unsent()) {
        match &item.command {
            Command::GrantRole(c)
                if c.program_id == program
                    && c.person_id == member.person_id
                    && !roles.iter().any(|(r, _)| *r == c.role) =>
            {
                roles.push((c.role, true));
            }
            Command::RevokeRole(c)
                if c.program_id == program && c.person_id == member.person_id =>
            {
                roles.retain(|(r, _)| *r != c.role);
            }
            _ => {}
        }
    }
    roles.sort();
    roles
}

#[component]
pub fn MemberList(list: ReadSignal<Option<Members>>, program: ProgramId) -> impl IntoView {
    let sync = use_sync();
    let rows = Memo::new(move |_| {
        let pending = sync.pending();
        list.with(|l| {
            l.as_ref()
                .map(|l| {
                    l.members
                        .iter()
                        .map(|m| {
                            (
                                m.person_id,
                                m.display_name.clone(),
                                m.email.to_string(),
                                shown_roles(m, program, &pending),
                            )
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <ul class="members">
            <For each=move || rows.get() key=|row| row.clone() children=move |(person, name, email, roles)| {
                view! { <MemberRow person name email roles program/> }
            }/>
        </ul>
    }
}

#[component]
fn MemberRow(
    person: PersonId,
    name: String,
    email: String,
    roles: Vec<ShownRole>,
    program: ProgramId,
) -> impl IntoView {
    let i = use_i18n();
    let sync = use_sync();
    let missing: Vec<Role> = Role::ALL
        .into_iter()
        .filter(|r| !roles.iter().any(|(held, _)| held == r))
        .collect();
    let role_items = roles
        .into_iter()
        .map(|(role, pending)| {
            let name = name.clone();
            let revoke = move |_| {
                sync.submit(Command::RevokeRole(RevokeRole {
                    program_id: program,
                    person_id: person,
                    role,
                }));
            };
            view! {
                <li class="role" class:role-pending=pending>
                    {move || role_name(i, role)}
                    {pending.then(|| view! { <span class="role-note">{i.tr("announce-pending")}</span> })}
                    {(!pending).then(|| view! {
                        <button type="button" class="role-remove" on:click=revoke>
                            <span aria-hidden="true">"×"</span>
                            <span class="visually-hidden">
                                {move || i.t_with("members-remove-role", &[("role", role_name(i, role).as_str().into()), ("name", name.as_str().into())])}
                            </span>
                        </button>
                    })}
                </li>
            }
        })
        .collect_view();
    let select_id = format!("grant-{person}");
    let chosen = RwSignal::new(
        missing
            .first()
            .map(|r| r.as_str().to_owned())
            .unwrap_or_default(),
    );
    let grant = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(role) = Role::parse(&chosen.get_untracked()) {
            sync.submit(Command::GrantRole(GrantRole {
                program_id: program,
                person_id: person,
                role,
            }));
        }
    };
    let can_grant = !missing.is_empty();
    view! {
        <li class="member">
            <p class="member-name"><strong>{name}</strong></p>
            <p class="meta">{email}</p>
            <ul class="roles" aria-label=i.tr("members-roles")>{role_items}</ul>
            {can_grant.then(|| view! {
                <details class="member-edit">
                    <summary>{i.tr("members-grant")}</summary>
                    <form class="inline-form" on:submit=grant>
                        <label for=select_id.clone()>{i.tr("members-grant-role")}</label>
                        <select id=select_id.clone() on:change=move |ev| chosen.set(event_target_value(&ev))>
                            {missing.iter().map(|r| {
                                let r = *r;
                                view! { <option value=r.as_str()>{move || role_name(i, r)}</option> }
                            }).collect_view()}
                        </select>
                        <button type="submit" class="button">{i.tr("members-grant-submit")}</button>
                    </form>
                </details>
            })}
        </li>
    }
}

/// An invitation as shown: from the server, or still in the outbox (`status` is `None`).
type ShownInvitation = (
    InvitationId,
    String,
    Role,
    Option<InvitationStatus>,
    Option<DateTime<Utc>>,
    bool,
);

#[component]
pub fn InvitationList(list: ReadSignal<Option<Members>>, program: ProgramId) -> impl IntoView {
    let i = use_i18n();
    let sync = use_sync();
    let rows = Memo::new(move |_| {
        let pending = sync.pending();
        let revoking = |id: InvitationId| {
            pending.iter().any(
                |p| matches!(&p.command, Command::RevokeInvitation(c) if c.invitation_id == id),
            )
        };
        list.with(|l| {
            let server = l
                .as_ref()
                .map(|l| l.invitations.as_slice())
                .unwrap_or_default();
            let waiting = pending.iter().rev().filter_map(|p| match &p.command {
                Command::InviteMember(c)
                    if c.program_id == program
                        && !server.iter().any(|s| s.id == c.invitation_id) =>
                {
                    Some((
                        c.invitation_id,
                        c.email.to_string(),
                        c.role,
                        None,
                        None,
                        false,
                    ))
                }
                _ => None,
            });
            let mut known: Vec<ShownInvitation> = server
                .iter()
                .map(|s| {
                    (
                        s.id,
                        s.email.to_string(),
                        s.role,
                        Some(s.status),
                        Some(s.created_at),
                        revoking(s.id),
                    )
                })
                .collect();
            // Those waiting for an answer first, then the newest.
            known.sort_by_key(|row| {
                (
                    row.3 != Some(InvitationStatus::Pending),
                    std::cmp::Reverse(row.4),
                )
            });
            waiting.chain(known).collect::<Vec<ShownInvitation>>()
        })
    });
    view! {
        <Show when=move || !rows.with(Vec::is_empty) fallback=move || view! {
            <p class="empty">{i.tr("members-no-invitations")}</p>
        }>
            <ul class="invitations">
                <For each=move || rows.get() key=|row| (row.0, format!("{:?}", row.3), row.5) children=move |row| {
                    view! { <InvitationRow row/> }
                }/>
            </ul>
        </Show>
    }
}

#[component]
fn InvitationRow(row: ShownInvitation) -> impl IntoView {
    let i = use_i18n();
    let sync = use_sync();
    let session = use_session();
    let (id, email, role, status, created, revoking) = row;
    let status_text = move || match (status, revoking) {
        (None, _) | (_, true) => i.t("announce-pending"),
        (Some(InvitationStatus::Pending), _) => i.t("invitation-pending"),
        (Some(InvitationStatus::Accepted), _) => i.t("invitation-accepted"),
        (Some(InvitationStatus::Revoked), _) => i.t("invitation-revoked"),
        (Some(InvitationStatus::Expired), _) => i.t("invitation-expired"),
    };
    let sent = move || {
        created.map(|at| {
            let time = format::date_time(at, i.locale(), &session.time_zone());
            i.t_with("members-invited-at", &[("time", time.as_str().into())])
        })
    };
    let can_revoke = status == Some(InvitationStatus::Pending) && !revoking;
    let label = {
        let email = email.clone();
        move || i.t_with("members-revoke", &[("email", email.as_str().into())])
    };
    let revoke = move |_| {
        sync.submit(Command::RevokeInvitation(RevokeInvitation {
            invitation_id: id,
        }));
    };
    view! {
        <li class="invitation">
            <p><strong>{email}</strong>" · "{move || role_name(i, role)}</p>
            <p class="meta">
                <span class="invitation-status" class:badge-pending=status.is_none() || revoking>{status_text}</span>
                {move || sent().map(|s| format!(" · {s}"))}
            </p>
            {can_revoke.then(|| view! {
                <button type="button" class="button button-quiet" aria-label=label on:click=revoke>
                    {i.tr("members-revoke-short")}
                </button>
            })}
        </li>
    }
}
