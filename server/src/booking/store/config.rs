//! SQL for a program's booking rules and a mentor's profile, schedules and time off. Rules the
//! shared booking code reads whole are kept as JSON.

use crate::db::Conn;
use crate::run;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;
use shared::booking::wire::TimeOff;
use shared::booking::{CancellationPolicy, Package, Schedule, SessionPlan, SessionType, TimeRange};
use shared::ids::{PackageId, PersonId, ProgramId, ScheduleId, SessionTypeId, TimeOffId};
use sqlx::FromRow;
use uuid::Uuid;

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

fn parse<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_str(text).ok()
}

#[derive(FromRow)]
struct RulesRow {
    policy_minutes: i64,
    cancel_reasons: String,
}

/// The program's cancellation policy and mentors' cancellation reasons (defaults when unset).
pub async fn rules(
    conn: &mut Conn<'_>,
    program: ProgramId,
) -> sqlx::Result<(CancellationPolicy, Vec<String>)> {
    let row = run!(conn, c => sqlx::query_as::<_, RulesRow>(
        "SELECT policy_minutes, cancel_reasons FROM booking_rules WHERE program_id = $1")
        .bind(program.0)
        .fetch_optional(c)
        .await)?;
    Ok(match row {
        Some(r) => (
            CancellationPolicy {
                free_until_minutes_before: u32::try_from(r.policy_minutes).unwrap_or(0),
            },
            parse(&r.cancel_reasons).unwrap_or_default(),
        ),
        None => (CancellationPolicy::default(), Vec::new()),
    })
}

pub async fn set_rules(
    conn: &mut Conn<'_>,
    program: ProgramId,
    policy: CancellationPolicy,
    reasons: &[&str],
) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "INSERT INTO booking_rules (program_id, policy_minutes, cancel_reasons) VALUES ($1, $2, $3)
         ON CONFLICT (program_id) DO UPDATE SET policy_minutes = $2, cancel_reasons = $3")
        .bind(program.0)
        .bind(i64::from(policy.free_until_minutes_before))
        .bind(json(&reasons))
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Stores a JSON body under an id in one of the `(id, program_id, body)` tables.
macro_rules! upsert_body {
    ($conn:expr, $sql:literal, $id:expr, $program:expr, $body:expr) => {
        run!($conn, c => sqlx::query($sql)
            .bind($id)
            .bind($program)
            .bind($body)
            .execute(c)
            .await
            .map(|r| r.rows_affected()))
    };
}

pub async fn put_session_type(conn: &mut Conn<'_>, t: &SessionType) -> sqlx::Result<()> {
    upsert_body!(
        conn,
        "INSERT INTO session_types (id, program_id, body) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET body = $3 WHERE session_types.program_id = $2",
        t.id.0,
        t.program.0,
        json(t)
    )?;
    Ok(())
}

pub async fn session_types(
    conn: &mut Conn<'_>,
    program: ProgramId,
) -> sqlx::Result<Vec<SessionType>> {
    let bodies = run!(conn, c => sqlx::query_scalar::<_, String>(
        "SELECT body FROM session_types WHERE program_id = $1 ORDER BY body")
        .bind(program.0)
        .fetch_all(c)
        .await)?;
    let mut types: Vec<SessionType> = bodies.iter().filter_map(|b| parse(b)).collect();
    types.sort_by(|a, b| a.name.as_str().cmp(b.name.as_str()));
    Ok(types)
}

pub async fn session_type(
    conn: &mut Conn<'_>,
    id: SessionTypeId,
) -> sqlx::Result<Option<SessionType>> {
    let body = run!(conn, c => sqlx::query_scalar::<_, String>("SELECT body FROM session_types WHERE id = $1")
        .bind(id.0)
        .fetch_optional(c)
        .await)?;
    Ok(body.and_then(|b| parse(&b)))
}

