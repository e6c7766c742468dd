use std::collections::{BTreeMap, HashSet};

use proptest::prelude::*;

use super::simulate::{Panel, Random, simulate};
use super::*;

fn top(names: impl Iterator<Item = String>, k: usize) -> HashSet<String> {
    names.take(k).collect()
}

#[test]
fn calibration_recovers_the_true_top_better_than_raw_means() {
    let (mut calibrated_hits, mut raw_hits, mut calibrated_wins) = (0, 0, 0);
    let seeds = 12;
    for seed in 0..seeds {
        let panel = Panel {
            candidates: 300,
            seed,
            severity: 0.6,
            ..Panel::default()
        };
        let sim = simulate(&panel);
        let capacity = 150;
        let results = score(
            &sim.ratings,
            &Settings {
                capacity: Some(capacity),
                ..Settings::default()
            },
        )
        .unwrap();
        let mut truth = sim.truth.clone();
        truth.sort_by(|a, b| b.1.total_cmp(&a.1));
        let truly = top(truth.into_iter().map(|t| t.0), capacity);
        let by_calibrated = top(
            results.candidates.iter().map(|c| c.candidate.clone()),
            capacity,
        );
        let mut by_raw = results.candidates.clone();
        by_raw.sort_by(|a, b| {
            b.raw
                .total_cmp(&a.raw)
                .then_with(|| a.candidate.cmp(&b.candidate))
        });
        let by_raw = top(by_raw.into_iter().map(|c| c.candidate), capacity);
        let (c, r) = (
            truly.intersection(&by_calibrated).count(),
            truly.intersection(&by_raw).count(),
        );
        calibrated_hits += c;
        raw_hits += r;
        calibrated_wins += usize::from(c > r);
    }
    eprintln!(
        "true top 150 found: calibrated {calibrated_hits}, raw means {raw_hits} (of {})",
        150 * seeds
    );
    assert!(
        calibrated_hits > raw_hits,
        "calibrated {calibrated_hits} vs raw {raw_hits}"
    );
    assert!(
        calibrated_wins * 4 >= seeds as usize * 3,
        "calibration won {calibrated_wins} of {seeds} panels"
    );
}

#[test]
fn planted_severities_are_estimated() {
    let sim = simulate(&Panel {
        candidates: 400,
        whole_points: false,
        ..Panel::default()
    });
    let results = score(&sim.ratings, &Settings::default()).unwrap();
    let planted: BTreeMap<&str, f64> = sim
        .severities
        .iter()
        .map(|(r, b)| (r.as_str(), *b))
        .collect();
    let mean = planted.values().sum::<f64>() / planted.len() as f64;
    for rater in &results.raters {
        let expected = planted[rater.rater.as_str()] - mean;
        let se = rater.severity_uncertainty.unwrap();
        assert!(
            (rater.severity - expected).abs() < 4.0 * se + 0.05,
            "{rater:?} vs {expected}"
        );
    }
}

#[test]
fn a_rater_far_harsher_than_the_panel_is_flagged_and_nobody_else() {
    let mut sim = simulate(&Panel {
        candidates: 200,
        severity: 0.2,
        whole_points: false,
        ..Panel::default()
    });
    for r in sim.ratings.iter_mut().filter(|r| r.rater == "r07") {
        r.score -= 2.5;
    }
    let results = score(&sim.ratings, &Settings::default()).unwrap();
    let flagged: Vec<&str> = results
        .raters
        .iter()
        .filter(|r| r.outlier_severity)
        .map(|r| r.rater.as_str())
        .collect();
    assert_eq!(flagged, ["r07"]);
    assert!(
        results.raters.iter().all(|r| !r.erratic),
        "{:?}",
        results.raters
    );
}

#[test]
fn an_erratic_rater_is_flagged() {
    let mut sim = simulate(&Panel {
        candidates: 200,
        severity: 0.2,
        whole_points: false,
        ..Panel::default()
    });
    let mut rng = Random::new(9);
    for r in sim.ratings.iter_mut().filter(|r| r.rater == "r03") {
        r.score += 2.0 * rng.normal();
    }
    let results = score(&sim.ratings, &Settings::default()).unwrap();
    let erratic: Vec<&str> = results
        .raters
        .iter()
        .filter(|r| r.erratic)
        .map(|r| r.rater.as_str())
        .collect();
    assert_eq!(erratic, ["r03"]);
    assert!(results.candidates.iter().any(|c| c.disagreement));
}

#[test]
fn chances_of_a_place_fall_with_the_rank_and_only_the_uncertain_need_review() {
    let sim = simulate(&Panel {
        candidates: 300,
        ..Panel::default()
    });
    let results = score(
        &sim.ratings,
        &Settings {
            capacity: Some(100),
            ..Settings::default()
        },
    )
    .unwrap();
    let first = &results.candidates[0];
    let last = results.candidates.last().unwrap();
    assert!(first.within_capacity.unwrap() > 0.99 && last.within_capacity.unwrap() < 0.01);
    let cutoff = results.cutoff.unwrap();
    for c in &results.candidates {
        let p = c.within_capacity.unwrap();
        assert_eq!(p > 0.5, c.calibrated > cutoff, "{c:?}");
        assert_eq!(
            c.needs_review,
            (0.2..=0.8).contains(&p) && p != 0.2 && p != 0.8
        );
    }
    let review = results.candidates.iter().filter(|c| c.needs_review).count();
    assert!(
        review > 0 && review < 100,
        "{review} candidates flagged for review"
    );
    let ranks: Vec<usize> = results.candidates.iter().map(|c| c.rank).collect();
    assert_eq!(ranks, (1..=300).collect::<Vec<_>>());
}

