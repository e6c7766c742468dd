//! Selection scoring: turning panel scorecards into a ranking a coordinator can defend.
//!
//! - [`alpha`]: Krippendorff's alpha (interval metric), agreement beyond chance.
//! - [`icc`]: intraclass correlation ICC(1,1) and ICC(1,k) (Shrout & Fleiss 1979).
//! - [`calibrate`]: the additive rater model `score = candidate value + rater severity + noise`,
//!   solved by alternating weighted means (MacKay et al. 2017, "Calibration with confidence").
//! - [`results`]: everything a coordinator sees — raw and calibrated scores, uncertainty, the
//!   probability of falling within capacity, disagreement flags, rater severities and outliers,
//!   reliability and the score distribution per competency.
//! - [`simulate`]: panels with planted rater severities, for tests, benchmarks and the demo.
//!
//! The same code runs in the server, in `server scores --input scores.csv` and in the benchmark.

pub mod alpha;
pub mod calibrate;
pub mod icc;
pub mod results;
pub mod simulate;

pub use results::{CandidateResult, CompetencyResult, RaterResult, Results, score};

use serde::{Deserialize, Serialize};

/// One rating: `rater` gave `candidate` the `score` on `competency`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rating {
    pub candidate: String,
    pub rater: String,
    pub competency: String,
    pub score: f64,
}

/// What the scoring needs beyond the ratings.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Weight per competency; competencies not listed weigh 1.
    pub weights: Vec<(String, f64)>,
    /// Places in the program; the probability of falling within them is reported when set.
    pub capacity: Option<usize>,
}

/// Ratings the engine refuses, each naming the rating (by its position in the input) so a person
/// can find and fix it.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ScoreError {
    #[error("rating {index}: the score is not a finite number")]
    NotANumber { index: usize },
    #[error("rating {index}: candidate, rater and competency must not be empty")]
    MissingField { index: usize },
    #[error("rating {index}: {rater} already scored {candidate} on {competency} in rating {first}")]
    Duplicate {
        index: usize,
        first: usize,
        candidate: String,
        rater: String,
        competency: String,
    },
    #[error("weight of {competency} must be a positive number")]
    BadWeight { competency: String },
}

#[cfg(test)]
mod tests;
