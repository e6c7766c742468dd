//! Personal settings: name, language and time zone.

use super::use_title;
use crate::components::field::{FormStatus, SelectField, TextField, focus};
use crate::components::program_form::{locale_options, time_zone_options};
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::sync::use_sync;
use leptos::prelude::*;
use shared::command::{Command, UpdateProfile};
use shared::locale::{Locale, TimeZoneName};
use shared::text::DisplayName;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let i = use_i18n();
    let session = use_session();
    let sync = use_sync();
    use_title(i.tr("settings-title"));
    let Some(me) = session.me_untracked() else {
        return ().into_any();
    };
    let name = RwSignal::new(me.display_name.clone());
    let locale = RwSignal::new(me.locale.tag().to_owned());
    let zone = RwSignal::new(me.time_zone.to_string());
    let name_error = RwSignal::new(None::<String>);
    let zone_error = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<&'static str>);
    let zones = time_zone_options(me.time_zone.as_str());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        status.set(None);
        let Some(current) = session.me_untracked() else {
            return;
        };
        let parsed_name = DisplayName::parse(&name.get_untracked());
        let parsed_zone = TimeZoneName::parse(&zone.get_untracked());
        name_error.set(parsed_name.as_ref().err().map(|e| i.invalid(e)));
        zone_error.set(parsed_zone.as_ref().err().map(|e| i.invalid(e)));
        let (Ok(new_name), Ok(new_zone)) = (parsed_name, parsed_zone) else {
            return focus(if name_error.get_untracked().is_some() {
                "settings-name"
            } else {
                "settings-zone"
            });
        };
        let new_locale = Locale::from_tag(&locale.get_untracked()).unwrap_or(current.locale);
        let update = UpdateProfile {
            display_name: (new_name.as_str() != current.display_name).then_some(new_name),
            locale: (new_locale != current.locale).then_some(new_locale),
            time_zone: (new_zone != current.time_zone).then_some(new_zone),
        };
        if update.validate().is_err() {
            return status.set(Some("invalid-nothing-to-change"));
        }
        if let Some(locale) = update.locale {
            i.choose(locale, true);
        }
        sync.submit(Command::UpdateProfile(update));
        status.set(Some(if sync.is_online() {
            "common-saved"
        } else {
            "sync-queued"
        }));
    };
    view! {
        <h1>{i.tr("settings-title")}</h1>
        <section class="panel">
            <p class="meta">{i.tr("signin-email")}": "{me.email.to_string()}</p>
            <form class="form" novalidate on:submit=submit>
                <TextField id="settings-name" label="settings-display-name" value=name
                    error=name_error autocomplete="name" required=true/>
                <SelectField id="settings-language" label="settings-language" value=locale
                    options=Signal::derive(locale_options)/>
                <SelectField id="settings-zone" label="settings-time-zone" value=zone
                    options=Signal::derive(move || zones.clone()) error=zone_error/>
                <button type="submit" class="button button-primary">{i.tr("common-save")}</button>
                <FormStatus message=Signal::derive(move || status.get().map(|key| i.t(key)))/>
            </form>
        </section>
    }
    .into_any()
}
