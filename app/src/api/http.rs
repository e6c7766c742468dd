//! Request plumbing: the API prefix, the language and CSRF headers, and turning answers into
//! values or [`Error`]s.

use super::{Error, config};
use gloo_net::http::{RequestBuilder, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;
use shared::api::{API_PREFIX, CSRF_HEADER};
use shared::error::ApiError;

fn url(path: &str) -> String {
    format!("{API_PREFIX}{path}")
}

fn with_language(builder: RequestBuilder) -> RequestBuilder {
    let locale = config(|c| c.locale);
    builder
        .header("Accept-Language", locale.tag())
        .header("Accept", "application/json")
}

/// A GET of `path` under the API prefix.
pub fn get(path: &str) -> RequestBuilder {
    with_language(gloo_net::http::Request::get(&url(path)))
}

/// A POST of `path` under the API prefix, carrying the session's CSRF token when there is one.
pub fn post(path: &str) -> RequestBuilder {
    let builder = with_language(gloo_net::http::Request::post(&url(path)));
    match config(|c| c.csrf.clone()) {
        Some(token) => builder.header(CSRF_HEADER, &token),
        None => builder,
    }
}

/// Sends a request without a body.
pub async fn send(builder: RequestBuilder) -> Result<Response, Error> {
    let response = builder.send().await.map_err(|_| Error::Network)?;
    check(response).await
}

/// Sends `body` as JSON.
pub async fn send_json<B: Serialize + ?Sized>(
    builder: RequestBuilder,
    body: &B,
) -> Result<Response, Error> {
    let request = builder.json(body).map_err(|_| Error::Unreadable)?;
    let response = request.send().await.map_err(|_| Error::Network)?;
    check(response).await
}

/// Reads a successful answer's JSON body.
pub async fn read<T: DeserializeOwned>(response: Response) -> Result<T, Error> {
    response.json::<T>().await.map_err(|_| Error::Unreadable)
}

/// Passes a 2xx answer through; turns any other into the error it carries.
async fn check(response: Response) -> Result<Response, Error> {
    if response.ok() {
        return Ok(response);
    }
    let status = response.status();
    match response.json::<ApiError>().await {
        Ok(error) => Err(Error::Api { status, error }),
        // A proxy's or gateway's page instead of ours: the server is not really there.
        Err(_) if status >= 500 => Err(Error::Network),
        Err(_) => Err(Error::Unreadable),
    }
}
