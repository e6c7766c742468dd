//! SQL for review stages, projects, uploads and versions.

use crate::db::Conn;
use crate::run;
use chrono::{DateTime, Utc};
use shared::ids::{PersonId, ProgramId, ProjectId, UploadId, VersionId};
use shared::review::document::DocumentBody;
use shared::review::wire::{DocumentKind, StageProgress, VersionInfo};
use sqlx::FromRow;
use uuid::Uuid;

#[derive(Clone, Debug, FromRow)]
pub struct ProjectRow {
    pub id: Uuid,
    pub program_id: Uuid,
    pub owner_id: Uuid,
    pub owner_name: String,
    pub title: String,
    pub created_at: DateTime<Utc>,
}

impl ProjectRow {
    pub fn program(&self) -> ProgramId {
        ProgramId(self.program_id)
    }
    pub fn owner(&self) -> PersonId {
        PersonId(self.owner_id)
    }
}

#[tracing::instrument(skip(conn))]
pub async fn stages(conn: &mut Conn<'_>, program: ProgramId) -> sqlx::Result<Vec<String>> {
    run!(conn, c => sqlx::query_scalar::<_, String>(
        "SELECT name FROM review_stages WHERE program_id = $1 ORDER BY position")
        .bind(program.0)
        .fetch_all(c)
        .await)
}

#[tracing::instrument(skip(conn, names))]
pub async fn set_stages(
    conn: &mut Conn<'_>,
    program: ProgramId,
    names: &[&str],
) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query("DELETE FROM review_stages WHERE program_id = $1")
        .bind(program.0)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    for (position, name) in names.iter().enumerate() {
        run!(conn, c => sqlx::query("INSERT INTO review_stages (program_id, position, name) VALUES ($1, $2, $3)")
            .bind(program.0)
            .bind(position as i64)
            .bind(*name)
            .execute(c)
            .await
            .map(|r| r.rows_affected()))?;
    }
    Ok(())
}

