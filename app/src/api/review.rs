//! The review reads: a program's projects, one project, one version with its threads, the
//! differences between two versions, a version's original file, and the program's pairs.

use super::Error;
use super::http::{get, read, send};
use shared::api::{API_PREFIX, PairList};
use shared::ids::{ProgramId, ProjectId, VersionId};
use shared::review::wire::{ProjectDetail, ProjectList, VersionDiff, VersionView};

/// `GET /programs/{id}/projects`: the projects the person may see, and the program's stages.
pub async fn projects(program: ProgramId) -> Result<ProjectList, Error> {
    read(send(get(&format!("/programs/{program}/projects"))).await?).await
}

/// `GET /projects/{id}`: versions, participants and the person's part in the project.
pub async fn project(id: ProjectId) -> Result<ProjectDetail, Error> {
    read(send(get(&format!("/projects/{id}"))).await?).await
}

/// `GET /versions/{id}`: a version's text and the threads on it.
pub async fn version(id: VersionId) -> Result<VersionView, Error> {
    read(send(get(&format!("/versions/{id}"))).await?).await
}

/// `GET /projects/{id}/diff?from=N&to=M`: word-level differences between two versions.
pub async fn diff(project: ProjectId, from: i64, to: i64) -> Result<VersionDiff, Error> {
    let path = format!("/projects/{project}/diff?from={from}&to={to}");
    read(send(get(&path)).await?).await
}

/// The address a version's original file downloads from (the browser sends the session cookie).
pub fn file_url(version: VersionId) -> String {
    format!("{API_PREFIX}/versions/{version}/file")
}

/// `GET /programs/{id}/pairs` (coordinators only).
pub async fn pairs(program: ProgramId) -> Result<PairList, Error> {
    read(send(get(&format!("/programs/{program}/pairs"))).await?).await
}
