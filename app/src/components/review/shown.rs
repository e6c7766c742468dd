//! The threads of a version as shown: the server's, with the person's commands that are not
//! reflected there yet applied on top (pure, tested).

use crate::sync::outbox::Pending;
use chrono::{DateTime, Utc};
use shared::command::Command;
use shared::ids::{CommentId, PersonId, ThreadId, VersionId};
use shared::review::anchor::TextAnchor;
use shared::review::wire::{CommentView, ThreadPlacement, ThreadView};

/// What of a comment still waits in the outbox.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Queued {
    /// The comment itself.
    New,
    /// A new text.
    Edit,
    /// Accepting its suggested change.
    Accept,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ShownComment {
    /// For a queued comment, `created_at` means nothing and is not shown.
    pub view: CommentView,
    pub queued: Option<Queued>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ShownThread {
    pub id: ThreadId,
    pub made_on: VersionId,
    pub made_on_number: i64,
    pub anchor: TextAnchor,
    pub placement: ThreadPlacement,
    pub private: bool,
    /// Who resolved it and when (`None` while the resolving waits in the outbox).
    pub resolved: Option<(String, Option<DateTime<Utc>>)>,
    pub comments: Vec<ShownComment>,
    /// The thread itself waits in the outbox.
    pub queued: bool,
    /// Resolving or reopening it waits in the outbox.
    pub state_queued: bool,
}

impl ShownThread {
    fn from_server(t: &ThreadView) -> Self {
        Self {
            id: t.id,
            made_on: t.made_on,
            made_on_number: t.made_on_number,
            anchor: t.anchor.clone(),
            placement: t.placement.clone(),
            private: t.private,
            resolved: t
                .resolved_by
                .clone()
                .map(|by| (by, t.resolved_at))
                .or_else(|| t.resolved_at.map(|at| (String::new(), Some(at)))),
            comments: t
                .comments
                .iter()
                .map(|c| ShownComment {
                    view: c.clone(),
                    queued: None,
                })
                .collect(),
            queued: false,
            state_queued: false,
        }
    }

    /// Where the passage is on the shown version, if it is there.
    pub fn span(&self) -> Option<(usize, usize)> {
        match self.placement {
            ThreadPlacement::Original { start, end }
            | ThreadPlacement::Carried { start, end, .. } => Some((start, end)),
            ThreadPlacement::Orphaned => None,
        }
    }
}

/// The person the queued commands are from.
pub struct Me<'a> {
    pub id: PersonId,
    pub name: &'a str,
}

fn queued_comment(
    me: &Me<'_>,
    id: CommentId,
    body: &str,
    suggestion: Option<String>,
) -> ShownComment {
    ShownComment {
        view: CommentView {
            id,
            author_id: me.id,
            author_name: me.name.to_owned(),
            body: body.to_owned(),
            suggestion,
            suggestion_accepted_by: None,
            suggestion_accepted_at: None,
            created_at: DateTime::<Utc>::UNIX_EPOCH,
            edited_at: None,
            history: Vec::new(),
        },
        queued: Some(Queued::New),
    }
}

fn comment_mut(threads: &mut [ShownThread], id: CommentId) -> Option<&mut ShownComment> {
    threads
        .iter_mut()
        .flat_map(|t| t.comments.iter_mut())
        .find(|c| c.view.id == id)
}

