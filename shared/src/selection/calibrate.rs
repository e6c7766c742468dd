//! The additive rater model of MacKay, Kenna, Low and Parker (2017), "Calibration with
//! confidence: a principled method for panel assessment", Royal Society Open Science 4: 160760.
//!
//! Each observation is `x = v_u + b_r + noise`: the value `v_u` of the unit (a candidate on one
//! competency), plus the severity `b_r` of the rater (positive: lenient, negative: harsh), plus
//! noise with variance `σ² / w` for a confidence weight `w`. Least squares with a prior on the
//! severities — as if every rater had also given `PRIOR_RATINGS` ratings with zero severity —
//! has a unique solution; the prior also fixes the scale's origin (the severities sum to zero),
//! and it keeps a rater with very few ratings from being judged on them alone. The solution is
//! found by alternating weighted means: values from the current severities, severities from the
//! current values, until the severities stop moving.

/// The weight of the prior on each severity, in ratings.
pub const PRIOR_RATINGS: f64 = 1.0;
/// The severities have converged when no severity moves by more than this between two rounds.
pub const TOLERANCE: f64 = 1e-12;
/// A safety net for panels that barely connect; `Fit::converged` says if it was reached.
pub const MAX_ROUNDS: usize = 20_000;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Observation {
    pub unit: usize,
    pub rater: usize,
    pub value: f64,
    /// Confidence in this observation (1 for an ordinary rating).
    pub weight: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    /// The calibrated value of each unit; `None` for units without observations.
    pub value: Vec<Option<f64>>,
    /// Each rater's severity: how much higher than the calibrated value their scores run.
    pub severity: Vec<f64>,
    /// `x − v − b` for each observation, in input order.
    pub residual: Vec<f64>,
    /// The noise's standard deviation at weight 1; `None` when the data leave no degrees of
    /// freedom to estimate it.
    pub sigma: Option<f64>,
    /// Summed weights per unit and per rater.
    pub unit_weight: Vec<f64>,
    pub rater_weight: Vec<f64>,
    pub rounds: usize,
    pub converged: bool,
}

impl Fit {
    /// Standard error of a rater's severity.
    pub fn severity_se(&self, rater: usize) -> Option<f64> {
        self.sigma
            .map(|s| s / (self.rater_weight[rater] + PRIOR_RATINGS).sqrt())
    }
}

pub fn fit(units: usize, raters: usize, observations: &[Observation]) -> Fit {
    let mut unit_weight = vec![0.0; units];
    let mut rater_weight = vec![0.0; raters];
    for o in observations {
        unit_weight[o.unit] += o.weight;
        rater_weight[o.rater] += o.weight;
    }
    let mut severity = vec![0.0; raters];
    let mut value = vec![0.0; units];
    let mut sums = vec![0.0; units.max(raters)];
    let mut rounds = 0;
    let mut converged = false;
    while rounds < MAX_ROUNDS {
        rounds += 1;
        unit_values(observations, &severity, &unit_weight, &mut sums, &mut value);
        // Severities from the current values.
        let sums = &mut sums[..raters];
        sums.fill(0.0);
        for o in observations {
            sums[o.rater] += o.weight * (o.value - value[o.unit]);
        }
        for (r, s) in sums.iter_mut().enumerate() {
            *s /= rater_weight[r] + PRIOR_RATINGS;
        }
        // The solution's severities sum to zero (the prior's pull balances there). Moving there
        // at once removes the slowest direction — everyone a little harsher and every candidate
        // a little better — which the prior alone would take thousands of rounds to settle.
        let centre = sums.iter().sum::<f64>() / raters as f64;
        let mut moved: f64 = 0.0;
        for (b, next) in severity.iter_mut().zip(sums.iter()) {
            moved = moved.max((next - centre - *b).abs());
            *b = next - centre;
        }
        if moved <= TOLERANCE {
            converged = true;
            break;
        }
    }
    unit_values(observations, &severity, &unit_weight, &mut sums, &mut value);
    let residual: Vec<f64> = observations
        .iter()
        .map(|o| o.value - value[o.unit] - severity[o.rater])
        .collect();
    let used_units = unit_weight.iter().filter(|w| **w > 0.0).count();
    let used_raters = rater_weight.iter().filter(|w| **w > 0.0).count();
    let total: f64 = observations.iter().map(|o| o.weight).sum();
    let free = total - (used_units + used_raters) as f64 + 1.0;
    let squares: f64 = observations
        .iter()
        .zip(&residual)
        .map(|(o, r)| o.weight * r * r)
        .sum();
    let sigma = (free > 0.0 && !observations.is_empty()).then(|| (squares / free).sqrt());
    Fit {
        value: value
            .into_iter()
            .zip(&unit_weight)
            .map(|(v, w)| (*w > 0.0).then_some(v))
            .collect(),
        severity,
        residual,
        sigma,
        unit_weight,
        rater_weight,
        rounds,
        converged,
    }
}

