//! Offline tools of the server binary: the same engines the server runs, on files.

pub mod scores;

use crate::config::ReanchorArgs;
use serde::{Deserialize, Serialize};
use shared::review::anchor::{Placement, Reanchorer, TextAnchor};
use std::time::Instant;

#[derive(Deserialize)]
struct IdentifiedAnchor {
    id: serde_json::Value,
    #[serde(flatten)]
    anchor: TextAnchor,
}

#[derive(Serialize)]
struct IdentifiedPlacement {
    id: serde_json::Value,
    #[serde(flatten)]
    placement: Placement,
}

pub(crate) fn read(path: &std::path::Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// `server reanchor`: prints a JSON array with the placement of each anchor, in input order;
/// the time taken goes to standard error.
pub fn reanchor(args: &ReanchorArgs) -> Result<(), String> {
    let old = read(&args.old)?;
    let new = read(&args.new)?;
    let anchors: Vec<IdentifiedAnchor> =
        serde_json::from_str(&read(&args.anchors)?).map_err(|e| {
            format!(
                "{} is not a JSON array of anchors: {e}",
                args.anchors.display()
            )
        })?;
    let started = Instant::now();
    let engine = Reanchorer::new(&old, &new);
    let prepared = started.elapsed();
    let placements: Vec<IdentifiedPlacement> = anchors
        .into_iter()
        .map(|a| IdentifiedPlacement {
            placement: engine.place(&a.anchor),
            id: a.id,
        })
        .collect();
    let total = started.elapsed();
    let json = serde_json::to_string_pretty(&placements).map_err(|e| e.to_string())?;
    println!("{json}");
    eprintln!(
        "placed {} anchors in {:.2} ms ({:.2} ms comparing the texts, {:.1} µs per anchor overall)",
        placements.len(),
        total.as_secs_f64() * 1e3,
        prepared.as_secs_f64() * 1e3,
        total.as_secs_f64() * 1e6 / placements.len().max(1) as f64
    );
    Ok(())
}
