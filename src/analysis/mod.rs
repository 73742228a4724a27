//! Scores a journey the way the peak-end rule says it will be remembered, next to how it
//! was lived; ranks what to fix first; compares an as-is with a to-be journey.
//! Every definition is written out, with formulas, in `docs/SCORING.md`.
//!
//! Pure Rust: never imports yew, web-sys, gloo or wasm-bindgen. The UI only calls in
//! here, and nothing in here ever returns NaN or panics on a journey, however odd.

mod compare;
mod engine;
mod export;
mod fix;
mod formula;
mod group;
pub mod lanes;
pub mod practice;
pub mod survey;

pub use compare::{Change, CompareError, Comparison, Deltas, Side, compare};
pub use export::{ANALYSIS_FORMAT, ANALYSIS_VERSION, AnalysisExport, ScaleSummary, export};
pub use fix::{Fix, fix_first, rank};
pub use formula::{Formula, formula, from_scores as formula_from_scores};
pub use group::{VoteStats, group_stats, most_disputed, stats_of};

use crate::model::Journey;
use engine::Engine;
use serde::Serialize;
use thiserror::Error;

/// Why a journey has no score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Error)]
#[serde(rename_all = "kebab-case")]
pub enum NoScore {
    /// A journey without touchpoints has nothing to remember.
    #[error("the journey has no touchpoints yet")]
    NoTouchpoints,
    /// The scale's bounds are not usable (e.g. min ≥ max), so no percentage exists.
    #[error("the journey's scale is not valid")]
    BadScale,
    /// A rating is not a finite number (only possible for a journey built by hand).
    #[error("touchpoint {index} has a rating that is not a number")]
    RatingNotANumber { index: usize },
    /// A duration is negative or not a finite number.
    #[error("touchpoint {index} has a duration that is not zero or more")]
    BadDuration { index: usize },
    /// The memory model's weights or end window are not usable.
    #[error("the memory model settings are not valid")]
    BadMemoryModel,
}

/// The scores of a journey with at least one touchpoint. Indices are 0-based positions
/// in `journey.touchpoints`. Every number is finite.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scores {
    /// Remembered score R (peak-end, per the journey's memory model), on the journey's scale.
    pub remembered: f64,
    /// Experienced score E (duration-weighted mean), on the journey's scale.
    pub experienced: f64,
    /// Memory gap R − E.
    pub gap: f64,
    /// R on 0–100 (scale min → 0, max → 100).
    pub remembered_pct: f64,
    /// E on 0–100.
    pub experienced_pct: f64,
    /// The gap in percentage points of the scale.
    pub gap_pct: f64,
    /// Index of the peak (most intense moment |r − m|, sign kept, or the user's mark).
    pub peak: usize,
    /// Index of the end (the last moment, or the user's mark).
    pub end: usize,
    /// Index of the best moment (highest rating; the earliest on a tie).
    pub best: usize,
    /// Index of the worst moment (lowest rating; the earliest on a tie).
    pub worst: usize,
    /// Total: Σ dᵢ·(rᵢ − m), the signed area between the curve and neutral.
    pub total: f64,
    /// Σ dᵢ.
    pub total_duration: f64,
    /// Every touchpoint as intense as the most intense one (the automatic peak is the
    /// first of these). Always holds at least one index.
    pub peak_ties: Vec<usize>,
    /// Whether `peak` comes from the user's mark.
    pub peak_marked: bool,
    /// Whether `end` comes from the user's mark.
    pub end_marked: bool,
    /// The peak term that entered R: r_peak, or (r_best + r_worst)/2 with split peaks.
    pub peak_rating: f64,
    /// The end term that entered R: the mean of the end window.
    pub end_rating: f64,
    /// First index of the end window (`end_window_first..=end`).
    pub end_window_first: usize,
    /// The most intense moment above neutral, if any.
    pub positive_peak: Option<usize>,
    /// The most intense moment below neutral, if any.
    pub negative_peak: Option<usize>,
    /// Whether the split-peaks variant was applied (it needs a mixed journey and no peak mark).
    pub split_peaks_applied: bool,
    /// Rise of the least-squares line over the second half (last ⌈n/2⌉ touchpoints),
    /// in rating points; 0 with fewer than two touchpoints there.
    pub trend: f64,
    /// The trend in percentage points of the scale.
    pub trend_pct: f64,
}

