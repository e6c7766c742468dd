//! `cargo xtask bench`: the foundation's figures for BENCHMARKS.md, measured against a release
//! server on 127.0.0.1 with wrk, each as a ratio to a trivial endpoint of the same server in the
//! same run: commands applied per second with p50/p99 latency on SQLite and on PostgreSQL, idle
//! memory, and the client's WASM size.

use crate::cmd::{self, Result, command, free_port};
use crate::postgres::Cluster;
use crate::test::{ServerGuard, wait_healthy};
use crate::{client, root};
use std::io::{Read, Write};
use std::path::Path;
use std::time::Duration;

/// wrk's load: threads, connections, seconds (as in build-notes.md's reference).
const WRK: [&str; 6] = ["-t2", "-c50", "-d10s", "--latency", "--timeout", "5s"];

const COMMANDS_LUA: &str = r#"
local cookie, csrf, program = "COOKIE", "CSRF", "PROGRAM"
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(10), 16))
end
local function hex(n)
  local t = {}
  for i = 1, n do t[i] = string.format("%x", math.random(0, 15)) end
  return table.concat(t)
end
local function uuid() return hex(8) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-a" .. hex(3) .. "-" .. hex(12) end
request = function()
  local body = '{"commands":[{"id":"' .. uuid() .. '","command":{"type":"post_announcement","announcement_id":"'
    .. uuid() .. '","program_id":"' .. program .. '","title":"Load test","body":"One of many."}}]}'
  return wrk.format("POST", "/api/v1/commands",
    {["Content-Type"] = "application/json", ["Cookie"] = cookie, ["x-csrf-token"] = csrf}, body)
end
"#;

struct Load {
    rps: f64,
    p50_ms: f64,
    p99_ms: f64,
    errors: u64,
}

fn ms(value: &str) -> f64 {
    let (number, unit) = value.split_at(
        value
            .find(|c: char| c.is_ascii_alphabetic())
            .unwrap_or(value.len()),
    );
    let n: f64 = number.parse().unwrap_or(f64::NAN);
    match unit {
        "us" => n / 1000.0,
        "ms" => n,
        "s" => n * 1000.0,
        _ => f64::NAN,
    }
}

fn wrk(url: &str, script: Option<&Path>) -> Result<Load> {
    wrk_with(url, script, &[])
}

fn wrk_with(url: &str, script: Option<&Path>, headers: &[String]) -> Result<Load> {
    let mut args: Vec<String> = WRK.iter().map(|s| s.to_string()).collect();
    for header in headers {
        args.push("-H".into());
        args.push(header.clone());
    }
    if let Some(script) = script {
        args.push("-s".into());
        args.push(script.display().to_string());
    }
    args.push(url.into());
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let (ok, out) = cmd::run_tee(&mut command("wrk", &refs, &root()))?;
    if !ok {
        return Err("wrk failed".into());
    }
    let field = |prefix: &str| {
        out.lines()
            .map(str::trim)
            .find(|l| l.starts_with(prefix))
            .and_then(|l| l.split_whitespace().nth(1).map(str::to_owned))
    };
    let errors = out
        .lines()
        .find(|l| l.contains("Non-2xx or 3xx responses"))
        .and_then(|l| l.rsplit(':').next())
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0);
    Ok(Load {
        rps: field("Requests/sec:")
            .and_then(|v| v.parse().ok())
            .unwrap_or(f64::NAN),
        p50_ms: field("50%").map(|v| ms(&v)).unwrap_or(f64::NAN),
        p99_ms: field("99%").map(|v| ms(&v)).unwrap_or(f64::NAN),
        errors,
    })
}

