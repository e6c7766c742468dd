//! E-mail. Messages are queued in the database inside the transaction that causes them, then a
//! worker delivers them through lettre: to an SMTP server, to `.eml` files in a folder (the
//! development default, `data/outbox/`), or into memory (tests). A failed delivery is retried
//! with a growing delay; an e-mail is never lost because the process stopped.

pub mod store;
pub mod templates;

use crate::state::AppState;
use chrono::Duration;
use lettre::message::{Mailbox, MultiPart, SinglePart, header::ContentType};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use tokio::sync::{Notify, watch};

/// How long a worker owns a claimed e-mail before another may try it.
const CLAIM: Duration = Duration::minutes(2);
/// Attempts before an e-mail is given up (it stays in the table with its last error).
pub const MAX_ATTEMPTS: i32 = 8;

pub enum Transport {
    Folder(AsyncFileTransport<Tokio1Executor>),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Capture(Arc<Captured>),
}

/// A delivered e-mail as tests see it.
#[derive(Clone, Debug)]
pub struct CapturedMail {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// The calendar invitation, if the e-mail carries one.
    pub ics: Option<String>,
}

/// E-mails delivered in memory, for tests.
pub struct Captured {
    mails: Mutex<Vec<CapturedMail>>,
    count: watch::Sender<usize>,
}

impl Captured {
    pub fn new() -> Arc<Self> {
        Arc::new(Self {
            mails: Mutex::new(Vec::new()),
            count: watch::channel(0).0,
        })
    }

    pub fn all(&self) -> Vec<CapturedMail> {
        self.mails.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Waits until an e-mail matching `pred` was delivered, or `timeout` passes.
    pub async fn wait_for(
        &self,
        timeout: std::time::Duration,
        pred: impl Fn(&CapturedMail) -> bool,
    ) -> Option<CapturedMail> {
        let mut changes = self.count.subscribe();
        let search = async {
            loop {
                if let Some(found) = self.all().into_iter().find(|m| pred(m)) {
                    return Some(found);
                }
                if changes.changed().await.is_err() {
                    return None;
                }
            }
        };
        tokio::time::timeout(timeout, search).await.ok().flatten()
    }

    fn push(&self, mail: CapturedMail) {
        let mut mails = self.mails.lock().unwrap_or_else(|e| e.into_inner());
        mails.push(mail);
        self.count.send_replace(mails.len());
    }
}

pub struct Mailer {
    from: Mailbox,
    transport: Transport,
    wake: Notify,
}

impl Mailer {
    pub fn new(from: &str, transport: Transport) -> Result<Self, String> {
        let from = from
            .parse::<Mailbox>()
            .map_err(|e| format!("the sender address {from:?} is not valid: {e}"))?;
        Ok(Self {
            from,
            transport,
            wake: Notify::new(),
        })
    }

    /// Writes `.eml` files into `dir`.
    pub fn folder(dir: PathBuf) -> std::io::Result<Transport> {
        std::fs::create_dir_all(&dir)?;
        Ok(Transport::Folder(AsyncFileTransport::new(dir)))
    }

    /// Sends through an SMTP relay at `smtp://host[:port]` (port 25 by default), without TLS:
    /// meant for a relay on the same host or private network, which handles onward delivery.
    pub fn smtp(url: &str) -> Result<Transport, String> {
        let rest = url
            .strip_prefix("smtp://")
            .ok_or_else(|| format!("the SMTP URL must look like smtp://host:port, not {url:?}"))?;
        let (host, port) = match rest.trim_end_matches('/').rsplit_once(':') {
            Some((host, port)) => (
                host,
                port.parse::<u16>()
                    .map_err(|_| format!("the SMTP port in {url:?} is not a number"))?,
            ),
            None => (rest.trim_end_matches('/'), 25),
        };
        if host.is_empty() {
            return Err(format!("the SMTP URL {url:?} names no host"));
        }
        Ok(Transport::Smtp(
            AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
                .port(port)
                .build(),
        ))
    }

    /// Tells the worker there is something to send.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    async fn deliver(
        &self,
        to: &str,
        subject: &str,
        body: &str,
        ics: Option<&str>,
    ) -> Result<(), String> {
        if let Transport::Capture(captured) = &self.transport {
            captured.push(CapturedMail {
                to: to.to_owned(),
                subject: subject.to_owned(),
                body: body.to_owned(),
                ics: ics.map(str::to_owned),
            });
            return Ok(());
        }
        let to: Mailbox = to.parse().map_err(|e| format!("recipient: {e}"))?;
        let builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject);
        let message = match ics {
            None => builder
                .header(ContentType::TEXT_PLAIN)
                .body(body.to_owned()),
            Some(ics) => {
                let method = if ics.contains("METHOD:CANCEL") {
                    "CANCEL"
                } else {
                    "REQUEST"
                };
                let calendar =
                    ContentType::parse(&format!("text/calendar; charset=utf-8; method={method}"))
                        .map_err(|e| e.to_string())?;
                builder.multipart(
                    MultiPart::mixed()
                        .singlepart(SinglePart::plain(body.to_owned()))
                        .singlepart(SinglePart::builder().header(calendar).body(ics.to_owned())),
                )
            }
        }
        .map_err(|e| e.to_string())?;
        match &self.transport {
            Transport::Folder(t) => t.send(message).await.map(drop).map_err(|e| e.to_string()),
            Transport::Smtp(t) => t.send(message).await.map(drop).map_err(|e| e.to_string()),
            Transport::Capture(_) => Ok(()),
        }
    }
}

/// Delivers queued e-mail until shutdown. Wakes when told and at least every 30 seconds.
pub async fn run_worker(state: AppState) {
    let mut shutdown = state.shutdown.clone();
    loop {
        if let Err(err) = deliver_due(&state).await {
            tracing::warn!(error = %err, "e-mail delivery round failed");
        }
        tokio::select! {
            _ = state.mailer.wake.notified() => {}
            _ = tokio::time::sleep(std::time::Duration::from_secs(30)) => {}
            _ = shutdown.changed() => return,
        }
    }
}

async fn deliver_due(state: &AppState) -> Result<(), crate::error::AppError> {
    loop {
        let now = state.now();
        let due = store::due(&mut state.db.read(), now, 20).await?;
        if due.is_empty() {
            return Ok(());
        }
        for mail in due {
            let mut tx = state.db.begin().await?;
            let claimed = store::claim(&mut tx.conn(), mail.id, now, now + CLAIM).await?;
            tx.commit().await?;
            if !claimed {
                continue;
            }
            let result = state
                .mailer
                .deliver(
                    &mail.to_address,
                    &mail.subject,
                    &mail.body,
                    mail.ics.as_deref(),
                )
                .await;
            let mut tx = state.db.begin().await?;
            match result {
                Ok(()) => store::mark_sent(&mut tx.conn(), mail.id, state.now()).await?,
                Err(err) => {
                    tracing::warn!(id = mail.id, error = %err, "e-mail not delivered; will retry");
                    let backoff =
                        Duration::seconds(30 * 2i64.pow(mail.attempts.clamp(0, 10) as u32));
                    store::mark_failed(&mut tx.conn(), mail.id, &err, state.now() + backoff)
                        .await?;
                }
            }
            tx.commit().await?;
        }
    }
}