/// Scores a journey: R = (w_p·r_peak + w_e·r_end)/(w_p + w_e) [+ w_t·trend], E = Σ dᵢ·rᵢ / Σ dᵢ.
pub fn score(j: &Journey) -> Result<Scores, NoScore> {
    Ok(Engine::new(j)?.scores())
}

/// Rounds away binary noise (0.30000000000000004) so equal effects rank as equal.
pub(crate) fn tidy(x: f64) -> f64 {
    let v = (x * 1e9).round() / 1e9;
    if v == 0.0 { 0.0 } else { v }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, apply};

    fn journey(ratings: &[f64]) -> Journey {
        let mut j = Journey::new("t");
        for r in ratings {
            let a = Action::AddTouchpoint {
                name: "x".into(),
                rating: *r,
                after: None,
            };
            apply(&mut j, a).unwrap();
        }
        j
    }

    #[test]
    fn hand_worked_telecom_ending() {
        // ratings 3, 4, 2, −4: |4| = |−4|, so both are peak candidates; the one below
        // neutral wins the tie (bad weighs more than good), and both are reported as ties.
        // End = −4. R = (−4 + −4)/2 = −4; E = (3+4+2−4)/4 = 1.25; gap = −5.25.
        let s = score(&journey(&[3.0, 4.0, 2.0, -4.0])).unwrap();
        assert_eq!((s.peak, s.end, s.best, s.worst), (3, 3, 1, 3));
        assert_eq!(s.peak_ties, [1, 3]);
        assert_eq!(s.remembered, -4.0);
        assert_eq!(s.experienced, 1.25);
        assert_eq!(s.gap, -5.25);
        assert_eq!(s.remembered_pct, 10.0);
        assert_eq!(s.gap_pct, -52.5);
        // Two equally intense moments on the same side: the earlier is the peak.
        let s = score(&journey(&[-3.0, 1.0, -3.0, 0.0])).unwrap();
        assert_eq!(s.peak, 0);
    }

    #[test]
    fn empty_journey_has_no_score() {
        assert_eq!(score(&journey(&[])), Err(NoScore::NoTouchpoints));
    }

    #[test]
    fn durations_weight_the_experienced_score() {
        // (−2·3 + 4·1) / 4 = −0.5
        let mut j = journey(&[-2.0, 4.0]);
        j.touchpoints[0].duration = 3.0;
        assert_eq!(score(&j).unwrap().experienced, -0.5);
        // All durations zero: plain mean (−2 + 4)/2 = 1.
        j.touchpoints[0].duration = 0.0;
        j.touchpoints[1].duration = 0.0;
        assert_eq!(score(&j).unwrap().experienced, 1.0);
    }

    #[test]
    fn a_marked_peak_overrides_the_automatic_one() {
        let mut j = journey(&[1.0, -5.0, 2.0]);
        assert_eq!(score(&j).unwrap().remembered, -1.5); // (−5 + 2)/2
        let id = j.touchpoints[0].id;
        apply(&mut j, Action::TogglePeakMark(id)).unwrap();
        assert_eq!(score(&j).unwrap().remembered, 1.5); // (1 + 2)/2
    }

    #[test]
    fn hand_built_nonsense_gets_a_reason_not_nan() {
        let mut j = journey(&[1.0, 2.0]);
        j.touchpoints[1].rating = f64::NAN;
        assert_eq!(score(&j), Err(NoScore::RatingNotANumber { index: 1 }));
        j.touchpoints[1].rating = 2.0;
        j.touchpoints[0].duration = -1.0;
        assert_eq!(score(&j), Err(NoScore::BadDuration { index: 0 }));
        j.touchpoints[0].duration = f64::MAX;
        j.touchpoints[1].duration = f64::MAX;
        let s = score(&j).unwrap();
        assert_eq!(
            s.experienced, 1.5,
            "huge durations do not overflow the mean"
        );
        assert!(s.total.is_finite() && s.total_duration.is_finite());
        j.scale.max = j.scale.min;
        assert_eq!(score(&j), Err(NoScore::BadScale));
    }
}
