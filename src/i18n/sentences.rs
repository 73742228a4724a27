//! Sentences built around values (names, numbers, counts), one whole sentence per
//! language, so each follows its own word order. Pure Rust.

use super::Lang;
use super::number::count;
use super::plural::{Noun, counted};

/// The works behind the remembered score; citations read the same in every language.
pub const SOURCES: [&str; 4] = [
    "Kahneman, D., Fredrickson, B. L., Schreiber, C. A. & Redelmeier, D. A. (1993). When more pain is preferred to less: adding a better end. Psychological Science 4(6), 401–405.",
    "Redelmeier, D. A. & Kahneman, D. (1996). Patients' memories of painful medical treatments. Pain 66(1), 3–8.",
    "Redelmeier, D. A., Katz, J. & Kahneman, D. (2003). Memories of colonoscopy: a randomized trial. Pain 104(1–2), 187–194.",
    "Alaybek, B., Dalal, R. S., Fyffe, S., Aitken, J. A., Zhou, Y., Qu, X., Roman, A. & Baines, J. I. (2022). All's well that ends (and peaks) well? A meta-analysis of the peak-end rule. Organizational Behavior and Human Decision Processes 170, 104149.",
];

/// A number with an explicit sign when positive ("+0.5"), the local way.
pub fn signed(lang: Lang, v: f64, decimals: usize) -> String {
    let s = lang.number(v, decimals);
    if s.starts_with('−') || s == "0" {
        s
    } else {
        format!("+{s}")
    }
}

/// A name in the language's quotation marks.
pub(crate) fn quoted(lang: Lang, name: &str) -> String {
    // A name that is a quotation itself ("“File a complaint”", what a call centre said)
    // already wears its marks: a second pair would read ““…””.
    const PAIRS: [(char, char); 5] = [('“', '”'), ('‘', '’'), ('"', '"'), ('\'', '\''), ('„', '”')];
    let mut chars = name.chars();
    let (first, last) = (chars.next(), chars.next_back());
    if PAIRS
        .iter()
        .any(|p| Some(p.0) == first && Some(p.1) == last)
    {
        return name.to_string();
    }
    match lang {
        Lang::En => format!("“{name}”"),
        Lang::Nl => format!("‘{name}’"),
    }
}

/// The memory gap on the 0–100 scale: "−85 pt" / "−85 punten".
pub fn gap_points(lang: Lang, points: f64) -> String {
    let p = signed(lang, points, 0);
    let one = p.trim_start_matches(['+', '−']) == "1";
    match (lang, one) {
        (Lang::En, _) => format!("{p} pt"),
        (Lang::Nl, true) => format!("{p} punt"),
        (Lang::Nl, false) => format!("{p} punten"),
    }
}

/// A scale's range for a picker: "−5 to +5", "0 to 10".
pub fn scale_range(lang: Lang, min: f64, max: f64) -> String {
    let lo = lang.number(min, 2);
    let hi = if min < 0.0 {
        signed(lang, max, 2)
    } else {
        lang.number(max, 2)
    };
    match lang {
        Lang::En => format!("{lo} to {hi}"),
        Lang::Nl => format!("{lo} tot {hi}"),
    }
}

/// The hint under the rating field: "Ratings go from −5 to +5."
pub fn scale_hint(lang: Lang, min: f64, max: f64) -> String {
    let range = scale_range(lang, min, max);
    match lang {
        Lang::En => format!("Ratings go from {range}."),
        Lang::Nl => format!("Scores lopen van {range}."),
    }
}

/// A group vote outside the scale: "Not counted: type a number from −5 to +5."
pub fn vote_range(lang: Lang, min: f64, max: f64) -> String {
    let range = scale_range(lang, min, max);
    match lang {
        Lang::En => format!("Not counted: type a number from {range}."),
        Lang::Nl => format!("Telt niet mee: typ een getal van {range}."),
    }
}

/// Pasted text that is not a number: "Not a number: “lots”".
pub fn not_a_number(lang: Lang, text: &str) -> String {
    let t = quoted(lang, text);
    match lang {
        Lang::En => format!("Not a number: {t}"),
        Lang::Nl => format!("Geen getal: {t}"),
    }
}

/// The label of the button that removes a participant of a group round.
pub fn remove_participant(lang: Lang, who: &str) -> String {
    match lang {
        Lang::En => format!("Remove {who}, with their ratings"),
        Lang::Nl => format!("{who} verwijderen, samen met de gegeven scores"),
    }
}

/// After a conflicting save: both versions are kept, and yours is open under this title.
pub fn kept_as_copy(lang: Lang, title: &str) -> String {
    let t = quoted(lang, title);
    match lang {
        Lang::En => format!(
            "This journey was also changed in another tab. Both versions are kept: yours is open as {t}."
        ),
        Lang::Nl => format!(
            "Deze klantreis is ook in een ander tabblad gewijzigd. Beide versies zijn bewaard: de jouwe is geopend als {t}."
        ),
    }
}

