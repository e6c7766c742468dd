//! `server scores`: the selection scoring engine on a CSV of ratings.

use std::collections::HashMap;
use std::time::Instant;

use shared::selection::simulate::{Panel, simulate};
use shared::selection::{Rating, Settings, alpha, score};

use crate::config::ScoresArgs;

const COLUMNS: [&str; 4] = ["candidate", "rater", "competency", "score"];

pub fn run(args: &ScoresArgs) -> Result<(), String> {
    if let Some(candidates) = args.simulate {
        let sim = simulate(&Panel {
            candidates,
            ..Panel::default()
        });
        return print_csv(&sim.ratings);
    }
    let Some(path) = &args.input else {
        return Err("give --input scores.csv (or --simulate N to make one)".into());
    };
    let ratings = parse(&super::read(path)?).map_err(|e| format!("{}: {e}", path.display()))?;
    let settings = Settings {
        weights: weights(&args.weight)?,
        capacity: args.capacity,
    };
    let started = Instant::now();
    let results = score(&ratings, &settings).map_err(|e| format!("{}: {e}", path.display()))?;
    let took = started.elapsed();
    println!(
        "{}",
        serde_json::to_string_pretty(&results).map_err(|e| e.to_string())?
    );
    eprintln!(
        "scored {} ratings of {} candidates by {} raters in {:.2} ms ({} calibration rounds{})",
        ratings.len(),
        results.candidates.len(),
        results.raters.len(),
        took.as_secs_f64() * 1e3,
        results.rounds,
        if results.converged {
            ""
        } else {
            ", NOT converged: the panel barely connects"
        }
    );
    if args.timings {
        time_alpha(&ratings);
    }
    Ok(())
}

/// Ratings from CSV text; errors name the line and say what to fix.
pub fn parse(text: &str) -> Result<Vec<Rating>, String> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|e| format!("cannot read the header: {e}"))?
        .clone();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name))
            .ok_or_else(|| {
                format!(
                    "the header has no column \"{name}\"; it needs {}",
                    COLUMNS.join(", ")
                )
            })
    };
    let [c, r, k, s] = [
        column(COLUMNS[0])?,
        column(COLUMNS[1])?,
        column(COLUMNS[2])?,
        column(COLUMNS[3])?,
    ];
    let mut ratings = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| e.to_string())?;
        let line = record.position().map_or(0, |p| p.line());
        let field = |i: usize| record.get(i).unwrap_or_default().to_owned();
        let raw = field(s);
        let score = raw
            .replace(',', ".")
            .parse::<f64>()
            .map_err(|_| format!("line {line}: the score \"{raw}\" is not a number"))?;
        ratings.push(Rating {
            candidate: field(c),
            rater: field(r),
            competency: field(k),
            score,
        });
    }
    Ok(ratings)
}

fn weights(pairs: &[String]) -> Result<Vec<(String, f64)>, String> {
    pairs
        .iter()
        .map(|pair| {
            let (name, value) = pair
                .split_once('=')
                .ok_or_else(|| format!("weight \"{pair}\" should look like competency=2"))?;
            let value: f64 = value
                .trim()
                .parse()
                .map_err(|_| format!("weight \"{pair}\": \"{value}\" is not a number"))?;
            Ok((name.trim().to_owned(), value))
        })
        .collect()
}

fn print_csv(ratings: &[Rating]) -> Result<(), String> {
    let mut out = csv::Writer::from_writer(std::io::stdout().lock());
    out.write_record(COLUMNS).map_err(|e| e.to_string())?;
    for r in ratings {
        out.write_record([&r.candidate, &r.rater, &r.competency, &r.score.to_string()])
            .map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

/// Alpha alone, per competency, on units already grouped — what `krippendorff.alpha` is timed on.
fn time_alpha(ratings: &[Rating]) {
    let mut grouped: HashMap<&str, HashMap<&str, Vec<f64>>> = HashMap::new();
    for r in ratings {
        grouped
            .entry(&r.competency)
            .or_default()
            .entry(&r.candidate)
            .or_default()
            .push(r.score);
    }
    let mut competencies: Vec<(&str, Vec<Vec<f64>>)> = grouped
        .into_iter()
        .map(|(k, units)| (k, units.into_values().collect()))
        .collect();
    competencies.sort_by_key(|c| c.0);
    let rounds = 20;
    let started = Instant::now();
    let mut values = Vec::new();
    for _ in 0..rounds {
        values = competencies
            .iter()
            .map(|(k, units)| (*k, alpha::interval_alpha(std::hint::black_box(units))))
            .collect();
    }
    let each = started.elapsed().as_secs_f64() * 1e3 / rounds as f64;
    for (k, a) in values {
        eprintln!(
            "alpha {k} {}",
            a.map_or("undefined".into(), |a| format!("{a:.12}"))
        );
    }
    eprintln!("alpha for all competencies: {each:.4} ms (mean of {rounds})");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_in_any_order_and_decimal_commas() {
        let ratings =
            parse("Score,Competency,Rater,Candidate\n\"3,5\",talk,ann,c1\n4,plan,ann,c1\n")
                .unwrap();
        assert_eq!(ratings.len(), 2);
        assert_eq!(
            (ratings[0].score, ratings[0].competency.as_str()),
            (3.5, "talk")
        );
    }

    #[test]
    fn errors_name_the_line_and_the_fix() {
        assert_eq!(
            parse("candidate,rater,score\nc1,ann,3\n").unwrap_err(),
            "the header has no column \"competency\"; it needs candidate, rater, competency, score"
        );
        assert_eq!(
            parse("candidate,rater,competency,score\nc1,ann,talk,3\nc1,bob,talk,high\n")
                .unwrap_err(),
            "line 3: the score \"high\" is not a number"
        );
        assert!(
            weights(&["talk".into()])
                .unwrap_err()
                .contains("competency=2")
        );
    }
}
