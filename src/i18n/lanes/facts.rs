//! The lanes wherever a journey goes (table `LF`): the words of the embed's lane choice
//! and of presentation mode's lanes button, and the lanes' key facts as a list of
//! sentences for the printed report and the chart's text alternative: one per lane (from
//! `lanes::text`, so the words match the lanes panel) and the blind spots, where our own
//! rating differs from the customer's.
//!
//! Pure Rust: never imports yew, web-sys or wasm-bindgen.

use super::text::lanes_summary;
use crate::analysis::lanes::{BlindSpot, expectations};
use crate::chart::Theme;
use crate::chart::lanes::LanesData;
use crate::i18n::Lang;
use crate::i18n::sentences::{quoted, signed};
use crate::model::Journey;

strings! {
    enum LF;
    ChooseLanes => "Lanes under the chart", "Banen onder de grafiek";
    LaneBank => "Emotional bank account", "Emotionele bankrekening";
    LaneExpect => "Expectations", "Verwachtingen";
    LanePromises => "Promises and failure demand", "Beloftes en onnodige contacten";
    NotInJourney => "(this journey has none)", "(deze klantreis heeft er geen)";
    ShowLanes => "Show lanes (L)", "Banen tonen (L)";
    HideLanes => "Hide lanes (L)", "Banen verbergen (L)";
    KeyFacts => "Key facts of the lanes", "De banen in het kort";
}

/// Whether `j` carries anything the lanes are about beyond its ratings: an expectation,
/// our own rating, a promise, a failure-demand contact, or bank settings of its own. A
/// journey without any still has a bank account, but its facts would only repeat the curve.
pub fn has_lanes(j: &Journey) -> bool {
    !j.bank.is_default()
        || j.touchpoints.iter().any(|t| {
            t.expected.is_some() || t.ours.is_some() || t.failure_demand || !t.promises.is_empty()
        })
}

/// The lanes' key facts, one sentence each, in the lanes' order, then the blind spots.
pub fn lane_facts(lang: Lang, j: &Journey) -> Vec<String> {
    let data = LanesData::of_journey(j, lang, Theme::default());
    let mut out: Vec<String> = data
        .lanes
        .iter()
        .map(|lane| {
            lanes_summary(
                lang,
                &LanesData {
                    lanes: vec![lane.clone()],
                    ..data.clone()
                },
            )
        })
        .filter(|s| !s.is_empty())
        .collect();
    out.extend(blind_spots(lang, j));
    out.extend(remembered_ours(lang, j));
    out
}

/// "We think customers remember +2; they remember −3.": the remembered score from our
/// own ratings next to the customer's, when every touchpoint has our own rating (seed
/// `001`: what we think we gave against what the customer got).
pub fn remembered_ours(lang: Lang, j: &Journey) -> Option<String> {
    let ours: Vec<f64> = j
        .touchpoints
        .iter()
        .map(|t| t.ours)
        .collect::<Option<_>>()?;
    let we = crate::analysis::lanes::rescore(j, &ours).ok()?.remembered;
    let they = crate::analysis::score(j).ok()?.remembered;
    let (we, they) = (signed(lang, we, 1), signed(lang, they, 1));
    Some(match lang {
        Lang::En => format!("We think customers remember {we}; they remember {they}."),
        Lang::Nl => format!("Wij denken dat klanten {we} onthouden; zij onthouden {they}."),
    })
}

/// The lanes' facts as one text, for the chart's text alternative; empty for a journey
/// without lanes of its own ([`has_lanes`]).
pub fn lanes_alternative(lang: Lang, j: &Journey) -> String {
    if has_lanes(j) {
        lane_facts(lang, j).join(" ")
    } else {
        String::new()
    }
}

/// At most this many blind spots are named; more read as a list, not a fact.
const MAX_NAMED: usize = 3;