#[test]
fn reliability_per_competency_is_the_plain_statistic_of_its_ratings() {
    let sim = simulate(&Panel {
        candidates: 50,
        ..Panel::default()
    });
    let results = score(&sim.ratings, &Settings::default()).unwrap();
    assert_eq!(results.competencies.len(), 5);
    for k in &results.competencies {
        let mut units: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
        for r in sim.ratings.iter().filter(|r| r.competency == k.competency) {
            units.entry(&r.candidate).or_default().push(r.score);
        }
        let units: Vec<Vec<f64>> = units.into_values().collect();
        assert!((k.alpha.unwrap() - alpha::interval_alpha(&units).unwrap()).abs() < 1e-12);
        assert!((k.icc_average.unwrap() - icc::icc1(&units).unwrap().average).abs() < 1e-12);
        assert_eq!(k.distribution.iter().map(|d| d.1).sum::<usize>(), k.ratings);
        assert!(
            k.distribution.windows(2).all(|w| w[0].0 < w[1].0),
            "{:?}",
            k.distribution
        );
    }
}

#[test]
fn weights_and_missing_competencies() {
    let rating = |c: &str, r: &str, k: &str, s: f64| Rating {
        candidate: c.into(),
        rater: r.into(),
        competency: k.into(),
        score: s,
    };
    let ratings = [
        rating("a", "x", "talk", 5.0),
        rating("a", "x", "plan", 1.0),
        rating("b", "x", "talk", 2.0),
    ];
    let settings = Settings {
        weights: vec![("talk".into(), 3.0)],
        capacity: None,
    };
    let results = score(&ratings, &settings).unwrap();
    let a = results
        .candidates
        .iter()
        .find(|c| c.candidate == "a")
        .unwrap();
    assert!(
        (a.raw - 4.0).abs() < 1e-12,
        "(3×5 + 1×1) / 4 = 4, got {}",
        a.raw
    );
    let b = results
        .candidates
        .iter()
        .find(|c| c.candidate == "b")
        .unwrap();
    assert_eq!(b.missing, ["plan"]);
    assert!(
        (b.raw - 2.0).abs() < 1e-12,
        "only the rated competency counts"
    );
}

#[test]
fn bad_input_is_refused_with_the_rating_it_concerns() {
    let rating = |r: &str, s: f64| Rating {
        candidate: "a".into(),
        rater: r.into(),
        competency: "talk".into(),
        score: s,
    };
    let nan = score(
        &[rating("x", 1.0), rating("y", f64::NAN)],
        &Settings::default(),
    );
    assert_eq!(nan.unwrap_err(), ScoreError::NotANumber { index: 2 });
    let twice = score(
        &[rating("x", 1.0), rating("y", 2.0), rating("x", 3.0)],
        &Settings::default(),
    )
    .unwrap_err();
    assert_eq!(
        twice.to_string(),
        "rating 3: x already scored a on talk in rating 1"
    );
    let empty = score(&[rating(" ", 1.0)], &Settings::default());
    assert_eq!(empty.unwrap_err(), ScoreError::MissingField { index: 1 });
    let weight = Settings {
        weights: vec![("talk".into(), -1.0)],
        capacity: None,
    };
    assert!(matches!(
        score(&[rating("x", 1.0)], &weight),
        Err(ScoreError::BadWeight { .. })
    ));
}

#[test]
fn an_empty_panel_scores_nobody() {
    let results = score(
        &[],
        &Settings {
            capacity: Some(10),
            ..Settings::default()
        },
    )
    .unwrap();
    assert!(results.candidates.is_empty() && results.raters.is_empty() && results.sigma.is_none());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Renaming the raters and shuffling the input change nothing but the raters' names.
    #[test]
    fn relabelling_raters_changes_nothing(seed in 0u64..1000, candidates in 5usize..60) {
        let sim = simulate(&Panel { candidates, raters: 8, seed, ..Panel::default() });
        let settings = Settings { capacity: Some(candidates / 2), ..Settings::default() };
        let before = score(&sim.ratings, &settings).unwrap();
        let mut names: Vec<String> = before.raters.iter().map(|r| r.rater.clone()).collect();
        let mut rng = Random::new(seed ^ 0xABCD);
        rng.shuffle(&mut names);
        let rename: BTreeMap<String, String> =
            before.raters.iter().map(|r| r.rater.clone()).zip(names.iter().map(|n| format!("z-{n}"))).collect();
        let mut relabelled: Vec<Rating> = sim
            .ratings
            .iter()
            .map(|r| Rating { rater: rename[&r.rater].clone(), ..r.clone() })
            .collect();
        rng.shuffle(&mut relabelled);
        let after = score(&relabelled, &settings).unwrap();
        prop_assert_eq!(before.candidates.len(), after.candidates.len());
        for (b, a) in before.candidates.iter().zip(&after.candidates) {
            prop_assert_eq!(&b.candidate, &a.candidate);
            prop_assert!((b.calibrated - a.calibrated).abs() < 1e-9);
            prop_assert!((b.uncertainty.unwrap_or(0.0) - a.uncertainty.unwrap_or(0.0)).abs() < 1e-9);
            prop_assert!((b.within_capacity.unwrap() - a.within_capacity.unwrap()).abs() < 1e-9);
            prop_assert_eq!(b.disagreement, a.disagreement);
        }
        for r in &before.raters {
            let other = after.raters.iter().find(|x| x.rater == rename[&r.rater]).unwrap();
            prop_assert!((r.severity - other.severity).abs() < 1e-9);
            prop_assert_eq!(r.outlier_severity, other.outlier_severity);
        }
        for (b, a) in before.competencies.iter().zip(&after.competencies) {
            prop_assert!((b.alpha.unwrap_or(0.0) - a.alpha.unwrap_or(0.0)).abs() < 1e-9);
        }
    }
}