/// The question asked before a new scale is applied.
pub fn scale_confirm(lang: Lang, range: &str) -> String {
    match lang {
        Lang::En => format!(
            "Change the rating scale to {range}? Every existing rating will be moved to the same position on the new scale. Undo brings the old ratings back."
        ),
        Lang::Nl => format!(
            "De schaal veranderen naar {range}? Elke bestaande score schuift naar dezelfde plek op de nieuwe schaal. Met Ongedaan maken komen de oude scores terug."
        ),
    }
}

/// The remembered score as its formula: "Remembered = 50 % × peak (−5) + 50 % × end (−5) = −5".
pub fn formula_remembered(
    lang: Lang,
    shares: (f64, f64),
    terms: (f64, f64),
    trend: Option<(f64, f64)>,
    result: f64,
) -> String {
    let pct = |s: f64| lang.number(s * 100.0, 1);
    let (pp, ep) = (pct(shares.0), pct(shares.1));
    let (pt, et) = (lang.number(terms.0, 2), lang.number(terms.1, 2));
    let r = lang.number(result, 2);
    let (label, peak, end, tr) = match lang {
        Lang::En => ("Remembered", "peak", "end", "trend"),
        Lang::Nl => ("Herinnerd", "piek", "einde", "trend"),
    };
    let trend = trend.map_or(String::new(), |(w, t)| {
        format!(" + {} × {tr} ({})", lang.number(w, 2), signed(lang, t, 2))
    });
    format!("{label} = {pp} % × {peak} ({pt}) + {ep} % × {end} ({et}){trend} = {r}")
}

/// Which touchpoint is the peak, and why.
pub fn formula_peak(lang: Lang, name: &str, rating: f64, marked: bool) -> String {
    let (n, r) = (quoted(lang, name), lang.number(rating, 2));
    match (lang, marked) {
        (Lang::En, false) => {
            format!("Peak: {n} ({r}), found automatically as the most intense moment.")
        }
        (Lang::En, true) => format!("Peak: {n} ({r}), marked by hand."),
        (Lang::Nl, false) => {
            format!("Piek: {n} ({r}), automatisch gevonden als het heftigste moment.")
        }
        (Lang::Nl, true) => format!("Piek: {n} ({r}), met de hand gemarkeerd."),
    }
}

/// The peak term under split peaks: the mean of the best and the worst moment.
pub fn formula_split(lang: Lang, best: (&str, f64), worst: (&str, f64), term: f64) -> String {
    let (bn, br) = (quoted(lang, best.0), signed(lang, best.1, 2));
    let (wn, wr) = (quoted(lang, worst.0), signed(lang, worst.1, 2));
    let t = lang.number(term, 2);
    match lang {
        Lang::En => format!(
            "Peak term: the average of the best moment {bn} ({br}) and the worst {wn} ({wr}) = {t}, because the best and the worst count separately."
        ),
        Lang::Nl => format!(
            "Piekterm: het gemiddelde van het beste moment {bn} ({br}) en het slechtste {wn} ({wr}) = {t}, omdat beste en slechtste apart meetellen."
        ),
    }
}

/// Which touchpoint is the end, how it was chosen, and the window it averages.
pub fn formula_end(
    lang: Lang,
    name: &str,
    rating: f64,
    marked: bool,
    window: usize,
    term: f64,
) -> String {
    let (n, r, t) = (
        quoted(lang, name),
        lang.number(rating, 2),
        lang.number(term, 2),
    );
    let how = match (lang, marked) {
        (Lang::En, false) => "the last touchpoint",
        (Lang::En, true) => "marked by hand",
        (Lang::Nl, false) => "het laatste contactmoment",
        (Lang::Nl, true) => "met de hand gemarkeerd",
    };
    match (lang, window) {
        (Lang::En, 1) => format!("End: {n} ({r}), {how}."),
        (Lang::Nl, 1) => format!("Einde: {n} ({r}), {how}."),
        (Lang::En, k) => {
            format!("End: the average of the {k} touchpoints up to {n} ({how}) = {t}.")
        }
        (Lang::Nl, k) => format!(
            "Einde: het gemiddelde van de {k} contactmomenten tot en met {n} ({how}) = {t}."
        ),
    }
}

/// The trend term, when it counts.
pub fn formula_trend(lang: Lang, weight: f64, rise: f64) -> String {
    let (w, r) = (lang.number(weight, 2), signed(lang, rise, 2));
    match lang {
        Lang::En => format!(
            "Trend: over the second half the ratings change by {r}; it counts with weight {w}."
        ),
        Lang::Nl => format!(
            "Trend: in de tweede helft veranderen de scores met {r}; die trend telt mee met gewicht {w}."
        ),
    }
}

