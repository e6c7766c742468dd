//! Stable error codes and the JSON error body every endpoint answers with.

use serde::{Deserialize, Serialize};

/// A stable, machine-readable error code. Clients and integrations match on these; the
/// accompanying message is for people and is translated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// No valid session or token.
    Unauthenticated,
    /// Signed in, but this person may not do this.
    Forbidden,
    /// A cookie-authenticated write without the session's CSRF token.
    CsrfFailed,
    /// The thing does not exist, or the caller may not know it exists.
    NotFound,
    /// The body is not the JSON the endpoint expects.
    MalformedRequest,
    /// A command type this server does not know.
    UnknownCommand,
    /// A field failed validation; see `field`.
    InvalidInput,
    /// The body is larger than the endpoint accepts.
    PayloadTooLarge,
    /// The e-mail and password do not match an account.
    InvalidCredentials,
    /// Too many failed attempts; try again later.
    TooManyAttempts,
    /// Something with this id or unique value already exists.
    Conflict,
    /// A command id was already used by another person or for another command.
    CommandIdReused,
    /// The program would be left without a coordinator.
    LastCoordinator,
    /// The invitation link is unknown, used, revoked or expired.
    InvitationInvalid,
    /// The password reset link is unknown, used or expired.
    ResetLinkInvalid,
    /// The invitation was sent to another e-mail address than the signed-in person's.
    InvitationForSomeoneElse,
    /// The uploaded file is empty.
    DocumentEmpty,
    /// The file is not a Markdown, text, Word (DOCX) or PDF document.
    DocumentUnsupported,
    /// The document is damaged and cannot be read.
    DocumentUnreadable,
    /// The document is too large or too complex to read.
    DocumentTooComplex,
    /// The document is protected with a password.
    DocumentEncrypted,
    /// The document has no text to read.
    DocumentWithoutText,
    /// The mentor has not declared the languages they work in.
    LanguagesNotDeclared,
    /// The mentor does not offer this session at this time.
    SessionNotOffered,
    /// Someone else booked this time first.
    SlotTaken,
    /// The package has no sessions left in this period.
    QuotaExhausted,
    /// The session can no longer be changed this way.
    BookingClosed,
    /// The outcome can be marked only after the session started.
    OutcomeTooEarly,
    /// The database or another dependency is not reachable.
    Unavailable,
    /// A fault on the server; details are in the server log, never in the answer.
    Internal,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 30] = [
        ErrorCode::Unauthenticated,
        ErrorCode::Forbidden,
        ErrorCode::CsrfFailed,
        ErrorCode::NotFound,
        ErrorCode::MalformedRequest,
        ErrorCode::UnknownCommand,
        ErrorCode::InvalidInput,
        ErrorCode::PayloadTooLarge,
        ErrorCode::InvalidCredentials,
        ErrorCode::TooManyAttempts,
        ErrorCode::Conflict,
        ErrorCode::CommandIdReused,
        ErrorCode::LastCoordinator,
        ErrorCode::InvitationInvalid,
        ErrorCode::ResetLinkInvalid,
        ErrorCode::InvitationForSomeoneElse,
        ErrorCode::DocumentEmpty,
        ErrorCode::DocumentUnsupported,
        ErrorCode::DocumentUnreadable,
        ErrorCode::DocumentTooComplex,
        ErrorCode::DocumentEncrypted,
        ErrorCode::DocumentWithoutText,
        ErrorCode::LanguagesNotDeclared,
        ErrorCode::SessionNotOffered,
        ErrorCode::SlotTaken,
        ErrorCode::QuotaExhausted,
        ErrorCode::BookingClosed,
        ErrorCode::OutcomeTooEarly,
        ErrorCode::Unavailable,
        ErrorCode::Internal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Unauthenticated => "unauthenticated",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::CsrfFailed => "csrf_failed",
            ErrorCode::NotFound => "not_found",
            ErrorCode::MalformedRequest => "malformed_request",
            ErrorCode::UnknownCommand => "unknown_command",
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::InvalidCredentials => "invalid_credentials",
            ErrorCode::TooManyAttempts => "too_many_attempts",
            ErrorCode::Conflict => "conflict",
            ErrorCode::CommandIdReused => "command_id_reused",
            ErrorCode::LastCoordinator => "last_coordinator",
            ErrorCode::InvitationInvalid => "invitation_invalid",
            ErrorCode::ResetLinkInvalid => "reset_link_invalid",
            ErrorCode::InvitationForSomeoneElse => "invitation_for_someone_else",
            ErrorCode::DocumentEmpty => "document_empty",
            ErrorCode::DocumentUnsupported => "document_unsupported",
            ErrorCode::DocumentUnreadable => "document_unreadable",
            ErrorCode::DocumentTooComplex => "document_too_complex",
            ErrorCode::DocumentEncrypted => "document_encrypted",
            ErrorCode::DocumentWithoutText => "document_without_text",
            ErrorCode::LanguagesNotDeclared => "languages_not_declared",
            ErrorCode::SessionNotOffered => "session_not_offered",
            ErrorCode::SlotTaken => "slot_taken",
            ErrorCode::QuotaExhausted => "quota_exhausted",
            ErrorCode::BookingClosed => "booking_closed",
            ErrorCode::OutcomeTooEarly => "outcome_too_early",
            ErrorCode::Unavailable => "unavailable",
            ErrorCode::Internal => "internal",
        }
    }

    /// The HTTP status this code is answered with.
    pub fn http_status(self) -> u16 {
        match self {
            ErrorCode::Unauthenticated | ErrorCode::InvalidCredentials => 401,
            ErrorCode::Forbidden | ErrorCode::CsrfFailed | ErrorCode::InvitationForSomeoneElse => {
                403
            }
            ErrorCode::NotFound => 404,
            ErrorCode::MalformedRequest | ErrorCode::UnknownCommand => 400,
            ErrorCode::InvalidInput
            | ErrorCode::DocumentEmpty
            | ErrorCode::DocumentUnreadable
            | ErrorCode::DocumentTooComplex
            | ErrorCode::DocumentEncrypted
            | ErrorCode::DocumentWithoutText => 422,
            ErrorCode::DocumentUnsupported => 415,
            ErrorCode::LanguagesNotDeclared | ErrorCode::SessionNotOffered => 422,
            ErrorCode::SlotTaken
            | ErrorCode::QuotaExhausted
            | ErrorCode::BookingClosed
            | ErrorCode::OutcomeTooEarly => 409,
            ErrorCode::PayloadTooLarge => 413,
            ErrorCode::TooManyAttempts => 429,
            ErrorCode::Conflict | ErrorCode::CommandIdReused | ErrorCode::LastCoordinator => 409,
            ErrorCode::InvitationInvalid | ErrorCode::ResetLinkInvalid => 410,
            ErrorCode::Unavailable => 503,
            ErrorCode::Internal => 500,
        }
    }

    /// The Fluent message id of this code's text.
    pub fn message_id(self) -> String {
        format!("error-{}", self.as_str().replace('_', "-"))
    }
}

