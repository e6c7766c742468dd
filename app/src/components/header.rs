//! The page header: skip link, brand, connection state, main navigation, language switcher.

use super::field::{FormAlert, focus};
use super::language::LanguagePicker;
use super::status::ConnectionStatus;
use crate::i18n::use_i18n;
use crate::session::{AuthStatus, use_session};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn Header() -> impl IntoView {
    let i = use_i18n();
    let session = use_session();
    let signed_in = move || session.status() == AuthStatus::SignedIn;
    let sign_out_error = RwSignal::new(None::<String>);
    let navigate = use_navigate();
    let sign_out = move |_| {
        let navigate = navigate.clone();
        spawn_local(async move {
            match session.sign_out().await {
                Ok(()) => {
                    sign_out_error.set(None);
                    navigate("/sign-in", Default::default());
                }
                Err(err) => sign_out_error.set(Some(err.message(i.locale_untracked()))),
            }
        });
    };
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus("main");
    };
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main" on:click=skip>{i.tr("skip-to-content")}</a>
            <div class="site-bar">
                <a class="brand" href="/">
                    <img src="/icons/icon.svg" alt="" width="28" height="28"/>
                    <span>{i.tr("app-name")}</span>
                </a>
                <Show when=signed_in>
                    <ConnectionStatus/>
                </Show>
            </div>
            <div class="site-tools">
                <Show when=signed_in>
                    <nav class="site-nav" aria-label=i.tr("nav-main")>
                        <ul>
                            <li><A href="/" exact=true>{i.tr("nav-dashboard")}</A></li>
                            <li><A href="/settings">{i.tr("nav-settings")}</A></li>
                            <li>
                                <button type="button" class="link-button" on:click=sign_out.clone()>
                                    {i.tr("nav-sign-out")}
                                </button>
                            </li>
                        </ul>
                    </nav>
                </Show>
                <LanguagePicker/>
            </div>
            <FormAlert id="sign-out-error" message=sign_out_error/>
        </header>
    }
}
