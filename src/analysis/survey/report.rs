//! The survey analysis as one value: what the app shows and what `analyze --survey` prints.
//!
//! The serialized keys are a contract (checks outside the project read them): keep them.
//! Every number is finite; what cannot be computed (too few answers, no variance) is
//! `None` and prints as `null`.

use serde::{Deserialize, Serialize};

use crate::analysis::lanes::LambdaEstimate;
use crate::model::survey::NpsScale;

/// A 95% interval, `[low, high]`.
pub type Ci = [f64; 2];

/// The whole survey analysis.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SurveyReport {
    /// Rows with at least one rated touchpoint.
    pub respondents: usize,
    /// Rows left out (no rated touchpoint).
    pub skipped: usize,
    /// The journey from the customers' side, in journey order.
    pub touchpoints: Vec<TouchpointStats>,
    /// Correlation of each predictor with the overall rating (empty without an overall column).
    pub predictors: Vec<Predictor>,
    /// Remembered vs mean as predictors of the overall rating.
    pub peak_end_vs_mean: Option<PeakEndVsMean>,
    /// Least-squares weights of peak, end and mean for these customers.
    pub fitted: Option<Fitted>,
    pub nps: Option<Nps>,
    /// What separates promoters from detractors, per touchpoint, largest gap first.
    pub drivers: Vec<Driver>,
    /// The same analysis per value of each segment column.
    pub segments: Vec<SegmentReport>,
    /// NPS differences between the values of each segment column (waves, regions).
    pub nps_differences: Vec<NpsDifference>,
    /// The plain-words conclusion (the sentence is made in `i18n`).
    pub verdict: Verdict,
    /// How many times a bad moment weighs a good one in these customers' overall rating
    /// (`analysis::lanes::estimate_lambda`); `None` without an overall column or when the
    /// answers cannot estimate it. Missing in reports stored before it existed.
    #[serde(default)]
    pub lambda: Option<LambdaEstimate>,
}

/// One touchpoint as the respondents rated it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TouchpointStats {
    pub name: String,
    /// Mean of the ratings given (`None` when nobody rated it).
    pub mean: Option<f64>,
    /// How many rated it.
    pub n: usize,
    /// t-based 95% CI of the mean (`None` below 2 ratings).
    pub ci95: Option<Ci>,
    /// Standard deviation (n − 1).
    pub sd: Option<f64>,
    /// Shares (0–1) of ratings below, at and above the scale's neutral point.
    pub below: f64,
    pub at: f64,
    pub above: f64,
}

/// Which per-respondent score predicts the overall rating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PredictorName {
    /// Under the journey's memory model.
    Remembered,
    Mean,
    End,
    Peak,
    First,
    Trend,
}

/// Pearson r between one predictor and the overall rating.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Predictor {
    pub name: PredictorName,
    pub r: Option<f64>,
    /// Fisher-z 95% CI.
    pub ci95: Option<Ci>,
    /// Respondents with both the predictor and the overall rating.
    pub n: usize,
}

/// r(remembered, overall) − r(mean, overall), two dependent correlations sharing the outcome.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PeakEndVsMean {
    pub r_diff: f64,
    /// 95% CI of the difference (Zou 2007).
    pub ci95: Ci,
    /// Williams' t (Steiger 1980, eq. 7).
    pub williams_t: f64,
    pub df: f64,
    /// Two-sided p.
    pub p: f64,
}

/// overall ≈ intercept + peak·b₁ + end·b₂ + mean·b₃, fitted by least squares.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fitted {
    pub peak: f64,
    pub end: f64,
    pub mean: f64,
    pub intercept: f64,
    pub r2: f64,
    /// Mean absolute error of the fit in 10-fold cross-validation, on the overall scale.
    pub mae_cv: f64,
    /// Mean absolute error of the journey's memory model (rescaled to the overall scale).
    pub mae_rule: f64,
    pub n: usize,
    /// False when a weight came out below zero: the fit cannot become a memory model as is.
    pub usable: bool,
}

/// Net Promoter Score from raw answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Nps {
    /// % promoters − % detractors, −100…100 (the raw score).
    pub score: f64,
    /// Adjusted-Wald 95% CI, clamped to ±100.
    pub ci95: Ci,
    pub n: usize,
    pub promoters: usize,
    pub passives: usize,
    pub detractors: usize,
    pub scale: NpsScale,
    /// Answers a margin of ±5 and ±10 points would need at this mix.
    pub n_for_margin_5: usize,
    pub n_for_margin_10: usize,
}

/// Mean rating of promoters minus that of detractors at one touchpoint.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Driver {
    pub name: String,
    /// Index of the touchpoint in journey order.
    pub index: usize,
    pub promoters_mean: f64,
    pub detractors_mean: f64,
    pub gap: f64,
    /// Welch 95% CI of the gap.
    pub ci95: Option<Ci>,
    pub n_promoters: usize,
    pub n_detractors: usize,
}

/// The analysis of one value of one segment column.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SegmentReport {
    pub column: String,
    pub value: String,
    pub respondents: usize,
    pub predictors: Vec<Predictor>,
    pub peak_end_vs_mean: Option<PeakEndVsMean>,
    pub nps: Option<Nps>,
    /// Mean per touchpoint (for the curves per segment).
    pub touchpoints: Vec<TouchpointStats>,
    pub verdict: Verdict,
}

/// Whether two values of a segment column differ in NPS beyond chance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NpsDifference {
    pub column: String,
    pub a: String,
    pub b: String,
    /// NPS(a) − NPS(b), points.
    pub diff: f64,
    /// Adjusted-Wald 95% CI of the difference (independent samples).
    pub ci95: Ci,
    /// True when the CI excludes 0.
    pub beyond_chance: bool,
}

/// Does peak-end hold for these customers? Never claims more than the interval allows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Verdict {
    /// No overall rating column, or fewer than 10 respondents with one.
    #[default]
    NotEnough,
    /// The CI of r_diff lies above 0.
    Better {
        n: usize,
        r_remembered: f64,
        r_mean: f64,
    },
    /// The CI of r_diff includes 0.
    NoBetter {
        n: usize,
        r_remembered: f64,
        r_mean: f64,
    },
    /// The CI of r_diff lies below 0.
    Worse {
        n: usize,
        r_remembered: f64,
        r_mean: f64,
    },
}
