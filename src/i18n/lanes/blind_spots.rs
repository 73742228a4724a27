//! The blind spots in words: where our own rating differs from the customer's by more than
//! half a scale step, largest gap first, in English and Dutch. Pure Rust.

use crate::analysis::lanes::BlindSpot;
use crate::i18n::Lang;

/// The sentence the lanes panel shows: see [`super::facts::blind_spots_sentence`].
pub fn blind_spots(lang: Lang, spots: &[BlindSpot], names: &[String]) -> String {
    super::facts::blind_spots_sentence(lang, spots, names)
}

/// Every sentence with sample values, for the house-style tests.
#[cfg(test)]
pub(crate) fn every_sentence(lang: Lang) -> Vec<String> {
    let names = vec!["Bellen".to_string(), "Bedankbrief".to_string()];
    let spot = |index, ours, theirs| BlindSpot {
        index,
        ours,
        theirs,
        gap: ours - theirs,
    };
    vec![
        blind_spots(lang, &[], &names),
        blind_spots(lang, &[spot(1, 3.0, -2.5), spot(0, 0.0, 1.0)], &names),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blind_spots_name_the_touchpoint_and_both_sides() {
        let names = vec!["Sign".to_string(), "Solution".to_string()];
        let spots = [BlindSpot {
            index: 1,
            ours: 2.0,
            theirs: -2.5,
            gap: 4.5,
        }];
        assert_eq!(
            blind_spots(Lang::En, &spots, &names),
            "Blind spot, where our own rating differs from the customer's: “Solution” (ours +2, the customer's −2.5)."
        );
        assert_eq!(
            blind_spots(Lang::Nl, &spots, &names),
            "Blinde vlek, waar ons eigen oordeel afwijkt van dat van de klant: ‘Solution’ (wij +2, de klant −2,5)."
        );
    }
}
