//! `cargo xtask test`: every check, stage by stage, each closing with `N passed, N failed`.
//! All stages run even when one fails; the command fails if any did.

use crate::cmd::{self, Result, command, free_port};
use crate::postgres::Cluster;
use crate::{client, root, tools};
use std::io::{Read, Write};
use std::process::Child;
use std::time::{Duration, Instant};

struct Stage {
    name: &'static str,
    passed: usize,
    failed: usize,
    note: Option<String>,
}

impl Stage {
    fn new(name: &'static str) -> Self {
        Self {
            name,
            passed: 0,
            failed: 0,
            note: None,
        }
    }

    fn add(&mut self, (passed, failed): (usize, usize)) {
        self.passed += passed;
        self.failed += failed;
    }

    /// Records a step that could not run at all as one failure.
    fn broken(&mut self, message: String) {
        eprintln!("{}: {message}", self.name);
        self.failed += 1;
        self.note = Some(message);
    }

    fn line(&self) -> String {
        let note = self
            .note
            .as_deref()
            .map(|n| format!("  ({n})"))
            .unwrap_or_default();
        format!(
            "{}: {} passed, {} failed{note}",
            self.name, self.passed, self.failed
        )
    }
}

/// The stages in order; `cargo xtask test --only NAME[,NAME]` runs some of them.
type StageFn = fn() -> Stage;

const STAGES: [(&str, StageFn); 5] = [
    ("fmt", fmt),
    ("clippy", clippy),
    ("rust", rust_tests),
    ("postgres", postgres_tests),
    ("browser", browser_tests),
];

pub fn test(args: &[String]) -> Result<()> {
    let only: Option<Vec<&str>> = match args {
        [] => None,
        [flag, names] if flag == "--only" => Some(names.split(',').collect()),
        _ => {
            return Err("usage: cargo xtask test [--only fmt,clippy,rust,postgres,browser]".into());
        }
    };
    let started = Instant::now();
    let stages: Vec<Stage> = STAGES
        .iter()
        .filter(|(name, _)| only.as_ref().is_none_or(|o| o.contains(name)))
        .map(|(_, stage)| stage())
        .collect();
    println!("\n== Summary ({} s) ==", started.elapsed().as_secs());
    for stage in &stages {
        println!("{}", stage.line());
    }
    let failed: usize = stages.iter().map(|s| s.failed).sum();
    if failed == 0 {
        Ok(())
    } else {
        Err(format!("{failed} check(s) failed"))
    }
}

fn announce(stage: &Stage) {
    println!("\n{}\n", stage.line());
}

fn step(stage: &mut Stage, c: &mut std::process::Command) {
    match cmd::run(c) {
        Ok(()) => stage.passed += 1,
        Err(message) => stage.broken(message),
    }
}

fn fmt() -> Stage {
    let mut stage = Stage::new("fmt");
    step(
        &mut stage,
        &mut command("cargo", &["fmt", "--all", "--", "--check"], &root()),
    );
    announce(&stage);
    stage
}

fn clippy() -> Stage {
    let mut stage = Stage::new("clippy");
    step(
        &mut stage,
        &mut command(
            "cargo",
            &[
                "clippy",
                "--workspace",
                "--exclude",
                "app",
                "--all-targets",
                "--all-features",
                "--",
                "-D",
                "warnings",
            ],
            &root(),
        ),
    );
    match tools::ensure_wasm_target() {
        Ok(()) => step(
            &mut stage,
            &mut command(
                "cargo",
                &[
                    "clippy",
                    "-p",
                    "app",
                    "--target",
                    "wasm32-unknown-unknown",
                    "--",
                    "-D",
                    "warnings",
                ],
                &root(),
            ),
        ),
        Err(message) => stage.broken(message),
    }
    announce(&stage);
    stage
}

/// Sums `test result: ok. N passed; M failed;` lines of cargo test output.
fn cargo_test_counts(output: &str) -> (usize, usize) {
    let mut passed = 0;
    let mut failed = 0;
    for line in output.lines().filter(|l| l.starts_with("test result:")) {
        let number_before = |word: &str| {
            line.split(';')
                .find(|part| part.trim_end().ends_with(word))
                .and_then(|part| part.split_whitespace().rev().nth(1))
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or(0)
        };
        passed += number_before("passed");
        failed += number_before("failed");
    }
    (passed, failed)
}

fn cargo_tests(stage: &mut Stage, c: &mut std::process::Command) {
    match cmd::run_tee(c) {
        Ok((ok, output)) => {
            let counts = cargo_test_counts(&output);
            stage.add(counts);
            if !ok && counts.1 == 0 {
                stage.broken("cargo test failed before running every test (see above)".into());
            }
        }
        Err(message) => stage.broken(message),
    }
}

