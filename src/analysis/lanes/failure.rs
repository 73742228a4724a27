//! Failure demand (seed `004`; Seddon / Vanguard): contacts the customer only makes because
//! something went wrong before. Its share of all contacts, and what keeping the promises
//! would do: the to-be journey without those contacts and with every broken promise kept.

use super::{LaneError, finite, same_length, score_plain};
use crate::analysis::{NoScore, tidy};
use crate::model::{Journey, MemoryModel, Scale};
use serde::Serialize;

/// `failure_demand` in the analysis JSON. Every touchpoint counts as a contact.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct FailureDemand {
    /// Touchpoints in the journey.
    pub contacts: usize,
    /// Touchpoints marked as failure demand.
    pub failure: usize,
    /// failure / contacts as a fraction 0–1 (0 without contacts).
    pub share: f64,
}

/// Counts the failure-demand contacts among `flags` (one per touchpoint).
pub fn failure_demand(flags: &[bool]) -> FailureDemand {
    let contacts = flags.len();
    let failure = flags.iter().filter(|f| **f).count();
    FailureDemand {
        contacts,
        failure,
        share: if contacts == 0 {
            0.0
        } else {
            failure as f64 / contacts as f64
        },
    }
}

/// The to-be journey "with the promises kept", as positions and ratings.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PromisesKept {
    /// The positions (in the as-is journey) that stay: every one not failure demand.
    pub kept: Vec<usize>,
    /// The to-be ratings, one per kept position.
    pub ratings: Vec<f64>,
    /// As-is positions whose rating keeping their promises raised.
    pub raised: Vec<usize>,
    pub contacts_before: usize,
    pub contacts_after: usize,
    /// contacts_after − contacts_before (0 or less).
    pub contacts_change: i64,
}

/// The to-be of keeping every promise: the failure-demand touchpoints leave the journey,
/// and a touchpoint that carries a broken promise is raised to what the customer expected
/// there (`expected[i]`, when known) or else to neutral, whichever applies, if it was
/// below; never lowered. A kept promise removes the disappointment, it does not invent a
/// delight the customer never reported. Its bank withdrawal goes too: the to-be carries no
/// broken promises.
pub fn keep_promises(
    ratings: &[f64],
    failure: &[bool],
    broken: &[usize],
    expected: &[Option<f64>],
    scale: &Scale,
) -> Result<PromisesKept, LaneError> {
    scale.validate().map_err(|_| LaneError::BadScale)?;
    let n = ratings.len();
    finite("rating", ratings)?;
    same_length("the failure-demand flags", n, failure.len())?;
    same_length("the broken promises", n, broken.len())?;
    // No expectations at all may be given as an empty list.
    if !expected.is_empty() {
        same_length("the expectations", n, expected.len())?;
    }
    let expected_at = |i: usize| expected.get(i).copied().flatten();
    if let Some(index) = (0..n).find(|i| expected_at(*i).is_some_and(|e| !e.is_finite())) {
        return Err(LaneError::NotANumber {
            what: "expected rating",
            index,
        });
    }
    let kept: Vec<usize> = (0..n).filter(|i| !failure[*i]).collect();
    if kept.is_empty() && n > 0 {
        return Err(LaneError::NothingLeft);
    }
    let mut raised = Vec::new();
    let to_be = kept
        .iter()
        .map(|&i| {
            let r = ratings[i];
            if broken[i] == 0 {
                return r;
            }
            let floor = scale.clamp(expected_at(i).unwrap_or(scale.neutral));
            if r < floor {
                raised.push(i);
                floor
            } else {
                r
            }
        })
        .collect();
    Ok(PromisesKept {
        contacts_before: n,
        contacts_after: kept.len(),
        contacts_change: kept.len() as i64 - n as i64,
        kept,
        ratings: to_be,
        raised,
    })
}

/// A score before and after.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Shift {
    pub before: f64,
    pub after: f64,
    /// after − before.
    pub change: f64,
}

impl Shift {
    pub(super) fn new(before: f64, after: f64) -> Shift {
        Shift {
            before,
            after,
            change: tidy(after - before),
        }
    }
}

/// What keeping the promises does to the experienced and the remembered score.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct ScoreChange {
    pub experienced: Shift,
    pub remembered: Shift,
}

impl PromisesKept {
    /// The change in E and R, both scored by the journey engine on bare ratings (equal
    /// durations, no marks). For a journey with durations or marks, score
    /// [`to_be_journey`] against the journey with `compare` instead.
    pub fn score_change(
        &self,
        as_is: &[f64],
        scale: &Scale,
        mm: &MemoryModel,
    ) -> Result<ScoreChange, LaneError> {
        same_length("the as-is ratings", self.contacts_before, as_is.len())?;
        let before = score_plain(as_is, scale, mm)?;
        let after = score_plain(&self.ratings, scale, mm)?;
        Ok(ScoreChange {
            experienced: Shift::new(before.mean, after.mean),
            remembered: Shift::new(before.remembered, after.remembered),
        })
    }
}

