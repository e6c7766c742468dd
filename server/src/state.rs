//! The one application state every handler receives.

use crate::db::Db;
use crate::mail::Mailer;
use crate::sync::hub::Hub;
use chrono::{DateTime, SubsecRound, Utc};
use std::ops::Deref;
use std::sync::{Arc, Mutex};
use tokio::sync::watch;

/// Where "now" comes from: the system clock, or a clock tests move by hand.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;
}

/// The system clock, at the microsecond precision both databases store.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now().trunc_subsecs(6)
    }
}

/// A clock that stands still until moved.
pub struct ManualClock(Mutex<DateTime<Utc>>);

impl ManualClock {
    pub fn new(at: DateTime<Utc>) -> Self {
        Self(Mutex::new(at.trunc_subsecs(6)))
    }

    pub fn set(&self, at: DateTime<Utc>) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = at.trunc_subsecs(6);
    }

    pub fn advance(&self, by: chrono::Duration) {
        let mut now = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *now += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Settings the handlers need, taken from the configuration once.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Scheme, host and port people open, without a trailing slash.
    pub public_url: String,
    /// Mark cookies `Secure` (the public URL is https).
    pub secure_cookies: bool,
    /// The largest file a person may upload, in bytes.
    pub max_upload: usize,
}

impl Settings {
    pub fn new(public_url: &str) -> Self {
        let public_url = public_url.trim_end_matches('/').to_owned();
        Self {
            secure_cookies: public_url.starts_with("https://"),
            public_url,
            max_upload: 20 * 1024 * 1024,
        }
    }
}

pub struct Inner {
    pub db: Db,
    pub settings: Settings,
    pub mailer: Mailer,
    pub hub: Hub,
    pub files: crate::files::BlobStore,
    pub clock: Arc<dyn Clock>,
    /// Flips to true when the server begins shutting down; long-lived tasks watch it.
    pub shutdown: watch::Receiver<bool>,
}

#[derive(Clone)]
pub struct AppState(pub Arc<Inner>);

impl Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }
}
