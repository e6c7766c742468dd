//! Who books whom, and who hears about a booking. Only clients (mentees) book. A client books
//! the mentors they are paired with; a client with no pair in the program (a marketplace, as in
//! an employee-benefit program) may book any of its mentors.

use crate::auth::store as people;
use crate::db::Conn;
use crate::error::AppResult;
use crate::pairing::store as pairing;
use crate::programs::store as programs;
use crate::sync::feed::{Audience, NewChange};
use shared::booking::Booking;
use shared::change::Event;
use shared::error::ErrorCode;
use shared::ids::{PersonId, ProgramId};
use shared::role::Role;

/// The mentors `client` may book in `program`.
pub async fn bookable_mentors(
    conn: &mut Conn<'_>,
    program: ProgramId,
    client: PersonId,
) -> AppResult<Vec<PersonId>> {
    let paired = pairing::mentors_of(conn, program, client).await?;
    if !paired.is_empty() {
        return Ok(paired);
    }
    Ok(programs::holders(conn, program, Role::Mentor).await?)
}

/// Checks that `client` is a client of `program` who may book `mentor`.
pub async fn may_book(
    conn: &mut Conn<'_>,
    program: ProgramId,
    client: PersonId,
    mentor: PersonId,
) -> AppResult<()> {
    let roles = programs::roles_in(conn, client, program).await?;
    if roles.is_empty() {
        return Err(ErrorCode::NotFound.into());
    }
    if !roles.contains(&Role::Mentee) {
        return Err(ErrorCode::Forbidden.into());
    }
    if !bookable_mentors(conn, program, client)
        .await?
        .contains(&mentor)
    {
        return Err(ErrorCode::NotFound.into());
    }
    Ok(())
}

/// The supervisors of `mentor` in `program`.
pub async fn supervisors_of(
    conn: &mut Conn<'_>,
    program: ProgramId,
    mentor: PersonId,
) -> AppResult<Vec<PersonId>> {
    Ok(pairing::supervisors_of_mentor(conn, program, mentor).await?)
}

/// The change telling the client, the mentor, the mentor's supervisors and the coordinators.
pub async fn booking_changed(conn: &mut Conn<'_>, b: &Booking) -> AppResult<NewChange> {
    let mut audience = vec![
        Audience::Person(b.client),
        Audience::Person(b.mentor),
        Audience::Role(b.program, Role::Coordinator),
    ];
    audience.extend(
        supervisors_of(conn, b.program, b.mentor)
            .await?
            .into_iter()
            .map(Audience::Person),
    );
    Ok(NewChange::new(
        Event::BookingChanged {
            program_id: b.program,
            booking_id: b.id,
            mentor_id: b.mentor,
            client_id: b.client,
            start: b.start,
            status: b.status,
        },
        audience,
    ))
}

/// A person's display name (empty when unknown).
pub async fn name_of(conn: &mut Conn<'_>, person: PersonId) -> AppResult<String> {
    Ok(people::person(conn, person)
        .await?
        .map(|p| p.display_name)
        .unwrap_or_default())
}
