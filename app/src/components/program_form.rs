//! The form for a program's name, description, language and time zone (new program, program
//! settings).

use super::field::{FormStatus, SelectField, TextField, focus};
use crate::format;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use shared::locale::{Locale, TimeZoneName};
use shared::text::{ProgramDescription, ProgramName};

/// What the form starts with.
#[derive(Clone, Debug, Default)]
pub struct ProgramDraft {
    pub name: String,
    pub description: String,
    pub locale: Locale,
    pub time_zone: String,
}

/// What a valid form gives.
#[derive(Clone, Debug)]
pub struct ProgramValues {
    pub name: ProgramName,
    pub description: ProgramDescription,
    pub locale: Locale,
    pub time_zone: TimeZoneName,
}

/// `(value, text)` options of a language picker.
pub fn locale_options() -> Vec<(String, String)> {
    Locale::ALL
        .into_iter()
        .map(|l| (l.tag().to_owned(), l.native_name().to_owned()))
        .collect()
}

/// `(value, text)` options of a time zone picker that includes `current`.
pub fn time_zone_options(current: &str) -> Vec<(String, String)> {
    format::time_zone_names(current)
        .into_iter()
        .map(|name| (name.clone(), name.replace('_', " ")))
        .collect()
}

#[component]
pub fn ProgramForm(
    draft: ProgramDraft,
    submit_label: &'static str,
    #[prop(into)] status: Signal<Option<&'static str>>,
    on_submit: impl Fn(ProgramValues) + 'static,
) -> impl IntoView {
    let i = use_i18n();
    let name = RwSignal::new(draft.name);
    let description = RwSignal::new(draft.description);
    let locale = RwSignal::new(draft.locale.tag().to_owned());
    let time_zone = RwSignal::new(draft.time_zone.clone());
    let name_error = RwSignal::new(None::<String>);
    let description_error = RwSignal::new(None::<String>);
    let zone_error = RwSignal::new(None::<String>);
    let zones = time_zone_options(&draft.time_zone);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let parsed_name = ProgramName::parse(&name.get_untracked());
        let parsed_description = ProgramDescription::parse(&description.get_untracked());
        let parsed_zone = TimeZoneName::parse(&time_zone.get_untracked());
        name_error.set(parsed_name.as_ref().err().map(|e| i.invalid(e)));
        description_error.set(parsed_description.as_ref().err().map(|e| i.invalid(e)));
        zone_error.set(parsed_zone.as_ref().err().map(|e| i.invalid(e)));
        match (parsed_name, parsed_description, parsed_zone) {
            (Ok(name), Ok(description), Ok(time_zone)) => on_submit(ProgramValues {
                name,
                description,
                locale: Locale::from_tag(&locale.get_untracked()).unwrap_or_default(),
                time_zone,
            }),
            (Err(_), _, _) => focus("program-name"),
            (_, Err(_), _) => focus("program-description"),
            _ => focus("program-time-zone"),
        }
    };
    view! {
        <form class="form" novalidate on:submit=submit>
            <TextField id="program-name" label="program-name" value=name error=name_error required=true/>
            <TextField id="program-description" label="program-description" value=description
                error=description_error multiline=true/>
            <SelectField id="program-locale" label="program-locale" value=locale
                options=Signal::derive(locale_options)/>
            <SelectField id="program-time-zone" label="program-time-zone" value=time_zone
                options=Signal::derive(move || zones.clone()) error=zone_error/>
            <button type="submit" class="button button-primary">{i.tr(submit_label)}</button>
            <FormStatus message=Signal::derive(move || status.get().map(|key| i.t(key)))/>
        </form>
    }
}
