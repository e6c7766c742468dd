//! Applying the session commands: book, move, cancel, mark the outcome, link the recording.
//! A booking decision reads the mentor's schedules, sessions, time off and the client's package
//! inside the write transaction, after taking the mentor's and the client's locks, so two people
//! can never both get one slot or one last session of a package; on PostgreSQL an exclusion
//! constraint backs this up.

use super::access;
use super::mail::{self, Cancelled, Facts};
use super::rules::{self, Ask};
use super::store::{bookings, config};
use crate::auth::CurrentUser;
use crate::error::AppResult;
use crate::programs::store as programs;
use crate::sync::commands::CommandCtx;
use crate::sync::feed::NewChange;
use shared::booking::status::{BookingEvent, BookingStatus, Party};
use shared::booking::{Booking, CancellationConsequence, cancellation_consequence};
use shared::command::{
    AttachRecording, BookSession, CancelMessage, CancelSession, MarkOutcome, RescheduleSession,
    SessionOutcome,
};
use shared::error::{ErrorCode, Invalid, InvalidReason};
use shared::ids::BookingId;
use shared::role::Role;

async fn booking(ctx: &mut CommandCtx<'_>, id: BookingId) -> AppResult<(Booking, Option<String>)> {
    let row = bookings::get(&mut ctx.tx.conn(), id)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    let booking = row.booking().ok_or(ErrorCode::NotFound)?;
    Ok((booking, row.recording_link))
}

/// Who the actor is to a booking, or "not found".
async fn party(ctx: &mut CommandCtx<'_>, b: &Booking) -> AppResult<Party> {
    let me = ctx.actor.id();
    if me == b.client {
        return Ok(Party::Client);
    }
    if me == b.mentor {
        return Ok(Party::Mentor);
    }
    if programs::roles_in(&mut ctx.tx.conn(), me, b.program)
        .await?
        .contains(&Role::Coordinator)
    {
        return Ok(Party::Coordinator);
    }
    Err(ErrorCode::NotFound.into())
}

async fn facts_video(ctx: &mut CommandCtx<'_>, b: &Booking) -> AppResult<(String, Option<String>)> {
    let session = config::session_type(&mut ctx.tx.conn(), b.session_type)
        .await?
        .map(|t| t.name.as_str().to_owned())
        .unwrap_or_default();
    let video = config::profile(&mut ctx.tx.conn(), b.mentor)
        .await?
        .and_then(|p| p.video_link);
    Ok((session, video))
}

/// Books an accepted slot; shared by booking and moving.
async fn place(
    ctx: &mut CommandCtx<'_>,
    ask: Ask,
    id: BookingId,
    start: chrono::DateTime<chrono::Utc>,
    length: Option<u16>,
    replacing: Option<BookingId>,
) -> AppResult<Booking> {
    let client = ask.client.ok_or(ErrorCode::Forbidden)?;
    bookings::lock_parties(&mut ctx.tx.conn(), ask.mentor, client).await?;
    let loaded = rules::load(&mut ctx.tx.conn(), &ask).await?;
    let slot = loaded.validate(ctx.now, start, length, replacing)?;
    let mut booking = Booking::new(
        id,
        &loaded.session_type,
        slot,
        ask.mentor,
        client,
        loaded.policy,
    );
    booking.plan_step = ask.plan_step;
    bookings::insert(&mut ctx.tx.conn(), &booking, replacing, ctx.now)
        .await
        .map_err(rules::taken)?;
    Ok(booking)
}

pub async fn book_session(ctx: &mut CommandCtx<'_>, c: &BookSession) -> AppResult<Vec<NewChange>> {
    access::may_book(
        &mut ctx.tx.conn(),
        c.program_id,
        ctx.actor.id(),
        c.mentor_id,
    )
    .await?;
    let ask = Ask {
        program: c.program_id,
        mentor: c.mentor_id,
        session_type: c.session_type_id,
        client: Some(ctx.actor.id()),
        plan_step: c.plan_step,
    };
    let booking = place(ctx, ask, c.booking_id, c.start, c.length_minutes, None).await?;
    let (session, video) = facts_video(ctx, &booking).await?;
    mail::booked(
        &mut ctx.tx.conn(),
        &Facts {
            booking: &booking,
            session: &session,
            video: video.as_deref(),
            now: ctx.now,
        },
    )
    .await?;
    Ok(vec![
        access::booking_changed(&mut ctx.tx.conn(), &booking).await?,
    ])
}

pub async fn reschedule_session(
    ctx: &mut CommandCtx<'_>,
    c: &RescheduleSession,
) -> AppResult<Vec<NewChange>> {
    let (mut old, _) = booking(ctx, c.booking_id).await?;
    let by = party(ctx, &old).await?;
    if by == Party::Coordinator {
        return Err(ErrorCode::Forbidden.into());
    }
    let before = old.status;
    old.apply(BookingEvent::Reschedule { by }, ctx.now)
        .map_err(rules::transition)?;
    let ask = Ask {
        program: old.program,
        mentor: old.mentor,
        session_type: old.session_type,
        client: Some(old.client),
        plan_step: old.plan_step,
    };
    let new = place(
        ctx,
        ask,
        c.new_booking_id,
        c.start,
        c.length_minutes,
        Some(old.id),
    )
    .await?;
    if !bookings::set_status(
        &mut ctx.tx.conn(),
        old.id,
        before,
        old.status,
        None,
        ctx.now,
    )
    .await?
    {
        return Err(ErrorCode::BookingClosed.into());
    }
    let (session, video) = facts_video(ctx, &new).await?;
    let facts = Facts {
        booking: &new,
        session: &session,
        video: video.as_deref(),
        now: ctx.now,
    };
    mail::booked(&mut ctx.tx.conn(), &facts).await?;
    Ok(vec![
        access::booking_changed(&mut ctx.tx.conn(), &old).await?,
        access::booking_changed(&mut ctx.tx.conn(), &new).await?,
    ])
}

