//! From ratings to results: the whole recompute a coordinator triggers by opening the results.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::calibrate::{self, Observation};
use super::{Rating, ScoreError, Settings, alpha, icc};

/// A residual beyond this many noise standard deviations marks a disagreement.
pub const DISAGREEMENT_SIGMAS: f64 = 2.5;
/// A place is uncertain, and another review is suggested, between these probabilities.
pub const UNCERTAIN: (f64, f64) = (0.2, 0.8);
/// A rater whose severity lies this many standard deviations from the rest of the panel's is an
/// outlier…
pub const OUTLIER_SEVERITY_SDS: f64 = 3.0;
/// …and so is one whose ratings scatter around the model this many times more than the panel's.
pub const ERRATIC_VARIANCE_RATIO: f64 = 2.5;
/// Rater outliers are only judged on panels at least this large, and raters with this many ratings.
pub const OUTLIER_MIN: usize = 5;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Results {
    /// Best first by calibrated score.
    pub candidates: Vec<CandidateResult>,
    pub competencies: Vec<CompetencyResult>,
    pub raters: Vec<RaterResult>,
    /// The noise's standard deviation (one rating), when it can be estimated.
    pub sigma: Option<f64>,
    pub capacity: Option<usize>,
    /// The calibrated score halfway between the last place within capacity and the first outside.
    pub cutoff: Option<f64>,
    pub rounds: usize,
    pub converged: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CandidateResult {
    pub candidate: String,
    /// 1-based place by calibrated score.
    pub rank: usize,
    pub raters: usize,
    /// The weighted mean of the raw ratings (competency means, weighted).
    pub raw: f64,
    pub calibrated: f64,
    /// Standard error of `calibrated`.
    pub uncertainty: Option<f64>,
    /// Probability of falling within capacity.
    pub within_capacity: Option<f64>,
    /// Some rating lies far from what the model expects of that rater for this candidate.
    pub disagreement: bool,
    /// The place is uncertain; one more review would settle it best.
    pub needs_review: bool,
    /// Competencies nobody scored for this candidate.
    pub missing: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompetencyResult {
    pub competency: String,
    pub weight: f64,
    pub ratings: usize,
    /// Krippendorff's alpha, interval metric.
    pub alpha: Option<f64>,
    /// ICC(1,1) and ICC(1,k).
    pub icc_single: Option<f64>,
    pub icc_average: Option<f64>,
    /// How many ratings gave each score, lowest score first.
    pub distribution: Vec<(f64, usize)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RaterResult {
    pub rater: String,
    pub ratings: usize,
    /// Positive: scores run higher than the panel's; negative: harsher.
    pub severity: f64,
    pub severity_uncertainty: Option<f64>,
    /// Root mean square of the rater's residuals.
    pub scatter: f64,
    /// Severity far from the panel's.
    pub outlier_severity: bool,
    /// Ratings scatter far more than the panel's.
    pub erratic: bool,
}

/// Indexes the ratings: names sorted, so the order of the input never matters.
struct Index {
    candidates: Vec<String>,
    raters: Vec<String>,
    competencies: Vec<String>,
    observations: Vec<Observation>,
}

fn index(ratings: &[Rating]) -> Result<Index, ScoreError> {
    let mut seen: HashMap<(&str, &str, &str), usize> = HashMap::with_capacity(ratings.len());
    for (i, r) in ratings.iter().enumerate() {
        if !r.score.is_finite() {
            return Err(ScoreError::NotANumber { index: i + 1 });
        }
        if r.candidate.trim().is_empty()
            || r.rater.trim().is_empty()
            || r.competency.trim().is_empty()
        {
            return Err(ScoreError::MissingField { index: i + 1 });
        }
        if let Some(first) = seen.insert((&r.candidate, &r.rater, &r.competency), i + 1) {
            return Err(ScoreError::Duplicate {
                index: i + 1,
                first,
                candidate: r.candidate.clone(),
                rater: r.rater.clone(),
                competency: r.competency.clone(),
            });
        }
    }
    let names = |f: fn(&Rating) -> &String| -> Vec<String> {
        let mut v: Vec<String> = ratings.iter().map(|r| f(r).clone()).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let (candidates, raters, competencies) = (
        names(|r| &r.candidate),
        names(|r| &r.rater),
        names(|r| &r.competency),
    );
    let position = |names: &[String]| -> HashMap<String, usize> {
        names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i))
            .collect()
    };
    let (c, r, k) = (
        position(&candidates),
        position(&raters),
        position(&competencies),
    );
    let n = competencies.len();
    let mut observations: Vec<Observation> = ratings
        .iter()
        .map(|x| Observation {
            unit: c[&x.candidate] * n + k[&x.competency],
            rater: r[&x.rater],
            value: x.score,
            weight: 1.0,
        })
        .collect();
    // A fixed order of summation: results do not depend on the order of the input.
    observations.sort_unstable_by_key(|o| (o.unit, o.rater));
    Ok(Index {
        candidates,
        raters,
        competencies,
        observations,
    })
}

/// The full recompute: calibration, reliability, rank probabilities and flags.
pub fn score(ratings: &[Rating], settings: &Settings) -> Result<Results, ScoreError> {
    let ix = index(ratings)?;
    let mut weight = vec![1.0; ix.competencies.len()];
    for (name, w) in &settings.weights {
        if !(w.is_finite() && *w > 0.0) {
            return Err(ScoreError::BadWeight {
                competency: name.clone(),
            });
        }
        if let Ok(k) = ix.competencies.binary_search(name) {
            weight[k] = *w;
        }
    }
    let n = ix.competencies.len();
    let fit = calibrate::fit(ix.candidates.len() * n, ix.raters.len(), &ix.observations);
    let mut candidates = candidate_results(&ix, &fit, &weight);
    let cutoff = place(&mut candidates, settings.capacity);
    Ok(Results {
        candidates,
        competencies: competency_results(&ix, &weight),
        raters: rater_results(&ix, &fit),
        sigma: fit.sigma,
        capacity: settings.capacity,
        cutoff,
        rounds: fit.rounds,
        converged: fit.converged,
    })
}

fn candidate_results(ix: &Index, fit: &calibrate::Fit, weight: &[f64]) -> Vec<CandidateResult> {
    let n = ix.competencies.len();
    let limit = fit.sigma.map(|s| DISAGREEMENT_SIGMAS * s);
    let mut out = Vec::with_capacity(ix.candidates.len());
    // Observations are sorted by unit, so each candidate's are one run.
    let mut start = 0;
    for (c, name) in ix.candidates.iter().enumerate() {
        let end = start + ix.observations[start..].partition_point(|o| o.unit / n == c);
        let own = &ix.observations[start..end];
        let residuals = &fit.residual[start..end];
        start = end;
        let units = c * n..(c + 1) * n;
        let rated: f64 = units
            .clone()
            .filter(|u| fit.unit_weight[*u] > 0.0)
            .map(|u| weight[u % n])
            .sum();
        // Each competency's share of the candidate's score.
        let share = |u: usize| weight[u % n] / rated;
        let mut raw = 0.0;
        let mut calibrated = 0.0;
        let mut noise = 0.0;
        let mut missing = Vec::new();
        for u in units {
            match fit.value[u] {
                Some(v) => {
                    let cell: Vec<&Observation> = own.iter().filter(|o| o.unit == u).collect();
                    let mean = cell.iter().map(|o| o.value).sum::<f64>() / cell.len() as f64;
                    raw += share(u) * mean;
                    calibrated += share(u) * v;
                    noise += share(u).powi(2) / fit.unit_weight[u];
                }
                None => missing.push(ix.competencies[u % n].clone()),
            }
        }
        // A rater's severity error enters every competency that rater scored: sum the rater's
        // coefficient over competencies before squaring.
        let mut coefficient: BTreeMap<usize, f64> = BTreeMap::new();
        for o in own {
            *coefficient.entry(o.rater).or_default() +=
                share(o.unit) * o.weight / fit.unit_weight[o.unit];
        }
        let uncertainty = fit.sigma.map(|s| {
            let severities: f64 = coefficient
                .iter()
                .map(|(r, k)| k * k * fit.severity_se(*r).map_or(0.0, |e| e * e))
                .sum();
            (s * s * noise + severities).sqrt()
        });
        out.push(CandidateResult {
            candidate: name.clone(),
            rank: 0,
            raters: coefficient.len(),
            raw,
            calibrated,
            uncertainty,
            within_capacity: None,
            disagreement: limit.is_some_and(|l| residuals.iter().any(|r| r.abs() > l)),
            needs_review: false,
            missing,
        });
    }
    out
}

/// Ranks the candidates and, with a capacity, works out each one's chance of a place.
fn place(candidates: &mut [CandidateResult], capacity: Option<usize>) -> Option<f64> {
    // Values equal to 1e-9 count as tied, so summation order (which follows names) never
    // reorders candidates.
    let level = |v: f64| (v * 1e9).round() as i64;
    candidates.sort_by(|a, b| {
        level(b.calibrated)
            .cmp(&level(a.calibrated))
            .then(level(b.raw).cmp(&level(a.raw)))
            .then_with(|| a.candidate.cmp(&b.candidate))
    });
    for (i, c) in candidates.iter_mut().enumerate() {
        c.rank = i + 1;
    }
    let capacity = capacity?;
    if capacity == 0 || capacity >= candidates.len() {
        for c in candidates.iter_mut() {
            c.within_capacity = Some(if capacity == 0 { 0.0 } else { 1.0 });
        }
        return None;
    }
    let cutoff = (candidates[capacity - 1].calibrated + candidates[capacity].calibrated) / 2.0;
    for c in candidates.iter_mut() {
        let p = match c.uncertainty {
            Some(se) if se > 0.0 => normal_cdf((c.calibrated - cutoff) / se),
            _ => match c.calibrated.total_cmp(&cutoff) {
                std::cmp::Ordering::Greater => 1.0,
                std::cmp::Ordering::Less => 0.0,
                std::cmp::Ordering::Equal => 0.5,
            },
        };
        c.within_capacity = Some(p);
        c.needs_review = p > UNCERTAIN.0 && p < UNCERTAIN.1;
    }
    Some(cutoff)
}

fn normal_cdf(z: f64) -> f64 {
    0.5 * libm::erfc(-z / std::f64::consts::SQRT_2)
}

fn competency_results(ix: &Index, weight: &[f64]) -> Vec<CompetencyResult> {
    let n = ix.competencies.len();
    let mut by_unit: Vec<Vec<Vec<f64>>> = vec![vec![Vec::new(); ix.candidates.len()]; n];
    for o in &ix.observations {
        by_unit[o.unit % n][o.unit / n].push(o.value);
    }
    by_unit
        .into_iter()
        .enumerate()
        .map(|(k, units)| {
            let mut counts: BTreeMap<u64, (f64, usize)> = BTreeMap::new();
            for v in units.iter().flatten() {
                // Sort by value: the bit pattern orders non-negative and negative floats apart.
                counts.entry(order_key(*v)).or_insert((*v, 0)).1 += 1;
            }
            let icc = icc::icc1(&units);
            CompetencyResult {
                competency: ix.competencies[k].clone(),
                weight: weight[k],
                ratings: units.iter().map(Vec::len).sum(),
                alpha: alpha::interval_alpha(&units),
                icc_single: icc.map(|i| i.single),
                icc_average: icc.map(|i| i.average),
                distribution: counts.into_values().collect(),
            }
        })
        .collect()
}

/// A key whose unsigned order is the numeric order of finite floats.
fn order_key(v: f64) -> u64 {
    let bits = v.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    }
}

fn rater_results(ix: &Index, fit: &calibrate::Fit) -> Vec<RaterResult> {
    let r = ix.raters.len();
    let mut squares = vec![0.0; r];
    let mut counts = vec![0usize; r];
    for (o, res) in ix.observations.iter().zip(&fit.residual) {
        squares[o.rater] += o.weight * res * res;
        counts[o.rater] += 1;
    }
    let judged = r >= OUTLIER_MIN;
    // Each rater is compared with the rest of the panel, so an outlier does not hide itself by
    // widening the spread it is measured against.
    let (total, total_squares) = fit
        .severity
        .iter()
        .fold((0.0, 0.0), |(s, q), b| (s + b, q + b * b));
    let others = |b: f64| {
        let m = (r - 1) as f64;
        let mean = (total - b) / m;
        let variance = ((total_squares - b * b) - m * mean * mean) / (m - 1.0);
        (mean, variance.max(0.0).sqrt())
    };
    (0..r)
        .map(|j| {
            let scatter = (squares[j] / fit.rater_weight[j]).sqrt();
            let enough = judged && counts[j] >= OUTLIER_MIN;
            RaterResult {
                rater: ix.raters[j].clone(),
                ratings: counts[j],
                severity: fit.severity[j],
                severity_uncertainty: fit.severity_se(j),
                scatter,
                outlier_severity: enough && {
                    let (mean, spread) = others(fit.severity[j]);
                    spread > 0.0 && (fit.severity[j] - mean).abs() > OUTLIER_SEVERITY_SDS * spread
                },
                erratic: enough
                    && fit.sigma.is_some_and(|s| {
                        s > 0.0 && scatter * scatter > ERRATIC_VARIANCE_RATIO * s * s
                    }),
            }
        })
        .collect()
}
