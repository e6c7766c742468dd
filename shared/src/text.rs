//! Validated text values. Each type can only be built through `parse`, which trims and checks it,
//! so a value of the type is always valid wherever it travels.

use crate::error::{Invalid, InvalidReason};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Checks a trimmed text against a length range in characters and for control characters.
fn check_text(
    field: &'static str,
    raw: &str,
    min: usize,
    max: usize,
    multiline: bool,
) -> Result<String, Invalid> {
    let normalised = raw.replace("\r\n", "\n");
    let text = normalised.trim();
    let len = text.chars().count();
    if len == 0 && min > 0 {
        return Err(Invalid::new(field, InvalidReason::Empty));
    }
    if len < min {
        return Err(Invalid::new(field, InvalidReason::TooShort { min }));
    }
    if len > max {
        return Err(Invalid::new(field, InvalidReason::TooLong { max }));
    }
    let allowed = |c: char| !c.is_control() || (multiline && (c == '\n' || c == '\t'));
    if !text.chars().all(allowed) {
        return Err(Invalid::new(field, InvalidReason::ControlCharacters));
    }
    Ok(text.to_owned())
}

macro_rules! text_type {
    ($(#[$doc:meta])* $name:ident, field = $field:literal, min = $min:literal, max = $max:literal, multiline = $ml:literal) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String))]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub const MAX_CHARS: usize = $max;

            pub fn parse(raw: &str) -> Result<Self, Invalid> {
                check_text($field, raw, $min, $max, $ml).map(Self)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = Invalid;
            fn try_from(raw: String) -> Result<Self, Invalid> {
                Self::parse(&raw)
            }
        }

        impl From<$name> for String {
            fn from(v: $name) -> String {
                v.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

text_type!(
    /// The name a person is shown by.
    DisplayName, field = "display_name", min = 1, max = 80, multiline = false
);
text_type!(
    /// A program's name.
    ProgramName, field = "name", min = 3, max = 120, multiline = false
);
text_type!(
    /// A program's description, plain text with line breaks.
    ProgramDescription, field = "description", min = 0, max = 4000, multiline = true
);
text_type!(
    /// The title of an announcement.
    AnnouncementTitle, field = "title", min = 1, max = 140, multiline = false
);
text_type!(
    /// The body of an announcement, plain text with line breaks.
    AnnouncementBody, field = "body", min = 1, max = 4000, multiline = true
);

text_type!(
    /// The title of a participant's project.
    ProjectTitle, field = "title", min = 1, max = 200, multiline = false
);
text_type!(
    /// The name of a review stage (e.g. "Draft", "Final").
    StageName, field = "stage", min = 1, max = 80, multiline = false
);
text_type!(
    /// What changed in a version, in the uploader's words (may be empty).
    VersionNote, field = "note", min = 0, max = 2000, multiline = true
);
text_type!(
    /// The text of a comment.
    CommentBody, field = "body", min = 1, max = 10000, multiline = true
);
text_type!(
    /// Replacement text a comment proposes for its passage (empty proposes deleting it).
    SuggestedText, field = "suggestion", min = 0, max = 10000, multiline = true
);

text_type!(
    /// What a mentor tells about themselves in their public profile.
    ProfileDescription, field = "description", min = 0, max = 3000, multiline = true
);
text_type!(
    /// One of a program's reasons a mentor may give for cancelling.
    CancelReason, field = "reason", min = 1, max = 120, multiline = false
);
text_type!(
    /// A mentor's own words quoted in a cancellation e-mail (may be empty).
    CancelNote, field = "note", min = 0, max = 1000, multiline = true
);

/// A web address people open (a video call, a recording, a photo): `https://` (or `http://`),
/// no spaces or control characters, at most 500 characters.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "https://meet.example.org/room"))]
#[serde(try_from = "String", into = "String")]
pub struct WebLink(String);

impl WebLink {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let link = raw.trim();
        if link.is_empty() {
            return Err(Invalid::new("link", InvalidReason::Empty));
        }
        if link.len() > 500 {
            return Err(Invalid::new("link", InvalidReason::TooLong { max: 500 }));
        }
        let lower = link.to_ascii_lowercase();
        let web = lower.starts_with("https://") || lower.starts_with("http://");
        let host_present = link
            .split("://")
            .nth(1)
            .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'));
        if !web || !host_present || link.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(Invalid::new("link", InvalidReason::NotALink));
        }
        Ok(Self(link.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for WebLink {
    type Error = Invalid;
    fn try_from(raw: String) -> Result<Self, Invalid> {
        Self::parse(&raw)
    }
}

impl From<WebLink> for String {
    fn from(v: WebLink) -> String {
        v.0
    }
}

/// An e-mail address, trimmed and lower-cased. Only the shape is checked here; whether it
/// receives mail is proven by the links we send to it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, format = Email))]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let field = "email";
        let email = raw.trim().to_lowercase();
        if email.is_empty() {
            return Err(Invalid::new(field, InvalidReason::Empty));
        }
        if email.len() > 254 {
            return Err(Invalid::new(field, InvalidReason::TooLong { max: 254 }));
        }
        let Some((local, domain)) = email.rsplit_once('@') else {
            return Err(Invalid::new(field, InvalidReason::NotAnEmail));
        };
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.contains('@')
            && local.chars().all(|c| !c.is_whitespace() && !c.is_control());
        if !(domain_ok && local_ok) {
            return Err(Invalid::new(field, InvalidReason::NotAnEmail));
        }
        Ok(Self(email))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = Invalid;
    fn try_from(raw: String) -> Result<Self, Invalid> {
        Self::parse(&raw)
    }
}

impl From<Email> for String {
    fn from(v: Email) -> String {
        v.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A new password: at least 10 characters, at most 256 bytes; no composition rules (NIST SP
/// 800-63B). Never serialized back out.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl NewPassword {
    pub const MIN_CHARS: usize = 10;
    pub const MAX_BYTES: usize = 256;

    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let field = "password";
        if raw.trim().is_empty() {
            return Err(Invalid::new(field, InvalidReason::Empty));
        }
        if raw.chars().count() < Self::MIN_CHARS {
            return Err(Invalid::new(
                field,
                InvalidReason::TooShort {
                    min: Self::MIN_CHARS,
                },
            ));
        }
        if raw.len() > Self::MAX_BYTES {
            return Err(Invalid::new(
                field,
                InvalidReason::TooLong {
                    max: Self::MAX_BYTES,
                },
            ));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(DisplayName::parse("  Anna  ").unwrap().as_str(), "Anna");
        assert_eq!(
            DisplayName::parse("   ").unwrap_err().reason,
            InvalidReason::Empty
        );
        assert_eq!(
            DisplayName::parse(&"я".repeat(81)).unwrap_err().reason,
            InvalidReason::TooLong { max: 80 }
        );
        assert!(DisplayName::parse(&"я".repeat(80)).is_ok());
        assert_eq!(
            DisplayName::parse("a\u{7}b").unwrap_err().reason,
            InvalidReason::ControlCharacters
        );
        assert_eq!(
            ProgramName::parse("ab").unwrap_err().reason,
            InvalidReason::TooShort { min: 3 }
        );
    }

    #[test]
    fn multiline_texts_keep_line_breaks_and_normalise_them() {
        let body = AnnouncementBody::parse("Line one\r\nLine two").unwrap();
        assert_eq!(body.as_str(), "Line one\nLine two");
        assert!(AnnouncementTitle::parse("a\nb").is_err());
    }

    #[test]
    fn emails_are_lowercased_and_checked_for_shape() {
        assert_eq!(
            Email::parse(" Anna.K@Example.ORG ").unwrap().as_str(),
            "anna.k@example.org"
        );
        for bad in [
            "",
            "anna",
            "anna@",
            "@example.org",
            "an na@example.org",
            "a@b",
            "a@.b.c",
            "a@b..c",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn wire_values_are_validated_when_deserialized() {
        let err = serde_json::from_str::<DisplayName>("\"  \"").unwrap_err();
        assert!(err.to_string().contains("display_name"));
        let ok: Email = serde_json::from_str("\"X@Example.org\"").unwrap();
        assert_eq!(ok.as_str(), "x@example.org");
    }

    #[test]
    fn web_links_are_web_addresses_only() {
        assert!(WebLink::parse("https://meet.example.org/abc-def").is_ok());
        for bad in [
            "javascript:alert(1)",
            "ftp://x",
            "https://",
            "https:///path",
            "https://a b",
            "meet.example.org",
        ] {
            assert!(WebLink::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn passwords_have_a_minimum_length_and_never_print() {
        assert!(NewPassword::parse("short").is_err());
        let p = NewPassword::parse("correct horse battery").unwrap();
        assert_eq!(format!("{p:?}"), "NewPassword(..)");
    }

    proptest! {
        #[test]
        fn a_parsed_display_name_always_parses_again_to_itself(raw in "\\PC{0,100}") {
            if let Ok(name) = DisplayName::parse(&raw) {
                prop_assert_eq!(DisplayName::parse(name.as_str()).unwrap(), name.clone());
                prop_assert!(name.as_str().chars().count() <= 80);
                prop_assert_eq!(name.as_str().trim(), name.as_str());
            }
        }

        #[test]
        fn a_parsed_email_is_stable_and_lowercase(raw in "[A-Za-z0-9._%+-]{1,20}@[A-Za-z0-9-]{1,10}\\.[A-Za-z]{2,6}") {
            let email = Email::parse(&raw).unwrap();
            prop_assert_eq!(email.as_str(), raw.to_lowercase());
            prop_assert_eq!(Email::parse(email.as_str()).unwrap(), email.clone());
        }
    }
}
