//! Queued review commands on top of the server's threads.

use super::*;
use chrono::TimeZone;
use shared::command::{EditComment, ReplyToThread, ResolveThread, StartThread};
use shared::review::anchor::anchor_at;
use shared::text::CommentBody;

fn id<T: From<uuid::Uuid>>(n: u128) -> T {
    T::from(uuid::Uuid::from_u128(n))
}

const TEXT: &str = "Offer\n\nWe help bakeries plan their batches.";

fn comment(n: u128, body: &str) -> CommentView {
    CommentView {
        id: id(n),
        author_id: id(8),
        author_name: "Anna".into(),
        body: body.into(),
        suggestion: None,
        suggestion_accepted_by: None,
        suggestion_accepted_at: None,
        created_at: Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap(),
        edited_at: None,
        history: vec![],
    }
}

fn server_thread(n: u128, start: usize, end: usize) -> ThreadView {
    ThreadView {
        id: id(n),
        made_on: id(50),
        made_on_number: 1,
        anchor: anchor_at(TEXT, start, end),
        placement: ThreadPlacement::Original { start, end },
        private: false,
        resolved_by: None,
        resolved_at: None,
        comments: vec![comment(n * 10, "Which data?")],
    }
}

fn me() -> Me<'static> {
    Me {
        id: id(7),
        name: "Elena",
    }
}

fn start(n: u128, start: usize, end: usize) -> Pending {
    Pending::new(Command::StartThread(StartThread {
        thread_id: id(n),
        comment_id: id(n * 10),
        version_id: id(50),
        anchor: anchor_at(TEXT, start, end),
        body: CommentBody::parse("Queued").unwrap(),
        suggestion: None,
        private: false,
        mentions: vec![],
    }))
}

fn reply(thread: u128, comment: u128) -> Pending {
    Pending::new(Command::ReplyToThread(ReplyToThread {
        comment_id: id(comment),
        thread_id: id(thread),
        body: CommentBody::parse("A reply").unwrap(),
        suggestion: None,
        mentions: vec![],
    }))
}

#[test]
fn queued_threads_and_replies_show_in_text_order_with_their_state() {
    let server = [server_thread(1, 10, 16)];
    let queued = [start(2, 0, 5), reply(1, 99), reply(2, 98)];

    let shown = merge(&server, &queued, id(50), 1, &me());

    assert_eq!(shown.len(), 2);
    assert_eq!(shown[0].id, id(2), "the queued thread starts earlier");
    assert!(shown[0].queued);
    assert_eq!(shown[0].comments.len(), 2);
    assert_eq!(shown[1].comments[1].queued, Some(Queued::New));
    assert_eq!(shown[1].comments[1].view.author_name, "Elena");
}

#[test]
fn a_thread_queued_on_another_version_is_not_shown_here() {
    let shown = merge(&[], &[start(2, 0, 5)], id(51), 2, &me());
    assert!(shown.is_empty());
}

#[test]
fn edits_and_resolutions_show_at_once_and_keep_the_earlier_text() {
    let server = [server_thread(1, 10, 16)];
    let queued = [
        Pending::new(Command::EditComment(EditComment {
            comment_id: id(10),
            body: CommentBody::parse("Which data exactly?").unwrap(),
        })),
        Pending::new(Command::ResolveThread(ResolveThread { thread_id: id(1) })),
    ];

    let shown = merge(&server, &queued, id(50), 1, &me());

    let c = &shown[0].comments[0];
    assert_eq!(c.view.body, "Which data exactly?");
    assert_eq!(c.view.history, vec!["Which data?".to_owned()]);
    assert_eq!(c.queued, Some(Queued::Edit));
    assert_eq!(shown[0].resolved, Some(("Elena".to_owned(), None)));
    assert!(shown[0].state_queued);
}

#[test]
fn a_reply_waits_for_its_queued_thread_and_settles_once_the_server_has_it() {
    let queued = [start(2, 0, 5), reply(2, 98)];
    assert!(!settled(&[], &queued, id(50), &queued[1].command));
    assert!(!settled(&[], &queued, id(50), &queued[0].command));

    let mut arrived = server_thread(2, 0, 5);
    arrived.comments.push(comment(98, "A reply"));
    assert!(settled(
        &[arrived.clone()],
        &queued,
        id(50),
        &queued[0].command
    ));
    assert!(settled(&[arrived], &queued, id(50), &queued[1].command));

    let elsewhere = [reply(3, 97)];
    assert!(settled(&[], &elsewhere, id(50), &elsewhere[0].command));
}
