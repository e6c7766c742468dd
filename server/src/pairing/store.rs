//! SQL for pairs (mentee with mentor) and supervision (mentor with supervisor).

use crate::db::Conn;
use crate::run;
use chrono::{DateTime, Utc};
use shared::api::{Pair, Supervision};
use shared::ids::{PersonId, ProgramId};
use sqlx::FromRow;
use uuid::Uuid;

#[tracing::instrument(skip(conn))]
pub async fn pair(
    conn: &mut Conn<'_>,
    program: ProgramId,
    mentee: PersonId,
    mentor: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = run!(conn, c => sqlx::query(
        "INSERT INTO pairs (program_id, mentee_id, mentor_id, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (program_id, mentee_id, mentor_id) DO NOTHING")
        .bind(program.0)
        .bind(mentee.0)
        .bind(mentor.0)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

#[tracing::instrument(skip(conn))]
pub async fn unpair(
    conn: &mut Conn<'_>,
    program: ProgramId,
    mentee: PersonId,
    mentor: PersonId,
) -> sqlx::Result<bool> {
    let done = run!(conn, c => sqlx::query(
        "DELETE FROM pairs WHERE program_id = $1 AND mentee_id = $2 AND mentor_id = $3")
        .bind(program.0)
        .bind(mentee.0)
        .bind(mentor.0)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

#[tracing::instrument(skip(conn))]
pub async fn supervise(
    conn: &mut Conn<'_>,
    program: ProgramId,
    mentor: PersonId,
    supervisor: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = run!(conn, c => sqlx::query(
        "INSERT INTO supervisions (program_id, mentor_id, supervisor_id, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (program_id, mentor_id, supervisor_id) DO NOTHING")
        .bind(program.0)
        .bind(mentor.0)
        .bind(supervisor.0)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

#[tracing::instrument(skip(conn))]
pub async fn end_supervision(
    conn: &mut Conn<'_>,
    program: ProgramId,
    mentor: PersonId,
    supervisor: PersonId,
) -> sqlx::Result<bool> {
    let done = run!(conn, c => sqlx::query(
        "DELETE FROM supervisions WHERE program_id = $1 AND mentor_id = $2 AND supervisor_id = $3")
        .bind(program.0)
        .bind(mentor.0)
        .bind(supervisor.0)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// The mentors of `mentee` in `program`.
#[tracing::instrument(skip(conn))]
pub async fn mentors_of(
    conn: &mut Conn<'_>,
    program: ProgramId,
    mentee: PersonId,
) -> sqlx::Result<Vec<PersonId>> {
    let ids = run!(conn, c => sqlx::query_scalar::<_, Uuid>(
        "SELECT mentor_id FROM pairs WHERE program_id = $1 AND mentee_id = $2 ORDER BY mentor_id")
        .bind(program.0)
        .bind(mentee.0)
        .fetch_all(c)
        .await)?;
    Ok(ids.into_iter().map(PersonId).collect())
}

/// The supervisors of any of the mentors of `mentee` in `program`.
#[tracing::instrument(skip(conn))]
pub async fn supervisors_of_mentee(
    conn: &mut Conn<'_>,
    program: ProgramId,
    mentee: PersonId,
) -> sqlx::Result<Vec<PersonId>> {
    let ids = run!(conn, c => sqlx::query_scalar::<_, Uuid>(
        "SELECT DISTINCT s.supervisor_id FROM supervisions s
         JOIN pairs p ON p.program_id = s.program_id AND p.mentor_id = s.mentor_id
         WHERE s.program_id = $1 AND p.mentee_id = $2 ORDER BY s.supervisor_id")
        .bind(program.0)
        .bind(mentee.0)
        .fetch_all(c)
        .await)?;
    Ok(ids.into_iter().map(PersonId).collect())
}

/// The supervisors of `mentor` in `program`.
#[tracing::instrument(skip(conn))]
pub async fn supervisors_of_mentor(
    conn: &mut Conn<'_>,
    program: ProgramId,
    mentor: PersonId,
) -> sqlx::Result<Vec<PersonId>> {
    let ids = run!(conn, c => sqlx::query_scalar::<_, Uuid>(
        "SELECT supervisor_id FROM supervisions WHERE program_id = $1 AND mentor_id = $2 ORDER BY supervisor_id")
        .bind(program.0)
        .bind(mentor.0)
        .fetch_all(c)
        .await)?;
    Ok(ids.into_iter().map(PersonId).collect())
}

/// The mentees `person` may see as a mentor or as a supervisor of their mentors.
#[tracing::instrument(skip(conn))]
pub async fn mentees_visible_to(
    conn: &mut Conn<'_>,
    program: ProgramId,
    person: PersonId,
) -> sqlx::Result<Vec<PersonId>> {
    let ids = run!(conn, c => sqlx::query_scalar::<_, Uuid>(
        "SELECT DISTINCT p.mentee_id FROM pairs p
         WHERE p.program_id = $1 AND (p.mentor_id = $2 OR EXISTS (
             SELECT 1 FROM supervisions s
             WHERE s.program_id = p.program_id AND s.mentor_id = p.mentor_id AND s.supervisor_id = $2))")
        .bind(program.0)
        .bind(person.0)
        .fetch_all(c)
        .await)?;
    Ok(ids.into_iter().map(PersonId).collect())
}

#[derive(FromRow)]
struct NamedPairRow {
    a_id: Uuid,
    a_name: String,
    b_id: Uuid,
    b_name: String,
}

#[tracing::instrument(skip(conn))]
pub async fn pairs_of(conn: &mut Conn<'_>, program: ProgramId) -> sqlx::Result<Vec<Pair>> {
    let rows = run!(conn, c => sqlx::query_as::<_, NamedPairRow>(
        "SELECT p.mentee_id AS a_id, a.display_name AS a_name, p.mentor_id AS b_id, b.display_name AS b_name
         FROM pairs p JOIN persons a ON a.id = p.mentee_id JOIN persons b ON b.id = p.mentor_id
         WHERE p.program_id = $1 ORDER BY a.display_name, b.display_name")
        .bind(program.0)
        .fetch_all(c)
        .await)?;
    Ok(rows
        .into_iter()
        .map(|r| Pair {
            mentee_id: PersonId(r.a_id),
            mentee_name: r.a_name,
            mentor_id: PersonId(r.b_id),
            mentor_name: r.b_name,
        })
        .collect())
}

#[tracing::instrument(skip(conn))]
pub async fn supervisions_of(
    conn: &mut Conn<'_>,
    program: ProgramId,
) -> sqlx::Result<Vec<Supervision>> {
    let rows = run!(conn, c => sqlx::query_as::<_, NamedPairRow>(
        "SELECT s.mentor_id AS a_id, a.display_name AS a_name, s.supervisor_id AS b_id, b.display_name AS b_name
         FROM supervisions s JOIN persons a ON a.id = s.mentor_id JOIN persons b ON b.id = s.supervisor_id
         WHERE s.program_id = $1 ORDER BY a.display_name, b.display_name")
        .bind(program.0)
        .fetch_all(c)
        .await)?;
    Ok(rows
        .into_iter()
        .map(|r| Supervision {
            mentor_id: PersonId(r.a_id),
            mentor_name: r.a_name,
            supervisor_id: PersonId(r.b_id),
            supervisor_name: r.b_name,
        })
        .collect())
}
