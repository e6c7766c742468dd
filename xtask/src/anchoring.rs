//! `cargo xtask bench anchoring`: re-anchoring accuracy and speed on a corpus with ground truth
//! (see `corpus.rs`), for our engine (`server reanchor`) and, in the same run on the same files,
//! for the approach Hypothesis uses (`anchoring-baseline/baseline.mjs`, approx-string-match).

use crate::cmd::{self, Result, command};
use crate::corpus::{self, TruthAnchor};
use crate::root;
use std::path::Path;

/// (name, seed, edit intensity)
const SCENARIOS: [(&str, u64, f64); 3] = [
    ("light edits", 11, 0.5),
    ("typical revision", 12, 1.0),
    ("heavy rework", 13, 2.0),
];
const SIZE: usize = 600_000;
const ANCHORS: usize = 500;

#[derive(Default)]
struct Score {
    present: usize,
    gone: usize,
    correct: usize,
    wrong: usize,
    missed: usize,
    orphaned_right: usize,
    placed_gone: usize,
    per_anchor_us: f64,
}

fn pct(n: usize, of: usize) -> String {
    if of == 0 {
        return "–".into();
    }
    format!("{:.1} %", 100.0 * n as f64 / of as f64)
}

fn overlap_ratio(a: (usize, usize), b: (usize, usize)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let union = a.1.max(b.1) - a.0.min(b.0);
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// Which placer made a placement (ours reports a method).
fn placed_by(placed: &serde_json::Value) -> &'static str {
    if placed.get("method").is_some()
        || placed["status"] == "orphaned" && placed.get("confidence").is_none()
    {
        "ours"
    } else {
        "baseline"
    }
}

/// With `MENTORHUB_EXPLAIN=ours` (or `baseline`), prints the anchors a placer got wrong (for tuning).
fn explain(
    corpus: &corpus::Corpus,
    anchor: &TruthAnchor,
    placed: &serde_json::Value,
    verdict: &str,
) {
    if std::env::var("MENTORHUB_EXPLAIN").ok().as_deref() != Some(placed_by(placed)) {
        return;
    }
    let old: Vec<char> = corpus.old.chars().collect();
    let new: Vec<char> = corpus.new.chars().collect();
    let cut = |t: &[char], s: usize, e: usize| {
        t[s.min(t.len())..e.min(t.len())].iter().collect::<String>()
    };
    println!(
        "--- {verdict}: old {:?}",
        cut(&old, anchor.start, anchor.end)
    );
    if let Some((s, e)) = anchor.truth {
        println!("    truth {:?}", cut(&new, s, e));
    }
    if placed["status"] == "placed" {
        let (s, e) = (
            placed["start"].as_u64().unwrap_or(0) as usize,
            placed["end"].as_u64().unwrap_or(0) as usize,
        );
        println!("    placed {:?} {}", cut(&new, s, e), placed);
    }
}

fn score(
    corpus: &corpus::Corpus,
    anchors: &[TruthAnchor],
    placements: &serde_json::Value,
    per_anchor_us: f64,
) -> Result<Score> {
    let list = placements
        .as_array()
        .ok_or("placements are not a JSON array")?;
    let mut s = Score {
        per_anchor_us,
        ..Default::default()
    };
    for (anchor, placed) in anchors.iter().zip(list) {
        let range = (placed["status"] == "placed").then(|| {
            (
                placed["start"].as_u64().unwrap_or(0) as usize,
                placed["end"].as_u64().unwrap_or(0) as usize,
            )
        });
        match (anchor.truth, range) {
            (Some(truth), Some(got)) if overlap_ratio(truth, got) >= 0.5 => s.correct += 1,
            (Some(_), Some(_)) => {
                s.wrong += 1;
                explain(corpus, anchor, placed, "wrongly placed");
            }
            (Some(_), None) => {
                s.missed += 1;
                explain(corpus, anchor, placed, "orphaned though present");
            }
            (None, None) => s.orphaned_right += 1,
            (None, Some(_)) => {
                s.placed_gone += 1;
                explain(corpus, anchor, placed, "placed although gone");
            }
        }
        if anchor.truth.is_some() {
            s.present += 1
        } else {
            s.gone += 1
        }
    }
    Ok(s)
}

