//! The promises-kept scenario of a whole journey (seed `004`): the to-be of
//! [`keep_promises`] as a journey of its own, with every broken promise set to kept (so its
//! bank account shows no extra withdrawal), and what it does to the number of contacts
//! and to the experienced and remembered score, scored by the journey engine with the
//! journey's durations, marks and memory model.

use super::failure::{Shift, keep_promises, to_be_journey};
use super::{LaneError, failure_demand};
use crate::analysis::score;
use crate::model::{Journey, PromiseState};
use serde::Serialize;

/// The promises-kept to-be of a journey and what it changes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PromisesKeptScenario {
    /// The to-be journey: the failure-demand contacts gone, the broken promises kept.
    pub journey: Journey,
    pub contacts_before: usize,
    pub contacts_after: usize,
    /// Failure-demand contacts removed.
    pub removed: usize,
    /// Broken promises now kept (those at the contacts that stay).
    pub promises_kept: usize,
    pub experienced: Shift,
    pub remembered: Shift,
}

/// Makes the promises-kept scenario of `j`. Refused with [`LaneError::NothingToKeep`]
/// when `j` has neither a broken promise nor failure demand (the to-be would be the same
/// journey), and with [`LaneError::NothingLeft`] when every contact is failure demand.
pub fn promises_kept_scenario(j: &Journey) -> Result<PromisesKeptScenario, LaneError> {
    let failure: Vec<bool> = j.touchpoints.iter().map(|t| t.failure_demand).collect();
    let broken: Vec<usize> = j
        .touchpoints
        .iter()
        .map(|t| t.promises_in(PromiseState::Broken))
        .collect();
    let removed = failure_demand(&failure).failure;
    if removed == 0 && broken.iter().all(|b| *b == 0) {
        return Err(LaneError::NothingToKeep);
    }
    let expected: Vec<Option<f64>> = j.touchpoints.iter().map(|t| t.expected).collect();
    let plan = keep_promises(&j.ratings(), &failure, &broken, &expected, &j.scale)?;
    let mut journey = to_be_journey(j, &plan)?;
    // Counted in the to-be: a promise broken at a failure-demand contact leaves with it.
    let mut promises_kept = 0;
    for p in journey.touchpoints.iter_mut().flat_map(|t| &mut t.promises) {
        if p.state == PromiseState::Broken {
            p.state = PromiseState::Kept;
            promises_kept += 1;
        }
    }
    let before = score(j)?;
    let after = score(&journey)?;
    Ok(PromisesKeptScenario {
        journey,
        contacts_before: plan.contacts_before,
        contacts_after: plan.contacts_after,
        removed,
        promises_kept,
        experienced: Shift::new(before.experienced, after.experienced),
        remembered: Shift::new(before.remembered, after.remembered),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::Promise;
    use crate::presets;

    fn journey(rows: &[(&str, f64, bool, usize)]) -> Journey {
        let mut j = Journey::new("t");
        for (name, r, failure, broken) in rows {
            let mut t = j.new_touchpoint(*name, *r);
            t.failure_demand = *failure;
            for _ in 0..*broken {
                t.promises
                    .push(Promise::new("Within a week", PromiseState::Broken));
            }
            j.touchpoints.push(t);
        }
        j
    }

    #[test]
    fn hand_worked_scenario() {
        // −5…+5, equal durations. Sign 3; a promise broken at "Wait" (−2, expected
        // unknown, so kept to neutral 0); two chasing calls −4 and −3; the goodbye −1.
        let mut j = journey(&[
            ("Sign", 3.0, false, 0),
            ("Wait", -2.0, false, 1),
            ("Chase", -4.0, true, 0),
            ("Call", -3.0, true, 0),
            ("Bye", -1.0, false, 0),
        ]);
        let wait = j.touchpoints[1].id;
        j.touchpoints[2].caused_by = Some(wait);
        let s = promises_kept_scenario(&j).unwrap();
        let names: Vec<&str> = s
            .journey
            .touchpoints
            .iter()
            .map(|t| t.name.as_str())
            .collect();
        assert_eq!(names, ["Sign", "Wait", "Bye"]);
        assert_eq!(s.journey.ratings(), [3.0, 0.0, -1.0]);
        assert_eq!(
            s.journey.touchpoints[1].promises,
            [Promise::new("Within a week", PromiseState::Kept)]
        );
        assert_eq!(
            (
                s.contacts_before,
                s.contacts_after,
                s.removed,
                s.promises_kept
            ),
            (5, 3, 2, 1)
        );
        // As-is: E = (3 − 2 − 4 − 3 − 1)/5 = −1.4; peak −4 (most intense), end −1:
        // R = (−4 − 1)/2 = −2.5.
        // To-be: E = (3 + 0 − 1)/3 = 2/3; peak 3, end −1: R = 1.
        assert_eq!(s.experienced.before, -1.4);
        assert!((s.experienced.after - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(
            (s.remembered.before, s.remembered.after, s.remembered.change),
            (-2.5, 1.0, 3.5)
        );
        // The to-be's bank has no broken promise left to withdraw for.
        let broken: Vec<usize> = s
            .journey
            .touchpoints
            .iter()
            .map(|t| t.promises_in(PromiseState::Broken))
            .collect();
        assert_eq!(broken, [0, 0, 0]);
    }

    #[test]
    fn nothing_to_keep_and_nothing_left_are_refused() {
        let plain = journey(&[("Sign", 3.0, false, 0), ("Bye", -1.0, false, 0)]);
        assert_eq!(
            promises_kept_scenario(&plain),
            Err(LaneError::NothingToKeep)
        );
        let all = journey(&[("Chase", -4.0, true, 0), ("Call", -3.0, true, 0)]);
        assert_eq!(promises_kept_scenario(&all), Err(LaneError::NothingLeft));
        // A kept or open promise is nothing to keep either.
        let mut kept = plain.clone();
        kept.touchpoints[0]
            .promises
            .push(Promise::new("x", PromiseState::Kept));
        assert_eq!(promises_kept_scenario(&kept), Err(LaneError::NothingToKeep));
    }

    #[test]
    fn the_telecom_promise_gets_fewer_contacts_and_a_better_memory() {
        let j = presets::by_key("telecom-promise", Lang::En).unwrap();
        let s = promises_kept_scenario(&j).unwrap();
        assert_eq!((s.contacts_before, s.contacts_after), (10, 7));
        assert_eq!(
            s.promises_kept, 1,
            "the call-back promise leaves with its contact"
        );
        // Durations 1, 2, 60, 110, 6, 1, .5, .5, .5, .1 (181.6); Σ d·r = 3 + 8 + 240 +
        // 440 + 12 − 2 − .5 − 1 − .5 − .5 = 698.5. Without the three chasing contacts
        // (179.6) and with December raised from 2 to the expected 3: Σ = 708.
        assert!((s.experienced.before - 698.5 / 181.6).abs() < 1e-9);
        assert!((s.experienced.after - 708.0 / 179.6).abs() < 1e-9);
        // The bare link (−5, no promise there) stays the peak and the end: keeping the
        // promise lifts what was lived, not what is remembered, while the goodbye is cold.
        assert_eq!((s.remembered.before, s.remembered.after), (-5.0, -5.0));
    }
}
