//! The analysis of one journey as a single serialisable object: what
//! `cargo run --example analyze` prints and what the app's "export analysis" saves.

use super::lanes::{self, BankExport, ExpectationsExport, FailureDemand};
use super::practice::{self, MomentExport, Norm, StoriesExport};
use super::{Fix, NoScore, Scores, fix_first, score};
use crate::model::{Journey, MemoryModel, PromiseState};
use serde::Serialize;

/// The `format` tag of an analysis export.
pub const ANALYSIS_FORMAT: &str = "peakend/analysis";
/// The version of the analysis export's shape.
pub const ANALYSIS_VERSION: u32 = 1;

/// Scale bounds as they were when the analysis was made.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScaleSummary {
    pub min: f64,
    pub max: f64,
    pub neutral: f64,
    pub step: f64,
}

/// Everything the analysis says about one journey. Indices are 0-based.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AnalysisExport {
    /// Always [`ANALYSIS_FORMAT`].
    pub format: &'static str,
    /// Always [`ANALYSIS_VERSION`].
    pub version: u32,
    pub title: String,
    /// Number of touchpoints.
    pub touchpoints: usize,
    pub scale: ScaleSummary,
    pub memory: MemoryModel,
    /// Every score (remembered, experienced, gap, peak, end, best, worst, ties, total, …).
    #[serde(flatten)]
    pub scores: Scores,
    /// Touchpoint indices, the one to improve first at the front.
    pub fix_first: Vec<usize>,
    /// ΔR and ΔE per touchpoint, in the order of `fix_first`.
    pub fixes: Vec<Fix>,
    /// The emotional bank account under the journey's settings (`docs/SCORING.md`).
    pub bank: Option<BankExport>,
    /// Contacts, failure-demand contacts and their share (0–1).
    pub failure_demand: FailureDemand,
    /// Rating against what the customer expected, and our view against theirs.
    pub expectations: Option<ExpectationsExport>,
    /// The remembered score from our own ratings (`ours`), when every touchpoint has one.
    pub remembered_ours: Option<f64>,
    /// The pattern in the stories: counts, per touchpoint, per theme, the mismatch.
    pub stories: StoriesExport,
    /// The top ten moments of truth, in the team's order where it set one.
    pub moments_of_truth: Vec<MomentExport>,
    /// The plan's weeks the team made the norm.
    pub norms: Vec<Norm>,
}

/// Analyses a journey into one exportable object.
pub fn export(j: &Journey) -> Result<AnalysisExport, NoScore> {
    let scores = score(j)?;
    let fixes = fix_first(j)?;
    let ratings = j.ratings();
    let names: Vec<&str> = j.touchpoints.iter().map(|t| t.name.as_str()).collect();
    let broken: Vec<usize> = j
        .touchpoints
        .iter()
        .map(|t| t.promises_in(PromiseState::Broken))
        .collect();
    let flags: Vec<bool> = j.touchpoints.iter().map(|t| t.failure_demand).collect();
    let expected: Vec<Option<f64>> = j.touchpoints.iter().map(|t| t.expected).collect();
    let ours: Vec<Option<f64>> = j.touchpoints.iter().map(|t| t.ours).collect();
    // Scored by the journey's own rules (marks, durations, memory model) with our ratings.
    let remembered_ours = ours
        .iter()
        .copied()
        .collect::<Option<Vec<f64>>>()
        .and_then(|o| lanes::rescore(j, &o).ok())
        .map(|s| s.remembered);
    Ok(AnalysisExport {
        format: ANALYSIS_FORMAT,
        version: ANALYSIS_VERSION,
        title: j.title.clone(),
        touchpoints: j.touchpoints.len(),
        scale: ScaleSummary {
            min: j.scale.min,
            max: j.scale.max,
            neutral: j.scale.neutral,
            step: j.scale.step,
        },
        memory: j.memory,
        scores,
        fix_first: fixes.iter().map(|f| f.index).collect(),
        fixes,
        bank: lanes::bank(&ratings, &broken, &j.scale, j.bank)
            .ok()
            .map(|b| b.export(&names)),
        failure_demand: lanes::failure_demand(&flags),
        expectations: lanes::expectations(&ratings, &expected, &ours, &j.scale, &j.memory)
            .ok()
            .map(|e| e.export(&names)),
        remembered_ours,
        stories: practice::patterns(j).export(j),
        moments_of_truth: practice::moments_of_truth(j, &[])?
            .iter()
            .map(|m| m.export())
            .collect(),
        norms: practice::norms(j),
    })
}
