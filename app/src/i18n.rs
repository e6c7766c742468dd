//! The interface language: chosen from the browser's preferences, switchable on every page,
//! remembered on this device and, for a signed-in person, kept in their profile. Texts come from
//! the shared Fluent files (`shared/locales/<lang>/app.ftl`).

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use shared::error::Invalid;
use shared::i18n::{Arg, i18n};
use shared::locale::Locale;

const STORAGE_KEY: &str = "mentorhub.locale";

/// The language context. Copy it into closures freely.
#[derive(Clone, Copy)]
pub struct I18n {
    locale: RwSignal<Locale>,
    /// The person picked a language before signing in; their profile should learn it.
    unsaved_choice: RwSignal<bool>,
}

/// Creates the language context for the whole app and keeps `<html lang>` and the requests'
/// `Accept-Language` in step with it.
pub fn provide_i18n() -> I18n {
    let initial = LocalStorage::get::<Locale>(STORAGE_KEY).unwrap_or_else(|_| browser_locale());
    let ctx = I18n {
        locale: RwSignal::new(initial),
        unsaved_choice: RwSignal::new(false),
    };
    crate::api::set_locale(initial);
    Effect::new(move |_| {
        let locale = ctx.locale.get();
        crate::api::set_locale(locale);
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", locale.tag());
        }
    });
    provide_context(ctx);
    ctx
}

/// The language context provided by [`provide_i18n`].
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// The first supported language of `navigator.languages`.
fn browser_locale() -> Locale {
    let languages: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    Locale::negotiate(languages.iter().map(String::as_str))
}

impl I18n {
    /// The current language (tracked: views re-render when it changes).
    pub fn locale(self) -> Locale {
        self.locale.get()
    }

    /// The current language, without tracking.
    pub fn locale_untracked(self) -> Locale {
        self.locale.get_untracked()
    }

    /// The text of message `id` in the current language.
    pub fn t(self, id: &str) -> String {
        i18n().text(self.locale(), id)
    }

    /// A view of message `id` that follows the language. Every call gives the same closure type,
    /// so views share one copy of the code that renders it (which keeps the WebAssembly small).
    pub fn tr(self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(id)
    }

    /// The text of message `id` with arguments.
    pub fn t_with(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        i18n().text_with(self.locale(), id, args)
    }

    /// The translated sentence for a validation failure, naming the field.
    pub fn invalid(self, invalid: &Invalid) -> String {
        let field = self.t(&format!("field-{}", invalid.field.replace('_', "-")));
        let (id, number) = invalid.message();
        let mut args = vec![("field", Arg::Str(&field))];
        if let Some((name, value)) = number {
            args.push((name, Arg::from(value)));
        }
        self.t_with(id, &args)
    }

    /// The person picked `locale` on this device.
    pub fn choose(self, locale: Locale, signed_in: bool) {
        self.remember(locale);
        self.unsaved_choice.set(!signed_in);
    }

    /// The language of the person's profile becomes the interface language.
    pub fn adopt(self, locale: Locale) {
        self.remember(locale);
    }

    /// A language picked before signing in that the profile has not learned yet.
    pub fn take_unsaved_choice(self) -> Option<Locale> {
        let chosen = self.unsaved_choice.get_untracked();
        self.unsaved_choice.set(false);
        chosen.then(|| self.locale.get_untracked())
    }

    fn remember(self, locale: Locale) {
        let _ = LocalStorage::set(STORAGE_KEY, locale);
        if self.locale.get_untracked() != locale {
            self.locale.set(locale);
        }
    }
}
