//! The checks and changes behind the edits of the lanes under the curve: expectations and
//! our own view (seed 001), promises and failure demand (seed 004). Called by `apply`;
//! every check runs before anything changes, so a refused edit leaves the journey as it was.

use super::promise::clean_promise;
use super::{
    Journey, MAX_BROKEN_PROMISE, MAX_PROMISES, ModelError, Promise, PromiseState, Scale,
    Touchpoint, TouchpointId,
};

/// An expectation or our own rating: a number within the scale, or none. Never clamped:
/// a value off the scale is a mistake to report, not a rating to guess.
pub(super) fn on_scale(scale: &Scale, v: Option<f64>) -> Result<Option<f64>, ModelError> {
    match v {
        Some(x) if !scale.contains(x) => Err(ModelError::OutsideScale {
            min: scale.min,
            max: scale.max,
        }),
        v => Ok(v),
    }
}

/// Checks a failure-demand mark on touchpoint `id` before anything changes: the cause
/// exists, is not the touchpoint itself, and is only given with failure demand.
pub(super) fn check_cause(
    j: &Journey,
    id: TouchpointId,
    failure_demand: bool,
    caused_by: Option<TouchpointId>,
) -> Result<(), ModelError> {
    let Some(cause) = caused_by else {
        return Ok(());
    };
    if !failure_demand {
        return Err(ModelError::CauseWithoutFailureDemand);
    }
    if cause == id {
        return Err(ModelError::CausedBySelf);
    }
    j.index_of(cause)
        .map(|_| ())
        .ok_or(ModelError::NoSuchTouchpoint(cause.0))
}

fn promise_mut(t: &mut Touchpoint, index: usize) -> Result<&mut Promise, ModelError> {
    let id = t.id.0;
    t.promises
        .get_mut(index)
        .ok_or(ModelError::NoSuchPromise { id, index })
}

pub(super) fn add_promise(t: &mut Touchpoint, p: Promise) -> Result<(), ModelError> {
    if t.promises.len() >= MAX_PROMISES {
        return Err(ModelError::TooManyPromises);
    }
    t.promises.push(Promise {
        text: clean_promise(&p.text),
        state: p.state,
    });
    Ok(())
}

pub(super) fn promise_text(t: &mut Touchpoint, index: usize, text: &str) -> Result<(), ModelError> {
    promise_mut(t, index)?.text = clean_promise(text);
    Ok(())
}

pub(super) fn promise_state(
    t: &mut Touchpoint,
    index: usize,
    state: PromiseState,
) -> Result<(), ModelError> {
    promise_mut(t, index)?.state = state;
    Ok(())
}

pub(super) fn remove_promise(t: &mut Touchpoint, index: usize) -> Result<(), ModelError> {
    if index >= t.promises.len() {
        return Err(ModelError::NoSuchPromise { id: t.id.0, index });
    }
    t.promises.remove(index);
    Ok(())
}

/// The rating of a contact suggested after a broken promise (chasing, asking again,
/// complaining): halfway between neutral and the scale's minimum, on a step of the scale,
/// a tie going to the lower step. Such a contact is unpleasant but rarely the worst moment
/// of a journey; the user adjusts it to what the customer said. −3 on −5…+5, 2 on 1…5,
/// 2 on 0…10, 3 on 1…10 (docs/SCORING.md).
pub fn follow_up_rating(scale: &Scale) -> f64 {
    let half = scale.neutral - (scale.neutral - scale.min) / 2.0;
    // Steps from the minimum, with binary noise rounded off so 1.5 stays a tie.
    let steps = ((half - scale.min) / scale.step * 1e9).round() / 1e9;
    let v = scale.min + (steps - 0.5).ceil().max(0.0) * scale.step;
    scale.clamp((v * 1e9).round() / 1e9)
}

