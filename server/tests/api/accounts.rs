//! Signing in and out, sessions, CSRF, throttling, password reset.

use crate::helpers::{PASSWORD, TestApp};
use reqwest::StatusCode;
use reqwest::header::SET_COOKIE;
use shared::api::Session;
use shared::error::{ApiError, ErrorCode};

async fn code(response: reqwest::Response) -> ErrorCode {
    response.json::<ApiError>().await.unwrap().code
}

#[tokio::test]
async fn signing_in_sets_a_safe_cookie_and_answers_the_session() {
    let app = TestApp::spawn().await;
    app.person("anna@example.org", "Anna", false).await;
    let mut client = app.anonymous();
    let response = client
        .post(
            "/api/v1/auth/sign-in",
            &serde_json::json!({"email": " Anna@Example.org ", "password": PASSWORD}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let cookie = response.headers()[SET_COOKIE].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("mh_session="));
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/")
    );
    let session: Session = response.json().await.unwrap();
    assert_eq!(session.person.email.as_str(), "anna@example.org");
    let again: Session = client.get_json("/api/v1/auth/session").await;
    assert_eq!(again, session);
}

#[tokio::test]
async fn a_wrong_password_or_unknown_account_gets_the_same_answer() {
    let app = TestApp::spawn().await;
    app.person("anna@example.org", "Anna", false).await;
    let mut client = app.anonymous();
    for (email, password) in [
        ("anna@example.org", "not the password"),
        ("nobody@example.org", PASSWORD),
    ] {
        let response = client
            .post(
                "/api/v1/auth/sign-in",
                &serde_json::json!({"email": email, "password": password}),
            )
            .await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(code(response).await, ErrorCode::InvalidCredentials);
    }
}

#[tokio::test]
async fn five_failures_pause_an_account_for_fifteen_minutes() {
    let app = TestApp::spawn().await;
    app.person("anna@example.org", "Anna", false).await;
    let mut client = app.anonymous();
    let attempt = |password: &'static str| serde_json::json!({"email": "anna@example.org", "password": password});
    for _ in 0..5 {
        let response = client
            .post("/api/v1/auth/sign-in", &attempt("wrong password!"))
            .await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    let response = client
        .post("/api/v1/auth/sign-in", &attempt(PASSWORD))
        .await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(code(response).await, ErrorCode::TooManyAttempts);

    app.clock.advance(chrono::Duration::minutes(16));
    let response = client
        .post("/api/v1/auth/sign-in", &attempt(PASSWORD))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn too_many_failures_from_one_address_pause_every_account_from_it() {
    let app = TestApp::spawn().await;
    app.person("anna@example.org", "Anna", false).await;
    let mut client = app.anonymous();
    for i in 0..50 {
        let body = serde_json::json!({"email": format!("guess{i}@example.org"), "password": "x"});
        client.post("/api/v1/auth/sign-in", &body).await;
    }
    let body = serde_json::json!({"email": "anna@example.org", "password": PASSWORD});
    let response = client.post("/api/v1/auth/sign-in", &body).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
}

fn session_cookie(response: &reqwest::Response) -> String {
    let set = response.headers()[SET_COOKIE].to_str().unwrap();
    set.split(';').next().unwrap().to_owned()
}

#[tokio::test]
async fn signing_in_again_replaces_the_session_and_signing_out_ends_it() {
    let app = TestApp::spawn().await;
    app.person("anna@example.org", "Anna", false).await;
    let http = reqwest::Client::new();
    let sign_in = |cookie: Option<String>| {
        let mut request = http
            .post(app.url("/api/v1/auth/sign-in"))
            .json(&serde_json::json!({"email": "anna@example.org", "password": PASSWORD}));
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        request.send()
    };
    let session_status = |cookie: String| {
        let request = http
            .get(app.url("/api/v1/auth/session"))
            .header("cookie", cookie);
        async move { request.send().await.unwrap().status() }
    };

    let first = sign_in(None).await.unwrap();
    let first_cookie = session_cookie(&first);
    assert_eq!(session_status(first_cookie.clone()).await, StatusCode::OK);

    // Signing in while holding a session gives a new session id and drops the old one.
    let second = sign_in(Some(first_cookie.clone())).await.unwrap();
    let second_cookie = session_cookie(&second);
    assert_ne!(second_cookie, first_cookie);
    assert_eq!(session_status(first_cookie).await, StatusCode::UNAUTHORIZED);
    assert_eq!(session_status(second_cookie.clone()).await, StatusCode::OK);

    let csrf = second.json::<Session>().await.unwrap().csrf_token;
    let response = http
        .post(app.url("/api/v1/auth/sign-out"))
        .header("cookie", second_cookie.clone())
        .header("x-csrf-token", csrf)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert!(
        response.headers()[SET_COOKIE]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    assert_eq!(
        session_status(second_cookie).await,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_write_without_the_csrf_token_or_from_another_site_is_refused() {
    let app = TestApp::spawn().await;
    app.person("anna@example.org", "Anna", false).await;
    let mut client = app.sign_in("anna@example.org").await;
    let body = serde_json::json!({"commands": []});
    client.csrf = "forged".into();
    let response = client.post("/api/v1/commands", &body).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(code(response).await, ErrorCode::CsrfFailed);

    let response = client
        .http
        .post(format!("{}/api/v1/auth/sign-in", client.base))
        .header("origin", "https://evil.example")
        .json(&serde_json::json!({"email": "anna@example.org", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_password_reset_link_works_once_and_ends_every_session() {
    let app = TestApp::spawn().await;
    app.person("anna@example.org", "Anna", false).await;
    let signed_in = app.sign_in("anna@example.org").await;
    let mut client = app.anonymous();
    let response = client
        .post(
            "/api/v1/auth/password-reset",
            &serde_json::json!({"email": "anna@example.org"}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    // Unknown addresses get the same answer and no e-mail.
    let response = client
        .post(
            "/api/v1/auth/password-reset",
            &serde_json::json!({"email": "nobody@example.org"}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::ACCEPTED);

    let mail = app.wait_for_mail("anna@example.org").await;
    assert_eq!(mail.subject, "Reset your Mentorhub password");
    let token = mail
        .body
        .split("reset-password?token=")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("the e-mail carries the link")
        .to_owned();

    let confirm = serde_json::json!({"token": token, "password": "a brand new password"});
    let response = client
        .post("/api/v1/auth/password-reset/confirm", &confirm)
        .await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let response = client
        .post("/api/v1/auth/password-reset/confirm", &confirm)
        .await;
    assert_eq!(response.status(), StatusCode::GONE);
    assert_eq!(code(response).await, ErrorCode::ResetLinkInvalid);

    assert_eq!(
        signed_in.get("/api/v1/auth/session").await.status(),
        StatusCode::UNAUTHORIZED
    );
    let response = client
        .post(
            "/api/v1/auth/sign-in",
            &serde_json::json!({"email": "anna@example.org", "password": "a brand new password"}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(app.mail.all().iter().all(|m| m.to != "nobody@example.org"));
}

#[tokio::test]
async fn errors_speak_the_requested_language() {
    let app = TestApp::spawn().await;
    let client = app.anonymous();
    let response = client
        .http
        .get(format!("{}/api/v1/dashboard", client.base))
        .header("accept-language", "pl-PL,pl;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap();
    let body: ApiError = response.json().await.unwrap();
    assert_eq!(body.message, "Zaloguj się.");
}
