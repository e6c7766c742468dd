//! Live comment delivery to many viewers: `cargo bench -p server --bench live_latency`.
//!
//! Starts the server (release build of the library, SQLite in a temporary folder) on 127.0.0.1,
//! opens VIEWERS WebSocket connections of people allowed to see one project (the mentee, the
//! mentor, and the rest as program coordinators), then posts comments as the mentor, one at a
//! time. For each comment it measures, per viewer, the time from sending the command until the
//! viewer has been poked and has pulled the change that names the thread — what a browser does
//! before the comment shows. Prints p50/p99/max over all deliveries, and, as the baseline of the
//! same run, the latency of a plain `GET /api/v1/health`.

use futures_util::StreamExt;
use server::state::{Inner, Settings, SystemClock};
use shared::api::Session;
use shared::change::{ChangesPage, Event, LiveMessage};
use shared::command::*;
use shared::ids::*;
use shared::review::anchor::anchor_at;
use shared::role::Role;
use shared::text::*;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio_tungstenite::tungstenite::{Message, client::IntoClientRequest};
use uuid::Uuid;

const VIEWERS: usize = 50;
const COMMENTS: usize = 40;
const PASSWORD: &str = "a long benchmark password";

struct Client {
    http: reqwest::Client,
    base: String,
    csrf: String,
    cookie: String,
}

