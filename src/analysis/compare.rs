//! Scenario comparison: an as-is journey against a to-be journey, as score deltas and the
//! touchpoints that were added, removed or re-rated (matched by id).

use super::{NoScore, Scores, score, tidy};
use crate::model::{Journey, TouchpointId};
use serde::Serialize;
use std::collections::HashMap;
use thiserror::Error;

/// Which of the two journeys a problem is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    AsIs,
    ToBe,
}

/// Why two journeys cannot be compared: one of them has no score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
#[error("the {side:?} journey has no score: {reason}")]
pub struct CompareError {
    pub side: Side,
    pub reason: NoScore,
}

/// To-be minus as-is. The `_pct` deltas compare journeys on different scales; the plain
/// ones are in scale points and only mean something when both use the same scale.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Deltas {
    pub remembered: f64,
    pub experienced: f64,
    pub gap: f64,
    pub total: f64,
    pub remembered_pct: f64,
    pub experienced_pct: f64,
    pub gap_pct: f64,
}

/// One touchpoint that differs between the scenarios.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Change {
    /// Only in the to-be journey, at `index` there.
    Added { id: TouchpointId, index: usize },
    /// Only in the as-is journey, at `index` there.
    Removed { id: TouchpointId, index: usize },
    /// In both, rated differently. `delta_pct` compares positions on each journey's scale.
    RatingChanged {
        id: TouchpointId,
        as_is_index: usize,
        to_be_index: usize,
        from: f64,
        to: f64,
        delta_pct: f64,
    },
}

/// Both journeys' scores, their differences and the touchpoints that changed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    pub as_is: Scores,
    pub to_be: Scores,
    pub delta: Deltas,
    /// To-be touchpoints in to-be order (added or re-rated), then the removed ones in
    /// as-is order.
    pub changes: Vec<Change>,
}

/// Compares an as-is journey with a to-be journey (usually a copy with edits, so ids match).
pub fn compare(as_is: &Journey, to_be: &Journey) -> Result<Comparison, CompareError> {
    let a = score(as_is).map_err(|reason| CompareError {
        side: Side::AsIs,
        reason,
    })?;
    let b = score(to_be).map_err(|reason| CompareError {
        side: Side::ToBe,
        reason,
    })?;
    let delta = Deltas {
        remembered: tidy(b.remembered - a.remembered),
        experienced: tidy(b.experienced - a.experienced),
        gap: tidy(b.gap - a.gap),
        total: tidy(b.total - a.total),
        remembered_pct: tidy(b.remembered_pct - a.remembered_pct),
        experienced_pct: tidy(b.experienced_pct - a.experienced_pct),
        gap_pct: tidy(b.gap_pct - a.gap_pct),
    };
    let before: HashMap<TouchpointId, usize> = as_is
        .touchpoints
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id, i))
        .collect();
    let after: HashMap<TouchpointId, usize> = to_be
        .touchpoints
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id, i))
        .collect();
    let mut changes = Vec::new();
    for (i, t) in to_be.touchpoints.iter().enumerate() {
        match before.get(&t.id) {
            None => changes.push(Change::Added { id: t.id, index: i }),
            Some(&k) => {
                let from = as_is.touchpoints[k].rating;
                let delta_pct =
                    tidy(to_be.scale.to_percent(t.rating) - as_is.scale.to_percent(from));
                if delta_pct != 0.0 || (as_is.scale == to_be.scale && from != t.rating) {
                    changes.push(Change::RatingChanged {
                        id: t.id,
                        as_is_index: k,
                        to_be_index: i,
                        from,
                        to: t.rating,
                        delta_pct,
                    });
                }
            }
        }
    }
    for (i, t) in as_is.touchpoints.iter().enumerate() {
        if !after.contains_key(&t.id) {
            changes.push(Change::Removed { id: t.id, index: i });
        }
    }
    Ok(Comparison {
        as_is: a,
        to_be: b,
        delta,
        changes,
    })
}
