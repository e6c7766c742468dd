//! SQL for threads, their placements on later versions, comments and comment history.

use crate::db::Conn;
use crate::run;
use chrono::{DateTime, Utc};
use shared::ids::{CommentId, PersonId, ProjectId, ThreadId, VersionId};
use shared::review::anchor::{Placement, TextAnchor};
use sqlx::FromRow;
use uuid::Uuid;

#[derive(Clone, Debug, FromRow)]
pub struct ThreadRow {
    pub id: Uuid,
    pub project_id: Uuid,
    pub version_id: Uuid,
    pub version_number: i64,
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
    pub start_pos: i64,
    pub end_pos: i64,
    pub private: bool,
    pub resolved_at: Option<DateTime<Utc>>,
    pub resolved_by: Option<String>,
}

impl ThreadRow {
    pub fn anchor(&self) -> TextAnchor {
        TextAnchor {
            exact: self.exact.clone(),
            prefix: self.prefix.clone(),
            suffix: self.suffix.clone(),
            start: usize::try_from(self.start_pos).unwrap_or(0),
            end: usize::try_from(self.end_pos).unwrap_or(0),
        }
    }

    pub fn project(&self) -> ProjectId {
        ProjectId(self.project_id)
    }
}

pub struct NewThread<'a> {
    pub id: ThreadId,
    pub project: ProjectId,
    pub version: VersionId,
    pub anchor: &'a TextAnchor,
    pub private: bool,
    pub by: PersonId,
    pub now: DateTime<Utc>,
}

