//! The blind spots in words: where our own rating differs from the customer's by more than
//! half a scale step, largest gap first, in English and Dutch. Pure Rust.

use super::Lang;
use super::sentences::{quoted, signed};
use crate::analysis::lanes::BlindSpot;

/// "Blind spots, where our own rating differs from the customer's: “Solution” (ours +2,
/// the customer's −2), …" or, without any, that the two agree. `names` in journey order.
pub fn blind_spots(lang: Lang, spots: &[BlindSpot], names: &[String]) -> String {
    if spots.is_empty() {
        return match lang {
            Lang::En => {
                "Our own ratings agree with the customer's everywhere (within half a step)."
            }
            Lang::Nl => {
                "Ons eigen oordeel klopt overal met dat van de klant (binnen een halve stap)."
            }
        }
        .to_string();
    }
    let name = |i: usize| match names.get(i) {
        Some(n) if !n.trim().is_empty() => quoted(lang, n),
        _ => quoted(lang, &(i + 1).to_string()),
    };
    let items: Vec<String> = spots
        .iter()
        .map(|b| {
            let (ours, theirs) = (signed(lang, b.ours, 1), signed(lang, b.theirs, 1));
            match lang {
                Lang::En => format!("{} (ours {ours}, the customer's {theirs})", name(b.index)),
                Lang::Nl => format!("{} (wij {ours}, de klant {theirs})", name(b.index)),
            }
        })
        .collect();
    let list = items.join("; ");
    match lang {
        Lang::En => {
            format!("Blind spots, where our own rating differs from the customer's: {list}.")
        }
        Lang::Nl => {
            format!("Blinde vlekken, waar ons eigen oordeel afwijkt van dat van de klant: {list}.")
        }
    }
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
            "Blind spots, where our own rating differs from the customer's: “Solution” (ours +2, the customer's −2.5)."
        );
        assert_eq!(
            blind_spots(Lang::Nl, &spots, &names),
            "Blinde vlekken, waar ons eigen oordeel afwijkt van dat van de klant: ‘Solution’ (wij +2, de klant −2,5)."
        );
    }
}
