//! The remembered score written out as the journey's memory model computes it: the
//! normalised weights, which moments entered each term, and their values, so the UI can
//! show the formula with the journey's own numbers without doing any arithmetic.

use super::{NoScore, Scores, score};
use crate::model::Journey;
use serde::Serialize;

/// R = peak_share·peak_term + end_share·end_term [+ trend_weight·trend], clamped to the scale.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Formula {
    /// The peak's share of the weight, 0–1 (peak_share + end_share = 1).
    pub peak_share: f64,
    /// The end's share of the weight, 0–1.
    pub end_share: f64,
    /// Index of the peak (automatic or marked).
    pub peak: usize,
    pub peak_marked: bool,
    /// With split peaks applied: the best and the worst moment, whose mean is the peak term.
    pub split: Option<(usize, usize)>,
    /// The value that entered R for the peak.
    pub peak_term: f64,
    /// Index of the end (automatic or marked).
    pub end: usize,
    pub end_marked: bool,
    /// How many touchpoints the end term averages (the end window as applied).
    pub end_window: usize,
    /// The value that entered R for the end.
    pub end_term: f64,
    /// The trend's weight; 0 when the trend is off.
    pub trend_weight: f64,
    /// The rise over the second half, in rating points (shown even when its weight is 0).
    pub trend: f64,
    pub remembered: f64,
    pub experienced: f64,
    /// Whether this is the classic rule (½ peak + ½ last moment, no variants).
    pub classic: bool,
}

/// The formula of `j`'s remembered score, with the journey's own moments and numbers.
pub fn formula(j: &Journey) -> Result<Formula, NoScore> {
    let s = score(j)?;
    Ok(from_scores(j, &s))
}

/// The formula for scores already computed for `j` (avoids scoring twice).
pub fn from_scores(j: &Journey, s: &Scores) -> Formula {
    let m = &j.memory;
    // score() succeeded, so the model is valid and the weights' sum is positive.
    let sum = m.peak_weight + m.end_weight;
    Formula {
        peak_share: m.peak_weight / sum,
        end_share: m.end_weight / sum,
        peak: s.peak,
        peak_marked: s.peak_marked,
        split: s.split_peaks_applied.then_some((s.best, s.worst)),
        peak_term: s.peak_rating,
        end: s.end,
        end_marked: s.end_marked,
        end_window: s.end - s.end_window_first + 1,
        end_term: s.end_rating,
        trend_weight: m.trend_weight,
        trend: s.trend,
        remembered: s.remembered,
        experienced: s.experienced,
        classic: m.is_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::{Action, MemoryModel, apply};
    use crate::presets::telecom;

    #[test]
    fn the_classic_rule_on_the_example() {
        let f = formula(&telecom(Lang::En)).unwrap();
        assert_eq!((f.peak_share, f.end_share), (0.5, 0.5));
        assert_eq!((f.peak, f.end, f.end_window), (8, 8, 1));
        assert_eq!((f.peak_term, f.end_term, f.remembered), (-5.0, -5.0, -5.0));
        assert!(f.classic && !f.peak_marked && !f.end_marked && f.split.is_none());
    }

    #[test]
    fn the_parts_add_up_to_the_score_under_every_option() {
        let mut j = telecom(Lang::En);
        let m = MemoryModel {
            peak_weight: 1.0,
            end_weight: 3.0,
            end_window: 3,
            split_peaks: true,
            trend_weight: 0.25,
        };
        apply(&mut j, Action::SetMemoryModel(m)).unwrap();
        let f = formula(&j).unwrap();
        assert_eq!((f.peak_share, f.end_share), (0.25, 0.75));
        assert_eq!(f.end_window, 3);
        // best "Help getting started" (+4, index 1), worst the bare link (−5, index 8).
        assert_eq!(f.split, Some((1, 8)));
        assert_eq!(f.peak_term, -0.5);
        assert_eq!(f.end_term, -4.0); // (−4 − 3 − 5) / 3
        assert!(!f.classic);
        let sum = f.peak_share * f.peak_term + f.end_share * f.end_term + f.trend_weight * f.trend;
        assert!(
            (sum - f.remembered).abs() < 1e-9,
            "{sum} vs {}",
            f.remembered
        );
    }

    #[test]
    fn marks_are_reported_and_an_empty_journey_has_no_formula() {
        let mut j = telecom(Lang::En);
        let first = j.touchpoints[0].id;
        apply(&mut j, Action::ToggleEndMark(first)).unwrap();
        let f = formula(&j).unwrap();
        assert!(f.end_marked && f.end == 0);
        assert_eq!(
            formula(&crate::model::Journey::new("x")),
            Err(NoScore::NoTouchpoints)
        );
    }
}
