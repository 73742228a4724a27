//! How many of something, with the noun in the singular for one: "1 touchpoint",
//! "10,000 touchpoints"; "1 contactmoment", "10.000 contactmomenten".
//!
//! Both languages use the singular for exactly one and the plural for every other count
//! (zero included), so one rule serves both. Pure Rust.

use super::Lang;
use super::number::count;

/// A thing the interface counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Touchpoint,
    Journey,
    Participant,
    /// A rating given in a group round (English says "vote").
    Vote,
    Row,
    Line,
    Cell,
    Character,
    Item,
    Task,
    Byte,
    /// Someone who answered a survey.
    Respondent,
    /// One answer to one survey question.
    Answer,
}

impl Noun {
    /// Every noun, for tests.
    pub const ALL: [Noun; 13] = [
        Noun::Touchpoint,
        Noun::Journey,
        Noun::Participant,
        Noun::Vote,
        Noun::Row,
        Noun::Line,
        Noun::Cell,
        Noun::Character,
        Noun::Item,
        Noun::Task,
        Noun::Byte,
        Noun::Respondent,
        Noun::Answer,
    ];

    /// The singular and the plural.
    fn forms(self, lang: Lang) -> (&'static str, &'static str) {
        match (lang, self) {
            (Lang::En, Noun::Touchpoint) => ("touchpoint", "touchpoints"),
            (Lang::Nl, Noun::Touchpoint) => ("contactmoment", "contactmomenten"),
            (Lang::En, Noun::Journey) => ("journey", "journeys"),
            (Lang::Nl, Noun::Journey) => ("klantreis", "klantreizen"),
            (Lang::En, Noun::Participant) => ("participant", "participants"),
            (Lang::Nl, Noun::Participant) => ("deelnemer", "deelnemers"),
            (Lang::En, Noun::Vote) => ("vote", "votes"),
            (Lang::Nl, Noun::Vote) => ("score", "scores"),
            (Lang::En, Noun::Row) => ("row", "rows"),
            (Lang::Nl, Noun::Row) => ("rij", "rijen"),
            (Lang::En, Noun::Line) => ("line", "lines"),
            (Lang::Nl, Noun::Line) => ("regel", "regels"),
            (Lang::En, Noun::Cell) => ("cell", "cells"),
            (Lang::Nl, Noun::Cell) => ("cel", "cellen"),
            (Lang::En, Noun::Character) => ("character", "characters"),
            (Lang::Nl, Noun::Character) => ("teken", "tekens"),
            (Lang::En, Noun::Item) => ("item", "items"),
            (Lang::Nl, Noun::Item) => ("onderdeel", "onderdelen"),
            (Lang::En, Noun::Task) => ("task", "tasks"),
            (Lang::Nl, Noun::Task) => ("taak", "taken"),
            (Lang::En, Noun::Byte) => ("byte", "bytes"),
            (Lang::Nl, Noun::Byte) => ("byte", "bytes"),
            (Lang::En, Noun::Respondent) => ("respondent", "respondents"),
            (Lang::Nl, Noun::Respondent) => ("respondent", "respondenten"),
            (Lang::En, Noun::Answer) => ("answer", "answers"),
            (Lang::Nl, Noun::Answer) => ("antwoord", "antwoorden"),
        }
    }

    /// The noun alone, in the form that goes with `n`.
    pub fn form(self, lang: Lang, n: usize) -> &'static str {
        let (one, many) = self.forms(lang);
        if n == 1 { one } else { many }
    }
}

/// The count and the noun: "1 row", "10,000 rows", "1 rij", "10.000 rijen".
pub fn counted(lang: Lang, n: usize, noun: Noun) -> String {
    format!("{} {}", count(lang, n), noun.form(lang, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_takes_the_singular_and_every_other_count_the_plural() {
        for lang in Lang::ALL {
            for noun in Noun::ALL {
                let (one, many) = noun.forms(lang);
                assert_ne!(one, many, "{noun:?} in {lang:?}");
                assert_eq!(counted(lang, 1, noun), format!("1 {one}"));
                for n in [0, 2, 21] {
                    assert_eq!(counted(lang, n, noun), format!("{n} {many}"));
                }
            }
        }
        assert_eq!(counted(Lang::Nl, 1, Noun::Touchpoint), "1 contactmoment");
        assert_eq!(
            counted(Lang::Nl, 10_000, Noun::Row),
            "10.000 rijen",
            "grouped"
        );
        assert_eq!(counted(Lang::En, 10_000, Noun::Row), "10,000 rows");
    }
}
