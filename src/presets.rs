//! Ready-made journeys: the example the app opens on, drawn from the source articles.
//!
//! Pure Rust. Names come in the user's language.

use crate::i18n::Lang;
use crate::model::{Action, Channel, Journey, TouchpointEdit, apply};

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
}
