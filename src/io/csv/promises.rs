//! The promises cell: one promise per line, each ending in its state in brackets
//! (`Within 8 weeks [broken]`). A line without a state is an open promise; the states are
//! read in English or Dutch (`[kept]`/`[nagekomen]`, `[broken]`/`[gebroken]`, `[open]`)
//! and always written in English. Only the last bracket of a line is its state, so any
//! one-line text (even one holding "[kept]" itself) survives a round trip.

use crate::model::{MAX_PROMISE_CHARS, MAX_PROMISES, Promise, PromiseState, clean_promise};

/// The cell for a touchpoint's promises (empty when there are none).
pub(super) fn format_promises(promises: &[Promise]) -> String {
    promises
        .iter()
        .map(|p| format!("{} [{}]", clean_promise(&p.text), p.state.key()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// What went wrong reading a promises cell.
#[derive(Debug, PartialEq)]
pub(super) enum PromisesProblem {
    TooMany,
}

/// Reads a promises cell. The flag says whether some promise's text was cut to
/// [`MAX_PROMISE_CHARS`].
pub(super) fn parse_promises(cell: &str) -> Result<(Vec<Promise>, bool), PromisesProblem> {
    let mut out = Vec::new();
    let mut cut = false;
    for line in cell.split(['\n', '\r']) {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if out.len() == MAX_PROMISES {
            return Err(PromisesProblem::TooMany);
        }
        let (text, state) = split_state(line);
        cut |= text.chars().filter(|c| !c.is_control()).count() > MAX_PROMISE_CHARS;
        out.push(Promise {
            text: clean_promise(text),
            state,
        });
    }
    Ok((out, cut))
}

/// `text [state]` → (text, state); a line without a known state at its end is open.
fn split_state(line: &str) -> (&str, PromiseState) {
    if let Some(inner) = line.strip_suffix(']')
        && let Some(open) = inner.rfind('[')
        && let Some(state) = PromiseState::from_key(&inner[open + 1..])
    {
        return (inner[..open].trim_end(), state);
    }
    (line, PromiseState::Open)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str, state: PromiseState) -> Promise {
        Promise::new(text, state)
    }

    #[test]
    fn lines_with_states_in_english_or_dutch() {
        let (got, cut) =
            parse_promises("Within 8 weeks [broken]\r\n\n Call back [Nagekomen] \nA refund")
                .unwrap();
        assert!(!cut);
        assert_eq!(
            got,
            [
                p("Within 8 weeks", PromiseState::Broken),
                p("Call back", PromiseState::Kept),
                p("A refund", PromiseState::Open),
            ]
        );
        assert_eq!(parse_promises("  \n ").unwrap().0, []);
    }

    #[test]
    fn only_the_last_bracket_is_the_state() {
        let list = [
            p("Say [kept] twice", PromiseState::Open),
            p("x [kept]", PromiseState::Broken),
            p("", PromiseState::Open),
            p("[sic] text", PromiseState::Kept),
        ];
        let cell = format_promises(&list);
        assert_eq!(
            cell,
            "Say [kept] twice [open]\nx [kept] [broken]\n [open]\n[sic] text [kept]"
        );
        assert_eq!(parse_promises(&cell).unwrap().0, list);
        // A bracket that is no state is text.
        assert_eq!(
            parse_promises("Fix it [soon]").unwrap().0,
            [p("Fix it [soon]", PromiseState::Open)]
        );
    }

    #[test]
    fn too_many_or_too_long() {
        let many = vec!["x"; MAX_PROMISES + 1].join("\n");
        assert_eq!(parse_promises(&many), Err(PromisesProblem::TooMany));
        let ok = vec!["x"; MAX_PROMISES].join("\n");
        assert_eq!(parse_promises(&ok).unwrap().0.len(), MAX_PROMISES);
        let (got, cut) = parse_promises(&"y".repeat(MAX_PROMISE_CHARS + 1)).unwrap();
        assert!(cut);
        assert_eq!(got[0].text.chars().count(), MAX_PROMISE_CHARS);
    }
}
