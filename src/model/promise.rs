//! Promises made to the customer at a touchpoint ("you will hear from us within 8
//! weeks") and whether they were kept (seed 004: a broken promise causes failure demand).
//!
//! Pure data; what a broken promise costs is computed in `analysis`.

use super::text::clean;
use serde::{Deserialize, Serialize};

/// Most promises one touchpoint may carry. A real contact makes a handful; the limit
/// keeps a hostile file or paste (10,000 promises) from swamping the lanes.
pub const MAX_PROMISES: usize = 100;
/// Longest promise text we keep (longer input is cut, never refused).
pub const MAX_PROMISE_CHARS: usize = 500;

/// A promise's text as the model keeps it: one line (line breaks and tabs become spaces,
/// so a table cell can hold one promise per line), without surrounding spaces, control
/// characters dropped, cut to [`MAX_PROMISE_CHARS`] characters.
pub fn clean_promise(s: &str) -> String {
    let one_line: String = s
        .chars()
        .map(|c| {
            if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            }
        })
        .collect();
    clean(one_line.trim(), MAX_PROMISE_CHARS)
        .trim_end()
        .to_string()
}

/// Where a promise stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PromiseState {
    Kept,
    Broken,
    /// Not yet due (or not yet known): neither kept nor broken.
    #[default]
    Open,
}

impl PromiseState {
    /// Every state, in the order a picker shows them.
    pub const ALL: [PromiseState; 3] =
        [PromiseState::Open, PromiseState::Kept, PromiseState::Broken];

    /// The key files and CSV use: `kept`, `broken`, `open`.
    pub fn key(self) -> &'static str {
        match self {
            PromiseState::Kept => "kept",
            PromiseState::Broken => "broken",
            PromiseState::Open => "open",
        }
    }

    /// Reads a key in English or Dutch, any case (`kept`/`nagekomen`, `broken`/
    /// `gebroken`, `open`); `None` for anything else.
    pub fn from_key(key: &str) -> Option<PromiseState> {
        // The keys are ASCII: ASCII lowercasing suffices and needs no Unicode tables.
        match key.trim().to_ascii_lowercase().as_str() {
            "kept" | "nagekomen" | "gehouden" => Some(PromiseState::Kept),
            "broken" | "gebroken" | "verbroken" => Some(PromiseState::Broken),
            "open" | "not yet due" | "nog niet" => Some(PromiseState::Open),
            _ => None,
        }
    }
}

/// One promise made at a touchpoint.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Promise {
    /// What was promised, in the customer's words where possible.
    pub text: String,
    #[serde(default)]
    pub state: PromiseState,
}

impl Promise {
    pub fn new(text: impl Into<String>, state: PromiseState) -> Promise {
        Promise {
            text: text.into(),
            state,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_keys_round_trip_and_read_dutch() {
        for s in PromiseState::ALL {
            assert_eq!(PromiseState::from_key(s.key()), Some(s));
        }
        assert_eq!(
            PromiseState::from_key(" Gebroken "),
            Some(PromiseState::Broken)
        );
        assert_eq!(
            PromiseState::from_key("NAGEKOMEN"),
            Some(PromiseState::Kept)
        );
        assert_eq!(PromiseState::from_key("maybe"), None);
        assert_eq!(PromiseState::from_key(""), None);
    }

    #[test]
    fn promise_text_is_one_line() {
        assert_eq!(
            clean_promise(" call\r\nback\tsoon\u{7} "),
            "call  back soon"
        );
        assert_eq!(clean_promise("\n"), "");
        assert_eq!(
            clean_promise(&"x".repeat(900)).chars().count(),
            MAX_PROMISE_CHARS
        );
    }

    #[test]
    fn states_serialise_as_the_contract_says() {
        let p = Promise::new("Within 8 weeks", PromiseState::Broken);
        let v = serde_json::to_value(&p).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"text": "Within 8 weeks", "state": "broken"})
        );
        let back: Promise = serde_json::from_value(serde_json::json!({"text": "x"})).unwrap();
        assert_eq!(back.state, PromiseState::Open);
    }
}