/// A raw HTTP/1.1 exchange (the benchmark needs no HTTP client library).
fn http(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Result<(String, String)> {
    let mut stream = std::net::TcpStream::connect(addr).map_err(|e| e.to_string())?;
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        request.push_str(&format!("{k}: {v}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream
        .write_all(request.as_bytes())
        .map_err(|e| e.to_string())?;
    let mut answer = String::new();
    stream
        .read_to_string(&mut answer)
        .map_err(|e| e.to_string())?;
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    Ok((head.to_owned(), body.to_owned()))
}

fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn measure(backend: &str, database_url: Option<&str>) -> Result<String> {
    let data =
        std::env::temp_dir().join(format!("mentorhub-bench-{backend}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let addr = format!("127.0.0.1:{}", free_port()?);
    let mut server = command(
        crate::target_dir().join("release/server"),
        &["--demo", "--addr", &addr],
        &root(),
    );
    server.arg("--data-dir").arg(&data).env("RUST_LOG", "warn");
    if let Some(url) = database_url {
        server.args(["--database-url", url]);
    }
    let guard = ServerGuard(server.spawn().map_err(|e| e.to_string())?);
    wait_healthy(&addr, Duration::from_secs(60))?;
    std::thread::sleep(Duration::from_secs(2));
    let idle = rss_kib(guard.0.id());

    let body = r#"{"email":"coordinator@mentorhub.test","password":"mentorhub-demo"}"#;
    let (head, answer) = http(
        &addr,
        "POST",
        "/api/v1/auth/sign-in",
        &[("Content-Type", "application/json")],
        body,
    )?;
    let cookie = head
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .and_then(|c| c.split(';').next())
        .ok_or("no session cookie")?
        .to_owned();
    let session: serde_json::Value = serde_json::from_str(&answer).map_err(|e| e.to_string())?;
    let csrf = session["csrf_token"]
        .as_str()
        .ok_or("no csrf token")?
        .to_owned();
    let (_, dashboard) = http(
        &addr,
        "GET",
        "/api/v1/dashboard",
        &[("Cookie", &cookie)],
        "",
    )?;
    let dashboard: serde_json::Value =
        serde_json::from_str(&dashboard).map_err(|e| e.to_string())?;
    let program = dashboard["programs"][0]["id"]
        .as_str()
        .ok_or("no program")?
        .to_owned();
    let script = data.join("commands.lua");
    std::fs::write(
        &script,
        COMMANDS_LUA
            .replace("COOKIE", &cookie)
            .replace("CSRF", &csrf)
            .replace("PROGRAM", &program),
    )
    .map_err(|e| e.to_string())?;

    let trivial = wrk(&format!("http://{addr}/api/v1/health"), None)?;
    let slots = free_slots_load(&addr)?;
    let commands = wrk(&format!("http://{addr}/api/v1/commands"), Some(&script))?;
    let loaded = rss_kib(guard.0.id());
    drop(guard);
    let _ = std::fs::remove_dir_all(&data);
    println!(
        "\n{backend}: free slots (one mentor, 30 days, as the demo client): {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms, {} errors; {:.3} of the trivial endpoint's rate\n",
        slots.rps,
        slots.p50_ms,
        slots.p99_ms,
        slots.errors,
        slots.rps / trivial.rps
    );
    Ok(format!(
        "| {backend} | {:.0} | {:.2} / {:.2} | {:.0} ({} errors) | {:.2} / {:.2} | {:.3} | {} | {} |",
        trivial.rps,
        trivial.p50_ms,
        trivial.p99_ms,
        commands.rps,
        commands.errors,
        commands.p50_ms,
        commands.p99_ms,
        commands.rps / trivial.rps,
        idle.map(|k| format!("{:.1} MiB", k as f64 / 1024.0))
            .unwrap_or_default(),
        loaded
            .map(|k| format!("{:.1} MiB", k as f64 / 1024.0))
            .unwrap_or_default(),
    ))
}

/// wrk against the free-slots endpoint as the demo's Polish client (Agnieszka, booking Tomasz).
fn free_slots_load(addr: &str) -> Result<Load> {
    let body = r#"{"email":"klient@mentorhub.test","password":"mentorhub-demo"}"#;
    let (head, _) = http(
        addr,
        "POST",
        "/api/v1/auth/sign-in",
        &[("Content-Type", "application/json")],
        body,
    )?;
    let cookie = head
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .and_then(|c| c.split(';').next())
        .ok_or("no session cookie")?
        .to_owned();
    let (_, dashboard) = http(addr, "GET", "/api/v1/dashboard", &[("Cookie", &cookie)], "")?;
    let dashboard: serde_json::Value =
        serde_json::from_str(&dashboard).map_err(|e| e.to_string())?;
    let program = dashboard["programs"][0]["id"]
        .as_str()
        .ok_or("no program")?
        .to_owned();
    let (_, setup) = http(
        addr,
        "GET",
        &format!("/api/v1/programs/{program}/booking"),
        &[("Cookie", &cookie)],
        "",
    )?;
    let setup: serde_json::Value = serde_json::from_str(&setup).map_err(|e| e.to_string())?;
    let mentor = setup["mentors"][0]["person_id"]
        .as_str()
        .ok_or("no mentor")?;
    let kind = setup["session_types"][0]["id"]
        .as_str()
        .ok_or("no session type")?;
    let url = format!(
        "http://{addr}/api/v1/programs/{program}/mentors/{mentor}/slots?session_type={kind}"
    );
    wrk_with(&url, None, &[format!("Cookie: {cookie}")])
}

fn wasm_sizes() -> Result<String> {
    let mut rows = String::new();
    for entry in std::fs::read_dir(client::dist())
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok())
    {
        let path = entry.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        if !(name.ends_with(".wasm") || name.ends_with(".js") || name.ends_with(".css")) {
            continue;
        }
        let data = std::fs::read(&path).map_err(|e| e.to_string())?;
        let (br, gz) = client::compress(&data)?;
        rows.push_str(&format!(
            "| {name} | {:.0} KB | {:.0} KB | {:.0} KB |\n",
            data.len() as f64 / 1000.0,
            gz.len() as f64 / 1000.0,
            br.len() as f64 / 1000.0
        ));
    }
    Ok(rows)
}

pub fn bench(_args: &[String]) -> Result<()> {
    if cmd::output("sh", &["-c", "command -v wrk"]).is_none() {
        if !cmd::is_root() {
            return Err("wrk is missing: apt-get install wrk".into());
        }
        cmd::run(&mut command("apt-get", &["install", "-y", "wrk"], &root()))?;
    }
    cmd::run(&mut command(
        "cargo",
        &["build", "--release", "-p", "server"],
        &root(),
    ))?;
    let mut table = String::from(
        "| database | health req/s | health p50 / p99 ms | commands/s | commands p50 / p99 ms | commands ÷ health | idle RSS | RSS after load |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n",
    );
    table.push_str(&measure("SQLite", None)?);
    table.push('\n');
    let cluster = Cluster::start()?;
    table.push_str(&measure("PostgreSQL", Some(&cluster.url))?);
    table.push('\n');
    drop(cluster);
    println!("\n{table}");
    match wasm_sizes() {
        Ok(rows) => {
            println!("| file | raw | gzip -9 | brotli -q 11 |\n| --- | --- | --- | --- |\n{rows}")
        }
        Err(err) => println!("No built client to measure ({err}); `cargo xtask run` builds it."),
    }
    Ok(())
}
