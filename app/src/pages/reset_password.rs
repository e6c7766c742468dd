//! Choosing a new password from the e-mailed link (`/reset-password?token=...`).

use super::use_title;
use crate::api;
use crate::components::field::{FormAlert, TextField, focus};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use shared::text::NewPassword;

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let i = use_i18n();
    let query = use_query_map();
    use_title(i.tr("reset-new-title"));
    let token = move || query.read().get("token").filter(|t| !t.is_empty());
    let password = RwSignal::new(String::new());
    let password_error = RwSignal::new(None::<String>);
    let failure = RwSignal::new(None::<String>);
    let done = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        let Some(secret) = token() else {
            return failure.set(Some(i.t("error-reset-link-invalid")));
        };
        let new_password = match NewPassword::parse(&password.get_untracked()) {
            Ok(p) => p,
            Err(invalid) => {
                password_error.set(Some(i.invalid(&invalid)));
                return focus("reset-password");
            }
        };
        password_error.set(None);
        busy.set(true);
        spawn_local(async move {
            match api::confirm_password_reset(&secret, new_password.expose()).await {
                Ok(()) => done.set(true),
                Err(err) => failure.set(Some(err.message(i.locale_untracked()))),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="panel panel-narrow">
            <h1>{i.tr("reset-new-title")}</h1>
            <Show when=move || done.get() fallback=move || view! {
                <form class="form" novalidate on:submit=submit>
                    <FormAlert id="reset-alert" message=failure/>
                    <TextField id="reset-password" label="reset-new-password" value=password
                        error=password_error hint="password-hint" kind="password"
                        autocomplete="new-password" required=true/>
                    <button type="submit" class="button button-primary" disabled=move || busy.get()>
                        {i.tr("reset-save")}
                    </button>
                </form>
                <p><A href="/forgot-password">{i.tr("reset-ask-again")}</A></p>
            }>
                <p role="status" class="form-status">{i.tr("reset-done")}</p>
                <p><A href="/sign-in">{i.tr("signin-title")}</A></p>
            </Show>
        </section>
    }
}
