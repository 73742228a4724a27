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
}
