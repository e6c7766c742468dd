//! Starting the real server on port 0 with a fresh database per test, and driving it over HTTP
//! and WebSocket like a client would. SQLite by default; PostgreSQL when the crate is built with
//! the `postgres-tests` feature (the database server in `MENTORHUB_TEST_PG_URL`, a new database
//! per test).

use chrono::Utc;
use reqwest::StatusCode;
use serde::Serialize;
use serde::de::DeserializeOwned;
use server::AppState;
use server::auth::store as people;
use server::db::Db;
use server::mail::{Captured, CapturedMail, Mailer, Transport};
use server::programs::store as programs;
use server::state::{Inner, ManualClock, Settings};
use server::sync::hub::Hub;
use shared::api::Session;
use shared::command::{BatchResult, Command, CommandEnvelope, Outcome};
use shared::ids::{CommandId, PersonId, ProgramId, ProjectId};
use shared::locale::{Locale, TimeZoneName};
use shared::role::Role;
use shared::text::Email;
use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use tokio::sync::watch;
use uuid::Uuid;

pub const PASSWORD: &str = "a long test password";

/// A running server with its own database.
pub struct TestApp {
    pub addr: SocketAddr,
    pub state: AppState,
    pub mail: Arc<Captured>,
    pub clock: Arc<ManualClock>,
    shutdown: watch::Sender<bool>,
    _dir: tempfile::TempDir,
}

/// A database URL for one test: a SQLite file in `dir`, or a fresh PostgreSQL database.
pub async fn fresh_database_url(dir: &std::path::Path) -> String {
    if cfg!(feature = "postgres-tests") {
        let admin_url = std::env::var("MENTORHUB_TEST_PG_URL").expect(
            "the postgres-tests feature needs MENTORHUB_TEST_PG_URL (cargo xtask test sets it)",
        );
        let name = format!("t_{}", Uuid::new_v4().simple());
        let mut admin = <sqlx::PgConnection as sqlx::Connection>::connect(&admin_url)
            .await
            .expect("connect to the test PostgreSQL server");
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut admin)
            .await
            .expect("create a test database");
        let base = admin_url
            .rsplit_once('/')
            .map(|(b, _)| b)
            .unwrap_or(&admin_url);
        format!("{base}/{name}")
    } else {
        format!("sqlite://{}", dir.join("test.db").display())
    }
}

