//! Building the WASM client with Trunk (release, offline, our pinned tools), then writing
//! brotli and gzip copies of each text and WASM file for the server to send as they are.

use crate::cmd::{self, Result, command};
use crate::root;
use crate::tools::{self, modified};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The folders and files whose changes require a new client build.
const SOURCES: &[&str] = &[
    "app",
    "shared",
    "style",
    "public",
    "Trunk.toml",
    "Cargo.lock",
    "Cargo.toml",
];

pub fn dist() -> PathBuf {
    root().join("dist")
}

fn newest(path: &Path) -> Option<SystemTime> {
    let meta = std::fs::metadata(path).ok()?;
    if meta.is_file() {
        return meta.modified().ok();
    }
    std::fs::read_dir(path)
        .ok()?
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name() != "target")
        .filter_map(|e| newest(&e.path()))
        .max()
}

/// Whether `dist/` was built after the last change to the client's sources.
pub fn is_fresh() -> bool {
    let Some(built) = modified(&dist().join("index.html")) else {
        return false;
    };
    SOURCES
        .iter()
        .filter_map(|s| newest(&root().join(s)))
        .all(|changed| changed <= built)
}

/// Builds the client into `dist/` unless it is fresh.
pub fn build() -> Result<()> {
    if is_fresh() {
        println!("The client in dist/ is up to date.");
        return Ok(());
    }
    tools::ensure_client_tools()?;
    cmd::run(
        command("trunk", &["build", "--release"], &root()).env("PATH", tools::path_with_tools()),
    )?;
    precompress(&dist())?;
    // Mark the build time after compression, so is_fresh compares against the finished build.
    let index = dist().join("index.html");
    let html = std::fs::read(&index).map_err(|e| e.to_string())?;
    std::fs::write(&index, html).map_err(|e| e.to_string())?;
    Ok(())
}

fn compressible(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("wasm" | "js" | "css" | "html" | "svg" | "json" | "webmanifest" | "ftl")
    )
}

/// Writes `X.br` and `X.gz` beside every compressible file under `dir`.
pub fn precompress(dir: &Path) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.filter_map(|e| e.ok()) {
        let path = entry.path();
        if path.is_dir() {
            precompress(&path)?;
            continue;
        }
        if !compressible(&path) {
            continue;
        }
        let data = std::fs::read(&path).map_err(|e| e.to_string())?;
        let (br, gz) = compress(&data)?;
        std::fs::write(with_suffix(&path, "br"), br).map_err(|e| e.to_string())?;
        std::fs::write(with_suffix(&path, "gz"), gz).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Brotli (quality 11) and gzip (level 9) of `data`.
pub fn compress(data: &[u8]) -> Result<(Vec<u8>, Vec<u8>)> {
    let mut br = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut br, 64 * 1024, 11, 22);
        writer.write_all(data).map_err(|e| e.to_string())?;
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(data).map_err(|e| e.to_string())?;
    let gz = gz.finish().map_err(|e| e.to_string())?;
    Ok((br, gz))
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}
