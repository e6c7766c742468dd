//! Cookie sessions and the [`CurrentUser`] extractor, the only place a request's identity is
//! established. Cookie-authenticated writes must carry the session's CSRF token.

use super::store::{self, PersonRow};
use super::token;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::extract::{FromRequestParts, OptionalFromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, header};
use chrono::{DateTime, Duration, Utc};
use shared::api::CSRF_HEADER;
use shared::error::ErrorCode;
use shared::ids::PersonId;
use shared::locale::Locale;

pub const SESSION_COOKIE: &str = "mh_session";
/// A session lasts this long after it was last used.
pub const SESSION_IDLE_LIFETIME: Duration = Duration::days(30);
/// How stale `last_seen_at` may get before a request refreshes it (saves a write per request).
const TOUCH_AFTER: Duration = Duration::hours(1);

/// The signed-in person making this request.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub person: PersonRow,
    pub token_hash: Vec<u8>,
    pub csrf_token: String,
}

impl CurrentUser {
    /// Acting for `person` without a session (server-side work such as the demo seed).
    pub fn acting_for(person: PersonRow) -> Self {
        Self {
            person,
            token_hash: Vec::new(),
            csrf_token: String::new(),
        }
    }

    pub fn id(&self) -> PersonId {
        self.person.person_id()
    }

    pub fn locale(&self) -> Locale {
        self.person.locale()
    }
}

/// The session token from the `Cookie` header, if any.
pub fn session_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.to_owned())
        .filter(|v| !v.is_empty())
}

/// The `Set-Cookie` value that stores a session.
pub fn session_cookie(token: &str, secure: bool) -> HeaderValue {
    let max_age = SESSION_IDLE_LIFETIME.num_seconds();
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}"
    ))
    .expect("a token is URL-safe base64")
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn clear_cookie(secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}"
    ))
    .expect("a constant cookie")
}

/// Creates a session for `person` and returns `(token, csrf_token)`.
pub async fn start(
    conn: &mut crate::db::Conn<'_>,
    person: PersonId,
    now: DateTime<Utc>,
) -> AppResult<(String, String)> {
    let token = token::new_token();
    let csrf = token::new_token();
    store::insert_session(
        conn,
        &token::hash(&token),
        person,
        &csrf,
        now,
        now + SESSION_IDLE_LIFETIME,
    )
    .await?;
    Ok((token, csrf))
}

fn is_write(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

async fn resolve(parts: &Parts, state: &AppState) -> AppResult<Option<CurrentUser>> {
    let Some(token) = session_token(&parts.headers) else {
        return Ok(None);
    };
    let token_hash = token::hash(&token);
    let now = state.now();
    let Some(row) = store::session(&mut state.db.read(), &token_hash, now).await? else {
        return Ok(None);
    };
    if is_write(&parts.method) {
        let sent = parts
            .headers
            .get(CSRF_HEADER)
            .map(|v| v.as_bytes())
            .unwrap_or_default();
        if !token::constant_time_eq(sent, row.csrf_token.as_bytes()) {
            return Err(ErrorCode::CsrfFailed.into());
        }
    }
    if now - row.last_seen_at > TOUCH_AFTER {
        let mut tx = state.db.begin().await?;
        store::touch_session(
            &mut tx.conn(),
            &token_hash,
            now,
            now + SESSION_IDLE_LIFETIME,
        )
        .await?;
        tx.commit().await?;
    }
    Ok(Some(CurrentUser {
        person: row.person,
        token_hash,
        csrf_token: row.csrf_token,
    }))
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> AppResult<Self> {
        if let Some(user) = parts.extensions.get::<CurrentUser>() {
            return Ok(user.clone());
        }
        let user = resolve(parts, state)
            .await?
            .ok_or(AppError::Expected(ErrorCode::Unauthenticated))?;
        parts.extensions.insert(user.clone());
        Ok(user)
    }
}

impl OptionalFromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> AppResult<Option<Self>> {
        resolve(parts, state).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_cookie_is_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("theme=dark; mh_session=abc123; lang=pl"),
        );
        assert_eq!(session_token(&headers).as_deref(), Some("abc123"));
        headers.insert(header::COOKIE, HeaderValue::from_static("mh_session="));
        assert_eq!(session_token(&headers), None);
    }

    #[test]
    fn session_cookies_are_http_only_lax_and_secure_on_https() {
        let plain = session_cookie("t", false);
        let plain = plain.to_str().unwrap();
        assert!(plain.contains("HttpOnly") && plain.contains("SameSite=Lax"));
        assert!(!plain.contains("Secure"));
        assert!(
            session_cookie("t", true)
                .to_str()
                .unwrap()
                .ends_with("; Secure")
        );
    }
}