fn rust_tests() -> Stage {
    let mut stage = Stage::new("rust tests (SQLite)");
    cargo_tests(
        &mut stage,
        &mut command(
            "cargo",
            &["test", "--workspace", "--exclude", "app"],
            &root(),
        ),
    );
    announce(&stage);
    stage
}

fn postgres_tests() -> Stage {
    let mut stage = Stage::new("rust tests (PostgreSQL)");
    // A database given in DATABASE_URL is used as it is; otherwise a throwaway cluster.
    let (url, _cluster) = match std::env::var("DATABASE_URL") {
        Ok(url) if url.starts_with("postgres") => (url, None),
        _ => match Cluster::start() {
            Ok(cluster) => (cluster.url.clone(), Some(cluster)),
            Err(message) => {
                stage.broken(message);
                announce(&stage);
                return stage;
            }
        },
    };
    cargo_tests(
        &mut stage,
        command(
            "cargo",
            &[
                "test",
                "-p",
                "server",
                "--features",
                "postgres-tests",
                "--test",
                "api",
            ],
            &root(),
        )
        .env("MENTORHUB_TEST_PG_URL", &url),
    );
    announce(&stage);
    stage
}

/// Sums Playwright's `N passed` / `N failed` / `N flaky` summary lines.
fn playwright_counts(output: &str) -> (usize, usize) {
    let mut passed = 0;
    let mut failed = 0;
    for line in output.lines() {
        let mut words = line.split_whitespace();
        let (Some(n), Some(word)) = (words.next(), words.next()) else {
            continue;
        };
        let Ok(n) = n.parse::<usize>() else { continue };
        match word {
            "passed" => passed += n,
            "failed" | "flaky" | "interrupted" | "did" => failed += n,
            _ => {}
        }
    }
    (passed, failed)
}

fn browser_tests() -> Stage {
    let mut stage = Stage::new("browser tests");
    if let Err(message) = browser_tests_in(&mut stage) {
        stage.broken(message);
    }
    announce(&stage);
    stage
}

fn browser_tests_in(stage: &mut Stage) -> Result<()> {
    client::build()?;
    let chromium = tools::ensure_chromium()?;
    tools::ensure_end2end_packages()?;
    cmd::run(&mut command("cargo", &["build", "-p", "server"], &root()))?;
    let data = std::env::temp_dir().join(format!("mentorhub-e2e-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let port = free_port()?;
    let addr = format!("127.0.0.1:{port}");
    let server = ServerGuard(
        command(
            crate::target_dir().join("debug/server"),
            &["--demo", "--addr", &addr],
            &root(),
        )
        .arg("--data-dir")
        .arg(&data)
        .arg("--dist-dir")
        .arg(client::dist())
        .env("RUST_LOG", "warn")
        .spawn()
        .map_err(|e| format!("cannot start the server: {e}"))?,
    );
    wait_healthy(&addr, Duration::from_secs(60))?;
    let (_, output) = cmd::run_tee(
        command("npx", &["playwright", "test"], &root().join("end2end"))
            .env("MENTORHUB_URL", format!("http://{addr}"))
            .env("MENTORHUB_DATA_DIR", &data)
            .env("CHROMIUM_PATH", &chromium)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
    )?;
    let counts = playwright_counts(&output);
    stage.add(counts);
    if counts == (0, 0) {
        stage.broken("Playwright ran no tests (see above)".into());
    }
    drop(server);
    let _ = std::fs::remove_dir_all(&data);
    Ok(())
}

/// Stops the server (SIGTERM, then kill) when the stage ends, however it ends.
pub struct ServerGuard(pub Child);

impl Drop for ServerGuard {
    fn drop(&mut self) {
        let pid = self.0.id().to_string();
        let _ = std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Polls `GET /api/v1/health` until it answers 200.
pub fn wait_healthy(addr: &str, timeout: Duration) -> Result<()> {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if let Ok(mut stream) = std::net::TcpStream::connect(addr) {
            let request =
                format!("GET /api/v1/health HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
            let mut answer = String::new();
            if stream.write_all(request.as_bytes()).is_ok()
                && stream.read_to_string(&mut answer).is_ok()
                && answer.starts_with("HTTP/1.1 200")
            {
                return Ok(());
            }
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Err(format!(
        "the server on {addr} did not become healthy within {} s",
        timeout.as_secs()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_summaries_are_added_up() {
        let out = "test result: ok. 27 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out\n\
                   noise\ntest result: FAILED. 3 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out";
        assert_eq!(cargo_test_counts(out), (30, 2));
    }

    #[test]
    fn playwright_summaries_are_read() {
        let out = "Running 7 tests using 1 worker\n  ✓ 1 sign in\n  2 failed\n  1 flaky\n  4 passed (21.3s)";
        assert_eq!(playwright_counts(out), (4, 3));
    }
}
