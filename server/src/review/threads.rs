//! Applying the thread commands: start a thread on a passage, reply, edit, resolve, reopen,
//! accept a suggested change. Private notes never reach the mentee; mentioned people get an
//! e-mail.

use super::access::{self, ProjectAccess};
use super::projects::activity;
use super::store::projects as project_store;
use super::store::threads::{self as store, NewComment, NewThread, ThreadRow};
use crate::auth::store as people;
use crate::error::AppResult;
use crate::mail::{store as mail_store, templates};
use crate::sync::commands::CommandCtx;
use crate::sync::feed::NewChange;
use shared::change::ReviewActivityKind;
use shared::command::{
    AcceptSuggestion, EditComment, ReopenThread, ReplyToThread, ResolveThread, StartThread,
};
use shared::error::{ErrorCode, Invalid, InvalidReason};
use shared::ids::{PersonId, ThreadId};
use shared::review::wire::ReviewRole;
use shared::text::Email;

/// A thread and the caller's access to its project; a private thread is "not found" to the owner.
async fn thread_access(
    ctx: &mut CommandCtx<'_>,
    id: ThreadId,
) -> AppResult<(ThreadRow, ProjectAccess)> {
    let thread = store::thread(&mut ctx.tx.conn(), id)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    let access =
        access::project_access(&mut ctx.tx.conn(), ctx.actor.id(), thread.project()).await?;
    if thread.private && !access.role.sees_private() {
        return Err(ErrorCode::NotFound.into());
    }
    Ok((thread, access))
}

/// Queues an e-mail to each mentioned participant who may see the thread.
async fn notify_mentions(
    ctx: &mut CommandCtx<'_>,
    access: &ProjectAccess,
    mentions: &[PersonId],
    private: bool,
    body: &str,
) -> AppResult<()> {
    if mentions.is_empty() {
        return Ok(());
    }
    let participants = access::participants(&mut ctx.tx.conn(), &access.project).await?;
    let link = format!(
        "{}/projects/{}",
        ctx.state.settings.public_url, access.project.id
    );
    for mentioned in mentions {
        let visible = participants
            .iter()
            .any(|p| p.person_id == *mentioned && !(private && p.role == ReviewRole::Owner));
        if !visible {
            return Err(Invalid::new("mentions", InvalidReason::NotInRole).into());
        }
        if *mentioned == ctx.actor.id() {
            continue;
        }
        let Some(person) = people::person(&mut ctx.tx.conn(), *mentioned).await? else {
            continue;
        };
        let mail = templates::mention(&templates::MentionMail {
            locale: person.locale(),
            author: &ctx.actor.person.display_name,
            project: &access.project.title,
            excerpt: body,
            link: &link,
        });
        let to = Email::parse(&person.email)?;
        mail_store::enqueue(&mut ctx.tx.conn(), &to, &mail.subject, &mail.body, ctx.now).await?;
    }
    Ok(())
}

pub async fn start_thread(ctx: &mut CommandCtx<'_>, c: &StartThread) -> AppResult<Vec<NewChange>> {
    let version = project_store::version(&mut ctx.tx.conn(), c.version_id)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    let access =
        access::project_access(&mut ctx.tx.conn(), ctx.actor.id(), version.project()).await?;
    access.require(ReviewRole::can_comment)?;
    if c.private && !access.role.sees_private() {
        return Err(ErrorCode::Forbidden.into());
    }
    // The anchor must quote the version it claims to be on.
    let text: Vec<char> = version.body().text.chars().collect();
    let quoted = text
        .get(c.anchor.start..c.anchor.end)
        .map(|s| s.iter().collect::<String>());
    if quoted.as_deref() != Some(c.anchor.exact.as_str()) {
        return Err(Invalid::new("anchor", InvalidReason::NothingToChange).into());
    }
    store::insert_thread(
        &mut ctx.tx.conn(),
        NewThread {
            id: c.thread_id,
            project: version.project(),
            version: c.version_id,
            anchor: &c.anchor,
            private: c.private,
            by: ctx.actor.id(),
            now: ctx.now,
        },
    )
    .await?;
    store::insert_comment(
        &mut ctx.tx.conn(),
        NewComment {
            id: c.comment_id,
            thread: c.thread_id,
            author: ctx.actor.id(),
            body: c.body.as_str(),
            suggestion: c.suggestion.as_ref().map(|s| s.as_str()),
            now: ctx.now,
        },
    )
    .await?;
    notify_mentions(ctx, &access, &c.mentions, c.private, c.body.as_str()).await?;
    Ok(vec![
        activity(
            ctx,
            &access.project,
            ReviewActivityKind::ThreadStarted,
            Some(c.thread_id),
            c.private,
        )
        .await?,
    ])
}

