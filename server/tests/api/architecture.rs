//! The invariants ARCHITECTURE.md promises, checked on the source tree.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok()) {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

fn dependencies(manifest: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(manifest).unwrap();
    let mut in_deps = false;
    let mut names = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_deps = line == "[dependencies]";
            continue;
        }
        if in_deps && !line.is_empty() && !line.starts_with('#') {
            names.push(line.split(['=', '.']).next().unwrap().trim().to_owned());
        }
    }
    names
}

#[test]
fn shared_does_no_io_and_knows_no_server_or_browser_library() {
    let deps = dependencies(&root().join("shared/Cargo.toml"));
    assert!(
        deps.contains(&"serde".to_owned()),
        "the parser reads the manifest: {deps:?}"
    );
    for forbidden in [
        "sqlx",
        "axum",
        "tokio",
        "web-sys",
        "gloo-net",
        "gloo-storage",
        "leptos",
        "reqwest",
    ] {
        assert!(
            !deps.iter().any(|d| d == forbidden),
            "shared depends on {forbidden}"
        );
    }
    for file in rust_files(&root().join("shared/src")) {
        let text = std::fs::read_to_string(&file).unwrap();
        for io in ["std::fs", "std::net", "std::process"] {
            assert!(!text.contains(io), "{} uses {io}", file.display());
        }
    }
}

#[test]
fn sql_lives_only_in_stores_the_feed_and_the_db_seam() {
    let src = root().join("server/src");
    for file in rust_files(&src) {
        let relative = file
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let allowed = relative.ends_with("store.rs")
            || relative.contains("/store/")
            || relative.starts_with("db/")
            || relative == "sync/feed.rs";
        let text = std::fs::read_to_string(&file).unwrap();
        if !allowed {
            assert!(
                !text.contains("sqlx::query"),
                "{relative} writes SQL; move it to a store"
            );
        }
    }
}

#[test]
fn only_the_api_module_of_the_app_talks_to_the_server() {
    let src = root().join("app/src");
    for file in rust_files(&src) {
        let relative = file
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if relative.starts_with("api/") || relative == "api.rs" {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for network in ["gloo_net", "web_sys::WebSocket", "web_sys::Request"] {
            assert!(
                !text.contains(network),
                "{relative} uses {network}; go through app::api"
            );
        }
    }
}

#[test]
fn every_api_route_is_in_the_openapi_description() {
    use utoipa::OpenApi;
    let doc = server::openapi::ApiDoc::openapi();
    let described: Vec<String> = doc.paths.paths.keys().cloned().collect();
    let src = root().join("server/src");
    let mut routes = Vec::new();
    for file in [
        "lib.rs",
        "auth/mod.rs",
        "programs/mod.rs",
        "invitations/mod.rs",
        "sync/mod.rs",
    ] {
        let text = std::fs::read_to_string(src.join(file)).unwrap();
        for piece in text.split(".route(\"").skip(1) {
            let path = piece.split('"').next().unwrap();
            if file == "lib.rs" && path.starts_with("/api") {
                continue; // the catch-all 404 routes outside /api/v1
            }
            routes.push(format!("/api/v1{path}"));
        }
    }
    assert!(
        routes.len() >= 14,
        "the route scan finds the routes: {routes:?}"
    );
    for route in routes {
        if route == "/api/v1/openapi.json" {
            continue;
        }
        assert!(
            described.contains(&route),
            "{route} is missing from the OpenAPI description"
        );
    }
}

#[test]
fn source_files_stay_small() {
    for dir in ["server/src", "shared/src", "app/src", "xtask/src"] {
        for file in rust_files(&root().join(dir)) {
            let lines = std::fs::read_to_string(&file).unwrap().lines().count();
            assert!(
                lines <= 450,
                "{} has {lines} lines; split it by responsibility",
                file.display()
            );
        }
    }
}
