//! A program's members and invitations (coordinators): invite by e-mail with a role, add and
//! remove roles, revoke invitations not yet accepted, pair mentees with mentors and mentors with
//! supervisors.

use crate::api;
use crate::components::field::{FormStatus, SelectField, TextField, focus};
use crate::components::load::{LiveData, LoadError, LoadState, Loading};
use crate::components::member_list::{InvitationList, MemberList};
use crate::components::pairing::Pairing;
use crate::components::roles::role_name;
use crate::i18n::use_i18n;
use crate::pages::program::ProgramCtx;
use crate::sync::{apply, use_sync};
use leptos::prelude::*;
use shared::command::{Command, InviteMember};
use shared::ids::{InvitationId, ProgramId};
use shared::role::Role;
use shared::text::Email;

#[component]
pub fn MembersPage() -> impl IntoView {
    let i = use_i18n();
    let ctx = expect_context::<ProgramCtx>();
    if !ctx.holds_any(&[Role::Coordinator]) {
        return view! { <p class="form-alert" role="alert">{i.tr("error-forbidden")}</p> }
            .into_any();
    }
    let program = ctx.id;
    let live = LiveData::new(
        move || api::members(program),
        |m: &shared::api::MemberList| m.head,
        move |m, change| apply::to_members(m, program, change),
    );
    let list = live.data;
    view! {
        <section class="panel" aria-labelledby="invite-heading">
            <h2 id="invite-heading">{i.tr("members-invite")}</h2>
            <InviteForm program/>
        </section>
        {move || match live.state.get() {
            LoadState::Loading => view! { <Loading/> }.into_any(),
            LoadState::Failed(error) => view! {
                <LoadError error on_retry=move |_| live.retry()/>
            }.into_any(),
            LoadState::Ready => view! {
                <section aria-labelledby="members-heading">
                    <h2 id="members-heading">{i.tr("program-members")}</h2>
                    <MemberList list program/>
                </section>
                <section aria-labelledby="invitations-heading">
                    <h2 id="invitations-heading">{i.tr("members-invitations")}</h2>
                    <InvitationList list program/>
                </section>
                <Pairing program members=list/>
            }.into_any(),
        }}
    }
    .into_any()
}

/// `(value, text)` options of a role picker.
pub fn role_options(i: crate::i18n::I18n, roles: &[Role]) -> Vec<(String, String)> {
    roles
        .iter()
        .map(|r| (r.as_str().to_owned(), role_name(i, *r)))
        .collect()
}

#[component]
fn InviteForm(program: ProgramId) -> impl IntoView {
    let i = use_i18n();
    let sync = use_sync();
    let email = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Mentee.as_str().to_owned());
    let email_error = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        status.set(None);
        let address = match Email::parse(&email.get_untracked()) {
            Ok(address) => address,
            Err(invalid) => {
                email_error.set(Some(i.invalid(&invalid)));
                return focus("invite-email");
            }
        };
        email_error.set(None);
        let role = Role::parse(&role.get_untracked()).unwrap_or(Role::Mentee);
        let sent_to = address.to_string();
        sync.submit(Command::InviteMember(InviteMember {
            invitation_id: InvitationId(uuid::Uuid::new_v4()),
            program_id: program,
            email: address,
            role,
            locale: None,
        }));
        email.set(String::new());
        status.set(Some(if sync.is_online() {
            i.t_with("members-invite-sent", &[("email", sent_to.as_str().into())])
        } else {
            i.t("sync-queued")
        }));
    };
    view! {
        <form class="form" novalidate on:submit=submit>
            <TextField id="invite-email" label="members-invite-email" value=email error=email_error
                kind="email" autocomplete="off" required=true/>
            <SelectField id="invite-role" label="members-invite-role" value=role
                options=Signal::derive(move || role_options(i, &Role::ALL))/>
            <button type="submit" class="button button-primary">{i.tr("members-invite-send")}</button>
            <FormStatus message=status/>
        </form>
    }
}
