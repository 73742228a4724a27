//! Ready-made journeys: the example the app opens on, and the teaching presets a
//! trainer embeds (each with its source and what it shows).
//!
//! The painful procedures are entered as *discomfort*: pain p on 0–10 becomes the rating
//! −p on a −10..0 scale whose neutral point 0 is "no pain", so "higher" always means
//! "better" for the customer, as in every other journey. The per-minute and per-10-second
//! curves are illustrative, drawn to match what the studies published (the same curves
//! as `tests/cases/`); only the direction of the published result is claimed.
//!
//! Pure Rust: never imports yew, web-sys or wasm-bindgen. Names come in the user's language.

use crate::i18n::Lang;
use crate::model::{Action, Channel, Journey, Scale, TouchpointEdit, apply};

/// One touchpoint of a preset: English name, Dutch name, channel, rating, duration.
type Row = (&'static str, &'static str, Channel, f64, f64);

fn build(lang: Lang, title: (&str, &str), phases: &[((&str, &str), &[Row])]) -> Journey {
    let pick = |en: &str, nl: &str| match lang {
        Lang::En => en.to_string(),
        Lang::Nl => nl.to_string(),
    };
    let mut j = Journey::new(pick(title.0, title.1));
    for ((pen, pnl), rows) in phases {
        // Presets are fixed data: every action below is valid by construction.
        let _ = apply(&mut j, Action::AddPhase(pick(pen, pnl)));
        let phase = j.phases.last().map(|p| p.id);
        for (en, nl, channel, rating, duration) in rows.iter() {
            let _ = apply(
                &mut j,
                Action::AddTouchpoint {
                    name: pick(en, nl),
                    rating: *rating,
                    after: None,
                },
            );
            if let Some(id) = j.touchpoints.last().map(|t| t.id) {
                for edit in [
                    TouchpointEdit::Phase(phase),
                    TouchpointEdit::Channel(Some(channel.clone())),
                    TouchpointEdit::Duration(*duration),
                ] {
                    let _ = apply(&mut j, Action::Edit(id, edit));
                }
            }
        }
    }
    j
}

/// Fifteen good years with a telecom provider, ended by a clumsy cancellation
/// (after the open letter "Lieve Vodafone" in the source articles). Durations in months.
pub fn telecom(lang: Lang) -> Journey {
    let mut j = build(
        lang,
        (
            "Fifteen years with my telecom provider",
            "Vijftien jaar met mijn telecomprovider",
        ),
        &[
            (
                ("Getting to know each other", "Kennismaking"),
                &[
                    (
                        "First subscription",
                        "Eerste abonnement",
                        Channel::Shop,
                        3.0,
                        1.0,
                    ),
                    (
                        "Help getting started",
                        "Hulp bij de eerste stappen",
                        Channel::Phone,
                        4.0,
                        2.0,
                    ),
                ],
            ),
            (
                ("Fifteen years together", "Vijftien jaar samen"),
                &[
                    (
                        "Advice on a better plan",
                        "Advies over een beter abonnement",
                        Channel::Letter,
                        3.0,
                        60.0,
                    ),
                    (
                        "Travelling the world together",
                        "Samen de wereld over",
                        Channel::App,
                        4.0,
                        110.0,
                    ),
                    (
                        "Two new contracts in December",
                        "Twee nieuwe contracten in december",
                        Channel::Shop,
                        2.0,
                        6.0,
                    ),
                ],
            ),
            (
                ("Breaking up", "Het uitmaken"),
                &[
                    (
                        "A problem nobody solves",
                        "Een probleem dat niemand oplost",
                        Channel::Phone,
                        -2.0,
                        1.0,
                    ),
                    (
                        "\"File a complaint\"",
                        "\"Dien maar een klacht in\"",
                        Channel::Phone,
                        -4.0,
                        0.5,
                    ),
                    (
                        "\"Cancel in writing\"",
                        "\"Zeg het schriftelijk op\"",
                        Channel::Letter,
                        -3.0,
                        0.5,
                    ),
                    (
                        "A bare link to end it",
                        "Een kaal linkje om het te beëindigen",
                        Channel::Email,
                        -5.0,
                        0.1,
                    ),
                ],
            ),
        ],
    );
    j.description = match lang {
        Lang::En => "Fifteen good years, remembered by a cold goodbye.".into(),
        Lang::Nl => "Vijftien goede jaren, herinnerd door een kil afscheid.".into(),
    };
    if let Some(t) = j.touchpoints.last_mut() {
        t.moment_of_truth = true;
    }
    j
}

