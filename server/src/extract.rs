//! Request extractors shared by all capabilities: JSON bodies whose rejections become our error
//! type, and the caller's address.

use crate::error::AppError;
use axum::extract::rejection::JsonRejection;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;
use shared::error::ErrorCode;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

/// A JSON body. Malformed JSON, wrong types and oversize bodies become `{code, message}`
/// answers instead of axum's plain-text rejections.
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => Err(json_rejection(rejection)),
        }
    }
}

fn json_rejection(rejection: JsonRejection) -> AppError {
    match rejection {
        JsonRejection::JsonDataError(e) => {
            AppError::malformed(ErrorCode::InvalidInput, e.body_text())
        }
        JsonRejection::JsonSyntaxError(e) => {
            AppError::malformed(ErrorCode::MalformedRequest, e.body_text())
        }
        JsonRejection::MissingJsonContentType(_) => AppError::malformed(
            ErrorCode::MalformedRequest,
            "expected Content-Type: application/json",
        ),
        JsonRejection::BytesRejection(e) => {
            if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                AppError::Expected(ErrorCode::PayloadTooLarge)
            } else {
                AppError::malformed(ErrorCode::MalformedRequest, e.body_text())
            }
        }
        other => AppError::malformed(ErrorCode::MalformedRequest, other.body_text()),
    }
}

/// A raw body (an upload); too large or unreadable becomes a `{code, message}` answer.
pub struct ApiBytes(pub axum::body::Bytes);

impl<S: Send + Sync> FromRequest<S> for ApiBytes {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        axum::body::Bytes::from_request(req, state)
            .await
            .map(ApiBytes)
            .map_err(|e| {
                if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                    AppError::Expected(ErrorCode::PayloadTooLarge)
                } else {
                    AppError::malformed(ErrorCode::MalformedRequest, e.body_text())
                }
            })
    }
}

/// A query string; a malformed one becomes a `malformed_request` answer.
pub struct ApiQuery<T>(pub T);

impl<S, T> FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Query(value)| ApiQuery(value))
            .map_err(|e| AppError::malformed(ErrorCode::MalformedRequest, e.body_text()))
    }
}

/// The address of the peer, for throttling. Behind a proxy this is the proxy.
#[derive(Clone, Copy, Debug)]
pub struct ClientIp(pub IpAddr);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip())
            .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
        Ok(ClientIp(ip))
    }
}
