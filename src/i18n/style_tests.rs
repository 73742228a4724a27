//! The house style of the interface's language, checked on every string and on every
//! sentence built around values: one word for a rating ("score" in Dutch), Dutch quotation
//! marks ‘…’ and English ones “…”, "zich herinneren" with its pronoun, the singular for one,
//! digits grouped in large numbers.

use super::files::tests::everything;
use super::files::{self, csv_error, csv_warning, error_kind, link_too_long, size};
use super::*;
use crate::io::csv::{Column, CsvError, CsvWarning, RowProblem, SkippedRow};
use crate::io::json::ErrorKind;

/// Counts that must read well: one (singular), a few, and one that needs grouping.
const COUNTS: [usize; 3] = [1, 3, 10_000];

/// A journey of `n` touchpoints named `a` but the last, `b`.
fn sample_journey(n: usize, a: &str, b: &str) -> crate::model::Journey {
    let mut j = crate::model::Journey::new("Voorbeeld");
    for i in 0..n {
        let name = if i + 1 == n { b } else { a };
        let rating = if i % 2 == 0 { -4.0 } else { 2.5 };
        let add = crate::model::Action::AddTouchpoint {
            name: name.to_string(),
            rating,
            after: None,
        };
        crate::model::apply(&mut j, add).unwrap();
    }
    j
}

