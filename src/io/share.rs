//! Opening a share link: unpack the token from the address fragment, then read the journey
//! file inside it. The shared view and the embed both open links through [`open`], so a
//! damaged link fails the same way, with the same reason, in both.
//!
//! Pure Rust: never imports yew, web-sys or wasm-bindgen.

use crate::io::json::{self, FormatError};
use crate::io::link::{self, LinkError};
use crate::model::Journey;
use thiserror::Error;

/// Why a shared journey cannot be shown.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum OpenError {
    /// The link itself could not be unpacked.
    #[error("{0}")]
    Link(LinkError),
    /// The link unpacked, but what is inside is not a journey this version reads.
    #[error("{0}")]
    File(FormatError),
}

/// Unpacks the link, then reads the journey file inside it.
pub fn open(token: &str) -> Result<Journey, OpenError> {
    let text = link::decode(token).map_err(OpenError::Link)?;
    json::read_journey(&text).map_err(OpenError::File)
}

/// [`open`] for the course embed: reads only what the embed shows
/// ([`json::read_for_embed`]).
pub fn open_for_embed(token: &str) -> Result<Journey, OpenError> {
    let text = link::decode(token).map_err(OpenError::Link)?;
    json::read_for_embed(&text).map_err(OpenError::File)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, TouchpointEdit, apply};

    #[test]
    fn a_link_carries_the_journey_but_not_its_interviews() {
        let mut j = Journey::new("Shared");
        apply(&mut j, Action::AddInterview("Nicoline".into())).unwrap();
        let text = json::write_for_link(&j);
        assert!(!text.contains("Nicoline"), "{text}");
        let opened = open(&link::encode(&text)).unwrap();
        assert!(opened.interviews.is_empty());
        assert_eq!(opened.title, "Shared");
    }

    #[test]
    fn a_link_opens_and_a_damaged_one_says_which_step_failed() {
        let mut j = Journey::new("Shared");
        let add = Action::AddTouchpoint {
            name: "Call".into(),
            rating: -2.0,
            after: None,
        };
        apply(&mut j, add).unwrap();
        let token = link::encode(&json::write_journey(&j));
        assert_eq!(open(&token), Ok(j));
        // Cut short in a mail client.
        let cut = &token[..token.len() / 2];
        assert_eq!(open(cut), Err(OpenError::Link(LinkError::Damaged)));
        // A valid link that carries something that is not a journey.
        let junk = link::encode("{\"format\": \"something-else\"}");
        assert!(matches!(open(&junk), Err(OpenError::File(_))));
    }

    #[test]
    fn the_lanes_travel_in_the_link() {
        use crate::model::{BankSettings, Promise, PromiseState};
        let mut j = Journey::new("Promise");
        for (name, rating) in [("Sign", 3.0), ("Wait", -2.0), ("Chase", -3.0)] {
            let add = Action::AddTouchpoint {
                name: name.into(),
                rating,
                after: None,
            };
            apply(&mut j, add).unwrap();
        }
        let cause = j.touchpoints[1].id;
        j.touchpoints[0].expected = Some(2.5);
        j.touchpoints[0].ours = Some(4.0);
        j.touchpoints[1].promises = vec![
            Promise::new("Solved within a week", PromiseState::Broken),
            Promise::new("We call you back", PromiseState::Kept),
        ];
        j.touchpoints[2].failure_demand = true;
        j.touchpoints[2].caused_by = Some(cause);
        j.touchpoints[2].expected = Some(-1.0);
        j.bank = BankSettings {
            withdrawal_weight: 2.0,
            broken_promise: 1.5,
        };
        let opened = open(&link::encode(&json::write_journey(&j))).expect("the link opens");
        assert_eq!(opened, j);
        let t = &opened.touchpoints;
        assert_eq!((t[0].expected, t[0].ours), (Some(2.5), Some(4.0)));
        assert_eq!(t[1].promises[0].state, PromiseState::Broken);
        assert_eq!((t[2].failure_demand, t[2].caused_by), (true, Some(cause)));
        assert_eq!(opened.bank.withdrawal_weight, 2.0);

        // The teaching journey the e2e test shares: every lane survives.
        let preset = crate::presets::by_key("telecom-promise", crate::i18n::Lang::En).unwrap();
        let back = open(&link::encode(&json::write_journey(&preset))).unwrap();
        assert_eq!(back, preset);
        assert!(back.touchpoints.iter().any(|t| t.failure_demand));
        assert!(back.touchpoints.iter().any(|t| !t.promises.is_empty()));
    }

    /// A journey with a bit of everything: lanes, a group round with votes, notes, an
    /// interview, stories and a plan (the practice fixture, with the rest added).
    fn everything() -> Journey {
        let file = include_str!("../../tests/fixtures/format/v1-practice.json");
        let mut j = json::read_journey(file).unwrap();
        let first = j.touchpoints[0].id;
        for edit in [
            TouchpointEdit::Notes("Ask Fatima about the second visit".into()),
            TouchpointEdit::Expected(Some(3.0)),
            TouchpointEdit::Ours(Some(4.0)),
        ] {
            apply(&mut j, Action::Edit(first, edit)).unwrap();
        }
        apply(&mut j, Action::AddParticipant("Priya".into())).unwrap();
        let vote = Action::Vote {
            id: first,
            participant: 0,
            value: Some(-2.0),
        };
        apply(&mut j, vote).unwrap();
        apply(&mut j, Action::AddInterview("Nicoline".into())).unwrap();
        assert!(
            !j.stories.is_empty() && j.plan.is_some(),
            "the fixture has both"
        );
        j
    }

    /// What the course embed shows of `j`: everything but the group round, the notes,
    /// the interviews, the stories and the plan.
    fn shown(j: &Journey) -> Journey {
        let mut s = j.clone();
        s.participants.clear();
        s.interviews.clear();
        s.stories.clear();
        s.plan = None;
        for t in &mut s.touchpoints {
            t.notes.clear();
            t.votes.clear();
        }
        s
    }

    #[test]
    fn an_embed_link_carries_only_what_the_embed_shows() {
        let j = everything();
        let text = json::write_for_embed(&j);
        for private in ["Priya", "Fatima", "Nicoline", "Christmas Eve", "Call ahead"] {
            assert!(!text.contains(private), "{private} must stay out: {text}");
        }
        let opened = open_for_embed(&link::encode(&text)).unwrap();
        assert_eq!(opened, shown(&j));
        let t = &opened.touchpoints[0];
        assert_eq!(
            (t.expected, t.ours),
            (Some(3.0), Some(4.0)),
            "the lanes travel"
        );
        assert!(t.moment_of_truth);
        // The workspace opens the same link to the same journey.
        assert_eq!(open(&link::encode(&text)).unwrap(), opened);
        // Shorter than the share link, which keeps the stories and the plan.
        assert!(
            text.len() * 2 < json::write_for_link(&j).len(),
            "{}",
            text.len()
        );
    }

    #[test]
    fn the_embed_reads_the_parts_it_shows_from_any_link() {
        // A share link (or an embed link of an earlier version) carries the stories and
        // the plan too: the embed shows the rest, as the workspace reads it.
        let j = everything();
        let token = link::encode(&json::write_for_link(&j));
        assert_eq!(
            open_for_embed(&token).unwrap(),
            shown(&open(&token).unwrap())
        );
        // What the embed shows is checked as strictly as in the workspace …
        let outside = r#"{"format": "peakend/journey", "version": 1, "title": "t",
            "scale": {"min": 0, "max": 10}, "touchpoints": [{"name": "a", "rating": 11}]}"#;
        for read in [json::read_journey, json::read_for_embed] {
            let e = read(outside).unwrap_err();
            assert_eq!(e.path, "touchpoints[0].rating");
        }
        // … and what it does not show is not read, so it cannot stop the journey.
        let damaged_story = r#"{"format": "peakend/journey", "version": 1, "title": "t",
            "scale": {"min": 0, "max": 10}, "touchpoints": [{"id": 1, "name": "a", "rating": 7}],
            "stories": [{"text": "x", "valence": 99}], "participants": [7]}"#;
        assert!(json::read_journey(damaged_story).is_err());
        let read = json::read_for_embed(damaged_story).unwrap();
        assert_eq!((read.ratings(), read.stories.len()), (vec![7.0], 0));
    }
}