/// The threads of `version` (number `number`) with `queued` applied in order.
pub fn merge(
    server: &[ThreadView],
    queued: &[Pending],
    version: VersionId,
    number: i64,
    me: &Me<'_>,
) -> Vec<ShownThread> {
    let mut threads: Vec<ShownThread> = server.iter().map(ShownThread::from_server).collect();
    for item in queued {
        match &item.command {
            Command::StartThread(c)
                if c.version_id == version && !threads.iter().any(|t| t.id == c.thread_id) =>
            {
                let suggestion = c.suggestion.as_ref().map(ToString::to_string);
                threads.push(ShownThread {
                    id: c.thread_id,
                    made_on: version,
                    made_on_number: number,
                    anchor: c.anchor.clone(),
                    placement: ThreadPlacement::Original {
                        start: c.anchor.start,
                        end: c.anchor.end,
                    },
                    private: c.private,
                    resolved: None,
                    comments: vec![queued_comment(
                        me,
                        c.comment_id,
                        c.body.as_str(),
                        suggestion,
                    )],
                    queued: true,
                    state_queued: false,
                });
            }
            Command::ReplyToThread(c) => {
                if let Some(t) = threads.iter_mut().find(|t| t.id == c.thread_id)
                    && !t.comments.iter().any(|x| x.view.id == c.comment_id)
                {
                    let suggestion = c.suggestion.as_ref().map(ToString::to_string);
                    t.comments.push(queued_comment(
                        me,
                        c.comment_id,
                        c.body.as_str(),
                        suggestion,
                    ));
                }
            }
            Command::EditComment(c) => {
                if let Some(comment) = comment_mut(&mut threads, c.comment_id)
                    && comment.view.body != c.body.as_str()
                {
                    let old = std::mem::replace(&mut comment.view.body, c.body.to_string());
                    if comment.queued.is_none() {
                        comment.view.history.push(old);
                        comment.queued = Some(Queued::Edit);
                    }
                }
            }
            Command::ResolveThread(c) => {
                if let Some(t) = threads.iter_mut().find(|t| t.id == c.thread_id)
                    && t.resolved.is_none()
                {
                    t.resolved = Some((me.name.to_owned(), None));
                    t.state_queued = true;
                }
            }
            Command::ReopenThread(c) => {
                if let Some(t) = threads.iter_mut().find(|t| t.id == c.thread_id)
                    && t.resolved.is_some()
                {
                    t.resolved = None;
                    t.state_queued = true;
                }
            }
            Command::AcceptSuggestion(c) => {
                if let Some(comment) = comment_mut(&mut threads, c.comment_id)
                    && comment.view.suggestion_accepted_at.is_none()
                    && comment.queued.is_none()
                {
                    comment.view.suggestion_accepted_by = Some(me.name.to_owned());
                    comment.queued = Some(Queued::Accept);
                }
            }
            _ => {}
        }
    }
    threads.sort_by_key(|t| t.span().map_or(usize::MAX, |(s, _)| s));
    threads
}

/// The thread a review command acts on, for telling whether two act on the same thread.
pub fn thread_of(command: &Command) -> Option<ThreadId> {
    match command {
        Command::ResolveThread(c) => Some(c.thread_id),
        Command::ReopenThread(c) => Some(c.thread_id),
        _ => None,
    }
}

/// Whether the server's view of a version shows `command`, or never will (it is about a thread
/// or comment this view holds neither from the server nor among the `queued` commands).
pub fn settled(
    server: &[ThreadView],
    queued: &[Pending],
    version: VersionId,
    command: &Command,
) -> bool {
    let thread = |id: ThreadId| server.iter().find(|t| t.id == id);
    let comment = |id: CommentId| server.iter().flat_map(|t| &t.comments).find(|c| c.id == id);
    let waiting_thread = |id: ThreadId| {
        queued.iter().any(
            |p| matches!(&p.command, Command::StartThread(c) if c.thread_id == id && c.version_id == version),
        )
    };
    let waiting_comment = |id: CommentId| {
        queued.iter().any(|p| match &p.command {
            Command::StartThread(c) => c.comment_id == id && c.version_id == version,
            Command::ReplyToThread(c) => c.comment_id == id,
            _ => false,
        })
    };
    // Not in the server's view yet: settled only when nothing here will ever show it.
    let thread_done = |id: ThreadId, done: &dyn Fn(&ThreadView) -> bool| match thread(id) {
        Some(t) => done(t),
        None => !waiting_thread(id),
    };
    let comment_done = |id: CommentId, done: &dyn Fn(&CommentView) -> bool| match comment(id) {
        Some(c) => done(c),
        None => !waiting_comment(id),
    };
    match command {
        Command::StartThread(c) => c.version_id != version || thread(c.thread_id).is_some(),
        Command::ReplyToThread(c) => thread_done(c.thread_id, &|t| {
            t.comments.iter().any(|x| x.id == c.comment_id)
        }),
        Command::EditComment(c) => comment_done(c.comment_id, &|x| x.body == c.body.as_str()),
        Command::ResolveThread(c) => thread_done(c.thread_id, &|t| t.resolved_at.is_some()),
        Command::ReopenThread(c) => thread_done(c.thread_id, &|t| t.resolved_at.is_none()),
        Command::AcceptSuggestion(c) => {
            comment_done(c.comment_id, &|x| x.suggestion_accepted_at.is_some())
        }
        _ => true,
    }
}

/// The review commands a version's view shows while they wait.
pub fn is_thread_command(command: &Command) -> bool {
    matches!(
        command,
        Command::StartThread(_)
            | Command::ReplyToThread(_)
            | Command::EditComment(_)
            | Command::ResolveThread(_)
            | Command::ReopenThread(_)
            | Command::AcceptSuggestion(_)
    )
}

#[cfg(test)]
#[path = "shown_tests.rs"]
mod tests;
