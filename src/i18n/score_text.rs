//! The score card's and the formula's words: the numbers of `analysis` as a person reads
//! them. The workspace's card and the course embed's show the same text from here.
//!
//! Pure Rust: never imports yew, web-sys or wasm-bindgen.

use super::{Lang, T, formula_end, formula_peak, formula_remembered, formula_split};
use super::{formula_trend, gap_points};
use crate::analysis::{Formula, Scores};
use crate::model::Journey;

/// One tile of the score card in words: the score as shown, and its 0–100 line.
#[derive(Clone, Debug, PartialEq)]
pub struct TileText {
    /// "−4.5", or for the gap with its sign, "+1.5".
    pub shown: String,
    /// "28 out of 100", or for the gap "−15 pt".
    pub pct: String,
}

/// The words of a tile: `signed` for the gap, which shows its sign and points.
pub fn tile_text(l: Lang, value: f64, pct: f64, signed: bool) -> TileText {
    let shown = if signed && value > 0.0 {
        format!("+{}", l.number(value, 1))
    } else {
        l.number(value, 1)
    };
    let pct = if signed {
        gap_points(l, pct)
    } else {
        format!("{} {}", l.number(pct, 0), T::OutOf100.get(l))
    };
    TileText { shown, pct }
}

/// What the gap means in one line: remembered worse, better, or as lived.
pub fn gap_explain(l: Lang, s: &Scores) -> &'static str {
    let key = if s.gap_pct < -0.5 {
        T::GapExplainWorse
    } else if s.gap_pct > 0.5 {
        T::GapExplainBetter
    } else {
        T::GapExplainNone
    };
    key.get(l)
}

/// "How is this calculated?" in words, with `j`'s own moments and numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct FormulaText {
    /// "Remembered = 50 % × peak (−8) + 50 % × end (−7) = −7.5".
    pub remembered: String,
    /// Which moment is the peak and why (or the best and the worst, under split peaks).
    pub peak: String,
    /// Which moment is the end, and the window it averages.
    pub end: String,
    /// The trend's line, when the trend counts.
    pub trend: Option<String>,
}

/// The lines of `f`, the formula of `j`.
pub fn formula_text(l: Lang, j: &Journey, f: &Formula) -> FormulaText {
    let tps = &j.touchpoints;
    let name = |i: usize| tps.get(i).map_or("", |t| t.name.as_str());
    let rating = |i: usize| tps.get(i).map_or(0.0, |t| t.rating);
    let trend = (f.trend_weight > 0.0).then_some((f.trend_weight, f.trend));
    let peak = match f.split {
        Some((best, worst)) => formula_split(
            l,
            (name(best), rating(best)),
            (name(worst), rating(worst)),
            f.peak_term,
        ),
        None => formula_peak(l, name(f.peak), rating(f.peak), f.peak_marked),
    };
    FormulaText {
        remembered: formula_remembered(
            l,
            (f.peak_share, f.end_share),
            (f.peak_term, f.end_term),
            trend,
            f.remembered,
        ),
        peak,
        end: formula_end(
            l,
            name(f.end),
            rating(f.end),
            f.end_marked,
            f.end_window,
            f.end_term,
        ),
        trend: trend.map(|(w, t)| formula_trend(l, w, t)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis;
    use crate::model::{self, Action};

    fn journey(ratings: &[(&str, f64)]) -> Journey {
        let mut j = Journey::new("Test");
        j.scale = model::Scale {
            min: -10.0,
            max: 0.0,
            neutral: -5.0,
            step: 1.0,
        };
        for (name, rating) in ratings {
            let add = Action::AddTouchpoint {
                name: (*name).into(),
                rating: *rating,
                after: j.touchpoints.last().map(|t| t.id),
            };
            model::apply(&mut j, add).unwrap();
        }
        j
    }

    #[test]
    fn tiles_read_as_the_card_shows_them() {
        assert_eq!(
            tile_text(Lang::En, -7.5, 25.0, false),
            TileText {
                shown: "−7.5".into(),
                pct: "25 of 100".into()
            }
        );
        assert_eq!(tile_text(Lang::Nl, 1.5, 15.0, true).shown, "+1,5");
        assert_eq!(tile_text(Lang::Nl, 1.5, 15.0, true).pct, "+15 punten");
        assert_eq!(tile_text(Lang::En, -2.0, -20.0, true).shown, "−2");
        assert_eq!(tile_text(Lang::En, 0.0, 0.0, true).shown, "0");
    }

    #[test]
    fn the_formula_names_the_journeys_own_moments() {
        // Peak −8 (minute 3), end −7 (minute 4): R = ½ × −8 + ½ × −7 = −7.5.
        let j = journey(&[("m1", -2.0), ("m2", -4.0), ("m3", -8.0), ("m4", -7.0)]);
        let f = analysis::formula(&j).unwrap();
        let t = formula_text(Lang::En, &j, &f);
        assert_eq!(
            t.remembered,
            "Remembered = 50 % × peak (−8) + 50 % × end (−7) = −7.5"
        );
        assert!(t.peak.starts_with("Peak: “m3” (−8)"), "{}", t.peak);
        assert_eq!(t.end, "End: “m4” (−7), the last touchpoint.");
        assert_eq!(t.trend, None);
        let s = analysis::score(&j).unwrap();
        assert_eq!(gap_explain(Lang::En, &s), T::GapExplainWorse.get(Lang::En));
    }
}
