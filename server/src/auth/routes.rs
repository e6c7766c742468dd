//! Sign in, sign out, the current session, password reset.

use super::session::{self, CurrentUser};
use super::{password, store, throttle, token};
use crate::error::{AppError, AppResult};
use crate::extract::{ApiJson, ClientIp};
use crate::mail::{store as mail_store, templates};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Duration;
use shared::api::{PasswordResetConfirm, PasswordResetRequest, Session, SignInRequest};
use shared::error::ErrorCode;
use shared::text::{Email, NewPassword};

/// How long a password reset link works.
pub const RESET_LIFETIME: Duration = Duration::hours(1);

#[utoipa::path(
    post, path = "/api/v1/auth/sign-in", tag = "accounts",
    request_body = SignInRequest,
    responses(
        (status = 200, description = "Signed in; sets the session cookie", body = Session),
        (status = 401, description = "Wrong e-mail or password", body = shared::error::ApiError),
        (status = 429, description = "Too many failed attempts", body = shared::error::ApiError),
    )
)]
pub async fn sign_in(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    ApiJson(body): ApiJson<SignInRequest>,
) -> AppResult<Response> {
    let email = Email::parse(&body.email).map_err(|_| ErrorCode::InvalidCredentials)?;
    let account_key = throttle::account_key(email.as_str());
    let address_key = throttle::address_key(ip);
    let now = state.now();
    if throttle::blocked(&mut state.db.read(), &account_key, &address_key, now).await? {
        return Err(ErrorCode::TooManyAttempts.into());
    }
    let person = store::person_by_email(&mut state.db.read(), &email).await?;
    let stored = person.as_ref().map(|p| p.password_hash.clone());
    let ok = password::verify(body.password, stored).await?;

    let mut tx = state.db.begin().await?;
    let Some(person) = person.filter(|_| ok) else {
        store::record_failure(&mut tx.conn(), &account_key, now).await?;
        store::record_failure(&mut tx.conn(), &address_key, now).await?;
        tx.commit().await?;
        return Err(ErrorCode::InvalidCredentials.into());
    };
    // Old entries of everyone go too; a day keeps the hourly password-reset count intact.
    store::clear_failures(&mut tx.conn(), &account_key, now - Duration::days(1)).await?;
    // A new session id at every sign-in: a session fixed before sign-in is dropped.
    if let Some(old) = session::session_token(&headers) {
        store::delete_session(&mut tx.conn(), &token::hash(&old)).await?;
    }
    let (token, csrf_token) = session::start(&mut tx.conn(), person.person_id(), now).await?;
    tx.commit().await?;
    Ok((
        [(
            header::SET_COOKIE,
            session::session_cookie(&token, state.settings.secure_cookies),
        )],
        Json(Session {
            person: person.to_me(),
            csrf_token,
        }),
    )
        .into_response())
}

#[utoipa::path(
    post, path = "/api/v1/auth/sign-out", tag = "accounts",
    responses(
        (status = 204, description = "Signed out; the session is gone"),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
    )
)]
pub async fn sign_out(State(state): State<AppState>, user: CurrentUser) -> AppResult<Response> {
    let mut tx = state.db.begin().await?;
    store::delete_session(&mut tx.conn(), &user.token_hash).await?;
    tx.commit().await?;
    Ok((
        StatusCode::NO_CONTENT,
        [(
            header::SET_COOKIE,
            session::clear_cookie(state.settings.secure_cookies),
        )],
    )
        .into_response())
}

#[utoipa::path(
    get, path = "/api/v1/auth/session", tag = "accounts",
    responses(
        (status = 200, description = "The signed-in person and the CSRF token for writes", body = Session),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
    )
)]
pub async fn current(user: CurrentUser) -> Json<Session> {
    Json(Session {
        person: user.person.to_me(),
        csrf_token: user.csrf_token,
    })
}

#[utoipa::path(
    post, path = "/api/v1/auth/password-reset", tag = "accounts",
    request_body = PasswordResetRequest,
    responses(
        (status = 202, description = "If the address has an account, a link was e-mailed"),
        (status = 422, description = "Not an e-mail address", body = shared::error::ApiError),
    )
)]
pub async fn request_reset(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<PasswordResetRequest>,
) -> AppResult<StatusCode> {
    let email = Email::parse(&body.email)?;
    let now = state.now();
    let key = throttle::reset_key(email.as_str());
    let mut tx = state.db.begin().await?;
    let recent = store::count_failures(&mut tx.conn(), &key, now - Duration::hours(1)).await?;
    let person = store::person_by_email(&mut tx.conn(), &email).await?;
    // The same answer whether or not the account exists, so addresses cannot be probed.
    if let Some(person) = person.filter(|_| recent < throttle::RESETS_PER_HOUR) {
        store::record_failure(&mut tx.conn(), &key, now).await?;
        let secret = token::new_token();
        store::insert_reset(
            &mut tx.conn(),
            &token::hash(&secret),
            person.person_id(),
            now,
            now + RESET_LIFETIME,
        )
        .await?;
        let link = format!(
            "{}/reset-password?token={secret}",
            state.settings.public_url
        );
        let locale = body.locale.unwrap_or_else(|| person.locale());
        let mail = templates::password_reset(locale, email.as_str(), &link);
        mail_store::enqueue(&mut tx.conn(), &email, &mail.subject, &mail.body, now).await?;
    }
    tx.commit().await?;
    state.mailer.wake();
    Ok(StatusCode::ACCEPTED)
}

#[utoipa::path(
    post, path = "/api/v1/auth/password-reset/confirm", tag = "accounts",
    request_body = PasswordResetConfirm,
    responses(
        (status = 204, description = "The password is changed; every session of the account ended"),
        (status = 410, description = "The link is unknown, used or expired", body = shared::error::ApiError),
        (status = 422, description = "The new password is too short or too long", body = shared::error::ApiError),
    )
)]
pub async fn confirm_reset(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<PasswordResetConfirm>,
) -> AppResult<StatusCode> {
    let new_password = NewPassword::parse(&body.password)?;
    let hash = password::hash(new_password.expose().to_owned()).await?;
    let now = state.now();
    let mut tx = state.db.begin().await?;
    let person = store::take_reset(&mut tx.conn(), &token::hash(&body.token), now)
        .await?
        .ok_or(AppError::Expected(ErrorCode::ResetLinkInvalid))?;
    store::set_password(&mut tx.conn(), person, &hash).await?;
    store::delete_sessions_of(&mut tx.conn(), person).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
