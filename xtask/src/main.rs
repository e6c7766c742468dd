//! The two commands of Mentorhub's README.
//!
//! - `cargo xtask run`: installs what is missing, builds the client and the server in release,
//!   and starts Mentorhub on http://127.0.0.1:3000 with SQLite and the demo programs.
//! - `cargo xtask test`: formatting, clippy, all Rust tests on SQLite, the API and storage suites
//!   again on a throwaway PostgreSQL cluster, then the browser tests in headless Chromium.
//!
//! # Layout
//! - `cmd`: running programs and reading their output.
//! - `tools`: installing the wasm32 target, Trunk, wasm-bindgen, wasm-opt, Chromium, npm packages.
//! - `client`: building the WASM client with Trunk and precompressing it.
//! - `postgres`: a throwaway PostgreSQL cluster in a temporary folder.
//! - `run`, `test`: the two commands.
//! - `bench`, `anchoring`, `corpus`: the figures of BENCHMARKS.md (`cargo xtask bench` and
//!   `cargo xtask bench anchoring`, for developers).
//! - `selection`: `cargo xtask bench selection`, the scoring engine against the Python package.

mod anchoring;
mod bench;
mod client;
mod cmd;
mod corpus;
mod postgres;
mod run;
mod selection;
mod test;
mod tools;

use std::path::PathBuf;
use std::process::ExitCode;

/// The workspace root (the folder above `xtask/`).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the workspace")
        .to_path_buf()
}

/// Where cargo builds (`CARGO_TARGET_DIR`, or `target/` in the workspace).
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
}

const USAGE: &str = "usage:
  cargo xtask run [-- SERVER FLAGS]   build everything and start Mentorhub with the demo
  cargo xtask test                    fmt, clippy, Rust tests on SQLite and PostgreSQL, browser tests";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run::run(&args[1..]),
        Some("test") => test::test(&args[1..]),
        Some("bench") if args.get(1).is_some_and(|a| a == "anchoring") => anchoring::bench(),
        Some("bench") if args.get(1).is_some_and(|a| a == "selection") => selection::bench(),
        Some("bench") => bench::bench(&args[1..]),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}