#[tracing::instrument(skip_all)]
pub async fn insert_thread(conn: &mut Conn<'_>, t: NewThread<'_>) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "INSERT INTO threads (id, project_id, version_id, exact, prefix, suffix, start_pos, end_pos, private, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)")
        .bind(t.id.0)
        .bind(t.project.0)
        .bind(t.version.0)
        .bind(&t.anchor.exact)
        .bind(&t.anchor.prefix)
        .bind(&t.anchor.suffix)
        .bind(t.anchor.start as i64)
        .bind(t.anchor.end as i64)
        .bind(t.private)
        .bind(t.by.0)
        .bind(t.now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[tracing::instrument(skip(conn))]
pub async fn thread(conn: &mut Conn<'_>, id: ThreadId) -> sqlx::Result<Option<ThreadRow>> {
    run!(conn, c => sqlx::query_as::<_, ThreadRow>(
        "SELECT t.id, t.project_id, t.version_id, v.number AS version_number, t.exact, t.prefix, t.suffix,
                t.start_pos, t.end_pos, t.private, t.resolved_at, r.display_name AS resolved_by
         FROM threads t JOIN versions v ON v.id = t.version_id LEFT JOIN persons r ON r.id = t.resolved_by
         WHERE t.id = $1")
        .bind(id.0)
        .fetch_optional(c)
        .await)
}

/// Every thread of a project, oldest first.
#[tracing::instrument(skip(conn))]
pub async fn threads_of(conn: &mut Conn<'_>, project: ProjectId) -> sqlx::Result<Vec<ThreadRow>> {
    run!(conn, c => sqlx::query_as::<_, ThreadRow>(
        "SELECT t.id, t.project_id, t.version_id, v.number AS version_number, t.exact, t.prefix, t.suffix,
                t.start_pos, t.end_pos, t.private, t.resolved_at, r.display_name AS resolved_by
         FROM threads t JOIN versions v ON v.id = t.version_id LEFT JOIN persons r ON r.id = t.resolved_by
         WHERE t.project_id = $1 ORDER BY t.created_at, t.id")
        .bind(project.0)
        .fetch_all(c)
        .await)
}

#[tracing::instrument(skip(conn))]
pub async fn set_resolved(
    conn: &mut Conn<'_>,
    id: ThreadId,
    by: Option<PersonId>,
    at: Option<DateTime<Utc>>,
) -> sqlx::Result<bool> {
    let done = run!(conn, c => sqlx::query(
        "UPDATE threads SET resolved_at = $2, resolved_by = $3
         WHERE id = $1 AND (resolved_at IS NULL) = ($2 IS NOT NULL)")
        .bind(id.0)
        .bind(at)
        .bind(by.map(|p| p.0))
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

#[derive(Clone, Debug, FromRow)]
pub struct PlacementRow {
    pub thread_id: Uuid,
    pub start_pos: Option<i64>,
    pub end_pos: Option<i64>,
    pub confidence: f64,
    pub check_placement: bool,
    pub method: String,
}

#[tracing::instrument(skip(conn))]
pub async fn insert_placement(
    conn: &mut Conn<'_>,
    thread: ThreadId,
    version: VersionId,
    placement: &Placement,
) -> sqlx::Result<()> {
    let (start, end, confidence, check, method) = match placement {
        Placement::Placed {
            start,
            end,
            confidence,
            check_placement,
            method,
        } => (
            Some(*start as i64),
            Some(*end as i64),
            *confidence,
            *check_placement,
            serde_json::to_value(method)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
        ),
        Placement::Orphaned => (None, None, 0.0, true, "orphaned".to_owned()),
    };
    run!(conn, c => sqlx::query(
        "INSERT INTO thread_placements (thread_id, version_id, start_pos, end_pos, confidence, check_placement, method)
         VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(thread.0)
        .bind(version.0)
        .bind(start)
        .bind(end)
        .bind(confidence)
        .bind(check)
        .bind(&method)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// The placements of threads on `version`.
#[tracing::instrument(skip(conn))]
pub async fn placements_on(
    conn: &mut Conn<'_>,
    version: VersionId,
) -> sqlx::Result<Vec<PlacementRow>> {
    run!(conn, c => sqlx::query_as::<_, PlacementRow>(
        "SELECT thread_id, start_pos, end_pos, confidence, check_placement, method
         FROM thread_placements WHERE version_id = $1")
        .bind(version.0)
        .fetch_all(c)
        .await)
}

pub struct NewComment<'a> {
    pub id: CommentId,
    pub thread: ThreadId,
    pub author: PersonId,
    pub body: &'a str,
    pub suggestion: Option<&'a str>,
    pub now: DateTime<Utc>,
}

#[tracing::instrument(skip_all)]
pub async fn insert_comment(conn: &mut Conn<'_>, c: NewComment<'_>) -> sqlx::Result<()> {
    run!(conn, x => sqlx::query(
        "INSERT INTO comments (id, thread_id, author_id, body, suggestion, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(c.id.0)
        .bind(c.thread.0)
        .bind(c.author.0)
        .bind(c.body)
        .bind(c.suggestion)
        .bind(c.now)
        .execute(x)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[derive(Clone, Debug, FromRow)]
pub struct CommentRow {
    pub id: Uuid,
    pub thread_id: Uuid,
    pub author_id: Uuid,
    pub author_name: String,
    pub body: String,
    pub suggestion: Option<String>,
    pub suggestion_accepted_at: Option<DateTime<Utc>>,
    pub accepted_by: Option<String>,
    pub created_at: DateTime<Utc>,
    pub edited_at: Option<DateTime<Utc>>,
}

#[tracing::instrument(skip(conn))]
pub async fn comment(conn: &mut Conn<'_>, id: CommentId) -> sqlx::Result<Option<CommentRow>> {
    run!(conn, c => sqlx::query_as::<_, CommentRow>(
        "SELECT c.id, c.thread_id, c.author_id, a.display_name AS author_name, c.body, c.suggestion,
                c.suggestion_accepted_at, b.display_name AS accepted_by, c.created_at, c.edited_at
         FROM comments c JOIN persons a ON a.id = c.author_id LEFT JOIN persons b ON b.id = c.suggestion_accepted_by
         WHERE c.id = $1")
        .bind(id.0)
        .fetch_optional(c)
        .await)
}

/// Every comment of a project's threads, in order.
#[tracing::instrument(skip(conn))]
pub async fn comments_of(conn: &mut Conn<'_>, project: ProjectId) -> sqlx::Result<Vec<CommentRow>> {
    run!(conn, c => sqlx::query_as::<_, CommentRow>(
        "SELECT c.id, c.thread_id, c.author_id, a.display_name AS author_name, c.body, c.suggestion,
                c.suggestion_accepted_at, b.display_name AS accepted_by, c.created_at, c.edited_at
         FROM comments c JOIN threads t ON t.id = c.thread_id JOIN persons a ON a.id = c.author_id
         LEFT JOIN persons b ON b.id = c.suggestion_accepted_by
         WHERE t.project_id = $1 ORDER BY c.created_at, c.id")
        .bind(project.0)
        .fetch_all(c)
        .await)
}

/// Replaces a comment's text, keeping the old one in the history.
#[tracing::instrument(skip(conn, body))]
pub async fn edit_comment(
    conn: &mut Conn<'_>,
    id: CommentId,
    body: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "INSERT INTO comment_revisions (comment_id, body, replaced_at) SELECT id, body, $2 FROM comments WHERE id = $1")
        .bind(id.0)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    run!(conn, c => sqlx::query("UPDATE comments SET body = $2, edited_at = $3 WHERE id = $1")
        .bind(id.0)
        .bind(body)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[derive(FromRow)]
pub struct RevisionRow {
    pub comment_id: Uuid,
    pub body: String,
}

#[tracing::instrument(skip(conn))]
pub async fn revisions_of(
    conn: &mut Conn<'_>,
    project: ProjectId,
) -> sqlx::Result<Vec<RevisionRow>> {
    run!(conn, c => sqlx::query_as::<_, RevisionRow>(
        "SELECT r.comment_id, r.body FROM comment_revisions r
         JOIN comments c ON c.id = r.comment_id JOIN threads t ON t.id = c.thread_id
         WHERE t.project_id = $1 ORDER BY r.replaced_at")
        .bind(project.0)
        .fetch_all(c)
        .await)
}

#[tracing::instrument(skip(conn))]
pub async fn accept_suggestion(
    conn: &mut Conn<'_>,
    id: CommentId,
    by: PersonId,
    at: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = run!(conn, c => sqlx::query(
        "UPDATE comments SET suggestion_accepted_at = $2, suggestion_accepted_by = $3
         WHERE id = $1 AND suggestion IS NOT NULL AND suggestion_accepted_at IS NULL")
        .bind(id.0)
        .bind(at)
        .bind(by.0)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}