/// Where a contact caused by `cause` goes: after the last contact it already caused
/// that follows it, else right after it. `None` when `cause` is not in the journey.
pub fn follow_up_slot(j: &Journey, cause: TouchpointId) -> Option<TouchpointId> {
    let at = j.index_of(cause)?;
    let last = j.touchpoints[at + 1..]
        .iter()
        .rev()
        .find(|t| t.caused_by == Some(cause));
    Some(last.map_or(cause, |t| t.id))
}

/// A deleted touchpoint caused nothing any more: every link to it is cleared (the
/// contacts stay failure demand, with the cause unknown).
pub(super) fn forget_cause(j: &mut Journey, gone: TouchpointId) {
    for t in &mut j.touchpoints {
        if t.caused_by == Some(gone) {
            t.caused_by = None;
        }
    }
}

/// Moves the scale-valued fields of the lanes along with a scale change, as the ratings
/// move: expectations and our view to the same relative position, the broken-promise
/// withdrawal (a distance) in proportion to the spans.
pub(super) fn rescale(j: &mut Journey, from: &Scale, to: &Scale) {
    for t in &mut j.touchpoints {
        for v in [&mut t.expected, &mut t.ours].into_iter().flatten() {
            *v = from.rescale(*v, to);
        }
    }
    if from.span() != to.span() {
        let b = j.bank.broken_promise * to.span() / from.span();
        // Round away binary noise so a scale change and back restores the setting.
        j.bank.broken_promise = ((b * 1e9).round() / 1e9).clamp(0.0, MAX_BROKEN_PROMISE);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Action, BankError, BankSettings, History, TouchpointEdit, apply};
    use super::*;

    fn journey(n: usize) -> Journey {
        let mut j = Journey::new("t");
        for i in 0..n {
            let add = Action::AddTouchpoint {
                name: format!("tp{i}"),
                rating: 0.0,
                after: None,
            };
            apply(&mut j, add).unwrap();
        }
        j
    }

    fn edit(j: &mut Journey, i: usize, e: TouchpointEdit) -> Result<(), ModelError> {
        let id = j.touchpoints[i].id;
        apply(j, Action::Edit(id, e))
    }

    /// Applies an action that must be refused, and checks the journey did not change.
    fn refused(j: &mut Journey, a: Action) -> ModelError {
        let before = j.clone();
        let e = apply(j, a).unwrap_err();
        assert_eq!(*j, before, "a refused action changes nothing");
        e
    }

    #[test]
    fn expectations_and_our_view_are_set_cleared_and_checked() {
        let mut j = journey(1);
        let id = j.touchpoints[0].id;
        edit(&mut j, 0, TouchpointEdit::Expected(Some(-2.5))).unwrap();
        edit(&mut j, 0, TouchpointEdit::Ours(Some(5.0))).unwrap();
        assert_eq!(
            (j.touchpoints[0].expected, j.touchpoints[0].ours),
            (Some(-2.5), Some(5.0))
        );
        let outside = ModelError::OutsideScale {
            min: -5.0,
            max: 5.0,
        };
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 5.5, -6.0] {
            for e in [
                TouchpointEdit::Expected(Some(bad)),
                TouchpointEdit::Ours(Some(bad)),
            ] {
                assert_eq!(refused(&mut j, Action::Edit(id, e)), outside, "{bad}");
            }
        }
        edit(&mut j, 0, TouchpointEdit::Expected(None)).unwrap();
        assert_eq!(j.touchpoints[0].expected, None);
        assert_eq!(j.touchpoints[0].ours, Some(5.0), "the other one stays");
        // Typing "-2,5" digit by digit is one undo step per field.
        let typed = |e| Action::Edit(id, e).coalesce_key();
        assert_eq!(
            typed(TouchpointEdit::Expected(Some(-2.0))),
            typed(TouchpointEdit::Expected(Some(-2.5)))
        );
        assert_ne!(
            typed(TouchpointEdit::Expected(Some(1.0))),
            typed(TouchpointEdit::Ours(Some(1.0)))
        );
        let gone = TouchpointEdit::Ours(Some(1.0));
        assert_eq!(
            refused(&mut j, Action::Edit(TouchpointId(99), gone)),
            ModelError::NoSuchTouchpoint(99)
        );
    }

    #[test]
    fn promises_are_added_edited_and_removed() {
        let mut j = journey(1);
        let id = j.touchpoints[0].id;
        let p = Promise::new("Within 8\r\nweeks\u{7}", PromiseState::Open);
        edit(&mut j, 0, TouchpointEdit::AddPromise(p)).unwrap();
        edit(&mut j, 0, TouchpointEdit::AddPromise(Promise::default())).unwrap();
        edit(
            &mut j,
            0,
            TouchpointEdit::PromiseText(1, "A call back".into()),
        )
        .unwrap();
        edit(
            &mut j,
            0,
            TouchpointEdit::PromiseState(0, PromiseState::Broken),
        )
        .unwrap();
        assert_eq!(
            j.touchpoints[0].promises,
            [
                Promise::new("Within 8  weeks", PromiseState::Broken),
                Promise::new("A call back", PromiseState::Open),
            ]
        );
        let missing = ModelError::NoSuchPromise { id: id.0, index: 2 };
        for e in [
            TouchpointEdit::PromiseText(2, "x".into()),
            TouchpointEdit::PromiseState(2, PromiseState::Kept),
            TouchpointEdit::RemovePromise(2),
        ] {
            assert_eq!(refused(&mut j, Action::Edit(id, e)), missing);
        }
        edit(&mut j, 0, TouchpointEdit::RemovePromise(0)).unwrap();
        assert_eq!(
            j.touchpoints[0].promises,
            [Promise::new("A call back", PromiseState::Open)]
        );
        // Typing a promise is one undo step per promise; its state is a step of its own.
        let text = |k| Action::Edit(id, TouchpointEdit::PromiseText(k, String::new()));
        assert_eq!(text(0).coalesce_key(), Some(format!("promise-{}-0", id.0)));
        assert_ne!(text(0).coalesce_key(), text(1).coalesce_key());
        let state = Action::Edit(id, TouchpointEdit::PromiseState(0, PromiseState::Kept));
        assert_eq!(state.coalesce_key(), None);
    }

    #[test]
    fn a_touchpoint_holds_at_most_a_hundred_promises() {
        let mut j = journey(1);
        let id = j.touchpoints[0].id;
        for k in 0..MAX_PROMISES {
            let p = Promise::new(format!("p{k}"), PromiseState::Kept);
            edit(&mut j, 0, TouchpointEdit::AddPromise(p)).unwrap();
        }
        let one_more = TouchpointEdit::AddPromise(Promise::default());
        assert_eq!(
            refused(&mut j, Action::Edit(id, one_more)),
            ModelError::TooManyPromises
        );
        assert_eq!(j.touchpoints[0].promises.len(), 100);
    }

    #[test]
    fn failure_demand_links_only_to_another_existing_touchpoint() {
        let mut j = journey(3);
        let (a, b, c) = (
            j.touchpoints[0].id,
            j.touchpoints[1].id,
            j.touchpoints[2].id,
        );
        let fd = |on, cause| TouchpointEdit::FailureDemand {
            failure_demand: on,
            caused_by: cause,
        };
        apply(&mut j, Action::Edit(b, fd(true, Some(a)))).unwrap();
        assert!(j.touchpoints[1].failure_demand);
        assert_eq!(j.touchpoints[1].caused_by, Some(a));
        assert_eq!(
            refused(&mut j, Action::Edit(c, fd(true, Some(c)))),
            ModelError::CausedBySelf
        );
        assert_eq!(
            refused(&mut j, Action::Edit(c, fd(true, Some(TouchpointId(77))))),
            ModelError::NoSuchTouchpoint(77)
        );
        assert_eq!(
            refused(&mut j, Action::Edit(c, fd(false, Some(a)))),
            ModelError::CauseWithoutFailureDemand
        );
        // Failure demand with the cause unknown is fine.
        apply(&mut j, Action::Edit(c, fd(true, None))).unwrap();
        assert_eq!(
            (j.touchpoints[2].failure_demand, j.touchpoints[2].caused_by),
            (true, None)
        );
        // Switching it off clears the cause.
        apply(&mut j, Action::Edit(b, fd(false, None))).unwrap();
        assert_eq!(
            (j.touchpoints[1].failure_demand, j.touchpoints[1].caused_by),
            (false, None)
        );
    }

    #[test]
    fn deleting_a_cause_clears_the_links_in_the_same_undo_step() {
        let mut j = journey(3);
        let (a, b, c) = (
            j.touchpoints[0].id,
            j.touchpoints[1].id,
            j.touchpoints[2].id,
        );
        for id in [b, c] {
            let e = TouchpointEdit::FailureDemand {
                failure_demand: true,
                caused_by: Some(a),
            };
            apply(&mut j, Action::Edit(id, e)).unwrap();
        }
        let mut h = History::new(j.clone());
        apply(&mut j, Action::Remove(a)).unwrap();
        h.commit(j.clone(), Action::Remove(a).coalesce_key());
        for t in &h.present().touchpoints {
            assert_eq!((t.failure_demand, t.caused_by), (true, None), "{}", t.name);
        }
        assert!(h.undo());
        let back = h.present();
        assert_eq!(back.touchpoints.len(), 3);
        assert_eq!(back.touchpoints[1].caused_by, Some(a));
        assert_eq!(back.touchpoints[2].caused_by, Some(a));
        assert!(
            !h.can_undo(),
            "the delete and the cleared links were one step"
        );
    }

    #[test]
    fn bank_settings_are_checked() {
        let mut j = journey(1);
        let gottman = BankSettings {
            withdrawal_weight: 5.0,
            broken_promise: 2.0,
        };
        apply(&mut j, Action::SetBank(gottman)).unwrap();
        assert_eq!(j.bank, gottman);
        for w in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            let b = BankSettings {
                withdrawal_weight: w,
                ..gottman
            };
            assert_eq!(
                refused(&mut j, Action::SetBank(b)),
                ModelError::Bank(BankError::BadWithdrawalWeight),
                "{w}"
            );
        }
        for s in [-1.0, f64::NAN, f64::INFINITY] {
            let b = BankSettings {
                broken_promise: s,
                ..gottman
            };
            assert_eq!(
                refused(&mut j, Action::SetBank(b)),
                ModelError::Bank(BankError::BadBrokenPromise),
                "{s}"
            );
        }
    }

    #[test]
    fn a_scale_change_moves_expectations_our_view_and_the_promise_cost() {
        let mut j = journey(1);
        edit(&mut j, 0, TouchpointEdit::Expected(Some(-3.0))).unwrap();
        edit(&mut j, 0, TouchpointEdit::Ours(Some(5.0))).unwrap();
        // −5..+5 → 0..10: same span, every value moves up by 5; the cost stays 1.
        let ten = Scale::new(0.0, 10.0, None).unwrap();
        apply(&mut j, Action::SetScale(ten)).unwrap();
        let t = &j.touchpoints[0];
        assert_eq!(
            (t.expected, t.ours, j.bank.broken_promise),
            (Some(2.0), Some(10.0), 1.0)
        );
        // 0..10 → 1..5: 2 is 20% of the way, 1 + 0.2·4 = 1.8; the cost 1 · 4/10 = 0.4.
        let five = Scale::new(1.0, 5.0, None).unwrap();
        apply(&mut j, Action::SetScale(five)).unwrap();
        let t = &j.touchpoints[0];
        assert_eq!(
            (t.expected, t.ours, j.bank.broken_promise),
            (Some(1.8), Some(5.0), 0.4)
        );
        // And back: the cost is 1 again (no binary noise).
        apply(&mut j, Action::SetScale(Scale::default())).unwrap();
        assert_eq!(j.bank.broken_promise, 1.0);
        assert!(j.bank.is_default());
    }
    #[test]
    fn a_suggested_contact_is_rated_halfway_down_on_a_step() {
        let s = |min, max, neutral| Scale::new(min, max, neutral).unwrap();
        // Halfway between neutral and the minimum: −2.5 on −5…+5, a tie, goes to −3.
        assert_eq!(follow_up_rating(&Scale::default()), -3.0);
        // 1…5, neutral 3: exactly 2.
        assert_eq!(follow_up_rating(&s(1.0, 5.0, None)), 2.0);
        // 0…10, neutral 5: 2.5, a tie, goes to 2.
        assert_eq!(follow_up_rating(&s(0.0, 10.0, None)), 2.0);
        // 1…10, neutral 5.5: 3.25, nearest step 3.
        assert_eq!(follow_up_rating(&s(1.0, 10.0, None)), 3.0);
        // A neutral point of 4 on 1…7: 2.5, a tie, goes to 2.
        assert_eq!(follow_up_rating(&s(1.0, 7.0, Some(4.0))), 2.0);
    }

    #[test]
    fn a_suggested_contact_follows_the_cause_and_what_it_already_caused() {
        let mut j = journey(4);
        let ids: Vec<_> = j.touchpoints.iter().map(|t| t.id).collect();
        assert_eq!(
            follow_up_slot(&j, ids[1]),
            Some(ids[1]),
            "nothing caused yet"
        );
        assert_eq!(follow_up_slot(&j, TouchpointId(99)), None);
        let add = |after, name: &str| Action::AddFailureDemand {
            after,
            name: name.into(),
            rating: -3.0,
            caused_by: ids[1],
        };
        apply(&mut j, add(ids[1], "Asks where it stays")).unwrap();
        let asked = j.touchpoints[2].id;
        assert_eq!(follow_up_slot(&j, ids[1]), Some(asked));
        apply(&mut j, add(asked, "Calls again")).unwrap();
        let names: Vec<&str> = j.touchpoints.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "tp0",
                "tp1",
                "Asks where it stays",
                "Calls again",
                "tp2",
                "tp3"
            ]
        );
        let called = &j.touchpoints[3];
        assert_eq!(
            (called.failure_demand, called.caused_by, called.rating),
            (true, Some(ids[1]), -3.0)
        );
        assert_eq!(follow_up_slot(&j, ids[1]), Some(called.id));
    }

    #[test]
    fn a_suggested_contact_with_a_missing_cause_is_refused_and_undoes_in_one_step() {
        let mut j = journey(2);
        let (a, b) = (j.touchpoints[0].id, j.touchpoints[1].id);
        let add = |after, caused_by, rating| Action::AddFailureDemand {
            after,
            name: "Complaint".into(),
            rating,
            caused_by,
        };
        assert_eq!(
            refused(&mut j, add(a, TouchpointId(42), -3.0)),
            ModelError::NoSuchCause(42)
        );
        assert_eq!(
            refused(&mut j, add(TouchpointId(43), a, -3.0)),
            ModelError::NoSuchTouchpoint(43)
        );
        assert_eq!(
            refused(&mut j, add(a, a, f64::NAN)),
            ModelError::RatingNotANumber
        );
        let mut h = History::new(j.clone());
        let action = add(b, a, -9.0);
        let key = action.coalesce_key();
        apply(&mut j, action).unwrap();
        h.commit(j.clone(), key);
        assert_eq!(j.touchpoints.len(), 3);
        assert_eq!(j.touchpoints[2].rating, -5.0, "clamped to the scale");
        assert!(h.undo());
        assert_eq!(h.present().touchpoints.len(), 2);
        assert!(!h.can_undo(), "one step");
    }
}