pub async fn cancel_session(
    ctx: &mut CommandCtx<'_>,
    c: &CancelSession,
) -> AppResult<Vec<NewChange>> {
    let (mut b, _) = booking(ctx, c.booking_id).await?;
    let by = party(ctx, &b).await?;
    if by != Party::Client {
        // Mentors and coordinators give one of the program's reasons and choose the message.
        let (_, reasons) = config::rules(&mut ctx.tx.conn(), b.program).await?;
        let reason = c
            .reason
            .as_ref()
            .ok_or(Invalid::new("reason", InvalidReason::Empty))?;
        if !reasons.iter().any(|r| r == reason.as_str()) {
            return Err(Invalid::new("reason", InvalidReason::NotInRole).into());
        }
        if c.message.is_none() {
            return Err(Invalid::new("message", InvalidReason::Empty).into());
        }
    }
    let late = by == Party::Client
        && cancellation_consequence(&b.cancellation_policy, b.start, ctx.now)
            == CancellationConsequence::Late;
    let before = b.status;
    b.apply(BookingEvent::Cancel { by }, ctx.now)
        .map_err(rules::transition)?;
    let message = c.message.map(|m| match m {
        CancelMessage::Apology => "apology",
        CancelMessage::InviteToRebook => "invite_to_rebook",
    });
    let cancellation = bookings::Cancellation {
        reason: c.reason.as_ref().map(|r| r.as_str()),
        message,
        note: c.note.as_ref().map(|n| n.as_str()),
    };
    if !bookings::set_status(
        &mut ctx.tx.conn(),
        b.id,
        before,
        b.status,
        Some(cancellation),
        ctx.now,
    )
    .await?
    {
        return Err(ErrorCode::BookingClosed.into());
    }
    let (session, video) = facts_video(ctx, &b).await?;
    let link = format!(
        "{}/programs/{}/booking",
        ctx.state.settings.public_url, b.program
    );
    let facts = Facts {
        booking: &b,
        session: &session,
        video: video.as_deref(),
        now: ctx.now,
    };
    let cancelled = Cancelled {
        by_client: by == Party::Client,
        reason: c.reason.as_ref().map(|r| r.as_str()),
        rebook: c.message == Some(CancelMessage::InviteToRebook),
        note: c.note.as_ref().map(|n| n.as_str()),
        late,
        link: &link,
    };
    mail::cancelled(&mut ctx.tx.conn(), &facts, &cancelled).await?;
    Ok(vec![access::booking_changed(&mut ctx.tx.conn(), &b).await?])
}

pub async fn mark_outcome(ctx: &mut CommandCtx<'_>, c: &MarkOutcome) -> AppResult<Vec<NewChange>> {
    let (mut b, _) = booking(ctx, c.booking_id).await?;
    if party(ctx, &b).await? != Party::Mentor {
        return Err(ErrorCode::Forbidden.into());
    }
    let before = b.status;
    let next = match c.outcome {
        SessionOutcome::Realized => b.next_status(BookingEvent::MarkRealized, ctx.now),
        SessionOutcome::NoShow => b.next_status(BookingEvent::MarkNoShow, ctx.now),
        SessionOutcome::StoppedUnprepared => {
            b.next_status(BookingEvent::MarkStoppedUnprepared, ctx.now)
        }
        // A late cancellation by phone: like a no-show, it can be marked once the session began.
        SessionOutcome::CancelledLate => b
            .next_status(BookingEvent::MarkRealized, ctx.now)
            .map(|_| BookingStatus::CancelledLate),
    }
    .map_err(rules::transition)?;
    b.status = next;
    if !bookings::set_status(&mut ctx.tx.conn(), b.id, before, next, None, ctx.now).await? {
        return Err(ErrorCode::BookingClosed.into());
    }
    Ok(vec![access::booking_changed(&mut ctx.tx.conn(), &b).await?])
}

pub async fn attach_recording(
    ctx: &mut CommandCtx<'_>,
    c: &AttachRecording,
) -> AppResult<Vec<NewChange>> {
    let (b, _) = booking(ctx, c.booking_id).await?;
    if !matches!(party(ctx, &b).await?, Party::Mentor | Party::Coordinator) {
        return Err(ErrorCode::Forbidden.into());
    }
    bookings::set_recording(&mut ctx.tx.conn(), b.id, c.link.as_str(), ctx.now).await?;
    Ok(vec![access::booking_changed(&mut ctx.tx.conn(), &b).await?])
}

/// Whether `user` may open the recording of `b`: its client, its mentor and the mentor's
/// supervisors, nobody else.
pub async fn may_watch(
    conn: &mut crate::db::Conn<'_>,
    user: &CurrentUser,
    b: &Booking,
) -> AppResult<bool> {
    let me = user.id();
    if me == b.client || me == b.mentor {
        return Ok(true);
    }
    Ok(access::supervisors_of(conn, b.program, b.mentor)
        .await?
        .contains(&me))
}
