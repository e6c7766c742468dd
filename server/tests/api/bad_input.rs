//! Bad input gets a clear 4xx JSON error, and the server keeps serving.

use crate::helpers::{TestApp, applied};
use reqwest::StatusCode;
use shared::command::{Command, UpdateProfile};
use shared::error::{ApiError, ErrorCode};
use shared::text::DisplayName;

async fn post_raw(
    client: &crate::helpers::Client,
    body: impl Into<reqwest::Body>,
) -> (StatusCode, ApiError) {
    let response = client
        .http
        .post(format!("{}/api/v1/commands", client.base))
        .header("x-csrf-token", &client.csrf)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.expect("a JSON error body"))
}

#[tokio::test]
async fn malformed_unknown_oversize_and_mistyped_commands_get_clear_errors() {
    let app = TestApp::spawn().await;
    app.person("anna@example.org", "Anna", false).await;
    let mut client = app.sign_in("anna@example.org").await;
    let id = uuid::Uuid::new_v4();

    let (status, error) = post_raw(&client, r#"{"commands": [ {"id": "#).await;
    assert_eq!(
        (status, error.code),
        (StatusCode::BAD_REQUEST, ErrorCode::MalformedRequest)
    );

    let unknown =
        format!(r#"{{"commands": [{{"id": "{id}", "command": {{"type": "launch_rocket"}}}}]}}"#);
    let (status, error) = post_raw(&client, unknown).await;
    assert_eq!(
        (status, error.code),
        (StatusCode::BAD_REQUEST, ErrorCode::UnknownCommand)
    );
    assert!(error.message.contains("launch_rocket"), "{}", error.message);

    let mistyped = format!(
        r#"{{"commands": [{{"id": "{id}", "command": {{"type": "grant_role", "program_id": 42, "person_id": "x", "role": "king"}}}}]}}"#
    );
    let (status, error) = post_raw(&client, mistyped).await;
    assert_eq!(
        (status, error.code),
        (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput)
    );
    assert!(error.message.contains("commands[0]"), "{}", error.message);

    let (status, error) = post_raw(&client, r#"{"commands": "all of them"}"#).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error.code, ErrorCode::InvalidInput);

    let huge = format!(
        r#"{{"commands": [], "padding": "{}"}}"#,
        "x".repeat(server::MAX_BODY_BYTES + 1)
    );
    let (status, error) = post_raw(&client, huge).await;
    assert_eq!(
        (status, error.code),
        (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::PayloadTooLarge)
    );

    let too_many: Vec<_> = (0..=shared::command::MAX_BATCH)
        .map(|_| serde_json::json!({"id": uuid::Uuid::new_v4(), "command": {"type": "update_profile", "locale": "pl"}}))
        .collect();
    let response = client
        .post(
            "/api/v1/commands",
            &serde_json::json!({"commands": too_many}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let response = client
        .http
        .post(format!("{}/api/v1/commands", client.base))
        .header("x-csrf-token", &client.csrf)
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::BAD_REQUEST,
        "a body without a JSON content type"
    );

    // Nothing above broke anything: the server still applies a good command.
    applied(
        &client
            .command(Command::UpdateProfile(UpdateProfile {
                display_name: Some(DisplayName::parse("Anna").unwrap()),
                ..Default::default()
            }))
            .await,
    );
}

#[tokio::test]
async fn invalid_field_values_name_the_field_in_the_callers_language() {
    let app = TestApp::spawn().await;
    app.person("anna@example.org", "Anna", false).await;
    let client = app.sign_in("anna@example.org").await;
    let body = format!(
        r#"{{"commands": [{{"id": "{}", "command": {{"type": "update_profile", "time_zone": "Mars/Olympus"}}}}]}}"#,
        uuid::Uuid::new_v4()
    );
    let (status, error) = post_raw(&client, body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(error.message.contains("time_zone"), "{}", error.message);

    let response = client
        .http
        .post(format!(
            "{}/api/v1/auth/password-reset/confirm",
            client.base
        ))
        .header("accept-language", "ru")
        .json(&serde_json::json!({"token": "t", "password": "short"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: ApiError = response.json().await.unwrap();
    assert_eq!(error.field.as_deref(), Some("password"));
    assert_eq!(
        error.message,
        "В поле «Пароль» нужно не меньше 10 символов."
    );
}

#[tokio::test]
async fn unknown_api_paths_and_bad_queries_answer_json() {
    let app = TestApp::spawn().await;
    app.person("anna@example.org", "Anna", false).await;
    let client = app.sign_in("anna@example.org").await;
    let response = client.get("/api/v1/no/such/thing").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        response.json::<ApiError>().await.unwrap().code,
        ErrorCode::NotFound
    );
    let response = client.get("/api/v1/changes?after=yesterday").await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        response.json::<ApiError>().await.unwrap().code,
        ErrorCode::MalformedRequest
    );
    let response = client.get("/api/v1/programs/not-a-uuid").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}
