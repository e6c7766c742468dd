//! `cargo xtask bench selection`: the full selection recompute on 950 candidates × 3 raters × 5
//! competencies from a panel of 20 (14,250 ratings), and Krippendorff's alpha side by side with
//! the Python `krippendorff` package on the same data (`selection-baseline/kalpha.py`).

use crate::cmd::{self, Result, command};
use crate::root;
use std::collections::BTreeMap;
use std::process::Command;

const CANDIDATES: &str = "950";
const RUNS: usize = 7;

/// The Python package in a virtual environment under `target/`, installed from PyPI when missing.
fn python() -> Result<std::path::PathBuf> {
    let venv = crate::target_dir().join("selection-baseline-venv");
    let python = venv.join("bin/python");
    let ready = cmd::output(
        python.to_str().unwrap_or_default(),
        &["-c", "import krippendorff, numpy"],
    );
    if ready.is_none() {
        cmd::run(command("python3", &["-m", "venv"], &root()).arg(&venv))?;
        let requirements = root().join("xtask/selection-baseline/requirements.txt");
        cmd::run(
            command(&python, &["-m", "pip", "install", "--quiet", "-r"], &root()).arg(requirements),
        )?;
    }
    Ok(python)
}

fn stdout_and_stderr(c: &mut Command) -> Result<(String, String)> {
    let out = c.output().map_err(|e| format!("cannot start {c:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{c:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok((
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    ))
}

/// The number after `prefix` and before " ms" in `text`.
fn ms_after(text: &str, prefix: &str) -> Result<f64> {
    let rest = text
        .split_once(prefix)
        .ok_or_else(|| format!("no \"{prefix}\" in {text}"))?
        .1;
    rest.split(" ms")
        .next()
        .and_then(|n| n.trim().parse().ok())
        .ok_or_else(|| format!("no time after \"{prefix}\" in {text}"))
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

pub fn bench() -> Result<()> {
    cmd::run(&mut command(
        "cargo",
        &["build", "--release", "-p", "server"],
        &root(),
    ))?;
    let server = crate::target_dir().join("release/server");
    let python = python()?;
    let dir = std::env::temp_dir().join(format!("mentorhub-selection-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let csv = dir.join("scores.csv");
    let (panel, _) = stdout_and_stderr(&mut command(
        &server,
        &["scores", "--simulate", CANDIDATES],
        &root(),
    ))?;
    std::fs::write(&csv, panel).map_err(|e| e.to_string())?;

    let (mut recompute, mut ours_alpha) = (Vec::new(), Vec::new());
    let mut alphas: BTreeMap<String, f64> = BTreeMap::new();
    for _ in 0..RUNS {
        let mut c = command(
            &server,
            &["scores", "--capacity", "500", "--timings", "--input"],
            &root(),
        );
        let (_, err) = stdout_and_stderr(c.arg(&csv))?;
        recompute.push(ms_after(&err, " raters in ")?);
        ours_alpha.push(ms_after(&err, "alpha for all competencies: ")?);
        for line in err.lines().filter_map(|l| l.strip_prefix("alpha k")) {
            let (k, a) = line.split_once(' ').unwrap_or_default();
            alphas.insert(
                format!("k{k}"),
                a.parse().map_err(|_| format!("alpha line {line}"))?,
            );
        }
    }
    let (json, _) = stdout_and_stderr(
        command(&python, &[], &root())
            .arg(root().join("xtask/selection-baseline/kalpha.py"))
            .arg(&csv),
    )?;
    let theirs: BTreeMap<String, serde_json::Value> =
        serde_json::from_str(&json).map_err(|e| format!("kalpha.py printed {json}: {e}"))?;
    let mut their_ms = 0.0;
    let mut table = String::from(
        "| competency | alpha (Mentorhub) | alpha (krippendorff 0.9.0) | difference |\n| --- | --- | --- | --- |\n",
    );
    for (k, v) in &theirs {
        let a = v["alpha"].as_f64().unwrap_or(f64::NAN);
        their_ms += v["ms"].as_f64().unwrap_or(f64::NAN);
        let ours = alphas.get(k).copied().unwrap_or(f64::NAN);
        table.push_str(&format!(
            "| {k} | {ours:.12} | {a:.12} | {:.1e} |\n",
            (ours - a).abs()
        ));
        if (ours - a).abs() > 1e-9 {
            return Err(format!("alpha for {k} differs: {ours} vs {a}"));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    let ours = median(ours_alpha);
    println!(
        "\nfull recompute of 14,250 ratings (calibration, reliability, rank probabilities): median {:.2} ms of {RUNS} runs\n\
         alpha for 5 competencies: Mentorhub {ours:.4} ms, Python krippendorff {their_ms:.2} ms (ratio {:.0}×)\n\n{table}",
        median(recompute),
        their_ms / ours,
    );
    Ok(())
}