/// Every fixed string and every built sentence in `l`, with sample values.
fn every_sentence(l: Lang) -> Vec<String> {
    let mut out: Vec<String> = T::ALL.iter().map(|t| t.get(l).to_string()).collect();
    out.extend(everything(l));
    out.extend(super::survey_read::every_sentence(l));
    out.extend(super::stories::every_sentence(l));
    out.extend(super::lanes::keep_promises::every_sentence(l));
    out.extend(super::plan::PL::ALL.iter().map(|t| t.get(l).to_string()));
    out.extend(
        super::settings::SE::ALL
            .iter()
            .map(|t| t.get(l).to_string()),
    );
    out.extend(
        super::files_panel::FP::ALL
            .iter()
            .map(|t| t.get(l).to_string()),
    );
    out.extend(
        super::embed_dialog::ED::ALL
            .iter()
            .map(|t| t.get(l).to_string()),
    );
    out.extend(super::group::G::ALL.iter().map(|t| t.get(l).to_string()));
    let (a, b) = ("Bellen", "Bedankbrief");
    for n in COUNTS {
        // A journey of 10,000 takes seconds to build in a debug test; the count's words
        // are checked through touchpoint_count below.
        if n < 100 {
            out.push(super::chart_text::describe(l, &sample_journey(n, a, b)));
        }
        out.push(show_all(l, n));
        out.push(touchpoint_count(l, n));
        out.push(phase_delete_confirm(l, a, n, Some(b)));
        out.push(phase_delete_confirm(l, a, n, None));
        out.push(files::skip_question(l, "f.csv", n, false));
        out.push(files::skip_question(l, "f.txt", n, true));
        out.push(size(l, n));
        out.push(error_kind(l, &ErrorKind::TooLong { max_chars: n }));
        out.push(error_kind(l, &ErrorKind::TooMany { max: n }));
        out.push(error_kind(
            l,
            &ErrorKind::MoreVotesThanParticipants {
                votes: n + 1,
                participants: n,
            },
        ));
        out.push(csv_error(l, &CsvError::TooManyRows { max: n }));
        out.push(csv_warning(
            l,
            &CsvWarning::TextCut {
                row: 3,
                column: Column::Notes,
                max_chars: n,
            },
        ));
        out.push(files::skipped_row(
            l,
            &SkippedRow {
                row: 4,
                column: None,
                text: String::new(),
                kind: RowProblem::Ragged {
                    expected: n + 1,
                    found: n,
                },
            },
        ));
        out.push(link_too_long(l, n, n));
    }
    out.push(default_phase_name(l, 3));
    for points in [-85.0, 1.0, 0.0] {
        out.push(gap_points(l, points));
    }
    out.push(scale_range(l, -5.0, 5.0));
    use super::lanes::touchpoint::{E, lane_value_error, lane_value_hint};
    out.extend(E::ALL.iter().map(|e| e.get(l).to_string()));
    for expected in [true, false] {
        out.push(lane_value_error(l, expected, -5.0, 5.0));
        out.push(lane_value_hint(l, expected, -5.0, 5.0));
    }
    out.push(scale_hint(l, -5.0, 5.0));
    {
        use super::interview::{
            Q, answered, delete_confirm, interview_error, question_number, stories_added,
        };
        use crate::model::{ModelError, Question};
        out.extend(Q::ALL.iter().map(|q| q.get(l).to_string()));
        out.push(question_number(l, Question::Offer));
        out.push(answered(l, 3));
        out.push(delete_confirm(l, "Nicoline"));
        out.extend([0, 1, 3].map(|n| stories_added(l, n)));
        for e in [
            ModelError::TooManyInterviews,
            ModelError::NoSuchInterview(3),
            ModelError::NoSuchTouchpoint(4),
        ] {
            out.push(interview_error(l, &e));
        }
    }
    out.push(vote_range(l, 0.0, 10.0));
    out.push(not_a_number(l, "veel"));
    out.push(remove_participant(l, "Anna"));
    out.push(kept_as_copy(l, "Reis (dit tabblad)"));
    for n in [1, 3, 10_000] {
        out.push(super::saving::set_aside(l, n));
    }
    for why in [
        super::saving::Why::Blocked,
        super::saving::Why::Full,
        super::saving::Why::Outdated,
    ] {
        out.push(super::saving::not_saved(l, why).to_string());
    }
    out.push(super::saving::download_set_aside(l).to_string());
    out.push(scale_confirm(l, &scale_range(l, 0.0, 10.0)));
    out.push(formula_remembered(
        l,
        (0.5, 0.5),
        (-5.0, 2.0),
        Some((0.5, 1.0)),
        -1.0,
    ));
    for marked in [false, true] {
        out.push(formula_peak(l, a, -5.0, marked));
        for window in [1, 3] {
            out.push(formula_end(l, b, 2.0, marked, window, 1.5));
        }
    }
    out.push(formula_split(l, (a, 4.0), (b, -5.0), -0.5));
    out.push(formula_trend(l, 0.5, 2.0));
    for step in [1.0, 0.5] {
        for remembered in [0.5, 0.0, -0.5] {
            out.push(fix_sentence(l, a, step, remembered, 0.1));
        }
    }
    out.push(fix_at_max(l, a));
    out.push(change_added(l, a, 4.0));
    out.push(change_removed(l, a, 4.0));
    out.push(change_rerated(l, a, -5.0, 3.0));
    for what in [
        PhaseControl::Name,
        PhaseControl::Up,
        PhaseControl::Down,
        PhaseControl::Delete,
    ] {
        out.push(phase_control(l, what, "Aankoop"));
    }
    out.push(field_of(l, T::FieldNotes.get(l), a));
    out.extend(super::survey::every_sentence(l));
    out.extend(super::survey_lambda::every_sentence(l));
    out.extend(super::lanes::blind_spots::every_sentence(l));
    out.extend(super::lanes::text::every_sentence(l));
    out.extend(super::lanes::facts::every_sentence(l));
    out
}

/// Lower-case words of `s` (letters only).
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The first clause of `s` that uses "herinneren" (to remember) without the reflexive
/// pronoun it needs, or puts it in the passive ("wordt herinnerd").
fn remember_without_pronoun(s: &str) -> Option<String> {
    // "je" is also "your" ("je klanten"): it counts as the pronoun only when it comes
    // twice ("herinner je je …").
    const PRONOUNS: [&str; 5] = ["zich", "me", "mij", "ons", "jullie"];
    const PASSIVE: [&str; 5] = ["wordt", "worden", "werd", "werden", "zou"];
    for clause in s.split(['.', ';', ':', '?', '!', ',', '(', ')']) {
        let w = words(clause);
        for (i, word) in w.iter().enumerate() {
            // "herinnerde" before "score" is the adjective ("de herinnerde score").
            let verb = matches!(
                word.as_str(),
                "herinner" | "herinnert" | "herinneren" | "herinnerden"
            ) || (word == "herinnerde" && w.get(i + 1).is_none_or(|n| n != "score"));
            let passive = word == "herinnerd"
                && w[i.saturating_sub(2)..(i + 3).min(w.len())]
                    .iter()
                    .any(|x| PASSIVE.contains(&x.as_str()));
            let reflexive = w.iter().any(|x| PRONOUNS.contains(&x.as_str()))
                || w.iter().filter(|x| *x == "je").count() >= 2;
            if passive || (verb && !reflexive) {
                return Some(clause.trim().to_string());
            }
        }
    }
    None
}