pub async fn reply_to_thread(
    ctx: &mut CommandCtx<'_>,
    c: &ReplyToThread,
) -> AppResult<Vec<NewChange>> {
    let (thread, access) = thread_access(ctx, c.thread_id).await?;
    access.require(ReviewRole::can_comment)?;
    store::insert_comment(
        &mut ctx.tx.conn(),
        NewComment {
            id: c.comment_id,
            thread: c.thread_id,
            author: ctx.actor.id(),
            body: c.body.as_str(),
            suggestion: c.suggestion.as_ref().map(|s| s.as_str()),
            now: ctx.now,
        },
    )
    .await?;
    notify_mentions(ctx, &access, &c.mentions, thread.private, c.body.as_str()).await?;
    Ok(vec![
        activity(
            ctx,
            &access.project,
            ReviewActivityKind::CommentAdded,
            Some(c.thread_id),
            thread.private,
        )
        .await?,
    ])
}

pub async fn edit_comment(ctx: &mut CommandCtx<'_>, c: &EditComment) -> AppResult<Vec<NewChange>> {
    let comment = store::comment(&mut ctx.tx.conn(), c.comment_id)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    let (thread, access) = thread_access(ctx, ThreadId(comment.thread_id)).await?;
    if PersonId(comment.author_id) != ctx.actor.id() {
        return Err(ErrorCode::Forbidden.into());
    }
    if comment.body == c.body.as_str() {
        return Ok(vec![]);
    }
    store::edit_comment(&mut ctx.tx.conn(), c.comment_id, c.body.as_str(), ctx.now).await?;
    Ok(vec![
        activity(
            ctx,
            &access.project,
            ReviewActivityKind::CommentEdited,
            Some(ThreadId(thread.id)),
            thread.private,
        )
        .await?,
    ])
}

async fn set_resolved(
    ctx: &mut CommandCtx<'_>,
    id: ThreadId,
    resolve: bool,
) -> AppResult<Vec<NewChange>> {
    let (thread, access) = thread_access(ctx, id).await?;
    access.require(ReviewRole::can_comment)?;
    let (by, at) = if resolve {
        (Some(ctx.actor.id()), Some(ctx.now))
    } else {
        (None, None)
    };
    if !store::set_resolved(&mut ctx.tx.conn(), id, by, at).await? {
        return Ok(vec![]);
    }
    let kind = if resolve {
        ReviewActivityKind::ThreadResolved
    } else {
        ReviewActivityKind::ThreadReopened
    };
    Ok(vec![
        activity(ctx, &access.project, kind, Some(id), thread.private).await?,
    ])
}

pub async fn resolve_thread(
    ctx: &mut CommandCtx<'_>,
    c: &ResolveThread,
) -> AppResult<Vec<NewChange>> {
    set_resolved(ctx, c.thread_id, true).await
}

pub async fn reopen_thread(
    ctx: &mut CommandCtx<'_>,
    c: &ReopenThread,
) -> AppResult<Vec<NewChange>> {
    set_resolved(ctx, c.thread_id, false).await
}

pub async fn accept_suggestion(
    ctx: &mut CommandCtx<'_>,
    c: &AcceptSuggestion,
) -> AppResult<Vec<NewChange>> {
    let comment = store::comment(&mut ctx.tx.conn(), c.comment_id)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    let (thread, access) = thread_access(ctx, ThreadId(comment.thread_id)).await?;
    access.require(|r| r == ReviewRole::Owner)?;
    if comment.suggestion.is_none() {
        return Err(Invalid::new("suggestion", InvalidReason::Empty).into());
    }
    if !store::accept_suggestion(&mut ctx.tx.conn(), c.comment_id, ctx.actor.id(), ctx.now).await? {
        return Ok(vec![]);
    }
    Ok(vec![
        activity(
            ctx,
            &access.project,
            ReviewActivityKind::SuggestionAccepted,
            Some(ThreadId(thread.id)),
            false,
        )
        .await?,
    ])
}
