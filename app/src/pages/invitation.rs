//! Opening an invitation link (`/invite/{token}`): create an account and accept, or sign in as
//! the invited person and accept.

use super::use_title;
use crate::api;
use crate::components::field::{FormAlert, TextField, focus};
use crate::components::load::{LoadError, LoadState, Loading, load_state};
use crate::components::roles::role_name;
use crate::format;
use crate::i18n::use_i18n;
use crate::session::use_session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use shared::api::{AcceptInvitation, InvitationPreview};
use shared::text::{DisplayName, NewPassword};

#[component]
pub fn InvitationPage() -> impl IntoView {
    let i = use_i18n();
    let params = use_params_map();
    let token = Memo::new(move |_| params.read().get("token").unwrap_or_default());
    use_title(i.tr("invite-title"));
    let resource = LocalResource::new(move || async move { api::invitation(&token.get()).await });
    let state = load_state(resource);
    let accepted = RwSignal::new(None::<String>);
    view! {
        <section class="panel panel-narrow">
            <h1>{i.tr("invite-title")}</h1>
            {move || match state.get() {
                LoadState::Loading => view! { <Loading/> }.into_any(),
                LoadState::Failed(error) => view! {
                    <LoadError error on_retry=move |_| resource.refetch()/>
                }.into_any(),
                LoadState::Ready => match resource.get() {
                    Some(Ok(preview)) => view! {
                        <Offer preview=preview.clone()/>
                        <Show when=move || accepted.get().is_none() fallback=move || view! {
                            <p class="form-status" role="status">
                                {move || i.t_with("invite-accepted", &[("program", accepted.get().unwrap_or_default().as_str().into())])}
                            </p>
                            <p><A href="/">{i.tr("common-go-home")}</A></p>
                        }>
                            <Accept preview=preview.clone() token=token accepted=accepted/>
                        </Show>
                    }.into_any(),
                    _ => ().into_any(),
                },
            }}
        </section>
    }
}

/// What the invitation offers and until when.
#[component]
fn Offer(preview: InvitationPreview) -> impl IntoView {
    let i = use_i18n();
    let session = use_session();
    let body = {
        let preview = preview.clone();
        move || {
            let role = role_name(i, preview.role);
            i.t_with(
                "invite-body",
                &[
                    ("program", preview.program_name.as_str().into()),
                    ("role", role.as_str().into()),
                ],
            )
        }
    };
    let expires = move || {
        let time = format::date_time(preview.expires_at, i.locale(), &session.time_zone());
        i.t_with("invite-expires", &[("time", time.as_str().into())])
    };
    view! {
        <p class="lead">{body}</p>
        <p class="meta">{expires}</p>
    }
}

/// The way to accept, depending on who is signed in and whether the invitee has an account.
#[component]
fn Accept(
    preview: InvitationPreview,
    token: Memo<String>,
    accepted: RwSignal<Option<String>>,
) -> impl IntoView {
    let i = use_i18n();
    let session = use_session();
    let failure = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let program = preview.program_name.clone();
    let accept = move |body: AcceptInvitation| {
        let program = program.clone();
        busy.set(true);
        failure.set(None);
        spawn_local(async move {
            match api::accept_invitation(&token.get_untracked(), &body).await {
                Ok(signed_in) => {
                    session.signed_in(signed_in);
                    accepted.set(Some(program));
                }
                Err(err) => failure.set(Some(err.message(i.locale_untracked()))),
            }
            busy.set(false);
        });
    };
    let invited = preview.email.to_string();
    move || {
        let accept = accept.clone();
        let me = session.me();
        match me {
            Some(me) if me.email.as_str() == invited => view! {
                <FormAlert id="invite-alert" message=failure/>
                <button type="button" class="button button-primary" disabled=move || busy.get()
                    on:click=move |_| accept(AcceptInvitation::default())>
                    {i.tr("invite-accept")}
                </button>
            }
            .into_any(),
            Some(_) => view! {
                <p class="form-alert" role="alert">{i.tr("error-invitation-for-someone-else")}</p>
            }
            .into_any(),
            None if preview.account_exists => {
                let email = invited.clone();
                let next = String::from(js_sys::encode_uri_component(&format!(
                    "/invite/{}",
                    token.get_untracked()
                )));
                view! {
                    <p>{move || i.t_with("invite-sign-in-first", &[("email", email.as_str().into())])}</p>
                    <p><A href=format!("/sign-in?next={next}") attr:class="button button-primary">{i.tr("signin-submit")}</A></p>
                }.into_any()
            }
            None => view! { <NewAccount email=invited.clone() failure busy on_accept=accept/> }
                .into_any(),
        }
    }
}

/// A new person gives their name and a password. The invited address goes along, hidden, so that
/// password managers store the new password for it.
#[component]
fn NewAccount(
    email: String,
    failure: RwSignal<Option<String>>,
    busy: RwSignal<bool>,
    on_accept: impl Fn(AcceptInvitation) + 'static,
) -> impl IntoView {
    let i = use_i18n();
    let name = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let name_error = RwSignal::new(None::<String>);
    let password_error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let parsed_name = DisplayName::parse(&name.get_untracked());
        let parsed_password = NewPassword::parse(&password.get_untracked());
        name_error.set(parsed_name.as_ref().err().map(|e| i.invalid(e)));
        password_error.set(parsed_password.as_ref().err().map(|e| i.invalid(e)));
        match (parsed_name, parsed_password) {
            (Ok(name), Ok(password)) => on_accept(AcceptInvitation {
                display_name: Some(name.to_string()),
                password: Some(password.expose().to_owned()),
                locale: Some(i.locale_untracked()),
                time_zone: format::device_time_zone()
                    .filter(|tz| shared::locale::TimeZoneName::parse(tz).is_ok()),
            }),
            (Err(_), _) => focus("invite-name"),
            _ => focus("invite-password"),
        }
    };
    view! {
        <p>{i.tr("invite-create-account")}</p>
        <form class="form" novalidate on:submit=submit>
            <input type="email" name="username" autocomplete="username" value=email readonly hidden/>
            <FormAlert id="invite-alert" message=failure/>
            <TextField id="invite-name" label="invite-display-name" value=name error=name_error
                autocomplete="name" required=true/>
            <TextField id="invite-password" label="signin-password" value=password
                error=password_error hint="password-hint" kind="password"
                autocomplete="new-password" required=true/>
            <button type="submit" class="button button-primary" disabled=move || busy.get()>
                {i.tr("invite-accept")}
            </button>
        </form>
    }
}
