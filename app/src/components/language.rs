//! The language switcher, on every page. A signed-in person's choice also goes to their profile.

use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::sync::use_sync;
use leptos::prelude::*;
use shared::command::{Command, UpdateProfile};
use shared::locale::Locale;

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i = use_i18n();
    let session = use_session();
    let sync = use_sync();
    let change = move |ev| {
        let Some(locale) = Locale::from_tag(&event_target_value(&ev)) else {
            return;
        };
        let signed_in = session.is_signed_in();
        i.choose(locale, signed_in);
        let saved = session.me_untracked().map(|me| me.locale);
        if signed_in && saved != Some(locale) {
            sync.submit(Command::UpdateProfile(UpdateProfile {
                locale: Some(locale),
                ..UpdateProfile::default()
            }));
        }
    };
    view! {
        <div class="language">
            <label for="language-picker">{i.tr("language-label")}</label>
            <select id="language-picker" on:change=change>
                {Locale::ALL.into_iter().map(|locale| view! {
                    <option value=locale.tag() lang=locale.tag()
                        prop:selected=move || i.locale() == locale>
                        {locale.native_name()}
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}
