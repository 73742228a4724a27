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
