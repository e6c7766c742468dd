//! Review reads: a program's projects, one project, one version with its threads, differences.

use super::access::{self, ProjectAccess};
use super::store::projects::{self as store, ProjectRow};
use super::store::threads;
use crate::auth::CurrentUser;
use crate::db::Conn;
use crate::error::{AppError, AppResult};
use crate::extract::ApiQuery;
use crate::pairing::store as pairing;
use crate::programs::access::ProgramMember;
use crate::state::AppState;
use crate::sync::feed;
use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;
use shared::error::ErrorCode;
use shared::ids::{CommentId, PersonId, ProjectId, ThreadId, VersionId};
use shared::review::wire::{
    CommentView, ProjectDetail, ProjectList, ProjectSummary, ReviewRole, ThreadPlacement,
    ThreadView, VersionDiff, VersionView,
};
use shared::review::word_diff;
use shared::role::Role;
use std::collections::HashMap;

async fn summary(
    conn: &mut Conn<'_>,
    project: &ProjectRow,
    role: ReviewRole,
) -> AppResult<ProjectSummary> {
    let stages = store::stage_progress(conn, project).await?;
    let (versions, open_threads) =
        store::counts(conn, ProjectId(project.id), role.sees_private()).await?;
    Ok(ProjectSummary {
        id: ProjectId(project.id),
        program_id: project.program(),
        owner_id: project.owner(),
        owner_name: project.owner_name.clone(),
        title: project.title.clone(),
        created_at: project.created_at,
        stages,
        versions,
        open_threads,
    })
}

#[utoipa::path(
    get, path = "/api/v1/programs/{program_id}/projects", tag = "review",
    params(("program_id" = uuid::Uuid, Path, description = "The program")),
    responses(
        (status = 200, description = "The projects the caller may see", body = ProjectList),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
        (status = 404, description = "Not a member", body = shared::error::ApiError),
    )
)]
pub async fn projects(
    State(state): State<AppState>,
    member: ProgramMember,
) -> AppResult<Json<ProjectList>> {
    let mut conn = state.db.read();
    let program = member.roles.program;
    let head = feed::head(&mut conn).await?;
    let me = member.user.id();
    let coordinator = member.roles.has(Role::Coordinator);
    let mut owners: Vec<PersonId> = pairing::mentees_visible_to(&mut conn, program, me).await?;
    owners.push(me);
    let rows = store::projects_of(
        &mut conn,
        program,
        (!coordinator).then_some(owners.as_slice()),
    )
    .await?;
    let mut projects = Vec::with_capacity(rows.len());
    for row in &rows {
        let role = if row.owner() == me {
            ReviewRole::Owner
        } else if coordinator {
            ReviewRole::Coordinator
        } else {
            ReviewRole::Mentor
        };
        projects.push(summary(&mut conn, row, role).await?);
    }
    let stages = store::stages(&mut conn, program).await?;
    Ok(Json(ProjectList {
        projects,
        stages,
        head,
    }))
}

#[utoipa::path(
    get, path = "/api/v1/projects/{project_id}", tag = "review",
    params(("project_id" = uuid::Uuid, Path, description = "The project")),
    responses(
        (status = 200, description = "The project, its versions and participants", body = ProjectDetail),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
        (status = 404, description = "No such project, or not the caller's to see", body = shared::error::ApiError),
    )
)]
pub async fn project(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(project_id): Path<ProjectId>,
) -> AppResult<Json<ProjectDetail>> {
    let mut conn = state.db.read();
    let head = feed::head(&mut conn).await?;
    let ProjectAccess { project, role } =
        access::project_access(&mut conn, user.id(), project_id).await?;
    let versions = store::versions(&mut conn, project_id)
        .await?
        .iter()
        .map(|v| v.info())
        .collect();
    let participants = access::participants(&mut conn, &project).await?;
    Ok(Json(ProjectDetail {
        project: summary(&mut conn, &project, role).await?,
        versions,
        participants,
        role,
        max_upload_bytes: state.settings.max_upload as u64,
        head,
    }))
}

