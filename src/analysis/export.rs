//! The analysis of one journey as a single serialisable object: what
//! `cargo run --example analyze` prints and what the app's "export analysis" saves.

use super::{Fix, NoScore, Scores, fix_first, score};
use crate::model::{Journey, MemoryModel};
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
}

/// Analyses a journey into one exportable object.
pub fn export(j: &Journey) -> Result<AnalysisExport, NoScore> {
    let scores = score(j)?;
    let fixes = fix_first(j)?;
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
    })
}