pub async fn put_plan(conn: &mut Conn<'_>, plan: &SessionPlan) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "INSERT INTO session_plans (program_id, body) VALUES ($1, $2)
         ON CONFLICT (program_id) DO UPDATE SET body = $2")
        .bind(plan.program.0)
        .bind(json(plan))
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn plan(conn: &mut Conn<'_>, program: ProgramId) -> sqlx::Result<Option<SessionPlan>> {
    let body = run!(conn, c => sqlx::query_scalar::<_, String>("SELECT body FROM session_plans WHERE program_id = $1")
        .bind(program.0)
        .fetch_optional(c)
        .await)?;
    Ok(body.and_then(|b| parse(&b)))
}

pub async fn put_package(conn: &mut Conn<'_>, p: &Package) -> sqlx::Result<()> {
    upsert_body!(
        conn,
        "INSERT INTO packages (id, program_id, body) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET body = $3 WHERE packages.program_id = $2",
        p.id.0,
        p.program.0,
        json(p)
    )?;
    Ok(())
}

pub async fn packages(conn: &mut Conn<'_>, program: ProgramId) -> sqlx::Result<Vec<Package>> {
    let bodies = run!(conn, c => sqlx::query_scalar::<_, String>("SELECT body FROM packages WHERE program_id = $1")
        .bind(program.0)
        .fetch_all(c)
        .await)?;
    Ok(bodies.iter().filter_map(|b| parse(b)).collect())
}

pub async fn assign_package(
    conn: &mut Conn<'_>,
    program: ProgramId,
    client: PersonId,
    package: PackageId,
) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "INSERT INTO package_holders (program_id, client_id, package_id) VALUES ($1, $2, $3)
         ON CONFLICT (program_id, client_id) DO UPDATE SET package_id = $3")
        .bind(program.0)
        .bind(client.0)
        .bind(package.0)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// The package a client books under in a program, if any.
pub async fn package_of(
    conn: &mut Conn<'_>,
    program: ProgramId,
    client: PersonId,
) -> sqlx::Result<Option<Package>> {
    let body = run!(conn, c => sqlx::query_scalar::<_, String>(
        "SELECT p.body FROM package_holders h JOIN packages p ON p.id = h.package_id
         WHERE h.program_id = $1 AND h.client_id = $2")
        .bind(program.0)
        .bind(client.0)
        .fetch_optional(c)
        .await)?;
    Ok(body.and_then(|b| parse(&b)))
}

pub async fn set_sprint(
    conn: &mut Conn<'_>,
    program: ProgramId,
    client: PersonId,
    starts_on: NaiveDate,
) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "INSERT INTO sprints (program_id, client_id, starts_on) VALUES ($1, $2, $3)
         ON CONFLICT (program_id, client_id) DO UPDATE SET starts_on = $3")
        .bind(program.0)
        .bind(client.0)
        .bind(starts_on)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn sprint(
    conn: &mut Conn<'_>,
    program: ProgramId,
    client: PersonId,
) -> sqlx::Result<Option<NaiveDate>> {
    run!(conn, c => sqlx::query_scalar::<_, NaiveDate>(
        "SELECT starts_on FROM sprints WHERE program_id = $1 AND client_id = $2")
        .bind(program.0)
        .bind(client.0)
        .fetch_optional(c)
        .await)
}

#[derive(Clone, Debug, FromRow)]
pub struct ProfileRow {
    pub languages: String,
    pub video_link: Option<String>,
    pub photo_link: Option<String>,
    pub description: String,
}

impl ProfileRow {
    pub fn languages(&self) -> Vec<String> {
        parse(&self.languages).unwrap_or_default()
    }
}

pub async fn set_profile(
    conn: &mut Conn<'_>,
    person: PersonId,
    p: &ProfileRow,
) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "INSERT INTO mentor_profiles (person_id, languages, video_link, photo_link, description) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (person_id) DO UPDATE SET languages = $2, video_link = $3, photo_link = $4, description = $5")
        .bind(person.0)
        .bind(&p.languages)
        .bind(&p.video_link)
        .bind(&p.photo_link)
        .bind(&p.description)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn profile(conn: &mut Conn<'_>, person: PersonId) -> sqlx::Result<Option<ProfileRow>> {
    run!(conn, c => sqlx::query_as::<_, ProfileRow>(
        "SELECT languages, video_link, photo_link, description FROM mentor_profiles WHERE person_id = $1")
        .bind(person.0)
        .fetch_optional(c)
        .await)
}

pub fn profile_json(languages: &[String]) -> String {
    json(&languages)
}

pub async fn put_schedule(
    conn: &mut Conn<'_>,
    program: ProgramId,
    s: &Schedule,
) -> sqlx::Result<u64> {
    run!(conn, c => sqlx::query(
        "INSERT INTO schedules (id, program_id, mentor_id, body) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET body = $4 WHERE schedules.mentor_id = $3 AND schedules.program_id = $2")
        .bind(s.id.0)
        .bind(program.0)
        .bind(s.mentor.0)
        .bind(json(s))
        .execute(c)
        .await
        .map(|r| r.rows_affected()))
}

pub async fn remove_schedule(
    conn: &mut Conn<'_>,
    id: ScheduleId,
    mentor: PersonId,
) -> sqlx::Result<Option<ProgramId>> {
    let program = run!(conn, c => sqlx::query_scalar::<_, Uuid>(
        "DELETE FROM schedules WHERE id = $1 AND mentor_id = $2 RETURNING program_id")
        .bind(id.0)
        .bind(mentor.0)
        .fetch_optional(c)
        .await)?;
    Ok(program.map(ProgramId))
}

/// A mentor's schedules in a program (or in every program with `None`).
pub async fn schedules(
    conn: &mut Conn<'_>,
    mentor: PersonId,
    program: Option<ProgramId>,
) -> sqlx::Result<Vec<Schedule>> {
    let bodies = run!(conn, c => sqlx::query_scalar::<_, String>(
        "SELECT body FROM schedules WHERE mentor_id = $1 AND ($2 IS NULL OR program_id = $2) ORDER BY id")
        .bind(mentor.0)
        .bind(program.map(|p| p.0))
        .fetch_all(c)
        .await)?;
    Ok(bodies.iter().filter_map(|b| parse(b)).collect())
}

pub async fn add_time_off(
    conn: &mut Conn<'_>,
    id: TimeOffId,
    mentor: PersonId,
    range: &TimeRange,
) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query("INSERT INTO time_off (id, mentor_id, starts_at, ends_at) VALUES ($1, $2, $3, $4)")
        .bind(id.0)
        .bind(mentor.0)
        .bind(range.start)
        .bind(range.end)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn remove_time_off(
    conn: &mut Conn<'_>,
    id: TimeOffId,
    mentor: PersonId,
) -> sqlx::Result<bool> {
    let done = run!(conn, c => sqlx::query("DELETE FROM time_off WHERE id = $1 AND mentor_id = $2")
        .bind(id.0)
        .bind(mentor.0)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

#[derive(FromRow)]
struct TimeOffRow {
    id: Uuid,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
}

pub async fn time_off(conn: &mut Conn<'_>, mentor: PersonId) -> sqlx::Result<Vec<TimeOff>> {
    let rows = run!(conn, c => sqlx::query_as::<_, TimeOffRow>(
        "SELECT id, starts_at, ends_at FROM time_off WHERE mentor_id = $1 ORDER BY starts_at")
        .bind(mentor.0)
        .fetch_all(c)
        .await)?;
    Ok(rows
        .into_iter()
        .map(|r| TimeOff {
            id: TimeOffId(r.id),
            range: TimeRange::new(r.starts_at, r.ends_at),
        })
        .collect())
}
