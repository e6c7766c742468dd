//! The languages Mentorhub speaks and the time zones it shows times in.

use crate::error::{Invalid, InvalidReason};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A language of the interface, e-mails and notices.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    En,
    Ru,
    Pl,
    Lv,
}

impl Locale {
    pub const ALL: [Locale; 4] = [Locale::En, Locale::Ru, Locale::Pl, Locale::Lv];

    /// The BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ru => "ru",
            Locale::Pl => "pl",
            Locale::Lv => "lv",
        }
    }

    /// The language's own name, as shown in a language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Ru => "Русский",
            Locale::Pl => "Polski",
            Locale::Lv => "Latviešu",
        }
    }

    pub fn parse(tag: &str) -> Result<Locale, Invalid> {
        Self::from_tag(tag).ok_or(Invalid::new("locale", InvalidReason::UnknownLocale))
    }

    /// Matches a language tag such as `pl-PL` or `ru` by its primary language.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The first supported language of a preference list (as in `navigator.languages`).
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred
            .into_iter()
            .find_map(Locale::from_tag)
            .unwrap_or_default()
    }

    /// The best language for an `Accept-Language` header, honouring q-values.
    pub fn from_accept_language(header: &str) -> Locale {
        let mut ranked: Vec<(f32, &str)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                (!tag.is_empty() && q > 0.0).then_some((q, tag))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        Self::negotiate(ranked.into_iter().map(|(_, tag)| tag))
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// An IANA time zone name such as `Europe/Riga`, checked against the tz database.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "Europe/Warsaw"))]
#[serde(try_from = "String", into = "String")]
pub struct TimeZoneName(String);

impl TimeZoneName {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let tz: chrono_tz::Tz = raw
            .trim()
            .parse()
            .map_err(|_| Invalid::new("time_zone", InvalidReason::UnknownTimeZone))?;
        Ok(Self(tz.name().to_owned()))
    }

    pub fn utc() -> Self {
        Self("UTC".to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn tz(&self) -> chrono_tz::Tz {
        self.0.parse().unwrap_or(chrono_tz::UTC)
    }
}

impl TryFrom<String> for TimeZoneName {
    type Error = Invalid;
    fn try_from(raw: String) -> Result<Self, Invalid> {
        Self::parse(&raw)
    }
}

impl From<TimeZoneName> for String {
    fn from(v: TimeZoneName) -> String {
        v.0
    }
}

impl fmt::Display for TimeZoneName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_language_lists_pick_the_first_supported_language() {
        assert_eq!(Locale::negotiate(["de-DE", "pl-PL", "en"]), Locale::Pl);
        assert_eq!(Locale::negotiate(["lv"]), Locale::Lv);
        assert_eq!(Locale::negotiate(["fr"]), Locale::En);
        assert_eq!(Locale::negotiate([]), Locale::En);
    }

    #[test]
    fn accept_language_honours_quality_values() {
        assert_eq!(
            Locale::from_accept_language("en;q=0.5, ru-RU;q=0.9, de"),
            Locale::Ru
        );
        assert_eq!(Locale::from_accept_language("lv-LV,lv;q=0.9"), Locale::Lv);
        assert_eq!(Locale::from_accept_language("pl;q=0"), Locale::En);
        assert_eq!(Locale::from_accept_language(""), Locale::En);
    }

    #[test]
    fn time_zones_are_checked_against_the_tz_database() {
        assert_eq!(
            TimeZoneName::parse("Europe/Riga").unwrap().as_str(),
            "Europe/Riga"
        );
        assert!(TimeZoneName::parse("Europe/Atlantis").is_err());
        assert!(TimeZoneName::parse("").is_err());
    }
}