/// Where our own rating differs from the customer's by more than half a step, largest
/// difference first; `None` when no touchpoint has our own rating.
pub fn blind_spots(lang: Lang, j: &Journey) -> Option<String> {
    let ours: Vec<Option<f64>> = j.touchpoints.iter().map(|t| t.ours).collect();
    if ours.iter().all(Option::is_none) {
        return None;
    }
    let expected: Vec<Option<f64>> = j.touchpoints.iter().map(|t| t.expected).collect();
    let e = expectations(&j.ratings(), &expected, &ours, &j.scale, &j.memory).ok()?;
    let names: Vec<String> = j.touchpoints.iter().map(|t| t.name.clone()).collect();
    Some(blind_spots_sentence(lang, &e.blind_spots, &names))
}

/// The blind spots in words: "Blind spots, where our own rating differs from the
/// customer's: “Solution” (ours +2, the customer's −2), … and 2 more", or, without any,
/// that the two agree. `spots` largest gap first, `names` in journey order.
pub fn blind_spots_sentence(lang: Lang, spots: &[BlindSpot], names: &[String]) -> String {
    if spots.is_empty() {
        return match lang {
            Lang::En => "Our own ratings match the customer's at every touchpoint we rated.",
            Lang::Nl => {
                "Ons eigen oordeel klopt bij elk contactmoment dat we beoordeelden met dat van de klant."
            }
        }
        .to_string();
    }
    let named: Vec<String> = spots
        .iter()
        .take(MAX_NAMED)
        .map(|b| {
            let name = match names.get(b.index) {
                Some(n) if !n.trim().is_empty() => n.clone(),
                _ => (b.index + 1).to_string(),
            };
            let (o, t) = (signed(lang, b.ours, 1), signed(lang, b.theirs, 1));
            match lang {
                Lang::En => format!("{} (ours {o}, the customer's {t})", quoted(lang, &name)),
                Lang::Nl => format!("{} (wij {o}, de klant {t})", quoted(lang, &name)),
            }
        })
        .collect();
    let more = spots.len() - named.len();
    let list = match (lang, named.as_slice()) {
        (_, [one]) => one.clone(),
        (Lang::En, [rest @ .., last]) => format!("{} and {last}", rest.join(", ")),
        (Lang::Nl, [rest @ .., last]) => format!("{} en {last}", rest.join(", ")),
        (_, []) => String::new(),
    };
    let tail = match (lang, more) {
        (_, 0) => String::new(),
        (Lang::En, m) => format!(", and {} more", crate::i18n::number::count(lang, m)),
        (Lang::Nl, m) => format!(", en nog {}", crate::i18n::number::count(lang, m)),
    };
    match (lang, spots.len()) {
        (Lang::En, 1) => {
            format!("Blind spot, where our own rating differs from the customer's: {list}.")
        }
        (Lang::En, _) => {
            format!("Blind spots, where our own rating differs from the customer's: {list}{tail}.")
        }
        (Lang::Nl, 1) => {
            format!("Blinde vlek, waar ons eigen oordeel afwijkt van dat van de klant: {list}.")
        }
        (Lang::Nl, _) => format!(
            "Blinde vlekken, waar ons eigen oordeel afwijkt van dat van de klant: {list}{tail}."
        ),
    }
}

#[cfg(test)]
mod remembered_tests {
    use super::*;
    use crate::model::{Action, TouchpointEdit, apply};

    #[test]
    fn what_we_think_they_remember_next_to_what_they_remember() {
        // Ratings 3, 1, −4 remember (−4 + −4)/2 = −4; our own 3, 4, 2 remember
        // (4 + 2)/2 = 3 (the worked example of docs/SCORING.md).
        let mut j = crate::model::test_journey("t", &[("a", 3.0), ("b", 1.0), ("c", -4.0)]);
        for (t, ours) in j.touchpoints.iter_mut().zip([3.0, 4.0, 2.0]) {
            t.ours = Some(ours);
        }
        assert_eq!(
            remembered_ours(Lang::En, &j).as_deref(),
            Some("We think customers remember +3; they remember −4.")
        );
        assert_eq!(
            remembered_ours(Lang::Nl, &j).as_deref(),
            Some("Wij denken dat klanten +3 onthouden; zij onthouden −4.")
        );
        let id = j.touchpoints[1].id;
        apply(&mut j, Action::Edit(id, TouchpointEdit::Ours(None))).unwrap();
        assert_eq!(
            remembered_ours(Lang::En, &j),
            None,
            "only with every touchpoint rated by us"
        );
    }
}