/// `value[u]` = the weighted mean of `x − b` over the unit's observations.
fn unit_values(
    observations: &[Observation],
    severity: &[f64],
    unit_weight: &[f64],
    sums: &mut [f64],
    value: &mut [f64],
) {
    let sums = &mut sums[..value.len()];
    sums.fill(0.0);
    for o in observations {
        sums[o.unit] += o.weight * (o.value - severity[o.rater]);
    }
    for ((v, s), w) in value.iter_mut().zip(sums.iter()).zip(unit_weight) {
        *v = if *w > 0.0 { s / w } else { 0.0 };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(unit: usize, rater: usize, value: f64) -> Observation {
        Observation {
            unit,
            rater,
            value,
            weight: 1.0,
        }
    }

    #[test]
    fn a_lenient_rater_is_found_and_corrected() {
        // Rater 1 scores everyone two points above rater 0; rater 2 agrees with rater 0.
        let truth: Vec<f64> = (0..20).map(|u| f64::from(u % 5) + 1.0).collect();
        let mut data = Vec::new();
        for (u, v) in truth.iter().enumerate() {
            data.push(obs(u, 0, *v));
            data.push(obs(u, 1, v + 2.0));
            data.push(obs(u, 2, *v));
        }
        let fit = fit(20, 3, &data);
        assert!(fit.converged);
        let b = &fit.severity;
        // The prior (one imaginary rating at zero severity) shrinks 20 ratings' evidence by 20/21.
        assert!((b[1] - b[0] - 2.0 * 20.0 / 21.0).abs() < 1e-9, "{b:?}");
        assert!((b[0] - b[2]).abs() < 1e-9);
        assert!(
            b.iter().sum::<f64>().abs() < 1e-9,
            "severities are centred: {b:?}"
        );
        // Differences between candidates are kept exactly.
        let v: Vec<f64> = fit.value.iter().map(|v| v.unwrap()).collect();
        for (u, w) in v.iter().zip(&truth) {
            assert!((u - w - (v[0] - truth[0])).abs() < 1e-9, "{v:?}");
        }
    }

    #[test]
    fn a_harsh_rater_on_weak_candidates_does_not_sink_them() {
        // Raters 0 and 1 overlap on units 1 and 2; rater 1 is one point harsher. Unit 3 is rated
        // only by rater 1 and should come out one point above its raw score.
        let data = [
            obs(0, 0, 3.0),
            obs(1, 0, 4.0),
            obs(2, 0, 2.0),
            obs(1, 1, 3.0),
            obs(2, 1, 1.0),
            obs(3, 1, 3.0),
        ];
        let fit = fit(4, 2, &data);
        let v: Vec<f64> = fit.value.iter().map(|v| v.unwrap()).collect();
        // The prior shrinks the estimated gap a little below one point.
        let gap = fit.severity[0] - fit.severity[1];
        assert!(gap > 0.6 && gap < 1.0, "{:?}", fit.severity);
        assert!(
            v[3] > v[0],
            "unit 3 (3 from the harsh rater) beats unit 0 (3 from the kind one): {v:?}"
        );
    }

    #[test]
    fn units_without_observations_have_no_value() {
        let fit = fit(3, 1, &[obs(0, 0, 1.0), obs(2, 0, 2.0)]);
        assert_eq!(fit.value[1], None);
        assert_eq!(
            fit.sigma, None,
            "two ratings, two units and one rater leave nothing to estimate noise"
        );
    }
}
