//! Uploading a file to a project (read, checked and stored; the `add_version` command then makes
//! it a version) and downloading a version's original file. An upload writes only an immutable,
//! content-addressed file and its extracted text — nobody sees it until a command uses it.

use super::access;
use super::extract::{ExtractError, Kind, Limits, extract_contained};
use super::store::projects::{self as store, NewUpload};
use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult};
use crate::extract::{ApiBytes, ApiQuery};
use crate::state::AppState;
use axum::Json;
use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::Response;
use serde::Deserialize;
use shared::error::ErrorCode;
use shared::ids::{ProjectId, UploadId, VersionId};
use shared::review::document::BlockKind;
use shared::review::wire::{DocumentKind, ReviewRole, UploadReceipt};

#[derive(Deserialize, utoipa::IntoParams)]
pub struct UploadQuery {
    /// The file's name as the person chose it (kept for downloads; the content decides the type).
    pub name: String,
}

fn refusal(err: ExtractError) -> AppError {
    let code = match err {
        ExtractError::Empty => ErrorCode::DocumentEmpty,
        ExtractError::NotADocument => ErrorCode::DocumentUnsupported,
        ExtractError::TooLarge { .. } => ErrorCode::PayloadTooLarge,
        ExtractError::TooComplex | ExtractError::TimedOut => ErrorCode::DocumentTooComplex,
        ExtractError::Unreadable(_) => ErrorCode::DocumentUnreadable,
        ExtractError::Encrypted => ErrorCode::DocumentEncrypted,
        ExtractError::NoText => ErrorCode::DocumentWithoutText,
    };
    AppError::Expected(code)
}

fn kind(k: Kind) -> DocumentKind {
    match k {
        Kind::Markdown => DocumentKind::Markdown,
        Kind::PlainText => DocumentKind::Text,
        Kind::Docx => DocumentKind::Docx,
        Kind::Pdf => DocumentKind::Pdf,
    }
}

/// A file name safe to keep: no path, no control characters, at most 200 characters.
fn clean_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base.chars().filter(|c| !c.is_control()).take(200).collect();
    if cleaned.trim().is_empty() {
        "document".to_owned()
    } else {
        cleaned.trim().to_owned()
    }
}

#[utoipa::path(
    post, path = "/api/v1/projects/{project_id}/uploads", tag = "review",
    params(("project_id" = uuid::Uuid, Path, description = "The project"), UploadQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "The file"),
    responses(
        (status = 200, description = "Read and stored; add it as a version with `add_version`", body = UploadReceipt),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
        (status = 403, description = "Only the project's owner uploads", body = shared::error::ApiError),
        (status = 413, description = "Larger than the upload limit", body = shared::error::ApiError),
        (status = 415, description = "Not a Markdown, text, DOCX or PDF document", body = shared::error::ApiError),
        (status = 422, description = "Empty, damaged, encrypted, too complex or without text", body = shared::error::ApiError),
    )
)]
pub async fn upload(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(project_id): Path<ProjectId>,
    ApiQuery(query): ApiQuery<UploadQuery>,
    ApiBytes(bytes): ApiBytes,
) -> AppResult<Json<UploadReceipt>> {
    Ok(Json(
        store_upload(&state, &user, project_id, &query.name, bytes).await?,
    ))
}

/// Reads, checks and keeps an uploaded file for `project` (its owner only).
pub async fn store_upload(
    state: &AppState,
    user: &CurrentUser,
    project_id: ProjectId,
    name: &str,
    bytes: Bytes,
) -> AppResult<UploadReceipt> {
    let access = access::project_access(&mut state.db.read(), user.id(), project_id).await?;
    access.require(|r| r == ReviewRole::Owner)?;
    let name = clean_name(name);
    let limits = Limits {
        max_file: state.settings.max_upload,
        ..Limits::default()
    };
    let (found, body) = extract_contained(bytes.clone(), name.clone(), limits)
        .await
        .map_err(refusal)?;
    let stored = state
        .files
        .put(&bytes)
        .await
        .map_err(|e| AppError::internal("storing an upload", e))?;
    let id = UploadId(uuid::Uuid::new_v4());
    let now = state.now();
    let mut tx = state.db.begin().await?;
    store::insert_upload(
        &mut tx.conn(),
        NewUpload {
            id,
            by: user.id(),
            project: project_id,
            filename: &name,
            kind: kind(found),
            size: bytes.len() as i64,
            sha256: &stored.sha256,
            blob_key: &stored.key,
            body: &body,
            now,
        },
    )
    .await?;
    tx.commit().await?;
    let pages = body
        .blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Page { .. }))
        .count();
    Ok(UploadReceipt {
        upload_id: id,
        kind: kind(found),
        characters: body.text.chars().count(),
        pages: (found == Kind::Pdf).then_some(pages as u32),
    })
}

#[utoipa::path(
    get, path = "/api/v1/versions/{version_id}/file", tag = "review",
    params(("version_id" = uuid::Uuid, Path, description = "The version")),
    responses(
        (status = 200, description = "The original file, as an attachment"),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
        (status = 404, description = "No such version, or not the caller's to see", body = shared::error::ApiError),
    )
)]
pub async fn download(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(version_id): Path<VersionId>,
) -> AppResult<Response> {
    let version = store::version(&mut state.db.read(), version_id)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    access::project_access(&mut state.db.read(), user.id(), version.project()).await?;
    let bytes = state
        .files
        .get(&version.blob_key)
        .await
        .map_err(|e| AppError::internal("reading a stored file", e))?;
    let media = match version.info().kind {
        DocumentKind::Markdown => "text/markdown; charset=utf-8",
        DocumentKind::Text => "text/plain; charset=utf-8",
        DocumentKind::Docx => {
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        }
        DocumentKind::Pdf => "application/pdf",
    };
    let encoded: String = version
        .filename
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    let disposition = format!("attachment; filename=\"document\"; filename*=UTF-8''{encoded}");
    Response::builder()
        .header(header::CONTENT_TYPE, media)
        .header(
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")),
        )
        .header(header::CACHE_CONTROL, "private, no-store")
        .body(Body::from(bytes))
        .map_err(|e| AppError::internal("building a download", e))
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_lose_their_paths_and_control_characters() {
        assert_eq!(super::clean_name("../../etc/passwd"), "passwd");
        assert_eq!(
            super::clean_name("C:\\Users\\a\\Oferta v2.docx"),
            "Oferta v2.docx"
        );
        assert_eq!(super::clean_name("a\u{0}b.md"), "ab.md");
        assert_eq!(super::clean_name("   "), "document");
    }
}