/// The discomfort scale of the medical and cold-water presets: −10 (worst pain) to 0
/// (no pain), neutral 0.
fn pain_scale() -> Scale {
    Scale {
        min: -10.0,
        max: 0.0,
        neutral: 0.0,
        step: 1.0,
    }
}

/// A journey of equal-length moments on the pain scale, without phases or channels.
fn painful(
    lang: Lang,
    title: (&str, &str),
    description: (&str, &str),
    rows: &[(String, String, f64, f64)],
) -> Journey {
    let pick = |en: &str, nl: &str| match lang {
        Lang::En => en.to_string(),
        Lang::Nl => nl.to_string(),
    };
    let mut j = Journey::new(pick(title.0, title.1));
    j.scale = pain_scale();
    j.description = pick(description.0, description.1);
    for (en, nl, rating, duration) in rows {
        let _ = apply(
            &mut j,
            Action::AddTouchpoint {
                name: pick(en, nl),
                rating: *rating,
                after: None,
            },
        );
        if let Some(id) = j.touchpoints.last().map(|t| t.id) {
            let _ = apply(
                &mut j,
                Action::Edit(id, TouchpointEdit::Duration(*duration)),
            );
        }
    }
    j
}

/// Pain per minute of the procedure, ending while it still hurts (illustrative, after
/// patient A in Redelmeier & Kahneman 1996).
const COLONOSCOPY: [f64; 8] = [-2.0, -4.0, -5.0, -6.0, -8.0, -7.0, -6.0, -7.0];
/// The gentle extension: the scope rests a few minutes longer, with mild discomfort
/// (Redelmeier, Katz & Kahneman 2003).
const GENTLE_END: [f64; 3] = [-4.0, -2.0, -1.0];

fn colonoscopy(lang: Lang, gentle: bool) -> Journey {
    let mut rows: Vec<(String, String, f64, f64)> = COLONOSCOPY
        .iter()
        .enumerate()
        .map(|(i, r)| {
            (
                format!("Minute {}", i + 1),
                format!("Minuut {}", i + 1),
                *r,
                1.0,
            )
        })
        .collect();
    if gentle {
        let n = rows.len();
        rows.extend(GENTLE_END.iter().enumerate().map(|(i, r)| {
            (
                format!("Minute {}: gentle end", n + i + 1),
                format!("Minuut {}: rustig einde", n + i + 1),
                *r,
                1.0,
            )
        }));
        painful(
            lang,
            (
                "Colonoscopy with a gentle end",
                "Coloscopie met een rustig einde",
            ),
            (
                "The same procedure, with three extra minutes of mild discomfort at the end. More pain in total, yet remembered as less bad. Pain 0–10 is shown as −10..0 (0 = no pain).",
                "Dezelfde ingreep, met drie extra minuten lichte hinder aan het eind. Meer pijn in totaal, en toch minder erg herinnerd. Pijn 0–10 staat als −10..0 (0 = geen pijn).",
            ),
            &rows,
        )
    } else {
        painful(
            lang,
            (
                "Colonoscopy with an abrupt end",
                "Coloscopie met een abrupt einde",
            ),
            (
                "A painful procedure that stops while it still hurts. Pain 0–10 is shown as −10..0 (0 = no pain).",
                "Een pijnlijke ingreep die stopt terwijl het nog pijn doet. Pijn 0–10 staat als −10..0 (0 = geen pijn).",
            ),
            &rows,
        )
    }
}

/// Discomfort per 10 seconds with one hand in water at 14 °C (illustrative).
const COLD_WATER: [f64; 6] = [-5.0, -6.0, -7.0, -8.0, -8.0, -8.0];
/// The 30 seconds added in the long trial, the water warming to about 15 °C.
const WARMING: [f64; 3] = [-7.0, -6.0, -5.0];

