//! HTTP plumbing around the API: the built client (static files with an SPA fallback), security
//! headers, the request's language, the same-origin rule for writes, request ids and tracing.

use crate::error::{AppError, REQUEST_LOCALE};
use crate::shell::Shell;
use crate::state::{AppState, Settings};
use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use shared::error::ErrorCode;
use shared::locale::Locale;
use std::path::Path;
use std::sync::Arc;
use tower_http::services::ServeDir;

/// Lets the WASM run and nothing else: no inline or foreign script, no foreign connections.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
     manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; \
     frame-ancestors 'none'; form-action 'self'";

/// Serves the client from `dist`: files as they are, the page shell (see [`crate::shell`]) for
/// `/` and for every path that is not a file, so the client's router can take it.
pub fn client(dist: &Path) -> std::io::Result<Router<AppState>> {
    let shell = Arc::new(Shell::load(dist)?);
    let page = {
        let shell = shell.clone();
        move || {
            let shell = shell.clone();
            async move {
                (
                    [(
                        header::CONTENT_TYPE,
                        HeaderValue::from_static("text/html; charset=utf-8"),
                    )],
                    shell.html.clone(),
                )
            }
        }
    };
    let mut router = Router::new()
        .route("/", get(page.clone()))
        .route("/index.html", get(page.clone()));
    for (path, source) in &shell.scripts {
        let source = source.clone();
        router = router.route(
            path,
            get(move || async move {
                (
                    [(
                        header::CONTENT_TYPE,
                        HeaderValue::from_static("text/javascript; charset=utf-8"),
                    )],
                    source,
                )
            }),
        );
    }
    let files = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(get(page));
    Ok(router
        .fallback_service(files)
        .layer(axum::middleware::map_response(cache_headers)))
}

/// Trunk names built files with a content hash: those are cached for a year; everything else
/// (index.html, icons, the manifest) is revalidated.
async fn cache_headers(
    request_path: axum::extract::OriginalUri,
    mut response: Response,
) -> Response {
    let path = request_path.path();
    let hashed = path.starts_with("/boot-")
        || path
            .rsplit('/')
            .next()
            .and_then(|name| name.split('.').next())
            .and_then(|stem| stem.rsplit_once('-'))
            .is_some_and(|(_, hash)| {
                hash.len() >= 16 && hash.chars().all(|c| c.is_ascii_hexdigit())
            });
    let value = if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

/// Adds the security headers to every response.
pub async fn security_headers(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let set = |headers: &mut HeaderMap, name: &'static str, value: &'static str| {
        headers.insert(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        );
    };
    set(headers, "content-security-policy", CONTENT_SECURITY_POLICY);
    set(headers, "x-content-type-options", "nosniff");
    set(headers, "x-frame-options", "DENY");
    // Invitation and reset links carry secrets in the URL: never send it elsewhere.
    set(headers, "referrer-policy", "no-referrer");
    set(headers, "cross-origin-opener-policy", "same-origin");
    set(headers, "cross-origin-resource-policy", "same-origin");
    set(
        headers,
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), payment=()",
    );
    if state.settings.secure_cookies {
        set(
            headers,
            "strict-transport-security",
            "max-age=31536000; includeSubDomains",
        );
    }
    response
}

/// Answers the request in the language it asks for (`Accept-Language`; the app sends the
/// person's chosen language).
pub async fn request_locale(request: Request, next: Next) -> Response {
    let locale = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(Locale::from_accept_language)
        .unwrap_or_default();
    REQUEST_LOCALE.scope(locale, next.run(request)).await
}

/// Whether a browser request comes from our own pages: no `Origin` (not a cross-site browser
/// request), or an `Origin` equal to the public URL or to the `Host` it was sent to.
pub fn same_origin(headers: &HeaderMap, settings: &Settings) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|o| o.to_str().ok()) else {
        return true;
    };
    if origin == settings.public_url {
        return true;
    }
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let origin_host = origin
        .strip_prefix("http://")
        .or_else(|| origin.strip_prefix("https://"));
    matches!((origin_host, host), (Some(o), Some(h)) if o == h)
}

/// Refuses writes sent by other sites' pages (login CSRF, and a second line behind the tokens).
pub async fn same_origin_writes(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let write = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if write && !same_origin(request.headers(), &state.settings) {
        return AppError::Expected(ErrorCode::Forbidden).into_response();
    }
    next.run(request).await
}

/// The JSON 404 of unknown API paths.
pub async fn api_not_found() -> AppError {
    AppError::Expected(ErrorCode::NotFound)
}

/// A plain answer used when no client has been built.
pub async fn no_client() -> Response {
    Response::builder()
        .status(503)
        .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .body(Body::from(
            "The Mentorhub client is not built. Run `cargo xtask run`, which builds it.\n",
        ))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(HeaderName::from_static(k), HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn requests_from_other_sites_are_not_same_origin() {
        let settings = Settings::new("https://mentorhub.example.org");
        assert!(same_origin(&headers(&[]), &settings));
        assert!(same_origin(
            &headers(&[("origin", "https://mentorhub.example.org")]),
            &settings
        ));
        assert!(same_origin(
            &headers(&[
                ("origin", "http://127.0.0.1:3000"),
                ("host", "127.0.0.1:3000")
            ]),
            &settings
        ));
        assert!(!same_origin(
            &headers(&[
                ("origin", "https://evil.example"),
                ("host", "127.0.0.1:3000")
            ]),
            &settings
        ));
        assert!(!same_origin(&headers(&[("origin", "null")]), &settings));
    }

    #[test]
    fn the_policy_allows_no_inline_or_foreign_script() {
        let script = CONTENT_SECURITY_POLICY
            .split(';')
            .find(|d| d.trim().starts_with("script-src"))
            .unwrap();
        assert_eq!(script.trim(), "script-src 'self' 'wasm-unsafe-eval'");
        assert!(!CONTENT_SECURITY_POLICY.contains("unsafe-inline"));
    }
}