#[test]
fn the_remember_check_knows_good_from_bad_dutch() {
    for bad in [
        "Hoe herinneren je klanten deze reis?",
        "hoeveel beter zou de klantreis dan herinnerd worden?",
        "Peakend: hoe een klantreis wordt herinnerd",
        "hoe mensen een ervaring herinnerden",
        "Herinner je dit moment?",
    ] {
        assert!(remember_without_pronoun(bad).is_some(), "{bad}");
    }
    for good in [
        "Meestal herinneren we ons een gebeurtenis door een bijzonder moment.",
        "Wat de klant zich waarschijnlijk herinnert: het gemiddelde.",
        "De herinnerde score stijgt.",
        "Herinnerd",
        "Herinner je je het eerste contact?",
    ] {
        assert_eq!(remember_without_pronoun(good), None, "{good}");
    }
}

#[test]
fn dutch_remembers_with_zich_and_never_in_the_passive() {
    for s in every_sentence(Lang::Nl) {
        if let Some(clause) = remember_without_pronoun(&s) {
            panic!("‘herinneren’ without its pronoun in ‘{clause}’ (from: {s})");
        }
    }
}

#[test]
fn a_rating_is_a_score_in_dutch() {
    // "beleefd" and "herinnerd" name the two overall scores; a single rating is a "score".
    for s in every_sentence(Lang::Nl) {
        let lower = s.to_lowercase();
        assert!(!lower.contains("beleving"), "‘beleving’ in: {s}");
        for w in words(&s) {
            assert!(
                !(w.starts_with("beoordel") || w == "stem" || w == "stemmen"),
                "‘{w}’ for a rating in: {s}"
            );
        }
    }
    assert_eq!(T::Rating.get(Lang::Nl), "Score");
    assert_eq!(T::ColRating.get(Lang::Nl), "Score");
}

#[test]
fn dutch_says_klantreis_and_gewenste_klantreis_throughout() {
    for s in every_sentence(Lang::Nl) {
        // Sample names are not the interface's words.
        let s = s.replace("Reis (dit tabblad)", "");
        for w in words(&s) {
            assert!(
                !matches!(w.as_str(), "reis" | "reizen" | "situatie"),
                "‘{w}’ in: {s}"
            );
        }
    }
}

#[test]
fn quotation_marks_are_one_style_per_language() {
    let opens_with_straight_quote = |s: &str| {
        let c: Vec<char> = s.chars().collect();
        c.windows(2)
            .any(|w| w[1] == '\'' && (w[0] == ' ' || w[0] == '('))
            || s.starts_with('\'')
    };
    for s in every_sentence(Lang::Nl) {
        assert!(
            !s.contains(['"', '“', '”', '„']),
            "double quotes in Dutch: {s}"
        );
        assert!(!opens_with_straight_quote(&s), "straight quote in: {s}");
    }
    for s in every_sentence(Lang::En) {
        assert!(!s.contains(['"', '‘']), "not “…” in English: {s}");
        assert!(!opens_with_straight_quote(&s), "straight quote in: {s}");
    }
    assert_eq!(not_a_number(Lang::Nl, "veel"), "Geen getal: ‘veel’");
    assert_eq!(not_a_number(Lang::En, "lots"), "Not a number: “lots”");
}

