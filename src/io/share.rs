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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, apply};

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
}
