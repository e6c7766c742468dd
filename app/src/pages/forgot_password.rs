//! Asking for a password reset link.

use super::use_title;
use crate::api;
use crate::components::field::{FormAlert, FormStatus, TextField, focus};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use shared::text::Email;

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let i = use_i18n();
    use_title(i.tr("reset-title"));
    let email = RwSignal::new(String::new());
    let email_error = RwSignal::new(None::<String>);
    let failure = RwSignal::new(None::<String>);
    let sent = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        sent.set(false);
        let address = match Email::parse(&email.get_untracked()) {
            Ok(address) => address,
            Err(invalid) => {
                email_error.set(Some(i.invalid(&invalid)));
                return focus("reset-email");
            }
        };
        email_error.set(None);
        busy.set(true);
        spawn_local(async move {
            match api::request_password_reset(address.as_str(), i.locale_untracked()).await {
                Ok(()) => sent.set(true),
                Err(err) => failure.set(Some(err.message(i.locale_untracked()))),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="panel panel-narrow">
            <h1>{i.tr("reset-title")}</h1>
            <p class="lead">{i.tr("reset-intro")}</p>
            <form class="form" novalidate on:submit=submit>
                <FormAlert id="reset-alert" message=failure/>
                <TextField id="reset-email" label="signin-email" value=email error=email_error
                    kind="email" autocomplete="email" required=true/>
                <button type="submit" class="button button-primary" disabled=move || busy.get()>
                    {i.tr("reset-send")}
                </button>
                <FormStatus message=Signal::derive(move || sent.get().then(|| i.t("reset-sent")))/>
            </form>
            <p><A href="/sign-in">{i.tr("reset-back")}</A></p>
        </section>
    }
}
