//! Growing, jittered waits between retries.

use std::time::Duration;

const FIRST_MS: f64 = 1_000.0;
const MAX_MS: f64 = 30_000.0;

/// 1 s, 2 s, 4 s ... up to 30 s, each with up to a fifth of random jitter so that many clients
/// coming back at once do not retry in step.
#[derive(Debug, Default)]
pub struct Backoff {
    failures: u32,
}

impl Backoff {
    /// The wait before the next attempt; each call lengthens the following one.
    pub fn next_delay(&mut self) -> Duration {
        let base = (FIRST_MS * 2f64.powi(self.failures.min(10) as i32)).min(MAX_MS);
        self.failures = self.failures.saturating_add(1);
        let jitter = 1.0 + js_sys::Math::random() * 0.2;
        Duration::from_millis((base * jitter) as u64)
    }

    /// Starts over after a success.
    pub fn reset(&mut self) {
        self.failures = 0;
    }
}