/// The body of every error answer: `{"code": "...", "message": "...", "field": "..."}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiError {
    pub code: ErrorCode,
    /// A sentence a person can act on, in the caller's language.
    pub message: String,
    /// The input field at fault, for `invalid_input`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

/// Why a value was refused by validation. Rendered through i18n as `invalid-<reason>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InvalidReason {
    Empty,
    TooShort {
        min: usize,
    },
    TooLong {
        max: usize,
    },
    ControlCharacters,
    NotAnEmail,
    UnknownTimeZone,
    UnknownLocale,
    NothingToChange,
    TooMany {
        max: usize,
    },
    /// The person named does not hold the role the action needs in this program.
    NotInRole,
    /// No such stage in the program.
    UnknownStage,
    /// Not a web address.
    NotALink,
}

/// A validation failure of one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {}", reason_in_english(self.reason))]
pub struct Invalid {
    pub field: &'static str,
    pub reason: InvalidReason,
}

impl Invalid {
    pub fn new(field: &'static str, reason: InvalidReason) -> Self {
        Self { field, reason }
    }

    /// The Fluent message id and its numeric argument, if any.
    pub fn message(&self) -> (&'static str, Option<(&'static str, usize)>) {
        match self.reason {
            InvalidReason::Empty => ("invalid-empty", None),
            InvalidReason::TooShort { min } => ("invalid-too-short", Some(("min", min))),
            InvalidReason::TooLong { max } => ("invalid-too-long", Some(("max", max))),
            InvalidReason::ControlCharacters => ("invalid-control-characters", None),
            InvalidReason::NotAnEmail => ("invalid-not-an-email", None),
            InvalidReason::UnknownTimeZone => ("invalid-unknown-time-zone", None),
            InvalidReason::UnknownLocale => ("invalid-unknown-locale", None),
            InvalidReason::NothingToChange => ("invalid-nothing-to-change", None),
            InvalidReason::TooMany { max } => ("invalid-too-many", Some(("max", max))),
            InvalidReason::NotInRole => ("invalid-not-in-role", None),
            InvalidReason::UnknownStage => ("invalid-unknown-stage", None),
            InvalidReason::NotALink => ("invalid-not-a-link", None),
        }
    }
}

/// The English wording, for logs and for integrations reading serde errors. People see the
/// translated text made from [`Invalid::message`].
fn reason_in_english(reason: InvalidReason) -> String {
    match reason {
        InvalidReason::Empty => "must not be empty".into(),
        InvalidReason::TooShort { min } => format!("must be at least {min} characters"),
        InvalidReason::TooLong { max } => format!("must be at most {max} characters"),
        InvalidReason::ControlCharacters => "must not contain control characters".into(),
        InvalidReason::NotAnEmail => "is not an e-mail address".into(),
        InvalidReason::UnknownTimeZone => "is not a known time zone".into(),
        InvalidReason::UnknownLocale => "is not a supported language".into(),
        InvalidReason::NothingToChange => "nothing to change".into(),
        InvalidReason::TooMany { max } => format!("at most {max} allowed"),
        InvalidReason::NotInRole => "does not hold the needed role in this program".into(),
        InvalidReason::UnknownStage => "is not a stage of this program".into(),
        InvalidReason::NotALink => "is not a web address (https://...)".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_serialize_as_their_stable_names() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert!((400..600).contains(&code.http_status()));
        }
    }
}
