//! The page for addresses the app does not know.

use super::use_title;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i = use_i18n();
    use_title(i.tr("notfound-title"));
    view! {
        <section class="panel panel-narrow">
            <h1>{i.tr("notfound-title")}</h1>
            <p>{i.tr("common-not-found")}</p>
            <p><A href="/">{i.tr("common-go-home")}</A></p>
        </section>
    }
}
