//! The page for addresses the app does not know.

use super::use_title;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i = use_i18n();
    use_title(move || i.t("notfound-title"));
    view! {
        <section class="panel panel-narrow">
            <h1>{move || i.t("notfound-title")}</h1>
            <p>{move || i.t("common-not-found")}</p>
            <p><A href="/">{move || i.t("common-go-home")}</A></p>
        </section>
    }
}