/// Every sentence with sample values, for the house-style tests.
#[cfg(test)]
pub(crate) fn every_sentence(lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = LF::ALL.iter().map(|l| l.get(lang).to_string()).collect();
    let mut j = crate::presets::by_key("telecom-promise", lang).unwrap_or_default();
    out.extend(lane_facts(lang, &j));
    for t in &mut j.touchpoints {
        t.ours = Some(t.rating.max(0.0));
    }
    out.extend(remembered_ours(lang, &j));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, apply};

    fn journey(rows: &[(&str, f64, Option<f64>)]) -> Journey {
        let mut j = Journey::new("t");
        for (name, rating, ours) in rows {
            apply(
                &mut j,
                Action::AddTouchpoint {
                    name: (*name).into(),
                    rating: *rating,
                    after: None,
                },
            )
            .unwrap();
            if let Some(t) = j.touchpoints.last_mut() {
                t.ours = *ours;
            }
        }
        j
    }

    #[test]
    fn blind_spots_name_the_largest_differences_first() {
        // Scale −5…+5, step 1: a difference of 0.5 is within half a step, 3 and 4 are not.
        let j = journey(&[
            ("Order", 2.0, Some(2.5)),
            ("Delivery", -1.0, Some(2.0)),
            ("Invoice", -3.0, Some(1.0)),
            ("Help", 0.0, None),
        ]);
        assert_eq!(
            blind_spots(Lang::En, &j).as_deref(),
            Some(
                "Blind spots, where our own rating differs from the customer's: \
                 “Invoice” (ours +1, the customer's −3) and “Delivery” (ours +2, the customer's −1)."
            )
        );
        assert_eq!(
            blind_spots(Lang::Nl, &j).as_deref(),
            Some(
                "Blinde vlekken, waar ons eigen oordeel afwijkt van dat van de klant: \
                 ‘Invoice’ (wij +1, de klant −3) en ‘Delivery’ (wij +2, de klant −1)."
            )
        );
        let agree = journey(&[("Order", 2.0, Some(2.5)), ("Help", 0.0, None)]);
        assert!(
            blind_spots(Lang::En, &agree)
                .unwrap()
                .starts_with("Our own ratings match")
        );
        assert_eq!(
            blind_spots(Lang::En, &journey(&[("Order", 2.0, None)])),
            None
        );
    }

    #[test]
    fn the_facts_of_the_promise_story_name_bank_promises_failure_demand_and_gaps() {
        let j = crate::presets::by_key("telecom-promise", Lang::En).expect("the preset");
        assert!(has_lanes(&j));
        let facts = lane_facts(Lang::En, &j);
        let all = facts.join("\n");
        assert!(all.contains("The balance goes into the red at"), "{all}");
        assert!(all.contains("failure demand"), "{all}");
        assert!(all.contains("Promises:"), "{all}");
        assert!(all.contains("Expectations at"), "{all}");
        assert_eq!(lanes_alternative(Lang::En, &j), facts.join(" "));
        let nl = lane_facts(
            Lang::Nl,
            &crate::presets::by_key("telecom-promise", Lang::Nl).unwrap(),
        );
        assert!(
            nl.join(" ").contains("Het saldo komt in het rood bij"),
            "{nl:?}"
        );

        // A journey of ratings only: nothing added to the chart's text alternative.
        let plain = journey(&[("Order", 2.0, None), ("Help", -1.0, None)]);
        assert!(!has_lanes(&plain));
        assert_eq!(lanes_alternative(Lang::En, &plain), "");
        assert_eq!(
            lane_facts(Lang::En, &plain).len(),
            1,
            "the bank still has a fact"
        );
    }
}