fn placement_on(
    thread: &threads::ThreadRow,
    version: VersionId,
    placements: &HashMap<uuid::Uuid, threads::PlacementRow>,
) -> Option<ThreadPlacement> {
    if thread.version_id == version.0 {
        return Some(ThreadPlacement::Original {
            start: thread.start_pos as usize,
            end: thread.end_pos as usize,
        });
    }
    let p = placements.get(&thread.id)?;
    Some(match (p.start_pos, p.end_pos) {
        (Some(start), Some(end)) => ThreadPlacement::Carried {
            start: start as usize,
            end: end as usize,
            confidence: p.confidence,
            check_placement: p.check_placement,
        },
        _ => ThreadPlacement::Orphaned,
    })
}

#[utoipa::path(
    get, path = "/api/v1/versions/{version_id}", tag = "review",
    params(("version_id" = uuid::Uuid, Path, description = "The version")),
    responses(
        (status = 200, description = "The version's text and the threads on it", body = VersionView),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
        (status = 404, description = "No such version, or not the caller's to see", body = shared::error::ApiError),
    )
)]
pub async fn version(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(version_id): Path<VersionId>,
) -> AppResult<Json<VersionView>> {
    let mut conn = state.db.read();
    let head = feed::head(&mut conn).await?;
    let row = store::version(&mut conn, version_id)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    let access = access::project_access(&mut conn, user.id(), row.project()).await?;
    let placements: HashMap<_, _> = threads::placements_on(&mut conn, version_id)
        .await?
        .into_iter()
        .map(|p| (p.thread_id, p))
        .collect();
    let mut comments: HashMap<uuid::Uuid, Vec<CommentView>> = HashMap::new();
    let mut history: HashMap<uuid::Uuid, Vec<String>> = HashMap::new();
    for r in threads::revisions_of(&mut conn, row.project()).await? {
        history.entry(r.comment_id).or_default().push(r.body);
    }
    for c in threads::comments_of(&mut conn, row.project()).await? {
        comments.entry(c.thread_id).or_default().push(CommentView {
            id: CommentId(c.id),
            author_id: PersonId(c.author_id),
            author_name: c.author_name,
            body: c.body,
            suggestion: c.suggestion,
            suggestion_accepted_by: c.accepted_by,
            suggestion_accepted_at: c.suggestion_accepted_at,
            created_at: c.created_at,
            edited_at: c.edited_at,
            history: history.remove(&c.id).unwrap_or_default(),
        });
    }
    let threads = threads::threads_of(&mut conn, row.project())
        .await?
        .into_iter()
        .filter(|t| !t.private || access.role.sees_private())
        .filter_map(|t| {
            let placement = placement_on(&t, version_id, &placements)?;
            Some(ThreadView {
                id: ThreadId(t.id),
                made_on: VersionId(t.version_id),
                made_on_number: t.version_number,
                anchor: t.anchor(),
                placement,
                private: t.private,
                resolved_by: t.resolved_by.clone(),
                resolved_at: t.resolved_at,
                comments: comments.remove(&t.id).unwrap_or_default(),
            })
        })
        .collect();
    Ok(Json(VersionView {
        project_id: row.project(),
        version: row.info(),
        body: row.body(),
        threads,
        head,
    }))
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct DiffQuery {
    /// The earlier version's number.
    pub from: i64,
    /// The later version's number.
    pub to: i64,
}

#[utoipa::path(
    get, path = "/api/v1/projects/{project_id}/diff", tag = "review",
    params(("project_id" = uuid::Uuid, Path, description = "The project"), DiffQuery),
    responses(
        (status = 200, description = "Word-level differences between two versions", body = VersionDiff),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
        (status = 404, description = "No such project or version", body = shared::error::ApiError),
    )
)]
pub async fn diff(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(project_id): Path<ProjectId>,
    ApiQuery(query): ApiQuery<DiffQuery>,
) -> AppResult<Json<VersionDiff>> {
    let mut conn = state.db.read();
    access::project_access(&mut conn, user.id(), project_id).await?;
    let versions = store::versions(&mut conn, project_id).await?;
    let find = |n: i64| {
        versions
            .iter()
            .find(|v| v.number == n)
            .ok_or(AppError::Expected(ErrorCode::NotFound))
    };
    let (from, to) = (find(query.from)?, find(query.to)?);
    let (old, new) = (from.body().text, to.body().text);
    let segments = tokio::task::spawn_blocking(move || word_diff(&old, &new))
        .await
        .map_err(|e| AppError::internal("comparing versions", e))?;
    Ok(Json(VersionDiff {
        from: query.from,
        to: query.to,
        segments,
    }))
}
