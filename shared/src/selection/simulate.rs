//! Simulated selection panels with planted rater severities: for tests, the benchmark and the
//! demo. Deterministic for a given seed, so a failing case can be replayed.

use super::Rating;

#[derive(Clone, Debug)]
pub struct Panel {
    pub candidates: usize,
    pub raters: usize,
    /// Raters per candidate.
    pub per_candidate: usize,
    pub competencies: usize,
    /// Standard deviations of candidates' true values, raters' severities and rating noise.
    pub spread: f64,
    pub severity: f64,
    pub noise: f64,
    /// Round to whole points and keep within 1..=5, as a paper scorecard would.
    pub whole_points: bool,
    pub seed: u64,
}

impl Default for Panel {
    fn default() -> Self {
        Panel {
            candidates: 950,
            raters: 20,
            per_candidate: 3,
            competencies: 5,
            spread: 0.8,
            severity: 0.5,
            noise: 0.5,
            whole_points: true,
            seed: 2017,
        }
    }
}

/// The simulated ratings and, per candidate (named `c0001`…), the true value.
pub struct Simulated {
    pub ratings: Vec<Rating>,
    pub truth: Vec<(String, f64)>,
    pub severities: Vec<(String, f64)>,
}

/// SplitMix64 with a Box–Muller normal: small, and good enough for simulation.
pub struct Random(u64);

impl Random {
    pub fn new(seed: u64) -> Self {
        Random(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in (0, 1].
    pub fn uniform(&mut self) -> f64 {
        ((self.next_u64() >> 11) + 1) as f64 / (1u64 << 53) as f64
    }
    pub fn normal(&mut self) -> f64 {
        (-2.0 * self.uniform().ln()).sqrt() * (std::f64::consts::TAU * self.uniform()).cos()
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

pub fn simulate(panel: &Panel) -> Simulated {
    let mut rng = Random::new(panel.seed);
    let truth: Vec<(String, f64)> = (0..panel.candidates)
        .map(|c| (format!("c{:04}", c + 1), 3.0 + panel.spread * rng.normal()))
        .collect();
    let severities: Vec<(String, f64)> = (0..panel.raters)
        .map(|r| (format!("r{:02}", r + 1), panel.severity * rng.normal()))
        .collect();
    // Deal raters round-robin from a deck reshuffled whenever it runs out: loads stay within one
    // of each other and the panel graph is connected.
    let mut deck: Vec<usize> = Vec::new();
    let mut ratings =
        Vec::with_capacity(panel.candidates * panel.per_candidate * panel.competencies);
    for (candidate, value) in &truth {
        let mut chosen: Vec<usize> = Vec::with_capacity(panel.per_candidate);
        while chosen.len() < panel.per_candidate.min(panel.raters) {
            match deck.iter().rposition(|r| !chosen.contains(r)) {
                Some(at) => chosen.push(deck.remove(at)),
                None => {
                    let mut fresh: Vec<usize> = (0..panel.raters).collect();
                    rng.shuffle(&mut fresh);
                    fresh.append(&mut deck);
                    deck = fresh;
                }
            }
        }
        for r in chosen {
            let (rater, severity) = &severities[r];
            for k in 0..panel.competencies {
                let mut score = value + severity + panel.noise * rng.normal();
                if panel.whole_points {
                    score = score.round().clamp(1.0, 5.0);
                }
                ratings.push(Rating {
                    candidate: candidate.clone(),
                    rater: rater.clone(),
                    competency: format!("k{}", k + 1),
                    score,
                });
            }
        }
    }
    Simulated {
        ratings,
        truth,
        severities,
    }
}
