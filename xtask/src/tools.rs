//! Installing what the build and the tests need, once. Versions are pinned to what is known to
//! work here (see ARCHITECTURE.md): nothing is downloaded outside crates.io, npm and Debian.

use crate::cmd::{self, Result, command, output};
use crate::root;
use std::path::{Path, PathBuf};

const TRUNK_VERSION: &str = "0.21.14";
/// npm's binaryen; Debian's (version 108) produces a WASM that fails to start.
const BINARYEN_VERSION: &str = "132.0.0";

/// Where cargo installs binaries.
fn cargo_bin() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"))
        .join("bin")
}

/// Local tools installed by npm (wasm-opt).
pub fn tools_bin() -> PathBuf {
    root().join(".tools/node_modules/.bin")
}

/// PATH with our tool folders first, so Trunk finds exactly these binaries.
pub fn path_with_tools() -> String {
    let current = std::env::var("PATH").unwrap_or_default();
    format!(
        "{}:{}:{current}",
        tools_bin().display(),
        cargo_bin().display()
    )
}

fn version_of(program: &Path, flag: &str) -> Option<String> {
    output(program.to_str()?, &[flag])
}

/// The wasm-bindgen version Cargo.lock pins.
pub fn locked_wasm_bindgen() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() != "name = \"wasm-bindgen\"" {
            continue;
        }
        if let Some(version) = lines
            .next()
            .and_then(|l| l.trim().strip_prefix("version = \""))
            .and_then(|v| v.strip_suffix('"'))
        {
            return Ok(version.to_owned());
        }
    }
    Err("Cargo.lock has no wasm-bindgen package; build the app once".into())
}

/// The wasm32 target of the Rust toolchain.
pub fn ensure_wasm_target() -> Result<()> {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        cmd::run(&mut command(
            "rustup",
            &["target", "add", "wasm32-unknown-unknown"],
            &root(),
        ))?;
    }
    Ok(())
}

/// Everything the client build needs: the wasm32 target, Trunk, wasm-bindgen, wasm-opt.
pub fn ensure_client_tools() -> Result<()> {
    ensure_wasm_target()?;
    let trunk = cargo_bin().join("trunk");
    if !version_of(&trunk, "--version").is_some_and(|v| v.contains(TRUNK_VERSION)) {
        println!("Installing Trunk {TRUNK_VERSION} (about 11 minutes, once)...");
        cmd::run(&mut command(
            "cargo",
            &["install", "--locked", "trunk", "--version", TRUNK_VERSION],
            &root(),
        ))?;
    }
    let wasm_bindgen_version = locked_wasm_bindgen()?;
    let wasm_bindgen = cargo_bin().join("wasm-bindgen");
    if !version_of(&wasm_bindgen, "--version").is_some_and(|v| v.contains(&wasm_bindgen_version)) {
        println!("Installing wasm-bindgen-cli {wasm_bindgen_version} (about 3 minutes, once)...");
        // Not --locked: its lockfile wants a crate release the registry here lacks.
        cmd::run(&mut command(
            "cargo",
            &[
                "install",
                "wasm-bindgen-cli",
                "--version",
                &wasm_bindgen_version,
            ],
            &root(),
        ))?;
    }
    let wasm_opt = tools_bin().join("wasm-opt");
    if !version_of(&wasm_opt, "--version").is_some_and(|v| v.contains("132")) {
        std::fs::create_dir_all(root().join(".tools")).map_err(|e| e.to_string())?;
        let package = format!("binaryen@{BINARYEN_VERSION}");
        cmd::run(&mut command(
            "npm",
            &[
                "install",
                "--no-audit",
                "--no-fund",
                "--prefix",
                ".tools",
                &package,
            ],
            &root(),
        ))?;
    }
    Ok(())
}

/// Debian's Chromium for the browser tests (installed with apt-get when we are root).
pub fn ensure_chromium() -> Result<PathBuf> {
    let chromium = PathBuf::from("/usr/bin/chromium");
    if chromium.exists() {
        return Ok(chromium);
    }
    if !cmd::is_root() {
        return Err(
            "Chromium is missing: install Debian's `chromium` package (apt-get install chromium)"
                .into(),
        );
    }
    let install =
        |c: &mut std::process::Command| cmd::run(c.env("DEBIAN_FRONTEND", "noninteractive"));
    if install(&mut command(
        "apt-get",
        &["install", "-y", "--no-install-recommends", "chromium"],
        &root(),
    ))
    .is_err()
    {
        install(&mut command("apt-get", &["update"], &root()))?;
        install(&mut command(
            "apt-get",
            &["install", "-y", "--no-install-recommends", "chromium"],
            &root(),
        ))?;
    }
    Ok(chromium)
}

/// The npm packages of the browser tests, installed from the lockfile without browser downloads.
pub fn ensure_end2end_packages() -> Result<()> {
    let dir = root().join("end2end");
    let installed = dir.join("node_modules/.package-lock.json");
    let fresh = match (
        modified(&installed),
        modified(&dir.join("package-lock.json")),
    ) {
        (Some(installed), Some(lock)) => installed >= lock,
        _ => false,
    };
    if !fresh {
        cmd::run(
            command("npm", &["ci", "--no-audit", "--no-fund"], &dir)
                .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
        )?;
    }
    Ok(())
}

pub fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}