fn cold_water(lang: Lang, long: bool) -> Journey {
    let mut rows: Vec<(String, String, f64, f64)> = COLD_WATER
        .iter()
        .enumerate()
        .map(|(i, r)| {
            (
                format!("{}–{} s at 14 °C", i * 10, i * 10 + 10),
                format!("{}–{} s bij 14 °C", i * 10, i * 10 + 10),
                *r,
                10.0,
            )
        })
        .collect();
    if long {
        rows.extend(WARMING.iter().enumerate().map(|(i, r)| {
            let from = 60 + i * 10;
            (
                format!("{}–{} s, warming to 15 °C", from, from + 10),
                format!("{}–{} s, opwarmend tot 15 °C", from, from + 10),
                *r,
                10.0,
            )
        }));
        painful(
            lang,
            ("Cold water: 90 seconds", "Koud water: 90 seconden"),
            (
                "60 seconds with a hand in water at 14 °C, then 30 seconds more while it warms to 15 °C. Discomfort 0–10 is shown as −10..0 (0 = none).",
                "60 seconden met een hand in water van 14 °C, daarna nog 30 seconden terwijl het opwarmt tot 15 °C. Ongemak 0–10 staat als −10..0 (0 = geen).",
            ),
            &rows,
        )
    } else {
        painful(
            lang,
            ("Cold water: 60 seconds", "Koud water: 60 seconden"),
            (
                "60 seconds with a hand in water at 14 °C. Discomfort 0–10 is shown as −10..0 (0 = none).",
                "60 seconden met een hand in water van 14 °C. Ongemak 0–10 staat als −10..0 (0 = geen).",
            ),
            &rows,
        )
    }
}

/// A visit to a wine shop with a slow queue, saved by a small gift at the till.
/// Written for Peakend as an illustration; durations in minutes.
pub fn wine_shop(lang: Lang) -> Journey {
    let mut j = build(
        lang,
        ("A visit to the wine shop", "Een bezoek aan de wijnwinkel"),
        &[
            (
                ("In the shop", "In de winkel"),
                &[
                    ("Walking in", "Binnenlopen", Channel::Shop, 1.0, 2.0),
                    (
                        "Browsing the shelves",
                        "Rondkijken langs de schappen",
                        Channel::Shop,
                        2.0,
                        10.0,
                    ),
                    (
                        "Advice from the wine seller",
                        "Advies van de wijnhandelaar",
                        Channel::InPerson,
                        4.0,
                        8.0,
                    ),
                    (
                        "Tasting two wines",
                        "Twee wijnen proeven",
                        Channel::InPerson,
                        3.0,
                        10.0,
                    ),
                ],
            ),
            (
                ("Paying", "Afrekenen"),
                &[
                    (
                        "A long queue at the till",
                        "Een lange rij bij de kassa",
                        Channel::Shop,
                        -3.0,
                        12.0,
                    ),
                    (
                        "A small gift at the till",
                        "Een klein cadeautje bij de kassa",
                        Channel::InPerson,
                        4.0,
                        1.0,
                    ),
                ],
            ),
        ],
    );
    j.description = match lang {
        Lang::En => "A slow queue, forgiven by a small gift at the very end.".into(),
        Lang::Nl => {
            "Een trage rij, vergeven door een klein cadeautje helemaal aan het eind.".into()
        }
    };
    j
}

/// A teaching preset: its key in the address (`?embed&preset=<key>`), title, source and
/// what it shows.
#[derive(Clone, Copy, Debug)]
pub struct Preset {
    pub key: &'static str,
    title: (&'static str, &'static str),
    /// Where it comes from, in one line (authors and year, or "illustration").
    source: (&'static str, &'static str),
    shows: (&'static str, &'static str),
    /// How to read the ratings, when the scale is not the usual bad-to-good one.
    scale_note: Option<(&'static str, &'static str)>,
    make: fn(Lang) -> Journey,
}

impl Preset {
    pub fn title(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.title.0,
            Lang::Nl => self.title.1,
        }
    }

    /// Where it comes from, in one line: a citation, or what it was written after.
    pub fn source(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.source.0,
            Lang::Nl => self.source.1,
        }
    }

    /// What the preset shows, in one line.
    pub fn shows(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.shows.0,
            Lang::Nl => self.shows.1,
        }
    }

    /// How to read the ratings, for the presets on the pain scale.
    pub fn scale_note(&self, lang: Lang) -> Option<&'static str> {
        self.scale_note.map(|(en, nl)| match lang {
            Lang::En => en,
            Lang::Nl => nl,
        })
    }

    /// The journey, with names in `lang`.
    pub fn journey(&self, lang: Lang) -> Journey {
        (self.make)(lang)
    }
}

