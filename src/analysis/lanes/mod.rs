//! What the source articles ask of a journey beyond its curve, as the numbers behind the
//! lanes under the chart: the emotional bank account (seed `003`), failure demand and what
//! keeping the promises would do (seed `004`), expectations and the inside-out view (seed
//! `001`), and the withdrawal weight λ estimated from a survey. Definitions, sources and
//! worked examples: `docs/SCORING.md`.
//!
//! Written against plain slices (one value per touchpoint, in journey order), so it does
//! not depend on how the journey stores promises or expectations; scores go through the
//! journey engine (`engine::plain`, or [`super::score`] on a journey), never a second copy
//! of the peak-end arithmetic. Pure Rust: never imports the browser; bad input gets a
//! [`LaneError`], never a panic or a NaN.

mod bank;
mod expect;
mod failure;
mod lambda;
mod to_be;

pub use bank::{Bank, BankExport, LAMBDA_BAUMEISTER, LAMBDA_GOTTMAN, LAMBDA_NEUTRAL, bank};
pub use expect::{
    BlindSpot, BlindSpotExport, Expectations, ExpectationsExport, SurveySide, customer_side,
    expectations,
};
pub use failure::{
    FailureDemand, PromisesKept, ScoreChange, Shift, failure_demand, keep_promises, to_be_journey,
};
pub use lambda::{
    BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED, LambdaEstimate, estimate_lambda, estimate_lambda_with,
};
pub use to_be::{PromisesKeptScenario, promises_kept_scenario};

use super::engine::{Plain, plain};
use super::{NoScore, Scores, score};
use crate::model::{Journey, MemoryModel, Scale};
use serde::Serialize;
use thiserror::Error;

/// Why a lane cannot be computed.
#[derive(Clone, Debug, PartialEq, Serialize, Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum LaneError {
    /// The scale's bounds, neutral point or step are not usable.
    #[error("the journey's scale is not valid")]
    BadScale,
    /// A rating (or an expected or own rating) is not a finite number.
    #[error("touchpoint {index} has a {what} that is not a number")]
    NotANumber { what: &'static str, index: usize },
    /// λ must be a finite number above 0 (0 would make every withdrawal free).
    #[error("the withdrawal weight must be a number above 0")]
    BadWithdrawalWeight,
    /// The size of a broken promise must be a finite number of 0 or more.
    #[error("the size of a broken promise must be a number of 0 or more")]
    BadBrokenPromise,
    /// Two per-touchpoint lists do not have one value per touchpoint.
    #[error("{what} has {got} values for {expected} touchpoints")]
    LengthMismatch {
        what: &'static str,
        expected: usize,
        got: usize,
    },
    /// The balance outgrew what a number can hold (absurd λ or promise size).
    #[error("the balance is too large to compute")]
    BalanceOverflow,
    /// No broken promise and no failure demand: keeping the promises changes nothing.
    #[error("the journey has no broken promise and no failure demand")]
    NothingToKeep,
    /// Every touchpoint is failure demand: the to-be journey would be empty.
    #[error("every touchpoint is failure demand, so the to-be journey has none left")]
    NothingLeft,
    /// A journey handed in does not match the plan made from its ratings.
    #[error("the journey has {got} touchpoints; the plan was made for {expected}")]
    PlanMismatch { expected: usize, got: usize },
    /// The journey engine could not score the ratings.
    #[error("no score: {0}")]
    NoScore(NoScore),
}

impl From<NoScore> for LaneError {
    fn from(e: NoScore) -> Self {
        LaneError::NoScore(e)
    }
}

/// Checks a per-touchpoint list has one value per touchpoint.
fn same_length(what: &'static str, expected: usize, got: usize) -> Result<(), LaneError> {
    if expected == got {
        Ok(())
    } else {
        Err(LaneError::LengthMismatch {
            what,
            expected,
            got,
        })
    }
}

/// Checks every value is finite.
fn finite(what: &'static str, values: &[f64]) -> Result<(), LaneError> {
    match values.iter().position(|v| !v.is_finite()) {
        Some(index) => Err(LaneError::NotANumber { what, index }),
        None => Ok(()),
    }
}

/// The journey engine on bare ratings (equal durations, no marks): what [`score`] says of
/// such a journey, with its checks, so a slice never reaches `plain` unchecked.
pub(crate) fn score_plain(
    ratings: &[f64],
    scale: &Scale,
    mm: &MemoryModel,
) -> Result<Plain, NoScore> {
    if ratings.is_empty() {
        return Err(NoScore::NoTouchpoints);
    }
    if scale.validate().is_err() {
        return Err(NoScore::BadScale);
    }
    if mm.validate().is_err() {
        return Err(NoScore::BadMemoryModel);
    }
    if let Some(index) = ratings.iter().position(|r| !r.is_finite()) {
        return Err(NoScore::RatingNotANumber { index });
    }
    Ok(plain(ratings, scale, mm))
}

/// The scores of `j` with other ratings in its place (same durations, marks, scale and
/// memory model): "what would the customer remember if the touchpoints had felt like
/// this?", answered by [`score`] itself.
pub fn rescore(j: &Journey, ratings: &[f64]) -> Result<Scores, LaneError> {
    same_length("the ratings", j.touchpoints.len(), ratings.len())?;
    let mut other = j.clone();
    for (t, r) in other.touchpoints.iter_mut().zip(ratings) {
        t.rating = *r;
    }
    Ok(score(&other)?)
}

/// Names for indices (an index past the end gets no name rather than a panic).
fn names_of(indices: &[usize], names: &[impl AsRef<str>]) -> Vec<String> {
    indices
        .iter()
        .filter_map(|i| names.get(*i).map(|n| n.as_ref().to_string()))
        .collect()
}