/// One line of "what to fix first".
pub fn fix_sentence(lang: Lang, name: &str, step: f64, remembered: f64, lived: f64) -> String {
    let n = quoted(lang, name);
    let (dr, de) = (lang.number(remembered.abs(), 2), signed(lang, lived, 2));
    let one = if step == 1.0 {
        match lang {
            Lang::En => "one point".to_string(),
            Lang::Nl => "één punt".to_string(),
        }
    } else {
        match lang {
            Lang::En => format!("one step ({})", lang.number(step, 2)),
            Lang::Nl => format!("één stap ({})", lang.number(step, 2)),
        }
    };
    match lang {
        Lang::En => {
            let effect = if remembered == 0.0 {
                "does not change the remembered score".to_string()
            } else if remembered > 0.0 {
                format!("lifts the remembered score by {dr}")
            } else {
                format!("lowers the remembered score by {dr}")
            };
            format!("Making {n} {one} better {effect} (lived: {de})")
        }
        // Dutch puts the verb second after the "als" clause: "Als …, stijgt de score met …".
        Lang::Nl => {
            let effect = if remembered == 0.0 {
                "verandert de herinnerde score niet".to_string()
            } else if remembered > 0.0 {
                format!("stijgt de herinnerde score met {dr}")
            } else {
                format!("daalt de herinnerde score met {dr}")
            };
            format!("Als {n} {one} beter wordt, {effect} (beleefd: {de})")
        }
    }
}

/// A touchpoint that cannot be improved any further.
pub fn fix_at_max(lang: Lang, name: &str) -> String {
    let n = quoted(lang, name);
    match lang {
        Lang::En => format!("{n} is already at the top of the scale."),
        Lang::Nl => format!("{n} staat al bovenaan de schaal."),
    }
}

/// The line of "what to fix first" for `f`, the fix of the touchpoint named `name`.
pub fn fix_line(lang: Lang, name: &str, f: &crate::analysis::Fix) -> String {
    if f.at_max() {
        fix_at_max(lang, name)
    } else {
        fix_sentence(
            lang,
            name,
            f.to - f.from,
            f.delta_remembered,
            f.delta_experienced,
        )
    }
}

/// The toggle that reveals the whole ranking.
pub fn show_all(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("Show all {}", count(lang, n)),
        Lang::Nl => format!("Alle {} tonen", count(lang, n)),
    }
}

/// A touchpoint only in the to-be journey.
pub fn change_added(lang: Lang, name: &str, rating: f64) -> String {
    let (n, r) = (quoted(lang, name), lang.number(rating, 2));
    match lang {
        Lang::En => format!("Added: {n} ({r})"),
        Lang::Nl => format!("Toegevoegd: {n} ({r})"),
    }
}

/// A touchpoint only in the as-is journey.
pub fn change_removed(lang: Lang, name: &str, rating: f64) -> String {
    let (n, r) = (quoted(lang, name), lang.number(rating, 2));
    match lang {
        Lang::En => format!("Removed: {n} ({r})"),
        Lang::Nl => format!("Verwijderd: {n} ({r})"),
    }
}

/// A touchpoint rated differently in the to-be journey.
pub fn change_rerated(lang: Lang, name: &str, from: f64, to: f64) -> String {
    let (n, a, b) = (quoted(lang, name), lang.number(from, 2), lang.number(to, 2));
    match lang {
        Lang::En => format!("Re-rated: {n} from {a} to {b}"),
        Lang::Nl => format!("Score gewijzigd: {n} van {a} naar {b}"),
    }
}

/// How many touchpoints a phase holds.
pub fn touchpoint_count(lang: Lang, n: usize) -> String {
    counted(lang, n, Noun::Touchpoint)
}

/// The name a phase gets when none was typed.
pub fn default_phase_name(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("Phase {n}"),
        Lang::Nl => format!("Fase {n}"),
    }
}

/// Labels of the phase editor's controls, each naming the phase.
pub fn phase_control(lang: Lang, what: PhaseControl, name: &str) -> String {
    let n = quoted(lang, name);
    match (lang, what) {
        (Lang::En, PhaseControl::Name) => format!("Name of phase {n}"),
        (Lang::En, PhaseControl::Up) => format!("Move phase {n} up"),
        (Lang::En, PhaseControl::Down) => format!("Move phase {n} down"),
        (Lang::En, PhaseControl::Delete) => format!("Delete phase {n}"),
        (Lang::Nl, PhaseControl::Name) => format!("Naam van fase {n}"),
        (Lang::Nl, PhaseControl::Up) => format!("Fase {n} omhoog"),
        (Lang::Nl, PhaseControl::Down) => format!("Fase {n} omlaag"),
        (Lang::Nl, PhaseControl::Delete) => format!("Fase {n} verwijderen"),
    }
}

