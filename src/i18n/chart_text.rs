//! The chart's text alternative: one sentence per language that says what the curve shows,
//! with the numbers that enter the remembered score. The live canvas and the still picture
//! (report, shared view) both use [`describe`], so a screen reader hears the same thing
//! wherever the chart is.
//!
//! Pure Rust: never imports yew, web-sys or wasm-bindgen.

use super::{Lang, T, quoted, signed, touchpoint_count};
use crate::analysis::{self, Scores};
use crate::model::Journey;

/// What the chart of `j` shows, in `lang`: how many touchpoints, the peak and the end.
/// With split peaks it names the best and the worst moment; with an end that averages
/// several touchpoints it says so, with that average.
pub fn describe(lang: Lang, j: &Journey) -> String {
    match analysis::score(j) {
        Ok(s) => sentence(lang, j, &s),
        Err(_) => T::ChartSummaryEmpty.get(lang).to_string(),
    }
}

fn sentence(lang: Lang, j: &Journey, s: &Scores) -> String {
    let name = |i: usize| quoted(lang, j.touchpoints.get(i).map_or("", |t| t.name.as_str()));
    let rating = |i: usize| j.touchpoints.get(i).map_or(0.0, |t| t.rating);
    let n = touchpoint_count(lang, j.touchpoints.len());
    let num = |v: f64| lang.number(v, 1);
    let peak = if s.split_peaks_applied {
        let (b, w) = (s.best, s.worst);
        let (bn, br, wn, wr) = (
            name(b),
            signed(lang, rating(b), 1),
            name(w),
            signed(lang, rating(w), 1),
        );
        let t = num(s.peak_rating);
        match lang {
            Lang::En => format!(
                "The best moment is {bn} ({br}) and the worst is {wn} ({wr}); together they count as the peak ({t})"
            ),
            Lang::Nl => format!(
                "Het beste moment is {bn} ({br}) en het slechtste {wn} ({wr}); samen tellen ze als de piek ({t})"
            ),
        }
    } else {
        let (pn, pr) = (name(s.peak), num(s.peak_rating));
        match lang {
            Lang::En => format!("The peak is {pn} ({pr})"),
            Lang::Nl => format!("De piek is {pn} ({pr})"),
        }
    };
    let window = s.end + 1 - s.end_window_first.min(s.end);
    let (en, er) = (name(s.end), num(s.end_rating));
    let end = match (lang, window) {
        (Lang::En, 1) => format!("the end is {en} ({er})"),
        (Lang::Nl, 1) => format!("het einde is {en} ({er})"),
        (Lang::En, k) => format!("the end is the average of the {k} touchpoints up to {en} ({er})"),
        (Lang::Nl, k) => {
            format!("het einde is het gemiddelde van de {k} contactmomenten tot en met {en} ({er})")
        }
    };
    match lang {
        Lang::En => format!("A curve of {n}. {peak}; {end}."),
        Lang::Nl => format!("Een curve van {n}. {peak}; {end}."),
    }
}

/// The live chart's words: the caption under the curve (what [`describe`] says, and how
/// many stories each touchpoint has), and the canvas's text alternative, which adds the
/// lanes' key facts. `stories` holds one count per touchpoint, or nothing.
pub fn chart_words(lang: Lang, j: &Journey, stories: &[usize]) -> (String, String) {
    let names: Vec<&str> = j.touchpoints.iter().map(|t| t.name.as_str()).collect();
    let told = super::stories::chart_sentence(lang, &names, stories);
    let base = describe(lang, j);
    let summary = if told.is_empty() {
        base
    } else {
        format!("{base} {told}")
    };
    // The caption stays short: the lanes write their facts out under their own picture.
    let lanes = super::lanes::facts::lanes_alternative(lang, j);
    let label = [T::Chart.get(lang), summary.as_str(), lanes.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| s.trim_end_matches('.'))
        .collect::<Vec<_>>()
        .join(". ")
        + ".";
    (summary, label)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, MemoryModel, apply};

    fn journey(touchpoints: &[(&str, f64)]) -> Journey {
        let mut j = Journey::new("t");
        for (name, rating) in touchpoints {
            let a = Action::AddTouchpoint {
                name: (*name).into(),
                rating: *rating,
                after: None,
            };
            apply(&mut j, a).unwrap();
        }
        j
    }

    fn telecom() -> Journey {
        journey(&[
            ("Sign up", 3.0),
            ("Travel", 4.0),
            ("Renew", 2.0),
            ("Cancel", -5.0),
        ])
    }

    #[test]
    fn names_the_peak_and_the_end_with_their_ratings() {
        let j = telecom();
        assert_eq!(
            describe(Lang::En, &j),
            "A curve of 4 touchpoints. The peak is “Cancel” (−5); the end is “Cancel” (−5)."
        );
        assert_eq!(
            describe(Lang::Nl, &j),
            "Een curve van 4 contactmomenten. De piek is ‘Cancel’ (−5); het einde is ‘Cancel’ (−5)."
        );
        let one = journey(&[("Alone", 2.0)]);
        assert!(describe(Lang::Nl, &one).starts_with("Een curve van 1 contactmoment."));
        assert_eq!(
            describe(Lang::En, &Journey::new("empty")),
            T::ChartSummaryEmpty.get(Lang::En)
        );
    }

    #[test]
    fn an_end_over_several_touchpoints_says_so_with_its_average() {
        let mut j = telecom();
        let model = MemoryModel {
            end_window: 3,
            ..j.memory
        };
        apply(&mut j, Action::SetMemoryModel(model)).unwrap();
        // (4 + 2 − 5) / 3 ≈ 0.33: the number that enters the remembered score.
        let s = describe(Lang::En, &j);
        assert!(
            s.ends_with("the end is the average of the 3 touchpoints up to “Cancel” (0.3)."),
            "{s}"
        );
        let s = describe(Lang::Nl, &j);
        assert!(
            s.ends_with(
                "het einde is het gemiddelde van de 3 contactmomenten tot en met ‘Cancel’ (0,3)."
            ),
            "{s}"
        );
    }

    #[test]
    fn split_peaks_name_the_best_and_the_worst() {
        let mut j = telecom();
        let model = MemoryModel {
            split_peaks: true,
            ..j.memory
        };
        apply(&mut j, Action::SetMemoryModel(model)).unwrap();
        // (4 + −5) / 2 = −0.5.
        let s = describe(Lang::En, &j);
        assert!(
            s.contains(
                "The best moment is “Travel” (+4) and the worst is “Cancel” (−5); together they count as the peak (−0.5)"
            ),
            "{s}"
        );
        assert!(describe(Lang::Nl, &j).contains("samen tellen ze als de piek (−0,5)"));
    }

    #[test]
    fn the_live_chart_says_what_the_curve_shows_and_counts_stories() {
        let j = telecom();
        let (summary, label) = chart_words(Lang::En, &j, &[]);
        assert_eq!(summary, describe(Lang::En, &j));
        assert_eq!(
            label,
            format!(
                "{}. {}.",
                T::Chart.get(Lang::En),
                summary.trim_end_matches('.')
            )
        );
        let (summary, _) = chart_words(Lang::En, &j, &[0, 2, 0, 1]);
        assert!(
            summary.ends_with("Stories per touchpoint: “Travel” 2, “Cancel” 1."),
            "{summary}"
        );
    }
}