const COLONOSCOPY_SOURCE: &str =
    "Redelmeier & Kahneman 1996, Pain 66:3–8; Redelmeier, Katz & Kahneman 2003, Pain 104:187–194";
const PAIN_NOTE: Option<(&str, &str)> = Some((
    "Pain 0–10 is shown as 0 to −10: 0 is no pain, −10 the worst.",
    "Pijn 0–10 staat als 0 tot −10: 0 is geen pijn, −10 de ergste.",
));
const COLD_NOTE: Option<(&str, &str)> = Some((
    "Discomfort 0–10 is shown as 0 to −10: 0 is none, −10 the worst.",
    "Ongemak 0–10 staat als 0 tot −10: 0 is geen, −10 het ergste.",
));
const COLD_WATER_SOURCE: &str =
    "Kahneman, Fredrickson, Schreiber & Redelmeier 1993, Psychological Science 4:401–405";

const PRESETS: [Preset; 6] = [
    Preset {
        key: "telecom",
        title: (
            "Fifteen years with a telecom provider",
            "Vijftien jaar met een telecomprovider",
        ),
        source: (
            "After the open letter \"Lieve Vodafone\", a customer's goodbye to a telecom provider",
            "Naar de open brief \"Lieve Vodafone\", het afscheid van een klant van een telecomprovider",
        ),
        shows: (
            "A clumsy goodbye colours fifteen good years.",
            "Een onhandig afscheid kleurt vijftien goede jaren.",
        ),
        scale_note: None,
        make: telecom,
    },
    Preset {
        key: "wine-shop",
        title: (
            "A wine shop that ends well",
            "Een wijnwinkel die goed eindigt",
        ),
        source: (
            "An illustration written for Peakend, after the peak-end rule",
            "Een voorbeeld geschreven voor Peakend, naar de piek-eindregel",
        ),
        shows: (
            "A small gift at the end outweighs a slow queue.",
            "Een klein cadeautje aan het eind weegt zwaarder dan een trage rij.",
        ),
        scale_note: None,
        make: wine_shop,
    },
    Preset {
        key: "colonoscopy-abrupt",
        title: (
            "Colonoscopy with an abrupt end",
            "Coloscopie met een abrupt einde",
        ),
        source: (COLONOSCOPY_SOURCE, COLONOSCOPY_SOURCE),
        shows: (
            "Stopping while it still hurts leaves the worst memory.",
            "Stoppen terwijl het nog pijn doet, laat de slechtste herinnering achter.",
        ),
        scale_note: PAIN_NOTE,
        make: |l| colonoscopy(l, false),
    },
    Preset {
        key: "colonoscopy-gentle",
        title: (
            "Colonoscopy with a gentle end",
            "Coloscopie met een rustig einde",
        ),
        source: (COLONOSCOPY_SOURCE, COLONOSCOPY_SOURCE),
        shows: (
            "Three extra minutes of mild discomfort: more pain in total, a better memory.",
            "Drie extra minuten lichte hinder: meer pijn in totaal, een betere herinnering.",
        ),
        scale_note: PAIN_NOTE,
        make: |l| colonoscopy(l, true),
    },
    Preset {
        key: "cold-water-short",
        title: ("Cold water: 60 seconds", "Koud water: 60 seconden"),
        source: (COLD_WATER_SOURCE, COLD_WATER_SOURCE),
        shows: (
            "The short trial ends at its worst moment.",
            "De korte proef eindigt op het ergste moment.",
        ),
        scale_note: COLD_NOTE,
        make: |l| cold_water(l, false),
    },
    Preset {
        key: "cold-water-long",
        title: ("Cold water: 90 seconds", "Koud water: 90 seconden"),
        source: (COLD_WATER_SOURCE, COLD_WATER_SOURCE),
        shows: (
            "30 seconds more of slightly less cold water: most people chose to repeat this one.",
            "30 seconden langer in iets minder koud water: de meeste mensen kozen deze om te herhalen.",
        ),
        scale_note: COLD_NOTE,
        make: |l| cold_water(l, true),
    },
];

/// Every teaching preset, in the order a picker shows them.
pub fn all() -> &'static [Preset] {
    &PRESETS
}

