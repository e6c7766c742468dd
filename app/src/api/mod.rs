//! The only module that talks to the server: the JSON endpoints under `/api/v1` (the review
//! reads in [`review`], uploads with progress in [`upload`]) and the live WebSocket. Every
//! request carries the chosen language (`Accept-Language`), and every write the session's CSRF
//! token; both are set here by the session and language code.

mod error;
mod http;
pub mod live;
pub mod review;
pub mod upload;

pub use error::Error;

use http::{get, post, read, send, send_json};
use shared::api::{
    AcceptInvitation, Dashboard, InvitationPreview, MemberList, PasswordResetConfirm,
    PasswordResetRequest, ProgramDetail, Session, SignInRequest,
};
use shared::change::ChangesPage;
use shared::command::{BatchResult, CommandBatch};
use shared::ids::ProgramId;
use shared::locale::Locale;
use std::cell::RefCell;

/// What every request needs to know about the person using the app.
#[derive(Default)]
struct Config {
    locale: Locale,
    csrf: Option<String>,
}

thread_local! {
    static CONFIG: RefCell<Config> = RefCell::new(Config::default());
}

fn config<T>(f: impl FnOnce(&Config) -> T) -> T {
    CONFIG.with(|c| f(&c.borrow()))
}

/// Sets the language requests ask the server to answer in.
pub fn set_locale(locale: Locale) {
    CONFIG.with(|c| c.borrow_mut().locale = locale);
}

/// The language requests currently ask for.
pub fn locale() -> Locale {
    config(|c| c.locale)
}

/// Sets (or forgets) the CSRF token that writes carry.
pub fn set_csrf(token: Option<String>) {
    CONFIG.with(|c| c.borrow_mut().csrf = token);
}

/// Whether writes can be sent: the session's CSRF token is known.
pub fn has_csrf() -> bool {
    config(|c| c.csrf.is_some())
}

/// Encodes a secret from a link for use as one path segment.
fn segment(raw: &str) -> String {
    String::from(js_sys::encode_uri_component(raw))
}

/// `GET /auth/session`: the signed-in person, or `Unauthenticated`.
pub async fn session() -> Result<Session, Error> {
    read(send(get("/auth/session")).await?).await
}

/// `POST /auth/sign-in`.
pub async fn sign_in(email: &str, password: &str) -> Result<Session, Error> {
    let body = SignInRequest {
        email: email.to_owned(),
        password: password.to_owned(),
    };
    read(send_json(post("/auth/sign-in"), &body).await?).await
}

/// `POST /auth/sign-out`.
pub async fn sign_out() -> Result<(), Error> {
    send(post("/auth/sign-out")).await.map(drop)
}

/// `POST /auth/password-reset`: e-mails a link if the address has an account.
pub async fn request_password_reset(email: &str, locale: Locale) -> Result<(), Error> {
    let body = PasswordResetRequest {
        email: email.to_owned(),
        locale: Some(locale),
    };
    send_json(post("/auth/password-reset"), &body)
        .await
        .map(drop)
}

/// `POST /auth/password-reset/confirm`.
pub async fn confirm_password_reset(token: &str, password: &str) -> Result<(), Error> {
    let body = PasswordResetConfirm {
        token: token.to_owned(),
        password: password.to_owned(),
    };
    send_json(post("/auth/password-reset/confirm"), &body)
        .await
        .map(drop)
}

/// `GET /invitations/{token}`.
pub async fn invitation(token: &str) -> Result<InvitationPreview, Error> {
    read(send(get(&format!("/invitations/{}", segment(token)))).await?).await
}

/// `POST /invitations/{token}/accept`.
pub async fn accept_invitation(token: &str, body: &AcceptInvitation) -> Result<Session, Error> {
    let path = format!("/invitations/{}/accept", segment(token));
    read(send_json(post(&path), body).await?).await
}

/// `GET /dashboard`.
pub async fn dashboard() -> Result<Dashboard, Error> {
    read(send(get("/dashboard")).await?).await
}

/// `GET /programs/{id}`.
pub async fn program(id: ProgramId) -> Result<ProgramDetail, Error> {
    read(send(get(&format!("/programs/{id}"))).await?).await
}

/// `GET /programs/{id}/members` (coordinators only).
pub async fn members(id: ProgramId) -> Result<MemberList, Error> {
    read(send(get(&format!("/programs/{id}/members"))).await?).await
}

/// `POST /commands`.
pub async fn send_commands(batch: &CommandBatch) -> Result<BatchResult, Error> {
    read(send_json(post("/commands"), batch).await?).await
}

/// `GET /changes?after=SEQ`.
pub async fn changes(after: i64) -> Result<ChangesPage, Error> {
    read(send(get(&format!("/changes?after={after}"))).await?).await
}