/// Runs a placer and returns its placements and its own time per anchor (from its stderr line
/// `placed N anchors in X ms`).
fn run_placer(c: &mut std::process::Command) -> Result<(serde_json::Value, f64)> {
    println!("$ {:?}", c);
    let out = c.output().map_err(|e| e.to_string())?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        return Err(format!("placer failed: {stderr}"));
    }
    let ms: f64 = stderr
        .split(" in ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| format!("no timing in: {stderr}"))?;
    let json = serde_json::from_slice(&out.stdout).map_err(|e| e.to_string())?;
    Ok((json, ms * 1000.0 / ANCHORS as f64))
}

fn write_case(dir: &Path, corpus: &corpus::Corpus, anchors: &[TruthAnchor]) -> Result<()> {
    let old: Vec<char> = corpus.old.chars().collect();
    let slice = |s: usize, e: usize| old[s..e].iter().collect::<String>();
    let json: Vec<serde_json::Value> = anchors
        .iter()
        .enumerate()
        .map(|(i, a)| {
            serde_json::json!({
                "id": i,
                "exact": slice(a.start, a.end),
                "prefix": slice(a.start.saturating_sub(32), a.start),
                "suffix": slice(a.end, (a.end + 32).min(old.len())),
                "start": a.start,
                "end": a.end,
            })
        })
        .collect();
    let write =
        |name: &str, data: &[u8]| std::fs::write(dir.join(name), data).map_err(|e| e.to_string());
    write("old.txt", corpus.old.as_bytes())?;
    write("new.txt", corpus.new.as_bytes())?;
    write(
        "anchors.json",
        serde_json::to_string(&json)
            .map_err(|e| e.to_string())?
            .as_bytes(),
    )
}

pub fn bench() -> Result<()> {
    cmd::run(&mut command(
        "cargo",
        &["build", "--release", "-p", "server"],
        &root(),
    ))?;
    let baseline = root().join("xtask/anchoring-baseline");
    if !baseline.join("node_modules/approx-string-match").exists() {
        cmd::run(&mut command(
            "npm",
            &["ci", "--no-audit", "--no-fund"],
            &baseline,
        ))?;
    }
    let dir = std::env::temp_dir().join(format!("mentorhub-anchoring-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let mut table = String::from(
        "| corpus | engine | placed correctly | correctly orphaned | wrongly placed | orphaned though present | placed although gone | time per anchor |\n\
         | --- | --- | --- | --- | --- | --- | --- | --- |\n",
    );
    for (name, seed, intensity) in SCENARIOS {
        let corpus = corpus::generate(seed, SIZE, intensity);
        let anchors = corpus::anchors(&corpus, seed + 100, ANCHORS);
        write_case(&dir, &corpus, &anchors)?;
        let files = |c: &mut std::process::Command| {
            c.arg(dir.join("old.txt"))
                .arg(dir.join("new.txt"))
                .arg(dir.join("anchors.json"));
        };
        let mut ours = command(
            crate::target_dir().join("release/server"),
            &["reanchor"],
            &root(),
        );
        ours.arg("--old")
            .arg(dir.join("old.txt"))
            .arg("--new")
            .arg(dir.join("new.txt"))
            .arg("--anchors")
            .arg(dir.join("anchors.json"));
        let mut theirs = command("node", &["baseline.mjs"], &baseline);
        files(&mut theirs);
        for (engine, c) in [("Mentorhub", &mut ours), ("Hypothesis method", &mut theirs)] {
            let (placements, us) = run_placer(c)?;
            let s = score(&corpus, &anchors, &placements, us)?;
            table.push_str(&format!(
                "| {name} ({} present, {} gone) | {engine} | {} | {} | {} | {} | {} | {:.0} µs |\n",
                s.present,
                s.gone,
                pct(s.correct, s.present),
                pct(s.orphaned_right, s.gone),
                pct(s.wrong, s.present),
                pct(s.missed, s.present),
                pct(s.placed_gone, s.gone),
                s.per_anchor_us,
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    println!("\n{table}");
    Ok(())
}
