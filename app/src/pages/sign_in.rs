//! Signing in with an e-mail address and a password.

use super::{safe_next, use_title};
use crate::api;
use crate::components::field::{FormAlert, TextField, focus};
use crate::i18n::use_i18n;
use crate::session::{AuthStatus, use_session};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use shared::error::{Invalid, InvalidReason};

#[component]
pub fn SignInPage() -> impl IntoView {
    let i = use_i18n();
    let session = use_session();
    let query = use_query_map();
    let navigate = use_navigate();
    use_title(i.tr("signin-title"));

    // Signed in (now or already): go where the person was heading.
    Effect::new(move |_| {
        if session.status() == AuthStatus::SignedIn {
            let next = safe_next(query.read_untracked().get("next"));
            navigate(
                &next,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });

    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let email_error = RwSignal::new(None::<String>);
    let password_error = RwSignal::new(None::<String>);
    let failure = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        let empty = |field| Some(i.invalid(&Invalid::new(field, InvalidReason::Empty)));
        email_error.set(
            email
                .get_untracked()
                .trim()
                .is_empty()
                .then(|| empty("email"))
                .flatten(),
        );
        password_error.set(
            password
                .get_untracked()
                .is_empty()
                .then(|| empty("password"))
                .flatten(),
        );
        if email_error.get_untracked().is_some() {
            return focus("signin-email");
        }
        if password_error.get_untracked().is_some() {
            return focus("signin-password");
        }
        busy.set(true);
        spawn_local(async move {
            match api::sign_in(&email.get_untracked(), &password.get_untracked()).await {
                Ok(signed_in) => session.signed_in(signed_in),
                Err(err) => {
                    failure.set(Some(err.message(i.locale_untracked())));
                    focus("signin-email");
                }
            }
            busy.set(false);
        });
    };
    view! {
        <section class="panel panel-narrow">
            <h1>{i.tr("signin-title")}</h1>
            <p class="lead">{i.tr("signin-intro")}</p>
            <form class="form" novalidate on:submit=submit>
                <FormAlert id="signin-alert" message=failure/>
                <TextField id="signin-email" label="signin-email" value=email error=email_error
                    kind="email" autocomplete="username" required=true/>
                <TextField id="signin-password" label="signin-password" value=password
                    error=password_error kind="password" autocomplete="current-password" required=true/>
                <button type="submit" class="button button-primary" disabled=move || busy.get()>
                    {i.tr("signin-submit")}
                </button>
            </form>
            <p><A href="/forgot-password">{i.tr("signin-forgot")}</A></p>
        </section>
    }
}
