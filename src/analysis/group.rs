//! What a group rating round shows: per touchpoint how many rated it, the mean, the
//! spread and the range, and which touchpoints the room disagrees on most.
//! Definitions in `docs/SCORING.md` ("Rating together").
//!
//! Pure Rust: never imports yew, web-sys, gloo or wasm-bindgen; never returns NaN.

use crate::model::{Journey, TouchpointId};
use serde::Serialize;
use std::cmp::Ordering;

/// The votes on one touchpoint, summarised.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct VoteStats {
    pub id: TouchpointId,
    /// Position in the journey (0-based).
    pub index: usize,
    /// How many participants rated it.
    pub n: usize,
    pub mean: f64,
    /// Population standard deviation: √(Σ(v − mean)² / n). 0 for a single vote.
    pub spread: f64,
    pub min: f64,
    pub max: f64,
}

impl VoteStats {
    /// max − min.
    pub fn range(&self) -> f64 {
        self.max - self.min
    }
}

/// The statistics of one touchpoint's votes; `None` when nobody rated it (or a vote is
/// not a finite number, which only a hand-built journey can hold).
pub fn stats_of(j: &Journey, index: usize) -> Option<VoteStats> {
    let t = j.touchpoints.get(index)?;
    let votes: Vec<f64> = t.votes.iter().flatten().copied().collect();
    if votes.is_empty() || votes.iter().any(|v| !v.is_finite()) {
        return None;
    }
    let n = votes.len() as f64;
    let mean = votes.iter().sum::<f64>() / n;
    let var = votes.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n;
    Some(VoteStats {
        id: t.id,
        index,
        n: votes.len(),
        mean,
        spread: var.sqrt(),
        min: votes.iter().copied().fold(f64::INFINITY, f64::min),
        max: votes.iter().copied().fold(f64::NEG_INFINITY, f64::max),
    })
}

/// Statistics for every touchpoint, in journey order (`None` where nobody voted).
pub fn group_stats(j: &Journey) -> Vec<Option<VoteStats>> {
    (0..j.touchpoints.len()).map(|i| stats_of(j, i)).collect()
}

/// The `k` touchpoints the room disagrees on most: highest spread first; ties go to the
/// larger range, then to the later touchpoint (closer to the end, which weighs more in
/// memory). Touchpoints everyone rated alike (spread 0) are never disputed.
pub fn most_disputed(j: &Journey, k: usize) -> Vec<VoteStats> {
    let mut all: Vec<VoteStats> = group_stats(j)
        .into_iter()
        .flatten()
        .filter(|s| s.spread > 0.0)
        .collect();
    crate::model::order::sort_by(&mut all, |a, b| {
        b.spread
            .partial_cmp(&a.spread)
            .unwrap_or(Ordering::Equal)
            .then(b.range().partial_cmp(&a.range()).unwrap_or(Ordering::Equal))
            .then(b.index.cmp(&a.index))
    });
    all.truncate(k);
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, apply};

    /// A journey whose touchpoint `i` got the votes `votes[i]`.
    fn rated(votes: &[&[Option<f64>]]) -> Journey {
        let mut j = Journey::new("t");
        let people = votes.iter().map(|v| v.len()).max().unwrap_or(0);
        apply(&mut j, Action::SetParticipants(people)).unwrap();
        for (i, vs) in votes.iter().enumerate() {
            let a = Action::AddTouchpoint {
                name: format!("tp{i}"),
                rating: 0.0,
                after: None,
            };
            apply(&mut j, a).unwrap();
            let id = j.touchpoints[i].id;
            for (p, v) in vs.iter().enumerate() {
                let a = Action::Vote {
                    id,
                    participant: p,
                    value: *v,
                };
                apply(&mut j, a).unwrap();
            }
        }
        j
    }

    const CLOSE: f64 = 1e-12;

    #[test]
    fn stats_by_hand() {
        let j = rated(&[
            // mean (2 + 4 + 4 + 4 + 5 + 5 + 7 + 9) / 8 = 40 / 8 = 5;
            // squared deviations 9 1 1 1 0 0 4 16 = 32; 32 / 8 = 4; spread √4 = 2.
            &[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0].map(|v| Some(v - 5.0)),
            // one vote: mean −3, spread 0, n 1 (the blank is not counted).
            &[None, Some(-3.0)],
            &[],
        ]);
        let s = stats_of(&j, 0).unwrap();
        assert_eq!((s.n, s.min, s.max), (8, -3.0, 4.0));
        assert!(s.mean.abs() < CLOSE, "mean 5 − 5 = 0");
        assert!((s.spread - 2.0).abs() < CLOSE);
        assert_eq!(s.range(), 7.0);
        let one = stats_of(&j, 1).unwrap();
        assert_eq!((one.n, one.mean, one.spread), (1, -3.0, 0.0));
        assert_eq!(stats_of(&j, 2), None, "nobody rated it");
        assert_eq!(stats_of(&j, 9), None);
        assert_eq!(group_stats(&j).len(), 3);
    }

    #[test]
    fn most_disputed_ranks_by_spread_then_range_then_later() {
        let s = |v: f64| Some(v);
        let j = rated(&[
            // 0: {−1, 1}: mean 0, spread 1, range 2.
            &[s(-1.0), s(1.0)],
            // 1: {−3, 3}: spread 3, range 6 — the most disputed.
            &[s(-3.0), s(3.0)],
            // 2: {2, 2}: spread 0 — agreement, never disputed.
            &[s(2.0), s(2.0)],
            // 3: {0, 2}: spread 1, range 2 — ties with 0 and is later, so ranks above it.
            &[s(0.0), s(2.0)],
            // 4: {−1, −1, 1, 1}: mean 0, deviations² 4 × 1, / 4 → spread 1, range 2.
            &[s(-1.0), s(-1.0), s(1.0), s(1.0)],
            // 5: {−2, 0, 0, 2}: deviations² 4 + 0 + 0 + 4 = 8, spread √(8 / 4) = √2, range 4.
            // Order: 1 (3), 5 (√2), then the three with spread 1 and range 2, latest first.
            &[s(-2.0), s(0.0), s(0.0), s(2.0)],
        ]);
        let order: Vec<usize> = most_disputed(&j, 10).iter().map(|s| s.index).collect();
        assert_eq!(order, [1, 5, 4, 3, 0]);
        assert_eq!(most_disputed(&j, 3).len(), 3);
        assert!(most_disputed(&Journey::new(""), 3).is_empty());
    }

    #[test]
    fn a_wider_range_breaks_a_spread_tie() {
        // For two distinct values spread and range move together, so an honest tie
        // needs more votes. {−2, 0, 0, 0, 0, 0, 0, 2}: mean 0, deviations² 4 + 4 = 8,
        // 8 / 8 = 1, spread 1, range 4. {−1, 1}: mean 0, spread 1, range 2.
        let s = |v: f64| Some(v);
        let j = rated(&[
            &[
                s(-2.0),
                s(0.0),
                s(0.0),
                s(0.0),
                s(0.0),
                s(0.0),
                s(0.0),
                s(2.0),
            ],
            &[s(-1.0), s(1.0)],
        ]);
        let order: Vec<usize> = most_disputed(&j, 2).iter().map(|s| s.index).collect();
        assert_eq!(order, [0, 1], "same spread 1; range 4 beats range 2");
    }
}
