//! SQL for programs, memberships and announcements.

use crate::db::Conn;
use crate::run;
use chrono::{DateTime, Utc};
use shared::api::{Announcement, Member, ProgramSummary};
use shared::ids::{AnnouncementId, PersonId, ProgramId};
use shared::locale::{Locale, TimeZoneName};
use shared::role::Role;
use shared::text::Email;
use sqlx::FromRow;
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Clone, Debug, FromRow)]
pub struct ProgramRow {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    pub locale: String,
    pub time_zone: String,
}

impl ProgramRow {
    pub fn program_id(&self) -> ProgramId {
        ProgramId(self.id)
    }

    pub fn locale(&self) -> Locale {
        Locale::from_tag(&self.locale).unwrap_or_default()
    }

    pub fn time_zone(&self) -> TimeZoneName {
        TimeZoneName::parse(&self.time_zone).unwrap_or_else(|_| TimeZoneName::utc())
    }
}

fn roles_of(names: impl IntoIterator<Item = String>) -> Vec<Role> {
    let mut roles: Vec<Role> = names.into_iter().filter_map(|r| Role::parse(&r)).collect();
    roles.sort();
    roles.dedup();
    roles
}

#[derive(FromRow)]
struct ProgramRoleRow {
    program_id: Uuid,
    role: String,
}

/// Every program `person` belongs to, with their roles in each.
#[tracing::instrument(skip(conn))]
pub async fn roles_by_program(
    conn: &mut Conn<'_>,
    person: PersonId,
) -> sqlx::Result<HashMap<ProgramId, Vec<Role>>> {
    let rows = run!(conn, c => sqlx::query_as::<_, ProgramRoleRow>(
        "SELECT program_id, role FROM memberships WHERE person_id = $1")
        .bind(person.0)
        .fetch_all(c)
        .await)?;
    let mut map: HashMap<ProgramId, Vec<String>> = HashMap::new();
    for row in rows {
        map.entry(ProgramId(row.program_id))
            .or_default()
            .push(row.role);
    }
    Ok(map.into_iter().map(|(p, r)| (p, roles_of(r))).collect())
}

/// `person`'s roles in `program` (empty when not a member).
#[tracing::instrument(skip(conn))]
pub async fn roles_in(
    conn: &mut Conn<'_>,
    person: PersonId,
    program: ProgramId,
) -> sqlx::Result<Vec<Role>> {
    let names = run!(conn, c => sqlx::query_scalar::<_, String>(
        "SELECT role FROM memberships WHERE person_id = $1 AND program_id = $2")
        .bind(person.0)
        .bind(program.0)
        .fetch_all(c)
        .await)?;
    Ok(roles_of(names))
}

#[tracing::instrument(skip(conn))]
pub async fn program(conn: &mut Conn<'_>, id: ProgramId) -> sqlx::Result<Option<ProgramRow>> {
    run!(conn, c => sqlx::query_as::<_, ProgramRow>(
        "SELECT id, name, description, locale, time_zone FROM programs WHERE id = $1")
        .bind(id.0)
        .fetch_optional(c)
        .await)
}

pub struct NewProgram<'a> {
    pub id: ProgramId,
    pub name: &'a str,
    pub description: &'a str,
    pub locale: Locale,
    pub time_zone: &'a TimeZoneName,
    pub created_by: PersonId,
    pub now: DateTime<Utc>,
}