#[test]
fn one_of_something_is_singular() {
    let plurals = [
        (
            Lang::En,
            &[
                "touchpoints",
                "rows",
                "lines",
                "journeys",
                "participants",
                "votes",
                "cells",
                "characters",
                "items",
                "bytes",
            ][..],
        ),
        (
            Lang::Nl,
            &[
                "contactmomenten",
                "rijen",
                "regels",
                "klantreizen",
                "deelnemers",
                "scores",
                "cellen",
                "tekens",
                "onderdelen",
                "bytes",
            ][..],
        ),
    ];
    for (l, nouns) in plurals {
        for s in every_sentence(l) {
            let w: Vec<&str> = s
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            for pair in w.windows(2) {
                assert!(
                    !(pair[0] == "1" && nouns.contains(&pair[1])),
                    "‘1 {}’ in: {s}",
                    pair[1]
                );
            }
        }
    }
    assert_eq!(touchpoint_count(Lang::Nl, 1), "1 contactmoment");
    let one = super::chart_text::describe(Lang::Nl, &sample_journey(1, "a", "b"));
    assert!(one.contains("1 contactmoment"), "{one}");
    assert!(!one.contains("1 contactmomenten"), "{one}");
}

#[test]
fn large_numbers_have_their_digits_grouped() {
    // Dutch groups from five digits (10.000), English from four (1,000); the only
    // ungrouped four-digit numbers in English are the code page's name and the example
    // of how a date is written (ISO 8601, which never groups its year) and the years a
    // story's date may lie between.
    for (l, longest) in [(Lang::Nl, 4), (Lang::En, 3)] {
        for s in every_sentence(l) {
            let s = s
                .replace("Windows-1252", "")
                .replace("2026-12-04", "")
                .replace("1900", "")
                .replace("2200", "");
            let run = s
                .split(|c: char| !c.is_ascii_digit())
                .map(str::len)
                .max()
                .unwrap_or(0);
            assert!(run <= longest, "{run} digits in a row in: {s}");
        }
    }
    let rows = |l| csv_error(l, &CsvError::TooManyRows { max: 10_000 });
    assert!(
        rows(Lang::Nl).contains("meer dan 10.000 rijen"),
        "{}",
        rows(Lang::Nl)
    );
    assert!(
        rows(Lang::En).contains("more than 10,000 rows"),
        "{}",
        rows(Lang::En)
    );
    assert_eq!(
        super::settings::SE::ScaleTooWide.get(Lang::En),
        "A scale may span at most 1,000 points."
    );
}

#[test]
fn the_native_editor_s_findings_stay_fixed() {
    let nl = |t: T| t.get(Lang::Nl);
    assert_eq!(
        nl(T::Tagline),
        "Hoe herinneren je klanten zich deze klantreis?"
    );
    assert_eq!(nl(T::DuplicateShort), "Kopiëren", "a button that copies");
    assert_eq!(
        nl(T::NotSavedExport),
        "Exporteer je werk om het te bewaren."
    );
    let cut = csv_warning(
        Lang::Nl,
        &CsvWarning::TextCut {
            row: 3,
            column: Column::Notes,
            max_chars: 5000,
        },
    );
    assert_eq!(
        cut,
        "rij 3: de tekst in de kolom ‘notities’ is ingekort tot 5000 tekens"
    );
    assert!(
        fix_sentence(Lang::Nl, "Linkje", 1.0, 0.5, 0.0)
            .contains("stijgt de herinnerde score met 0,5"),
    );
    assert!(
        fix_sentence(Lang::Nl, "Linkje", 1.0, -0.5, 0.0)
            .contains("daalt de herinnerde score met 0,5"),
    );
    for s in every_sentence(Lang::Nl) {
        assert!(!s.contains("gewenste situatie"), "{s}");
    }
}

#[test]
fn a_name_that_is_a_quotation_is_not_quoted_twice() {
    assert_eq!(quoted(Lang::En, "Cancel"), "“Cancel”");
    assert_eq!(quoted(Lang::Nl, "Opzeggen"), "‘Opzeggen’");
    assert_eq!(quoted(Lang::En, "“File a complaint”"), "“File a complaint”");
    assert_eq!(
        quoted(Lang::Nl, "‘Dien maar een klacht in’"),
        "‘Dien maar een klacht in’"
    );
    assert_eq!(quoted(Lang::En, "\"Go\""), "\"Go\"");
    assert_eq!(quoted(Lang::En, "“"), "““”", "a lone mark is not a pair");
}