/// The preset a key names (case-insensitive; `colonoscopy` and `cold-water` name the
/// abrupt and the short version).
pub fn find(key: &str) -> Option<&'static Preset> {
    let key = key.trim().to_ascii_lowercase();
    let key = match key.as_str() {
        "colonoscopy" => "colonoscopy-abrupt",
        "cold-water" => "cold-water-short",
        "wine" => "wine-shop",
        k => k,
    };
    PRESETS.iter().find(|p| p.key == key)
}

/// The journey a key names, with names in `lang`.
pub fn by_key(key: &str, lang: Lang) -> Option<Journey> {
    find(key).map(|p| p.journey(lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::score;

    #[test]
    fn telecom_is_remembered_far_worse_than_it_was_lived() {
        for lang in Lang::ALL {
            let j = telecom(lang);
            assert_eq!(j.touchpoints.len(), 9);
            assert_eq!(j.phases.len(), 3);
            let s = score(&j).unwrap();
            assert_eq!(s.end, 8);
            assert_eq!(s.peak, 8, "the bare link is the most intense moment");
            assert_eq!(s.remembered, -5.0);
            assert!(s.experienced > 3.0, "lived as good: {}", s.experienced);
        }
    }

    fn total_discomfort(j: &Journey) -> f64 {
        j.touchpoints
            .iter()
            .map(|t| t.duration * (j.scale.neutral - t.rating).max(0.0))
            .sum()
    }

    #[test]
    fn the_longer_ending_is_remembered_better_despite_more_discomfort() {
        for (short, long) in [
            ("colonoscopy-abrupt", "colonoscopy-gentle"),
            ("cold-water-short", "cold-water-long"),
        ] {
            for lang in Lang::ALL {
                let (a, b) = (by_key(short, lang).unwrap(), by_key(long, lang).unwrap());
                let (sa, sb) = (score(&a).unwrap(), score(&b).unwrap());
                assert!(
                    sb.remembered > sa.remembered,
                    "{long} remembered {} vs {short} {}",
                    sb.remembered,
                    sa.remembered
                );
                assert!(
                    total_discomfort(&b) > total_discomfort(&a),
                    "{long} holds more discomfort in total"
                );
                assert_eq!(
                    a.touchpoints[..],
                    b.touchpoints[..a.touchpoints.len()],
                    "{long} is {short} with an ending added"
                );
            }
        }
    }

    #[test]
    fn painful_presets_use_the_discomfort_scale() {
        for key in [
            "colonoscopy-abrupt",
            "colonoscopy-gentle",
            "cold-water-short",
            "cold-water-long",
        ] {
            let j = by_key(key, Lang::En).unwrap();
            assert_eq!(
                (j.scale.min, j.scale.max, j.scale.neutral),
                (-10.0, 0.0, 0.0)
            );
            assert!(j.touchpoints.iter().all(|t| j.scale.contains(t.rating)));
        }
        let abrupt = score(&by_key("colonoscopy", Lang::En).unwrap()).unwrap();
        assert_eq!(abrupt.remembered, -7.5, "peak −8, end −7");
        let gentle = score(&by_key("colonoscopy-gentle", Lang::En).unwrap()).unwrap();
        assert_eq!(gentle.remembered, -4.5, "peak −8, end −1");
    }

    #[test]
    fn the_wine_shop_is_remembered_better_than_it_was_lived() {
        for lang in Lang::ALL {
            let s = score(&wine_shop(lang)).unwrap();
            assert_eq!(s.end, 5, "the gift is the end");
            assert!(s.remembered > s.experienced + 1.0, "{s:?}");
        }
    }

    #[test]
    fn every_preset_has_both_languages_a_source_and_a_journey() {
        let mut keys: Vec<_> = all().iter().map(|p| p.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), all().len(), "keys are unique");
        for p in all() {
            assert!(!p.source(Lang::En).is_empty() && !p.source(Lang::Nl).is_empty());
            assert_ne!(p.title(Lang::En), p.title(Lang::Nl));
            assert_ne!(p.shows(Lang::En), p.shows(Lang::Nl));
            for lang in Lang::ALL {
                let j = p.journey(lang);
                assert!(j.touchpoints.len() >= 6, "{}", p.key);
                score(&j).unwrap();
            }
            assert_eq!(find(&p.key.to_uppercase()).map(|f| f.key), Some(p.key));
        }
        assert!(by_key("nope", Lang::En).is_none());
    }
}