#[tracing::instrument(skip_all)]
pub async fn insert_program(conn: &mut Conn<'_>, p: NewProgram<'_>) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "INSERT INTO programs (id, name, description, locale, time_zone, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(p.id.0)
        .bind(p.name)
        .bind(p.description)
        .bind(p.locale.tag())
        .bind(p.time_zone.as_str())
        .bind(p.created_by.0)
        .bind(p.now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[tracing::instrument(skip_all)]
pub async fn update_program(
    conn: &mut Conn<'_>,
    id: ProgramId,
    name: Option<&str>,
    description: Option<&str>,
    locale: Option<Locale>,
    time_zone: Option<&TimeZoneName>,
) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "UPDATE programs SET name = COALESCE($2, name),
                             description = COALESCE($3, description),
                             locale = COALESCE($4, locale),
                             time_zone = COALESCE($5, time_zone)
         WHERE id = $1")
        .bind(id.0)
        .bind(name)
        .bind(description)
        .bind(locale.map(|l| l.tag()))
        .bind(time_zone.map(|t| t.as_str()))
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[derive(FromRow)]
struct SummaryRow {
    id: Uuid,
    name: String,
    description: String,
    locale: String,
    time_zone: String,
    role: String,
    member_count: i64,
}

/// The programs `person` belongs to, each with their roles, by name.
#[tracing::instrument(skip(conn))]
pub async fn summaries(conn: &mut Conn<'_>, person: PersonId) -> sqlx::Result<Vec<ProgramSummary>> {
    let rows = run!(conn, c => sqlx::query_as::<_, SummaryRow>(
        "SELECT p.id, p.name, p.description, p.locale, p.time_zone, m.role,
                (SELECT COUNT(DISTINCT m2.person_id) FROM memberships m2 WHERE m2.program_id = p.id) AS member_count
         FROM programs p JOIN memberships m ON m.program_id = p.id
         WHERE m.person_id = $1
         ORDER BY p.name, p.id")
        .bind(person.0)
        .fetch_all(c)
        .await)?;
    let mut out: Vec<ProgramSummary> = Vec::new();
    for row in rows {
        let role = Role::parse(&row.role);
        match out.last_mut() {
            Some(last) if last.id.0 == row.id => last.roles.extend(role),
            _ => out.push(ProgramSummary {
                id: ProgramId(row.id),
                name: row.name,
                description: row.description,
                locale: Locale::from_tag(&row.locale).unwrap_or_default(),
                time_zone: TimeZoneName::parse(&row.time_zone)
                    .unwrap_or_else(|_| TimeZoneName::utc()),
                roles: role.into_iter().collect(),
                member_count: row.member_count,
            }),
        }
    }
    for summary in &mut out {
        summary.roles.sort();
    }
    Ok(out)
}

/// Gives `person` `role` in `program`; false if they already had it.
#[tracing::instrument(skip(conn))]
pub async fn grant(
    conn: &mut Conn<'_>,
    program: ProgramId,
    person: PersonId,
    role: Role,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = run!(conn, c => sqlx::query(
        "INSERT INTO memberships (program_id, person_id, role, granted_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (program_id, person_id, role) DO NOTHING")
        .bind(program.0)
        .bind(person.0)
        .bind(role.as_str())
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// Takes `role` in `program` from `person`; false if they did not have it.
#[tracing::instrument(skip(conn))]
pub async fn revoke(
    conn: &mut Conn<'_>,
    program: ProgramId,
    person: PersonId,
    role: Role,
) -> sqlx::Result<bool> {
    let done = run!(conn, c => sqlx::query(
        "DELETE FROM memberships WHERE program_id = $1 AND person_id = $2 AND role = $3")
        .bind(program.0)
        .bind(person.0)
        .bind(role.as_str())
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// Serializes membership changes of one program until the transaction ends (PostgreSQL; SQLite
/// write transactions are serialized already).
#[tracing::instrument(skip(conn))]
pub async fn lock_program(conn: &mut Conn<'_>, program: ProgramId) -> sqlx::Result<()> {
    if let Conn::Postgres(c) = conn {
        sqlx::query("SELECT id FROM programs WHERE id = $1 FOR UPDATE")
            .bind(program.0)
            .execute(&mut **c)
            .await?;
    }
    Ok(())
}

/// The people holding `role` in `program`.
#[tracing::instrument(skip(conn))]
pub async fn holders(
    conn: &mut Conn<'_>,
    program: ProgramId,
    role: Role,
) -> sqlx::Result<Vec<PersonId>> {
    let ids = run!(conn, c => sqlx::query_scalar::<_, Uuid>(
        "SELECT person_id FROM memberships WHERE program_id = $1 AND role = $2 ORDER BY person_id")
        .bind(program.0)
        .bind(role.as_str())
        .fetch_all(c)
        .await)?;
    Ok(ids.into_iter().map(PersonId).collect())
}

/// How many people hold `role` in `program`.
#[tracing::instrument(skip(conn))]
pub async fn count_holders(
    conn: &mut Conn<'_>,
    program: ProgramId,
    role: Role,
) -> sqlx::Result<i64> {
    run!(conn, c => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM memberships WHERE program_id = $1 AND role = $2")
        .bind(program.0)
        .bind(role.as_str())
        .fetch_one(c)
        .await)
}

#[derive(FromRow)]
struct MemberRow {
    person_id: Uuid,
    display_name: String,
    email: String,
    role: String,
}

/// The members of `program`, by name.
#[tracing::instrument(skip(conn))]
pub async fn members(conn: &mut Conn<'_>, program: ProgramId) -> sqlx::Result<Vec<Member>> {
    let rows = run!(conn, c => sqlx::query_as::<_, MemberRow>(
        "SELECT p.id AS person_id, p.display_name, p.email, m.role
         FROM memberships m JOIN persons p ON p.id = m.person_id
         WHERE m.program_id = $1
         ORDER BY p.display_name, p.id")
        .bind(program.0)
        .fetch_all(c)
        .await)?;
    let mut out: Vec<Member> = Vec::new();
    for row in rows {
        let role = Role::parse(&row.role);
        match out.last_mut() {
            Some(last) if last.person_id.0 == row.person_id => last.roles.extend(role),
            _ => {
                let Ok(email) = Email::parse(&row.email) else {
                    continue;
                };
                out.push(Member {
                    person_id: PersonId(row.person_id),
                    display_name: row.display_name,
                    email,
                    roles: role.into_iter().collect(),
                });
            }
        }
    }
    for member in &mut out {
        member.roles.sort();
    }
    Ok(out)
}

pub struct NewAnnouncement<'a> {
    pub id: AnnouncementId,
    pub program: ProgramId,
    pub author: PersonId,
    pub title: &'a str,
    pub body: &'a str,
    pub now: DateTime<Utc>,
}

#[tracing::instrument(skip_all)]
pub async fn insert_announcement(conn: &mut Conn<'_>, a: NewAnnouncement<'_>) -> sqlx::Result<()> {
    run!(conn, c => sqlx::query(
        "INSERT INTO announcements (id, program_id, author_id, title, body, posted_at)
         VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(a.id.0)
        .bind(a.program.0)
        .bind(a.author.0)
        .bind(a.title)
        .bind(a.body)
        .bind(a.now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

#[derive(FromRow)]
struct AnnouncementRow {
    id: Uuid,
    program_id: Uuid,
    title: String,
    body: String,
    author_id: Uuid,
    author_name: String,
    posted_at: DateTime<Utc>,
}

impl From<AnnouncementRow> for Announcement {
    fn from(r: AnnouncementRow) -> Self {
        Announcement {
            id: AnnouncementId(r.id),
            program_id: ProgramId(r.program_id),
            title: r.title,
            body: r.body,
            author_id: PersonId(r.author_id),
            author_name: r.author_name,
            posted_at: r.posted_at,
        }
    }
}

/// The newest announcements of `program`, newest first.
#[tracing::instrument(skip(conn))]
pub async fn announcements(
    conn: &mut Conn<'_>,
    program: ProgramId,
    limit: i64,
) -> sqlx::Result<Vec<Announcement>> {
    let rows = run!(conn, c => sqlx::query_as::<_, AnnouncementRow>(
        "SELECT a.id, a.program_id, a.title, a.body, a.author_id, p.display_name AS author_name, a.posted_at
         FROM announcements a JOIN persons p ON p.id = a.author_id
         WHERE a.program_id = $1
         ORDER BY a.posted_at DESC, a.id DESC LIMIT $2")
        .bind(program.0)
        .bind(limit)
        .fetch_all(c)
        .await)?;
    Ok(rows.into_iter().map(Announcement::from).collect())
}

/// The newest announcements of every program `person` belongs to, newest first.
#[tracing::instrument(skip(conn))]
pub async fn announcements_for(
    conn: &mut Conn<'_>,
    person: PersonId,
    limit: i64,
) -> sqlx::Result<Vec<Announcement>> {
    let rows = run!(conn, c => sqlx::query_as::<_, AnnouncementRow>(
        "SELECT a.id, a.program_id, a.title, a.body, a.author_id, p.display_name AS author_name, a.posted_at
         FROM announcements a JOIN persons p ON p.id = a.author_id
         WHERE a.program_id IN (SELECT program_id FROM memberships WHERE person_id = $1)
         ORDER BY a.posted_at DESC, a.id DESC LIMIT $2")
        .bind(person.0)
        .bind(limit)
        .fetch_all(c)
        .await)?;
    Ok(rows.into_iter().map(Announcement::from).collect())
}