/// Which phase control [`phase_control`] labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhaseControl {
    Name,
    Up,
    Down,
    Delete,
}

/// The question asked before deleting a phase that holds touchpoints.
pub fn phase_delete_confirm(lang: Lang, name: &str, count: usize, heir: Option<&str>) -> String {
    let n = quoted(lang, name);
    let subject = match (lang, count) {
        (Lang::En, 1) => "Its touchpoint".to_string(),
        (Lang::En, c) => format!("Its {}", counted(lang, c, Noun::Touchpoint)),
        (Lang::Nl, 1) => "Het contactmoment".to_string(),
        (Lang::Nl, c) => format!("De {}", counted(lang, c, Noun::Touchpoint)),
    };
    let one = count == 1;
    let fate = match (lang, heir) {
        (Lang::En, Some(h)) => {
            let verb = if one { "moves" } else { "move" };
            format!("{verb} to the phase {}", quoted(lang, h))
        }
        (Lang::En, None) => format!("{} without a phase", if one { "stays," } else { "stay," }),
        (Lang::Nl, Some(h)) => {
            let verb = if one { "gaat" } else { "gaan" };
            format!("{verb} naar de fase {}", quoted(lang, h))
        }
        (Lang::Nl, None) => format!("{} zonder fase", if one { "blijft," } else { "blijven," }),
    };
    match lang {
        Lang::En => format!("Delete the phase {n}? {subject} {fate}. Undo brings the phase back."),
        Lang::Nl => format!(
            "De fase {n} verwijderen? {subject} {fate}. Met Ongedaan maken komt de fase terug."
        ),
    }
}

/// Label of a touchpoint field, naming the touchpoint for screen readers.
pub fn field_of(lang: Lang, field: &str, touchpoint: &str) -> String {
    match lang {
        Lang::En => format!("{field} of {}", quoted(lang, touchpoint)),
        Lang::Nl => format!("{field} van {}", quoted(lang, touchpoint)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fix_line_says_what_one_step_does_or_that_the_top_is_reached() {
        let fix = |from: f64, to: f64| crate::analysis::Fix {
            index: 0,
            id: crate::model::TouchpointId(1),
            from,
            to,
            delta_remembered: 0.5,
            delta_experienced: 0.04,
            delta_remembered_pct: 5.0,
            delta_experienced_pct: 0.4,
        };
        assert_eq!(
            fix_line(Lang::Nl, "Een kaal linkje", &fix(-5.0, -4.0)),
            fix_sentence(Lang::Nl, "Een kaal linkje", 1.0, 0.5, 0.04)
        );
        assert_eq!(
            fix_line(Lang::En, "Welcome", &fix(5.0, 5.0)),
            "“Welcome” is already at the top of the scale."
        );
    }

    #[test]
    fn leaf_sentences_read_naturally_in_both_languages() {
        assert_eq!(scale_range(Lang::En, -5.0, 5.0), "−5 to +5");
        assert_eq!(gap_points(Lang::En, -85.4), "−85 pt");
        assert_eq!(gap_points(Lang::Nl, -85.4), "−85 punten");
        assert_eq!(gap_points(Lang::Nl, 1.2), "+1 punt");
        assert_eq!(gap_points(Lang::Nl, 0.2), "0 punten");
        assert_eq!(scale_range(Lang::Nl, 0.0, 10.0), "0 tot 10");
        assert_eq!(
            fix_sentence(Lang::En, "A bare link", 1.0, 0.5, 0.0),
            "Making “A bare link” one point better lifts the remembered score by 0.5 (lived: 0)"
        );
        assert_eq!(
            fix_sentence(Lang::Nl, "Een kaal linkje", 1.0, 0.5, 0.04),
            "Als ‘Een kaal linkje’ één punt beter wordt, stijgt de herinnerde score met 0,5 (beleefd: +0,04)"
        );
        assert_eq!(
            formula_remembered(Lang::En, (0.25, 0.75), (-0.5, -4.0), Some((0.5, 1.0)), -2.5),
            "Remembered = 25 % × peak (−0.5) + 75 % × end (−4) + 0.5 × trend (+1) = −2.5"
        );
        assert!(
            phase_delete_confirm(Lang::Nl, "Gebruik", 1, Some("Aankoop"))
                .contains("Het contactmoment gaat naar de fase ‘Aankoop’")
        );
        assert!(
            phase_delete_confirm(Lang::En, "Use", 3, None)
                .contains("Its 3 touchpoints stay, without a phase.")
        );
    }
}
