//! SQL for presence (see [`super::presence`]).

use super::presence::{CHANNEL, STALE_AFTER};
use crate::db::Conn;
use crate::run;
use chrono::{DateTime, Utc};
use shared::change::Viewer;
use shared::ids::{PersonId, ProjectId};
use sqlx::FromRow;
use uuid::Uuid;

pub async fn set(
    conn: &mut Conn<'_>,
    connection: Uuid,
    project: ProjectId,
    person: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "INSERT INTO presence (connection_id, project_id, person_id, seen_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (connection_id) DO UPDATE SET project_id = $2, person_id = $3, seen_at = $4")
        .bind(connection)
        .bind(project.0)
        .bind(person.0)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn clear(conn: &mut Conn<'_>, connection: Uuid) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query("DELETE FROM presence WHERE connection_id = $1")
        .bind(connection)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[derive(FromRow)]
struct ViewerRow {
    person_id: Uuid,
    name: String,
}

/// The people with `project` open, by name.
pub async fn viewers(
    conn: &mut Conn<'_>,
    project: ProjectId,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<Viewer>> {
    let rows = run!(conn, c => sqlx::query_as::<_, ViewerRow>(
        "SELECT DISTINCT p.person_id, s.display_name AS name FROM presence p JOIN persons s ON s.id = p.person_id
         WHERE p.project_id = $1 AND p.seen_at > $2 ORDER BY name")
        .bind(project.0)
        .bind(now - STALE_AFTER)
        .fetch_all(c)
        .await)?;
    Ok(rows
        .into_iter()
        .map(|r| Viewer {
            person_id: PersonId(r.person_id),
            name: r.name,
        })
        .collect())
}

/// Tells every instance (PostgreSQL NOTIFY, delivered at commit) that `project`'s viewers changed.
pub async fn notify(conn: &mut Conn<'_>, project: ProjectId) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query("SELECT pg_notify($1, $2)")
        .bind(CHANNEL)
        .bind(project.to_string())
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}
