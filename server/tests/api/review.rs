//! Document review end to end: projects, uploads, versions, threads carried onto new versions,
//! private notes, suggestions, stages, differences, and who may see what.

use crate::helpers::{Client, TestApp, applied, rejected};
use reqwest::StatusCode;
use shared::change::{ChangesPage, Event};
use shared::command::*;
use shared::error::{ApiError, ErrorCode};
use shared::ids::*;
use shared::review::anchor::anchor_at;
use shared::review::wire::*;
use shared::role::Role;
use shared::text::*;
use uuid::Uuid;

const V1: &str = "# Offer for bakeries\n\nOur product helps bakeries plan their morning batches from yesterday's sales.\n\nThe pilot starts in March with three bakeries in Riga.\n\nPrice: 30 euros a month.";
const V2: &str = "# Offer for small bakeries\n\nOur product helps small bakeries plan their morning batches from yesterday's sales.\n\nPrice: 35 euros a month, the first month free.";

struct World {
    app: TestApp,
    program: ProgramId,
    mentee: Client,
    mentor: Client,
    supervisor: Client,
    coordinator: Client,
    other_mentee: Client,
    other_mentor: Client,
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let c = app.person("c@example.org", "Coordinator", false).await;
    let m = app.person("mentee@example.org", "Elena", false).await;
    let t = app.person("mentor@example.org", "Anna", false).await;
    let s = app.person("sup@example.org", "Dmitry", false).await;
    let om = app.person("other.mentee@example.org", "Pavel", false).await;
    let ot = app.person("other.mentor@example.org", "Maria", false).await;
    let program = app
        .program(
            "Winter",
            &[
                (c, Role::Coordinator),
                (m, Role::Mentee),
                (t, Role::Mentor),
                (s, Role::Supervisor),
                (om, Role::Mentee),
                (ot, Role::Mentor),
            ],
        )
        .await;
    let mut coordinator = app.sign_in("c@example.org").await;
    for command in [
        Command::PairMentee(PairMentee {
            program_id: program,
            mentee_id: m,
            mentor_id: t,
        }),
        Command::PairMentee(PairMentee {
            program_id: program,
            mentee_id: om,
            mentor_id: ot,
        }),
        Command::AssignSupervisor(AssignSupervisor {
            program_id: program,
            mentor_id: t,
            supervisor_id: s,
        }),
        Command::SetReviewStages(SetReviewStages {
            program_id: program,
            stages: ["Draft", "Revised", "Final"]
                .map(|n| StageName::parse(n).unwrap())
                .to_vec(),
        }),
    ] {
        applied(&coordinator.command(command).await);
    }
    World {
        mentee: app.sign_in("mentee@example.org").await,
        mentor: app.sign_in("mentor@example.org").await,
        supervisor: app.sign_in("sup@example.org").await,
        other_mentee: app.sign_in("other.mentee@example.org").await,
        other_mentor: app.sign_in("other.mentor@example.org").await,
        coordinator,
        app,
        program,
    }
}

async fn upload(
    client: &Client,
    project: ProjectId,
    name: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    client
        .http
        .post(format!(
            "{}/api/v1/projects/{project}/uploads?name={name}",
            client.base
        ))
        .header("x-csrf-token", &client.csrf)
        .header("content-type", "application/octet-stream")
        .body(bytes)
        .send()
        .await
        .unwrap()
}

async fn add_version(client: &mut Client, project: ProjectId, name: &str, text: &str) -> VersionId {
    let response = upload(client, project, name, text.as_bytes().to_vec()).await;
    assert_eq!(response.status(), StatusCode::OK, "upload {name}");
    let receipt: UploadReceipt = response.json().await.unwrap();
    let version = VersionId(Uuid::new_v4());
    applied(
        &client
            .command(Command::AddVersion(AddVersion {
                version_id: version,
                project_id: project,
                upload_id: receipt.upload_id,
                note: VersionNote::parse("").unwrap(),
            }))
            .await,
    );
    version
}

async fn create_project(w: &mut World) -> ProjectId {
    let project = ProjectId(Uuid::new_v4());
    applied(
        &w.mentee
            .command(Command::CreateProject(CreateProject {
                project_id: project,
                program_id: w.program,
                title: ProjectTitle::parse("Bakery planner").unwrap(),
            }))
            .await,
    );
    project
}