/// The to-be as a journey: `j` without the failure-demand touchpoints, with the kept
/// promises' ratings; everything else (durations, phases, the memory model) as in `j`. A
/// peak or end mark on a removed touchpoint no longer applies (the engine then finds the
/// moment itself). `plan` must come from `j`'s own ratings.
pub fn to_be_journey(j: &Journey, plan: &PromisesKept) -> Result<Journey, LaneError> {
    if j.touchpoints.len() != plan.contacts_before
        || plan.kept.len() != plan.ratings.len()
        || plan.kept.iter().any(|i| *i >= j.touchpoints.len())
    {
        return Err(LaneError::PlanMismatch {
            expected: plan.contacts_before,
            got: j.touchpoints.len(),
        });
    }
    if plan.kept.is_empty() {
        return Err(LaneError::NoScore(NoScore::NoTouchpoints));
    }
    let mut to_be = j.clone();
    to_be.touchpoints = plan
        .kept
        .iter()
        .zip(&plan.ratings)
        .map(|(i, r)| {
            let mut t = j.touchpoints[*i].clone();
            t.rating = *r;
            t
        })
        .collect();
    Ok(to_be)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_of_failure_demand() {
        let f = failure_demand(&[false, true, true, false, true]);
        assert_eq!((f.contacts, f.failure, f.share), (5, 3, 0.6));
        assert_eq!(failure_demand(&[]).share, 0.0);
        assert_eq!(failure_demand(&[false, false]).share, 0.0);
    }

    #[test]
    fn hand_worked_keeping_the_promise() {
        // −5…5. Sign 3; solution promised, never came (−2, one broken promise, expected 2);
        // two chasing calls −4 and −3 (failure demand); cancellation −4.
        let r = [3.0, -2.0, -4.0, -3.0, -4.0];
        let failure = [false, false, true, true, false];
        let broken = [0, 1, 0, 0, 0];
        let expected = [None, Some(2.0), None, None, None];
        let s = Scale::default();
        let p = keep_promises(&r, &failure, &broken, &expected, &s).unwrap();
        assert_eq!(p.kept, [0, 1, 4]);
        assert_eq!(p.ratings, [3.0, 2.0, -4.0]);
        assert_eq!(p.raised, [1]);
        assert_eq!(
            (p.contacts_before, p.contacts_after, p.contacts_change),
            (5, 3, -2)
        );
        // As-is: E = (3 − 2 − 4 − 3 − 4)/5 = −2; peak −4 (the most intense), end −4:
        // R = −4.
        // To-be: E = (3 + 2 − 4)/3 = 1/3; peak −4, end −4: R = −4. Keeping the promise
        // lifts the lived experience, not the memory, while the cancellation stays cold.
        let c = p.score_change(&r, &s, &MemoryModel::default()).unwrap();
        assert_eq!(c.experienced.before, -2.0);
        assert!((c.experienced.after - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(c.experienced.change, tidy(1.0 / 3.0 + 2.0));
        assert_eq!(
            (c.remembered.before, c.remembered.after, c.remembered.change),
            (-4.0, -4.0, 0.0)
        );
        // Without a known expectation the promise is kept to neutral.
        let p = keep_promises(&r, &failure, &broken, &[], &s).unwrap();
        assert_eq!(p.ratings, [3.0, 0.0, -4.0]);
    }

    #[test]
    fn a_kept_promise_never_lowers_a_rating() {
        // The touchpoint already felt better than expected: it stays at 4.
        let p = keep_promises(&[4.0], &[false], &[2], &[Some(1.0)], &Scale::default()).unwrap();
        assert_eq!(p.ratings, [4.0]);
        assert!(p.raised.is_empty());
    }

    #[test]
    fn bad_plans_get_clear_errors() {
        let s = Scale::default();
        assert_eq!(
            keep_promises(&[1.0, 2.0], &[true, true], &[0, 0], &[], &s),
            Err(LaneError::NothingLeft)
        );
        assert_eq!(
            keep_promises(&[1.0], &[true, false], &[0], &[], &s),
            Err(LaneError::LengthMismatch {
                what: "the failure-demand flags",
                expected: 1,
                got: 2
            })
        );
        assert_eq!(
            keep_promises(&[1.0], &[false], &[1], &[Some(f64::NAN)], &s),
            Err(LaneError::NotANumber {
                what: "expected rating",
                index: 0
            })
        );
    }

    #[test]
    fn the_to_be_journey_keeps_durations_and_drops_the_failure_demand() {
        let mut j = Journey::new("t");
        for (name, r) in [
            ("Sign", 3.0),
            ("Wait", -2.0),
            ("Chase", -4.0),
            ("Cancel", -4.0),
        ] {
            let t = j.new_touchpoint(name, r);
            j.touchpoints.push(t);
        }
        j.touchpoints[1].duration = 3.0;
        let p = keep_promises(
            &j.ratings(),
            &[false, false, true, false],
            &[0, 1, 0, 0],
            &[],
            &j.scale,
        )
        .unwrap();
        let to_be = to_be_journey(&j, &p).unwrap();
        let names: Vec<&str> = to_be.touchpoints.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["Sign", "Wait", "Cancel"]);
        assert_eq!(to_be.touchpoints[1].rating, 0.0);
        assert_eq!(to_be.touchpoints[1].duration, 3.0);
        // E by the engine, with durations: (3 + 0·3 − 4)/5 = −0.2.
        assert_eq!(crate::analysis::score(&to_be).unwrap().experienced, -0.2);
        // A plan from another journey is refused.
        j.touchpoints.pop();
        assert_eq!(
            to_be_journey(&j, &p),
            Err(LaneError::PlanMismatch {
                expected: 4,
                got: 3
            })
        );
    }
}
