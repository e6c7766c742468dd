//! The one error type of the server. Expected failures carry a stable [`ErrorCode`] and become a
//! 4xx answer `{code, message, field}` with the message in the caller's language; unexpected ones
//! are logged with their context and answered with a 500 that reveals nothing.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use shared::error::{ApiError, ErrorCode, Invalid};
use shared::i18n::{Arg, i18n};
use shared::locale::Locale;

tokio::task_local! {
    /// The language of the request being answered, set by [`crate::web::request_locale`].
    pub static REQUEST_LOCALE: Locale;
}

/// The language of the current request (English outside a request).
pub fn request_locale() -> Locale {
    REQUEST_LOCALE.try_with(|l| *l).unwrap_or_default()
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// An expected failure, explained by its code alone.
    #[error("{0:?}")]
    Expected(ErrorCode),
    /// A field failed validation.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// The request could not be decoded; `detail` describes the request's own fault.
    #[error("{code:?}: {detail}")]
    Malformed { code: ErrorCode, detail: String },
    /// A fault of ours. Logged, never shown.
    #[error("{context}: {source}")]
    Internal {
        context: &'static str,
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn internal(
        context: &'static str,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        AppError::Internal {
            context,
            source: source.into(),
        }
    }

    pub fn malformed(code: ErrorCode, detail: impl Into<String>) -> Self {
        AppError::Malformed {
            code,
            detail: detail.into(),
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            AppError::Expected(code) => *code,
            AppError::Invalid(_) => ErrorCode::InvalidInput,
            AppError::Malformed { code, .. } => *code,
            AppError::Internal { .. } => ErrorCode::Internal,
        }
    }

    /// The answer body, in `locale`. Internal faults are logged here, once.
    pub fn to_api_error(&self, locale: Locale) -> ApiError {
        let t = i18n();
        match self {
            AppError::Expected(code) => ApiError {
                code: *code,
                message: t.text(locale, &code.message_id()),
                field: None,
            },
            AppError::Invalid(invalid) => ApiError {
                code: ErrorCode::InvalidInput,
                message: invalid_message(invalid, locale),
                field: Some(invalid.field.to_owned()),
            },
            AppError::Malformed { code, detail } => ApiError {
                code: *code,
                message: format!("{} ({detail})", t.text(locale, &code.message_id())),
                field: None,
            },
            AppError::Internal { context, source } => {
                tracing::error!(context, error = %source, "internal error");
                ApiError {
                    code: ErrorCode::Internal,
                    message: t.text(locale, &ErrorCode::Internal.message_id()),
                    field: None,
                }
            }
        }
    }
}

/// The translated sentence for a validation failure.
pub fn invalid_message(invalid: &Invalid, locale: Locale) -> String {
    let t = i18n();
    let field_id = format!("field-{}", invalid.field.replace('_', "-"));
    let field = t.text(locale, &field_id);
    let (id, number) = invalid.message();
    let mut args: Vec<(&str, Arg<'_>)> = vec![("field", Arg::Str(&field))];
    if let Some((name, n)) = number {
        args.push((name, n.into()));
    }
    t.text_with(locale, id, &args)
}

impl From<ErrorCode> for AppError {
    fn from(code: ErrorCode) -> Self {
        AppError::Expected(code)
    }
}

impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        match &err {
            sqlx::Error::Database(db) if db.is_unique_violation() => {
                AppError::Expected(ErrorCode::Conflict)
            }
            sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => {
                tracing::warn!(error = %err, "database unavailable");
                AppError::Expected(ErrorCode::Unavailable)
            }
            _ => AppError::internal("database", err),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let body = self.to_api_error(request_locale());
        let status = StatusCode::from_u16(body.code.http_status())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        (status, axum::Json(body)).into_response()
    }
}