fn thread_on(text: &str, quote: &str, body: &str, private: bool) -> (ThreadId, Command) {
    let byte = text.find(quote).unwrap();
    let start = text[..byte].chars().count();
    let thread = ThreadId(Uuid::new_v4());
    (
        thread,
        Command::StartThread(StartThread {
            thread_id: thread,
            comment_id: CommentId(Uuid::new_v4()),
            version_id: VersionId(Uuid::nil()),
            anchor: anchor_at(text, start, start + quote.chars().count()),
            body: CommentBody::parse(body).unwrap(),
            suggestion: None,
            private,
            mentions: vec![],
        }),
    )
}

fn on(version: VersionId, (thread, command): (ThreadId, Command)) -> (ThreadId, Command) {
    match command {
        Command::StartThread(mut c) => {
            c.version_id = version;
            (thread, Command::StartThread(c))
        }
        other => (thread, other),
    }
}

#[tokio::test]
async fn comments_follow_the_text_onto_the_next_version_or_are_orphaned() {
    let mut w = world().await;
    let project = create_project(&mut w).await;
    let v1 = add_version(&mut w.mentee, project, "offer.md", V1).await;
    let body: VersionView = w.mentor.get_json(&format!("/api/v1/versions/{v1}")).await;
    let text = body.body.text.clone();
    assert!(text.starts_with("Offer for bakeries"), "{text}");

    let (kept, start_kept) = on(
        v1,
        thread_on(
            &text,
            "plan their morning batches",
            "Which data do you use?",
            false,
        ),
    );
    let (gone, start_gone) = on(
        v1,
        thread_on(&text, "three bakeries in Riga", "Which ones?", false),
    );
    applied(&w.mentor.command(start_kept).await);
    applied(&w.mentor.command(start_gone).await);

    let v2 = add_version(&mut w.mentee, project, "offer-v2.md", V2).await;
    let view: VersionView = w.mentee.get_json(&format!("/api/v1/versions/{v2}")).await;
    let new_text: Vec<char> = view.body.text.chars().collect();
    let carried = view
        .threads
        .iter()
        .find(|t| t.id == kept)
        .expect("the kept thread is on v2");
    match carried.placement {
        ThreadPlacement::Carried {
            start,
            end,
            check_placement: false,
            ..
        } => {
            assert_eq!(
                new_text[start..end].iter().collect::<String>(),
                "plan their morning batches"
            );
        }
        ref other => panic!("expected a carried placement, got {other:?}"),
    }
    let orphan = view
        .threads
        .iter()
        .find(|t| t.id == gone)
        .expect("the orphan is listed");
    assert_eq!(orphan.placement, ThreadPlacement::Orphaned);
    assert_eq!(orphan.made_on, v1);
    let old: VersionView = w.mentee.get_json(&format!("/api/v1/versions/{v1}")).await;
    assert!(matches!(
        old.threads.iter().find(|t| t.id == gone).unwrap().placement,
        ThreadPlacement::Original { .. }
    ));

    let diff: VersionDiff = w
        .mentor
        .get_json(&format!("/api/v1/projects/{project}/diff?from=1&to=2"))
        .await;
    assert!(
        diff.segments
            .iter()
            .any(|s| s.op == DiffOp::Delete && s.text.contains("Riga"))
    );
    assert!(
        diff.segments
            .iter()
            .any(|s| s.op == DiffOp::Insert && s.text.contains("free"))
    );
}