fn password_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| {
        use argon2::PasswordHasher;
        let salt = argon2::password_hash::SaltString::encode_b64(b"fixed test salt").unwrap();
        argon2::Argon2::default()
            .hash_password(PASSWORD.as_bytes(), &salt)
            .unwrap()
            .to_string()
    })
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let url = fresh_database_url(dir.path()).await;
        Self::spawn_on(url, dir).await
    }

    /// Another server instance on the same database (scale-out tests).
    pub async fn spawn_on(url: String, dir: tempfile::TempDir) -> TestApp {
        let db = Db::connect(&url).await.expect("open the test database");
        let mail = Captured::new();
        let clock = Arc::new(ManualClock::new(Utc::now()));
        let (shutdown, shutdown_rx) = watch::channel(false);
        let state = AppState(Arc::new(Inner {
            db,
            settings: Settings::new("http://mentorhub.test"),
            mailer: Mailer::new(
                "Mentorhub <no-reply@mentorhub.test>",
                Transport::Capture(mail.clone()),
            )
            .unwrap(),
            hub: Hub::new(),
            files: server::files::BlobStore::local(dir.path().join("files")),
            clock: clock.clone(),
            shutdown: shutdown_rx,
        }));
        server::spawn_background(&state);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let app = server::router(state.clone(), None);
        let mut stop = shutdown.subscribe();
        tokio::spawn(async move {
            axum::serve(
                listener,
                app.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .with_graceful_shutdown(async move {
                let _ = stop.changed().await;
            })
            .await
            .unwrap();
        });
        TestApp {
            addr,
            state,
            mail,
            clock,
            shutdown,
            _dir: dir,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// A client with its own cookie jar, not signed in.
    pub fn anonymous(&self) -> Client {
        Client {
            http: reqwest::Client::builder()
                .cookie_store(true)
                .build()
                .unwrap(),
            base: self.url(""),
            csrf: String::new(),
            id: PersonId(Uuid::nil()),
            cookie: String::new(),
        }
    }

    /// Creates a person (password [`PASSWORD`]) directly in the database.
    pub async fn person(&self, email: &str, name: &str, admin: bool) -> PersonId {
        let id = PersonId(Uuid::new_v4());
        let mut tx = self.state.db.begin().await.unwrap();
        people::insert_person(
            &mut tx.conn(),
            people::NewPerson {
                id,
                email: &Email::parse(email).unwrap(),
                display_name: name,
                password_hash: password_hash(),
                locale: Locale::En,
                time_zone: &TimeZoneName::parse("Europe/Riga").unwrap(),
                is_admin: admin,
                now: Utc::now(),
            },
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        id
    }

    /// Creates a program with the given members directly in the database.
    pub async fn program(&self, name: &str, members: &[(PersonId, Role)]) -> ProgramId {
        let id = ProgramId(Uuid::new_v4());
        let mut tx = self.state.db.begin().await.unwrap();
        programs::insert_program(
            &mut tx.conn(),
            programs::NewProgram {
                id,
                name,
                description: "",
                locale: Locale::En,
                time_zone: &TimeZoneName::parse("Europe/Warsaw").unwrap(),
                created_by: members[0].0,
                now: Utc::now(),
            },
        )
        .await
        .unwrap();
        for (person, role) in members {
            programs::grant(&mut tx.conn(), id, *person, *role, Utc::now())
                .await
                .unwrap();
        }
        tx.commit().await.unwrap();
        id
    }

    /// Signs in as `email` with [`PASSWORD`].
    pub async fn sign_in(&self, email: &str) -> Client {
        let mut client = self.anonymous();
        let response = client
            .post(
                "/api/v1/auth/sign-in",
                &serde_json::json!({"email": email, "password": PASSWORD}),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK, "sign-in of {email}");
        client.cookie = response.headers()[reqwest::header::SET_COOKIE]
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_owned();
        let session: Session = response.json().await.unwrap();
        client.csrf = session.csrf_token;
        client.id = session.person.id;
        client
    }

    pub async fn wait_for_mail(&self, to: &str) -> CapturedMail {
        self.mail
            .wait_for(Duration::from_secs(10), |m| m.to == to)
            .await
            .unwrap_or_else(|| panic!("no e-mail to {to} within 10 s"))
    }

    pub async fn stop(self) {
        let _ = self.shutdown.send(true);
        self.state.db.close().await;
    }
}

/// An HTTP client acting as one person (or nobody).
pub struct Client {
    pub http: reqwest::Client,
    pub base: String,
    pub csrf: String,
    pub id: PersonId,
    /// `mh_session=...`, for the WebSocket handshake.
    pub cookie: String,
}

impl Client {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.http
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap()
    }

    pub async fn get_json<T: DeserializeOwned>(&self, path: &str) -> T {
        let response = self.get(path).await;
        assert_eq!(response.status(), StatusCode::OK, "GET {path}");
        response.json().await.unwrap()
    }

    pub async fn post(&mut self, path: &str, body: &impl Serialize) -> reqwest::Response {
        self.http
            .post(format!("{}{path}", self.base))
            .header("x-csrf-token", &self.csrf)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    /// Sends commands with the given ids; asserts the batch was answered.
    pub async fn send(&mut self, commands: Vec<(CommandId, Command)>) -> Vec<Outcome> {
        let batch = shared::command::CommandBatch {
            commands: commands
                .into_iter()
                .map(|(id, command)| CommandEnvelope { id, command })
                .collect(),
        };
        let response = self.post("/api/v1/commands", &batch).await;
        assert_eq!(response.status(), StatusCode::OK, "POST /api/v1/commands");
        let result: BatchResult = response.json().await.unwrap();
        result.results.into_iter().map(|r| r.outcome).collect()
    }

    /// Sends one command with a new id and returns its outcome.
    pub async fn command(&mut self, command: Command) -> Outcome {
        self.send(vec![(new_command_id(), command)]).await.remove(0)
    }
}

/// A live WebSocket connection as a client holds it.
#[derive(Debug)]
pub struct Live {
    ws: tokio_tungstenite::WebSocketStream<
        tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
    >,
}

impl Client {
    /// Opens `/api/v1/live` with this client's session; panics if refused.
    pub async fn live(&self) -> Live {
        self.try_live(None)
            .await
            .expect("the live connection opens")
    }

    /// Opens `/api/v1/live`, optionally claiming another `Origin`.
    pub async fn try_live(
        &self,
        origin: Option<&str>,
    ) -> Result<Live, tokio_tungstenite::tungstenite::Error> {
        use tokio_tungstenite::tungstenite::client::IntoClientRequest;
        let url = format!("{}/api/v1/live", self.base.replacen("http://", "ws://", 1));
        let mut request = url.into_client_request().unwrap();
        if !self.cookie.is_empty() {
            request
                .headers_mut()
                .insert("cookie", self.cookie.parse().unwrap());
        }
        if let Some(origin) = origin {
            request
                .headers_mut()
                .insert("origin", origin.parse().unwrap());
        }
        let (ws, _) = tokio_tungstenite::connect_async(request).await?;
        Ok(Live { ws })
    }
}

impl Live {
    /// The next message from the server, or `None` after `timeout`.
    pub async fn next(&mut self, timeout: Duration) -> Option<shared::change::LiveMessage> {
        use futures_util::StreamExt;
        use tokio_tungstenite::tungstenite::Message;
        let read = async {
            while let Some(message) = self.ws.next().await {
                if let Ok(Message::Text(text)) = message {
                    return serde_json::from_str(text.as_str()).ok();
                }
            }
            None
        };
        tokio::time::timeout(timeout, read).await.ok().flatten()
    }

    /// Sends a request to the server.
    pub async fn send(&mut self, request: &shared::change::LiveRequest) {
        use futures_util::SinkExt;
        let text = serde_json::to_string(request).unwrap();
        self.ws
            .send(tokio_tungstenite::tungstenite::Message::Text(text.into()))
            .await
            .unwrap();
    }

    /// Waits for a presence message about `project` with exactly these viewer names.
    pub async fn sees_viewers(
        &mut self,
        project: ProjectId,
        names: &[&str],
        timeout: Duration,
    ) -> bool {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            match self.next(left).await {
                Some(shared::change::LiveMessage::Presence {
                    project_id,
                    viewers,
                }) if project_id == project => {
                    let got: Vec<&str> = viewers.iter().map(|v| v.name.as_str()).collect();
                    if got == names {
                        return true;
                    }
                }
                Some(_) => continue,
                None => return false,
            }
        }
    }

    pub async fn close(mut self) {
        let _ = self.ws.close(None).await;
    }

    /// Waits for a poke with a sequence of at least `seq`.
    pub async fn poked_at_least(&mut self, seq: i64, timeout: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            match self.next(left).await {
                Some(shared::change::LiveMessage::Poke { seq: got }) if got >= seq => return true,
                Some(_) => continue,
                None => return false,
            }
        }
    }
}

pub fn new_command_id() -> CommandId {
    CommandId(Uuid::new_v4())
}

/// Asserts a command was applied and returns its sequence.
#[track_caller]
pub fn applied(outcome: &Outcome) -> i64 {
    match outcome {
        Outcome::Applied { seq } => *seq,
        other => panic!("expected applied, got {other:?}"),
    }
}

/// Asserts a command was rejected with `code`.
#[track_caller]
pub fn rejected(outcome: &Outcome, code: shared::error::ErrorCode) {
    match outcome {
        Outcome::Rejected { code: got, .. } if *got == code => {}
        other => panic!("expected rejection {code:?}, got {other:?}"),
    }
}
