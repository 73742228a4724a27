//! Scores a journey the way the peak-end rule says it will be remembered, next to how it
//! was lived. Definitions are in the README ("What the scores mean").
//!
//! Pure Rust: never imports yew, web-sys or wasm-bindgen. The UI only calls in here.

use crate::model::Journey;
use serde::Serialize;

/// Why a journey has no score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoScore {
    /// A journey without touchpoints has nothing to remember.
    NoTouchpoints,
}

/// The scores of a journey with at least one touchpoint.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scores {
    /// Remembered score R (peak-end), on the journey's scale.
    pub remembered: f64,
    /// Experienced score E (duration-weighted mean), on the journey's scale.
    pub experienced: f64,
    /// Memory gap R − E.
    pub gap: f64,
    pub remembered_pct: f64,
    pub experienced_pct: f64,
    /// The gap in percentage points of the scale.
    pub gap_pct: f64,
    /// Index of the peak (most intense moment, or the user's mark).
    pub peak: usize,
    /// Index of the end (the last moment, or the user's mark).
    pub end: usize,
    pub best: usize,
    pub worst: usize,
}

/// Scores a journey: R = ½·r_peak + ½·r_end, E = Σ dᵢ·rᵢ / Σ dᵢ.
pub fn score(j: &Journey) -> Result<Scores, NoScore> {
    let tps = &j.touchpoints;
    if tps.is_empty() {
        return Err(NoScore::NoTouchpoints);
    }
    let m = j.scale.neutral;
    let intensity = |i: usize| (tps[i].rating - m).abs();
    // First of equals wins, so ties resolve to the earliest moment.
    let auto_peak = (0..tps.len()).fold(0, |b, i| if intensity(i) > intensity(b) { i } else { b });
    let best = (0..tps.len()).fold(0, |b, i| if tps[i].rating > tps[b].rating { i } else { b });
    let worst = (0..tps.len()).fold(0, |b, i| if tps[i].rating < tps[b].rating { i } else { b });
    let peak = j
        .marks
        .peak
        .and_then(|id| j.index_of(id))
        .unwrap_or(auto_peak);
    let end = j
        .marks
        .end
        .and_then(|id| j.index_of(id))
        .unwrap_or(tps.len() - 1);
    let remembered = 0.5 * tps[peak].rating + 0.5 * tps[end].rating;
    let total_d: f64 = tps.iter().map(|t| t.duration).sum();
    let experienced = if total_d > 0.0 {
        tps.iter().map(|t| t.duration * t.rating).sum::<f64>() / total_d
    } else {
        // All durations zero: every moment counts the same.
        tps.iter().map(|t| t.rating).sum::<f64>() / tps.len() as f64
    };
    let gap = remembered - experienced;
    Ok(Scores {
        remembered,
        experienced,
        gap,
        remembered_pct: j.scale.to_percent(remembered),
        experienced_pct: j.scale.to_percent(experienced),
        gap_pct: j.scale.delta_to_percent(gap),
        peak,
        end,
        best,
        worst,
    })
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
        // ratings 3, 4, 2, -4: peak = -4 (|−4| > |4| tie? no: 4 = 4, first wins → index 1 = +4)
        // Here |4| == |−4|: the earliest, +4 at index 1, is the peak. End = −4.
        // R = (4 + −4)/2 = 0; E = (3+4+2−4)/4 = 1.25; gap = −1.25.
        let s = score(&journey(&[3.0, 4.0, 2.0, -4.0])).unwrap();
        assert_eq!((s.peak, s.end, s.best, s.worst), (1, 3, 1, 3));
        assert_eq!(s.remembered, 0.0);
        assert_eq!(s.experienced, 1.25);
        assert_eq!(s.gap, -1.25);
        assert_eq!(s.remembered_pct, 50.0);
        assert_eq!(s.gap_pct, -12.5);
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
}