#[tokio::test]
async fn only_the_owner_their_mentors_supervisors_and_coordinators_see_a_project() {
    let mut w = world().await;
    let project = create_project(&mut w).await;
    let v1 = add_version(&mut w.mentee, project, "offer.md", V1).await;
    for (who, client) in [
        ("mentee", &w.mentee),
        ("mentor", &w.mentor),
        ("supervisor", &w.supervisor),
        ("coordinator", &w.coordinator),
    ] {
        let response = client.get(&format!("/api/v1/projects/{project}")).await;
        assert_eq!(response.status(), StatusCode::OK, "{who}");
    }
    for client in [&w.other_mentee, &w.other_mentor] {
        for path in [
            format!("/api/v1/projects/{project}"),
            format!("/api/v1/versions/{v1}"),
            format!("/api/v1/versions/{v1}/file"),
            format!("/api/v1/projects/{project}/diff?from=1&to=1"),
        ] {
            assert_eq!(
                client.get(&path).await.status(),
                StatusCode::NOT_FOUND,
                "{path}"
            );
        }
        let list: ProjectList = client
            .get_json(&format!("/api/v1/programs/{}/projects", w.program))
            .await;
        assert!(list.projects.is_empty());
        let feed: ChangesPage = client.get_json("/api/v1/changes?after=0").await;
        assert!(
            !feed
                .changes
                .iter()
                .any(|c| matches!(c.event, Event::ReviewActivity { .. }))
        );
    }
    let file = w.mentor.get(&format!("/api/v1/versions/{v1}/file")).await;
    assert_eq!(file.status(), StatusCode::OK);
    assert!(
        file.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert_eq!(file.bytes().await.unwrap(), V1.as_bytes());
    // Another mentee cannot add versions or comment.
    let (_, command) = on(
        v1,
        thread_on(V1.trim_start_matches("# "), "Offer", "x", false),
    );
    rejected(&w.other_mentee.command(command).await, ErrorCode::NotFound);
    assert_eq!(
        upload(&w.other_mentee, project, "x.md", b"hello".to_vec())
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn private_notes_never_reach_the_mentee() {
    let mut w = world().await;
    let project = create_project(&mut w).await;
    let v1 = add_version(&mut w.mentee, project, "offer.md", V1).await;
    let text: VersionView = w.mentor.get_json(&format!("/api/v1/versions/{v1}")).await;
    let (note, command) = on(
        v1,
        thread_on(
            &text.body.text,
            "30 euros",
            "Too cheap? Discuss with supervisor.",
            true,
        ),
    );
    let seq = applied(&w.mentor.command(command).await);

    let mentee_view: VersionView = w.mentee.get_json(&format!("/api/v1/versions/{v1}")).await;
    assert!(mentee_view.threads.iter().all(|t| t.id != note));
    let supervisor_view: VersionView = w
        .supervisor
        .get_json(&format!("/api/v1/versions/{v1}"))
        .await;
    assert!(
        supervisor_view
            .threads
            .iter()
            .any(|t| t.id == note && t.private)
    );
    let mentee_feed: ChangesPage = w
        .mentee
        .get_json(&format!("/api/v1/changes?after={}", seq - 1))
        .await;
    assert!(mentee_feed.changes.is_empty());
    // The mentee can neither reply to it nor start private notes of their own.
    let reply = Command::ReplyToThread(ReplyToThread {
        comment_id: CommentId(Uuid::new_v4()),
        thread_id: note,
        body: CommentBody::parse("?").unwrap(),
        suggestion: None,
        mentions: vec![],
    });
    rejected(&w.mentee.command(reply).await, ErrorCode::NotFound);
    let (_, own) = on(v1, thread_on(&text.body.text, "Riga", "note to self", true));
    rejected(&w.mentee.command(own).await, ErrorCode::Forbidden);
}

#[tokio::test]
async fn replies_edits_suggestions_resolution_stages_and_mentions() {
    let mut w = world().await;
    let project = create_project(&mut w).await;
    let v1 = add_version(&mut w.mentee, project, "offer.md", V1).await;
    let text: VersionView = w.mentor.get_json(&format!("/api/v1/versions/{v1}")).await;
    let (thread, Command::StartThread(mut start)) = on(
        v1,
        thread_on(
            &text.body.text,
            "30 euros a month",
            "Say what it includes.",
            false,
        ),
    ) else {
        unreachable!()
    };
    start.suggestion = Some(SuggestedText::parse("30 euros a month, support included").unwrap());
    start.mentions = vec![w.mentee.id];
    let comment = start.comment_id;
    applied(&w.mentor.command(Command::StartThread(start)).await);
    let mail = w.app.wait_for_mail("mentee@example.org").await;
    assert!(mail.subject.contains("Anna"), "{}", mail.subject);

    rejected(
        &w.mentor
            .command(Command::AcceptSuggestion(AcceptSuggestion {
                comment_id: comment,
            }))
            .await,
        ErrorCode::Forbidden,
    );
    applied(
        &w.mentee
            .command(Command::AcceptSuggestion(AcceptSuggestion {
                comment_id: comment,
            }))
            .await,
    );
    rejected(
        &w.mentee
            .command(Command::EditComment(EditComment {
                comment_id: comment,
                body: CommentBody::parse("hijack").unwrap(),
            }))
            .await,
        ErrorCode::Forbidden,
    );
    applied(
        &w.mentor
            .command(Command::EditComment(EditComment {
                comment_id: comment,
                body: CommentBody::parse("Say what the price includes.").unwrap(),
            }))
            .await,
    );
    applied(
        &w.mentee
            .command(Command::ResolveThread(ResolveThread { thread_id: thread }))
            .await,
    );

    let view: VersionView = w.mentee.get_json(&format!("/api/v1/versions/{v1}")).await;
    let t = view.threads.iter().find(|t| t.id == thread).unwrap();
    assert_eq!(t.resolved_by.as_deref(), Some("Elena"));
    assert_eq!(t.comments[0].body, "Say what the price includes.");
    assert_eq!(
        t.comments[0].history,
        vec!["Say what it includes.".to_owned()]
    );
    assert_eq!(
        t.comments[0].suggestion_accepted_by.as_deref(),
        Some("Elena")
    );

    let stage = |position| {
        Command::CompleteStage(CompleteStage {
            project_id: project,
            position,
            version_id: Some(v1),
        })
    };
    rejected(&w.mentee.command(stage(0)).await, ErrorCode::Forbidden);
    rejected(&w.mentor.command(stage(7)).await, ErrorCode::InvalidInput);
    applied(&w.mentor.command(stage(0)).await);
    let detail: ProjectDetail = w
        .mentee
        .get_json(&format!("/api/v1/projects/{project}"))
        .await;
    assert_eq!(detail.project.stages[0].done_by.as_deref(), Some("Anna"));
    assert!(detail.project.stages[1].done_at.is_none());
    assert_eq!(detail.role, ReviewRole::Owner);
}

#[tokio::test]
async fn uploads_are_judged_by_content_and_refused_clearly() {
    let mut w = world().await;
    let project = create_project(&mut w).await;
    let code = |r: ApiError| r.code;
    let response = upload(&w.mentee, project, "empty.md", vec![]).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        code(response.json().await.unwrap()),
        ErrorCode::DocumentEmpty
    );
    let garbage: Vec<u8> = (0..5000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8)
        .collect();
    let response = upload(&w.mentee, project, "offer.md", garbage).await;
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let response = upload(
        &w.mentee,
        project,
        "fake.pdf",
        b"%PDF-1.4 this is not a pdf".to_vec(),
    )
    .await;
    assert_eq!(
        code(response.json().await.unwrap()),
        ErrorCode::DocumentUnreadable
    );
    let response = upload(&w.mentee, project, "big.txt", vec![b'a'; 21 * 1024 * 1024]).await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        code(response.json().await.unwrap()),
        ErrorCode::PayloadTooLarge
    );
    // A mentor does not upload the mentee's work.
    assert_eq!(
        upload(&w.mentor, project, "x.md", b"text".to_vec())
            .await
            .status(),
        StatusCode::FORBIDDEN
    );

    // Markup that could run stays text.
    let evil = "Hello <script>alert(1)</script> [x](javascript:alert(1))";
    let v = add_version(&mut w.mentee, project, "evil.md", evil).await;
    let view: VersionView = w.mentee.get_json(&format!("/api/v1/versions/{v}")).await;
    assert!(view.body.text.contains("<script>alert(1)</script>"));
    assert!(view.body.blocks.iter().all(|b| b.marks.is_empty()));
    // The server is still fine.
    assert_eq!(
        w.mentee.get("/api/v1/health").await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn people_with_the_project_open_see_each_other_and_strangers_are_not_counted() {
    use shared::change::LiveRequest;
    use std::time::Duration;
    let mut w = world().await;
    let project = create_project(&mut w).await;
    let wait = Duration::from_secs(10);
    let mut mentee = w.mentee.live().await;
    let mut mentor = w.mentor.live().await;
    let mut stranger = w.other_mentor.live().await;
    mentee
        .send(&LiveRequest::Viewing {
            project_id: Some(project),
        })
        .await;
    assert!(mentee.sees_viewers(project, &["Elena"], wait).await);
    mentor
        .send(&LiveRequest::Viewing {
            project_id: Some(project),
        })
        .await;
    assert!(mentee.sees_viewers(project, &["Anna", "Elena"], wait).await);
    assert!(mentor.sees_viewers(project, &["Anna", "Elena"], wait).await);
    // Someone without access asking to view is ignored: nobody sees them, they see nobody.
    stranger
        .send(&LiveRequest::Viewing {
            project_id: Some(project),
        })
        .await;
    mentor.close().await;
    assert!(
        mentee.sees_viewers(project, &["Elena"], wait).await,
        "the mentor left; the stranger never counted"
    );
    assert!(
        !stranger
            .sees_viewers(project, &["Elena"], Duration::from_millis(300))
            .await
    );
}