async fn sign_in(base: &str, email: &str) -> Client {
    let http = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let response = http
        .post(format!("{base}/api/v1/auth/sign-in"))
        .json(&serde_json::json!({"email": email, "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let session: Session = response.json().await.unwrap();
    Client {
        http,
        base: base.to_owned(),
        csrf: session.csrf_token,
        cookie,
    }
}

impl Client {
    async fn command(&self, command: Command) {
        let batch = CommandBatch {
            commands: vec![CommandEnvelope {
                id: CommandId(Uuid::new_v4()),
                command,
            }],
        };
        let result: BatchResult = self
            .http
            .post(format!("{}/api/v1/commands", self.base))
            .header("x-csrf-token", &self.csrf)
            .json(&batch)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert!(
            matches!(result.results[0].outcome, Outcome::Applied { .. }),
            "{:?}",
            result.results[0]
        );
    }
}

/// One viewer: waits for pokes and pulls until it has seen `thread`; reports how long it took.
async fn viewer(
    client: Client,
    addr: SocketAddr,
    mut jobs: tokio::sync::mpsc::Receiver<(ThreadId, Instant)>,
    done: tokio::sync::mpsc::Sender<Duration>,
) {
    let mut request = format!("ws://{addr}/api/v1/live")
        .into_client_request()
        .unwrap();
    request
        .headers_mut()
        .insert("cookie", client.cookie.parse().unwrap());
    let (mut ws, _) = tokio_tungstenite::connect_async(request).await.unwrap();
    // Ready once the server said hello (reported as a zero duration).
    while !matches!(ws.next().await, Some(Ok(Message::Text(t))) if t.as_str().contains("hello")) {}
    done.send(Duration::ZERO).await.unwrap();
    let mut after = 0i64;
    while let Some((thread, sent)) = jobs.recv().await {
        'wait: loop {
            let message = ws.next().await.unwrap().unwrap();
            let Message::Text(text) = message else {
                continue;
            };
            let Ok(LiveMessage::Poke { .. }) = serde_json::from_str(text.as_str()) else {
                continue;
            };
            let page: ChangesPage = client
                .http
                .get(format!("{}/api/v1/changes?after={after}", client.base))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            after = page.next_after;
            if page.changes.iter().any(|c| matches!(c.event, Event::ReviewActivity { thread_id: Some(t), .. } if t == thread)) {
                done.send(sent.elapsed()).await.unwrap();
                break 'wait;
            }
        }
    }
    let _ = ws.close(None).await;
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let db = server::db::Db::connect(&format!(
        "sqlite://{}",
        dir.path().join("bench.db").display()
    ))
    .await
    .unwrap();
    let (_stop, shutdown) = tokio::sync::watch::channel(false);
    let state = server::AppState(Arc::new(Inner {
        db: db.clone(),
        settings: Settings::new("http://127.0.0.1"),
        mailer: server::mail::Mailer::new(
            "b <b@example.org>",
            server::mail::Transport::Capture(server::mail::Captured::new()),
        )
        .unwrap(),
        hub: server::sync::hub::Hub::new(),
        files: server::files::BlobStore::local(dir.path().join("files")),
        clock: Arc::new(SystemClock),
        shutdown,
    }));
    server::spawn_background(&state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = server::router(state.clone(), None);
    tokio::spawn(async move {
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .unwrap()
    });
    let base = format!("http://{addr}");

    // People: a mentee, a mentor, and coordinators as the other viewers.
    let hash = server::auth::password::hash(PASSWORD.to_owned())
        .await
        .unwrap();
    let program = ProgramId(Uuid::new_v4());
    let mut tx = db.begin().await.unwrap();
    let now = chrono::Utc::now();
    let mut people = Vec::new();
    for i in 0..VIEWERS {
        let id = PersonId(Uuid::new_v4());
        let email = Email::parse(&format!("p{i}@example.org")).unwrap();
        server::auth::store::insert_person(
            &mut tx.conn(),
            server::auth::store::NewPerson {
                id,
                email: &email,
                display_name: &format!("Person {i}"),
                password_hash: &hash,
                locale: shared::locale::Locale::En,
                time_zone: &shared::locale::TimeZoneName::utc(),
                is_admin: false,
                now,
            },
        )
        .await
        .unwrap();
        people.push((id, email));
    }
    server::programs::store::insert_program(
        &mut tx.conn(),
        server::programs::store::NewProgram {
            id: program,
            name: "Bench",
            description: "",
            locale: shared::locale::Locale::En,
            time_zone: &shared::locale::TimeZoneName::utc(),
            created_by: people[0].0,
            now,
        },
    )
    .await
    .unwrap();
    for (i, (id, _)) in people.iter().enumerate() {
        let role = match i {
            0 => Role::Mentee,
            1 => Role::Mentor,
            _ => Role::Coordinator,
        };
        server::programs::store::grant(&mut tx.conn(), program, *id, role, now)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    let coordinator = sign_in(&base, people[2].1.as_str()).await;
    coordinator
        .command(Command::PairMentee(PairMentee {
            program_id: program,
            mentee_id: people[0].0,
            mentor_id: people[1].0,
        }))
        .await;
    let mentee = sign_in(&base, people[0].1.as_str()).await;
    let project = ProjectId(Uuid::new_v4());
    mentee
        .command(Command::CreateProject(CreateProject {
            project_id: project,
            program_id: program,
            title: ProjectTitle::parse("Bench").unwrap(),
        }))
        .await;
    let text = "A paragraph to comment on. ".repeat(40);
    let receipt: shared::review::wire::UploadReceipt = mentee
        .http
        .post(format!(
            "{base}/api/v1/projects/{project}/uploads?name=doc.txt"
        ))
        .header("x-csrf-token", &mentee.csrf)
        .body(text.clone())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let version = VersionId(Uuid::new_v4());
    mentee
        .command(Command::AddVersion(AddVersion {
            version_id: version,
            project_id: project,
            upload_id: receipt.upload_id,
            note: VersionNote::parse("").unwrap(),
        }))
        .await;
    let mentor = sign_in(&base, people[1].1.as_str()).await;

    let (done_tx, mut done_rx) = tokio::sync::mpsc::channel(VIEWERS * COMMENTS);
    let mut senders = Vec::new();
    for (_, email) in &people {
        let client = sign_in(&base, email.as_str()).await;
        let (tx, rx) = tokio::sync::mpsc::channel(COMMENTS);
        senders.push(tx);
        tokio::spawn(viewer(client, addr, rx, done_tx.clone()));
    }
    for _ in 0..VIEWERS {
        done_rx.recv().await.unwrap(); // every socket is connected and greeted
    }

    let mut deliveries = Vec::new();
    let mut baseline = Vec::new();
    for i in 0..COMMENTS {
        let started = Instant::now();
        mentor
            .http
            .get(format!("{base}/api/v1/health"))
            .send()
            .await
            .unwrap();
        baseline.push(started.elapsed());
        let thread = ThreadId(Uuid::new_v4());
        let sent = Instant::now();
        for s in &senders {
            s.send((thread, sent)).await.unwrap();
        }
        let at = (i * 7) % 900;
        mentor
            .command(Command::StartThread(StartThread {
                thread_id: thread,
                comment_id: CommentId(Uuid::new_v4()),
                version_id: version,
                anchor: anchor_at(&text, at, at + 20),
                body: CommentBody::parse("Benchmark comment").unwrap(),
                suggestion: None,
                private: false,
                mentions: vec![],
            }))
            .await;
        for _ in 0..VIEWERS {
            deliveries.push(done_rx.recv().await.unwrap());
        }
    }
    deliveries.sort();
    baseline.sort();
    println!(
        "live comment delivery to {VIEWERS} viewers, {COMMENTS} comments ({} deliveries): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms; GET /health p50 {:.2} ms, p99 {:.2} ms; p50 ratio {:.1}",
        deliveries.len(),
        percentile(&deliveries, 0.5).as_secs_f64() * 1e3,
        percentile(&deliveries, 0.99).as_secs_f64() * 1e3,
        deliveries.last().unwrap().as_secs_f64() * 1e3,
        percentile(&baseline, 0.5).as_secs_f64() * 1e3,
        percentile(&baseline, 0.99).as_secs_f64() * 1e3,
        percentile(&deliveries, 0.5).as_secs_f64() / percentile(&baseline, 0.5).as_secs_f64(),
    );
}
