//! What can go wrong when talking to the server, in terms the views can act on.

use shared::error::{ApiError, ErrorCode};
use shared::i18n::i18n;
use shared::locale::Locale;
use std::fmt;

/// A failed request.
#[derive(Clone, Debug, PartialEq)]
pub enum Error {
    /// The server could not be reached (offline, DNS, connection refused, ...).
    Network,
    /// The server answered with an error body (`{code, message, field?}`, already translated).
    Api { status: u16, error: ApiError },
    /// The server answered something this client cannot read.
    Unreadable,
}

impl Error {
    /// The server's stable code, when it answered with one.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            Error::Api { error, .. } => Some(error.code),
            _ => None,
        }
    }

    /// Whether the same request may succeed later without change: the network, a busy or
    /// failing server, throttling.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Network => true,
            Error::Api { status, .. } => *status >= 500 || *status == 429,
            Error::Unreadable => false,
        }
    }

    /// Whether the session is gone (signed out elsewhere, expired).
    pub fn is_unauthenticated(&self) -> bool {
        self.code() == Some(ErrorCode::Unauthenticated)
    }

    /// A sentence for people, in `locale` when this client writes it (the server's own messages
    /// are already in the language the request asked for).
    pub fn message(&self, locale: Locale) -> String {
        match self {
            Error::Network => i18n().text(locale, "error-network"),
            Error::Api { error, .. } => error.message.clone(),
            Error::Unreadable => i18n().text(locale, "error-internal"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(super::locale()))
    }
}

impl std::error::Error for Error {}