#[tracing::instrument(skip(conn))]
pub async fn insert_project(
    conn: &mut Conn<'_>,
    id: ProjectId,
    program: ProgramId,
    owner: PersonId,
    title: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "INSERT INTO projects (id, program_id, owner_id, title, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(id.0)
        .bind(program.0)
        .bind(owner.0)
        .bind(title)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[tracing::instrument(skip(conn))]
pub async fn project(conn: &mut Conn<'_>, id: ProjectId) -> sqlx::Result<Option<ProjectRow>> {
    run!(conn, c => sqlx::query_as::<_, ProjectRow>(
        "SELECT p.id, p.program_id, p.owner_id, o.display_name AS owner_name, p.title, p.created_at
         FROM projects p JOIN persons o ON o.id = p.owner_id WHERE p.id = $1")
        .bind(id.0)
        .fetch_optional(c)
        .await)
}

/// The projects of a program, by title; `owners` limits them to those people (None: all).
#[tracing::instrument(skip(conn, owners))]
pub async fn projects_of(
    conn: &mut Conn<'_>,
    program: ProgramId,
    owners: Option<&[PersonId]>,
) -> sqlx::Result<Vec<ProjectRow>> {
    let rows = run!(conn, c => sqlx::query_as::<_, ProjectRow>(
        "SELECT p.id, p.program_id, p.owner_id, o.display_name AS owner_name, p.title, p.created_at
         FROM projects p JOIN persons o ON o.id = p.owner_id
         WHERE p.program_id = $1 ORDER BY o.display_name, p.title, p.id")
        .bind(program.0)
        .fetch_all(c)
        .await)?;
    Ok(match owners {
        None => rows,
        Some(owners) => rows
            .into_iter()
            .filter(|r| owners.contains(&r.owner()))
            .collect(),
    })
}

#[derive(FromRow)]
struct StageRow {
    position: i64,
    name: String,
    done_at: Option<DateTime<Utc>>,
    done_by: Option<String>,
}

#[tracing::instrument(skip(conn))]
pub async fn stage_progress(
    conn: &mut Conn<'_>,
    project: &ProjectRow,
) -> sqlx::Result<Vec<StageProgress>> {
    let rows = run!(conn, c => sqlx::query_as::<_, StageRow>(
        "SELECT s.position, s.name, r.done_at, d.display_name AS done_by
         FROM review_stages s
         LEFT JOIN stage_results r ON r.project_id = $2 AND r.position = s.position
         LEFT JOIN persons d ON d.id = r.done_by
         WHERE s.program_id = $1 ORDER BY s.position")
        .bind(project.program_id)
        .bind(project.id)
        .fetch_all(c)
        .await)?;
    Ok(rows
        .into_iter()
        .map(|r| StageProgress {
            position: r.position,
            name: r.name,
            done_at: r.done_at,
            done_by: r.done_by,
        })
        .collect())
}

#[tracing::instrument(skip(conn))]
pub async fn complete_stage(
    conn: &mut Conn<'_>,
    project: ProjectId,
    position: i64,
    version: Option<VersionId>,
    by: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = run!(conn, c => sqlx::query(
        "INSERT INTO stage_results (project_id, position, version_id, done_at, done_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (project_id, position) DO NOTHING")
        .bind(project.0)
        .bind(position)
        .bind(version.map(|v| v.0))
        .bind(now)
        .bind(by.0)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

#[tracing::instrument(skip(conn))]
pub async fn reopen_stage(
    conn: &mut Conn<'_>,
    project: ProjectId,
    position: i64,
) -> sqlx::Result<bool> {
    let done = run!(conn, c => sqlx::query("DELETE FROM stage_results WHERE project_id = $1 AND position = $2")
        .bind(project.0)
        .bind(position)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

pub struct NewUpload<'a> {
    pub id: UploadId,
    pub by: PersonId,
    pub project: ProjectId,
    pub filename: &'a str,
    pub kind: DocumentKind,
    pub size: i64,
    pub sha256: &'a [u8],
    pub blob_key: &'a str,
    pub body: &'a DocumentBody,
    pub now: DateTime<Utc>,
}

#[tracing::instrument(skip_all)]
pub async fn insert_upload(conn: &mut Conn<'_>, u: NewUpload<'_>) -> sqlx::Result<()> {
    let body = serde_json::to_string(u.body).unwrap_or_default();
    run!(conn, c => sqlx::query(
        "INSERT INTO uploads (id, uploaded_by, project_id, filename, kind, size, sha256, blob_key, body, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
        .bind(u.id.0)
        .bind(u.by.0)
        .bind(u.project.0)
        .bind(u.filename)
        .bind(u.kind.as_str())
        .bind(u.size)
        .bind(u.sha256)
        .bind(u.blob_key)
        .bind(&body)
        .bind(u.now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[derive(Debug, FromRow)]
pub struct UploadRow {
    pub uploaded_by: Uuid,
    pub project_id: Uuid,
    pub filename: String,
    pub kind: String,
    pub size: i64,
    pub blob_key: String,
    pub body: String,
}

impl UploadRow {
    pub fn body(&self) -> DocumentBody {
        serde_json::from_str(&self.body).unwrap_or_default()
    }
}

#[tracing::instrument(skip(conn))]
pub async fn upload(conn: &mut Conn<'_>, id: UploadId) -> sqlx::Result<Option<UploadRow>> {
    run!(conn, c => sqlx::query_as::<_, UploadRow>(
        "SELECT uploaded_by, project_id, filename, kind, size, blob_key, body FROM uploads WHERE id = $1")
        .bind(id.0)
        .fetch_optional(c)
        .await)
}

#[derive(Debug, Clone, FromRow)]
pub struct VersionRow {
    pub id: Uuid,
    pub project_id: Uuid,
    pub number: i64,
    pub filename: String,
    pub kind: String,
    pub size: i64,
    pub note: String,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub blob_key: String,
    pub body: String,
}

impl VersionRow {
    pub fn info(&self) -> VersionInfo {
        VersionInfo {
            id: VersionId(self.id),
            number: self.number,
            filename: self.filename.clone(),
            kind: DocumentKind::parse(&self.kind).unwrap_or(DocumentKind::Text),
            size: self.size,
            note: self.note.clone(),
            created_by: self.created_by.clone(),
            created_at: self.created_at,
        }
    }

    pub fn body(&self) -> DocumentBody {
        serde_json::from_str(&self.body).unwrap_or_default()
    }

    pub fn project(&self) -> ProjectId {
        ProjectId(self.project_id)
    }
}

#[tracing::instrument(skip(conn))]
pub async fn insert_version(
    conn: &mut Conn<'_>,
    id: VersionId,
    project: ProjectId,
    upload: UploadId,
    note: &str,
    by: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<i64> {
    let number = run!(conn, c => sqlx::query_scalar::<_, i64>(
        "SELECT COALESCE(MAX(number), 0) + 1 FROM versions WHERE project_id = $1")
        .bind(project.0)
        .fetch_one(c)
        .await)?;
    run!(conn, c => sqlx::query(
        "INSERT INTO versions (id, project_id, number, upload_id, note, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(id.0)
        .bind(project.0)
        .bind(number)
        .bind(upload.0)
        .bind(note)
        .bind(by.0)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(number)
}

/// The versions of a project, oldest first (with their text).
#[tracing::instrument(skip(conn))]
pub async fn versions(conn: &mut Conn<'_>, project: ProjectId) -> sqlx::Result<Vec<VersionRow>> {
    run!(conn, c => sqlx::query_as::<_, VersionRow>(
        "SELECT v.id, v.project_id, v.number, u.filename, u.kind, u.size, v.note, p.display_name AS created_by,
                v.created_at, u.blob_key, u.body
         FROM versions v JOIN uploads u ON u.id = v.upload_id JOIN persons p ON p.id = v.created_by
         WHERE v.project_id = $1 ORDER BY v.number")
        .bind(project.0)
        .fetch_all(c)
        .await)
}

#[tracing::instrument(skip(conn))]
pub async fn version(conn: &mut Conn<'_>, id: VersionId) -> sqlx::Result<Option<VersionRow>> {
    run!(conn, c => sqlx::query_as::<_, VersionRow>(
        "SELECT v.id, v.project_id, v.number, u.filename, u.kind, u.size, v.note, p.display_name AS created_by,
                v.created_at, u.blob_key, u.body
         FROM versions v JOIN uploads u ON u.id = v.upload_id JOIN persons p ON p.id = v.created_by
         WHERE v.id = $1")
        .bind(id.0)
        .fetch_optional(c)
        .await)
}

/// How many versions and open threads a project has (private threads counted when asked).
#[tracing::instrument(skip(conn))]
pub async fn counts(
    conn: &mut Conn<'_>,
    project: ProjectId,
    with_private: bool,
) -> sqlx::Result<(i64, i64)> {
    let versions = run!(conn, c => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM versions WHERE project_id = $1")
        .bind(project.0)
        .fetch_one(c)
        .await)?;
    let open = run!(conn, c => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM threads WHERE project_id = $1 AND resolved_at IS NULL AND (private = $2 OR private = FALSE)")
        .bind(project.0)
        .bind(with_private)
        .fetch_one(c)
        .await)?;
    Ok((versions, open))
}
