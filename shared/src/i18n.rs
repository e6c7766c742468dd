//! Translations, from Fluent files in `shared/locales/<lang>/*.ftl`, compiled into the binary.
//! The app and the server (e-mails, error messages) read the same files.
//!
//! Message ids are kebab-case and grouped by prefix (`nav-`, `error-`, `email-`...). Every locale
//! has every id of English; a test below keeps it so.

use crate::locale::Locale;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

macro_rules! ftl_files {
    ($lang:literal) => {
        [
            include_str!(concat!("../locales/", $lang, "/app.ftl")),
            include_str!(concat!("../locales/", $lang, "/errors.ftl")),
            include_str!(concat!("../locales/", $lang, "/email.ftl")),
            include_str!(concat!("../locales/", $lang, "/booking.ftl")),
        ]
    };
}

/// The Fluent sources of one locale, in load order.
pub fn sources(locale: Locale) -> [&'static str; 4] {
    match locale {
        Locale::En => ftl_files!("en"),
        Locale::Ru => ftl_files!("ru"),
        Locale::Pl => ftl_files!("pl"),
        Locale::Lv => ftl_files!("lv"),
    }
}

/// A value passed to a message: text or a number (numbers select plural forms).
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// All bundles, one per locale.
pub struct I18n {
    bundles: Vec<(Locale, FluentBundle<FluentResource>)>,
}

impl I18n {
    fn load() -> Result<Self, String> {
        let mut bundles = Vec::new();
        for locale in Locale::ALL {
            let lang: LanguageIdentifier =
                locale.tag().parse().map_err(|e| format!("{locale}: {e}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![lang]);
            bundle.set_use_isolating(false);
            for source in sources(locale) {
                let resource = FluentResource::try_new(source.to_owned())
                    .map_err(|(_, errors)| format!("{locale}: {errors:?}"))?;
                bundle
                    .add_resource(resource)
                    .map_err(|errors| format!("{locale}: {errors:?}"))?;
            }
            bundles.push((locale, bundle));
        }
        Ok(Self { bundles })
    }

    fn bundle(&self, locale: Locale) -> &FluentBundle<FluentResource> {
        &self
            .bundles
            .iter()
            .find(|(l, _)| *l == locale)
            .unwrap_or(&self.bundles[0])
            .1
    }

    /// The text of message `id`, falling back to English and then to the id itself.
    pub fn text(&self, locale: Locale, id: &str) -> String {
        self.text_with(locale, id, &[])
    }

    /// The text of message `id` with arguments.
    pub fn text_with(&self, locale: Locale, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fluent_args.set(*name, FluentValue::from(*s)),
                Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let args = (!args.is_empty()).then_some(&fluent_args);
        for bundle in [self.bundle(locale), self.bundle(Locale::En)] {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        id.to_owned()
    }

    /// Whether `locale` has message `id` (without falling back).
    pub fn has(&self, locale: Locale, id: &str) -> bool {
        self.bundle(locale).has_message(id)
    }
}

/// The process-wide translations, loaded on first use.
pub fn i18n() -> &'static I18n {
    static I18N: OnceLock<I18n> = OnceLock::new();
    I18N.get_or_init(|| I18n::load().expect("the bundled Fluent files parse (tested)"))
}

/// The message ids defined in a Fluent source, in order.
pub fn message_ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;
    use std::collections::BTreeSet;

    fn ids(locale: Locale) -> BTreeSet<String> {
        sources(locale)
            .iter()
            .flat_map(|s| message_ids(s))
            .collect()
    }

    #[test]
    fn every_file_parses() {
        I18n::load().unwrap();
    }

    #[test]
    fn every_locale_has_exactly_the_english_messages() {
        let english = ids(Locale::En);
        assert!(english.len() > 50);
        for locale in [Locale::Ru, Locale::Pl, Locale::Lv] {
            let other = ids(locale);
            let missing: Vec<_> = english.difference(&other).collect();
            let extra: Vec<_> = other.difference(&english).collect();
            assert!(missing.is_empty(), "{locale} lacks {missing:?}");
            assert!(extra.is_empty(), "{locale} has unknown {extra:?}");
        }
    }

    #[test]
    fn every_error_code_has_a_message_in_every_locale() {
        for locale in Locale::ALL {
            for code in ErrorCode::ALL {
                assert!(i18n().has(locale, &code.message_id()), "{locale} {code:?}");
            }
        }
    }

    #[test]
    fn plurals_follow_each_language() {
        let t = |l, n: i64| i18n().text_with(l, "status-unsent", &[("count", n.into())]);
        assert_eq!(t(Locale::En, 1), "1 unsent change");
        assert_eq!(t(Locale::En, 5), "5 unsent changes");
        assert_eq!(t(Locale::Ru, 1), "1 неотправленное изменение");
        assert_eq!(t(Locale::Ru, 3), "3 неотправленных изменения");
        assert_eq!(t(Locale::Ru, 5), "5 неотправленных изменений");
        assert_eq!(t(Locale::Ru, 21), "21 неотправленное изменение");
        assert_eq!(t(Locale::Pl, 1), "1 niewysłana zmiana");
        assert_eq!(t(Locale::Pl, 3), "3 niewysłane zmiany");
        assert_eq!(t(Locale::Pl, 5), "5 niewysłanych zmian");
        assert_eq!(t(Locale::Pl, 22), "22 niewysłane zmiany");
        assert_eq!(t(Locale::Lv, 1), "1 nenosūtīta izmaiņa");
        assert_eq!(t(Locale::Lv, 21), "21 nenosūtīta izmaiņa");
        assert_eq!(t(Locale::Lv, 5), "5 nenosūtītas izmaiņas");
        assert_eq!(t(Locale::Lv, 0), "0 nenosūtītu izmaiņu");
    }

    #[test]
    fn a_missing_message_falls_back_to_its_id() {
        assert_eq!(
            i18n().text(Locale::Pl, "no-such-message"),
            "no-such-message"
        );
    }
}
