//! A group rating round: several participants rate each touchpoint, their individual
//! ratings are kept on the touchpoint, and the journey uses the group's mean.
//!
//! The mean is applied on every change of a touchpoint's votes (not by a separate
//! "apply" step), so the curve and the scores follow the room live. A touchpoint nobody
//! has rated keeps its own rating; so does one whose last vote is cleared.
//!
//! Pure Rust: never imports yew, web-sys, gloo or wasm-bindgen.

use super::error::ModelError;
use super::text::clean;
use super::{Journey, MAX_NAME_CHARS, Scale, Touchpoint, TouchpointId};

/// Most participants one journey may hold (a workshop room, with a wide margin).
pub const MAX_PARTICIPANTS: usize = 500;

/// The mean of the given votes, clamped to the scale and not snapped (votes of 1, 2 and
/// 2 make 1.666666667); `None` when nobody voted.
pub fn group_mean(votes: &[Option<f64>], scale: &Scale) -> Option<f64> {
    let (sum, n) = votes
        .iter()
        .flatten()
        .fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    // Rounded to 9 decimals: far below anything a person reads, and a number that a
    // JSON file holds exactly, so saving and opening give back the same journey.
    (n > 0).then(|| scale.clamp((sum / n as f64 * 1e9).round() / 1e9))
}

/// Trims trailing "not rated" entries and, when anyone voted, sets the rating to the mean.
fn settle(t: &mut Touchpoint, scale: &Scale) {
    while t.votes.last() == Some(&None) {
        t.votes.pop();
    }
    if let Some(m) = group_mean(&t.votes, scale) {
        t.rating = m;
    }
}

fn check_vote(scale: &Scale, v: f64) -> Result<(), ModelError> {
    if !v.is_finite() {
        return Err(ModelError::RatingNotANumber);
    }
    if !scale.contains(v) {
        return Err(ModelError::VoteOutsideScale {
            min: scale.min,
            max: scale.max,
        });
    }
    Ok(())
}

fn check_participant(j: &Journey, p: usize) -> Result<(), ModelError> {
    if p < j.participants.len() {
        Ok(())
    } else {
        Err(ModelError::NoSuchParticipant(p))
    }
}

/// Sets how many participants there are: new ones come unnamed, dropped ones (from the
/// end) take their votes with them.
pub(super) fn set_count(j: &mut Journey, n: usize) -> Result<(), ModelError> {
    if n > MAX_PARTICIPANTS {
        return Err(ModelError::TooManyParticipants);
    }
    j.participants.resize(n, String::new());
    let scale = j.scale;
    for t in &mut j.touchpoints {
        if t.votes.len() > n {
            t.votes.truncate(n);
            settle(t, &scale);
        }
    }
    Ok(())
}

pub(super) fn add(j: &mut Journey, name: &str) -> Result<(), ModelError> {
    if j.participants.len() >= MAX_PARTICIPANTS {
        return Err(ModelError::TooManyParticipants);
    }
    j.participants.push(clean(name, MAX_NAME_CHARS));
    Ok(())
}

pub(super) fn rename(j: &mut Journey, p: usize, name: &str) -> Result<(), ModelError> {
    check_participant(j, p)?;
    j.participants[p] = clean(name, MAX_NAME_CHARS);
    Ok(())
}

/// Removes one participant and their column of votes; the means follow.
pub(super) fn remove(j: &mut Journey, p: usize) -> Result<(), ModelError> {
    check_participant(j, p)?;
    j.participants.remove(p);
    let scale = j.scale;
    for t in &mut j.touchpoints {
        if p < t.votes.len() {
            t.votes.remove(p);
            settle(t, &scale);
        }
    }
    Ok(())
}

fn touchpoint_mut(j: &mut Journey, id: TouchpointId) -> Result<&mut Touchpoint, ModelError> {
    j.touchpoints
        .iter_mut()
        .find(|t| t.id == id)
        .ok_or(ModelError::NoSuchTouchpoint(id.0))
}

pub(super) fn vote(
    j: &mut Journey,
    id: TouchpointId,
    p: usize,
    value: Option<f64>,
) -> Result<(), ModelError> {
    check_participant(j, p)?;
    let scale = j.scale;
    if let Some(v) = value {
        check_vote(&scale, v)?;
    }
    let t = touchpoint_mut(j, id)?;
    if t.votes.len() <= p {
        t.votes.resize(p + 1, None);
    }
    t.votes[p] = value;
    settle(t, &scale);
    Ok(())
}

/// One touchpoint's column of votes, participant 1 first, replacing what was there.
/// More values than participants adds (unnamed) participants.
pub(super) fn paste(j: &mut Journey, id: TouchpointId, values: &[f64]) -> Result<(), ModelError> {
    if values.len() > MAX_PARTICIPANTS {
        return Err(ModelError::TooManyParticipants);
    }
    let scale = j.scale;
    for v in values {
        check_vote(&scale, *v)?;
    }
    j.index_of(id).ok_or(ModelError::NoSuchTouchpoint(id.0))?;
    if values.len() > j.participants.len() {
        j.participants.resize(values.len(), String::new());
    }
    let t = touchpoint_mut(j, id)?;
    t.votes = values.iter().copied().map(Some).collect();
    settle(t, &scale);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::{Action, apply};
    use super::*;

    fn journey(ratings: &[f64], people: usize) -> Journey {
        let mut j = Journey::new("t");
        for (i, r) in ratings.iter().enumerate() {
            let a = Action::AddTouchpoint {
                name: format!("tp{i}"),
                rating: *r,
                after: None,
            };
            apply(&mut j, a).unwrap();
        }
        apply(&mut j, Action::SetParticipants(people)).unwrap();
        j
    }

    fn vote(j: &mut Journey, i: usize, p: usize, v: Option<f64>) -> Result<(), ModelError> {
        let id = j.touchpoints[i].id;
        apply(
            j,
            Action::Vote {
                id,
                participant: p,
                value: v,
            },
        )
    }

    #[test]
    fn votes_set_the_rating_to_their_mean_unsnapped() {
        let mut j = journey(&[0.0, 4.0], 3);
        vote(&mut j, 0, 0, Some(1.0)).unwrap();
        assert_eq!(j.touchpoints[0].rating, 1.0);
        vote(&mut j, 0, 2, Some(2.0)).unwrap();
        // (1 + 2) / 2 = 1.5; participant 2 has not rated.
        assert_eq!(j.touchpoints[0].votes, [Some(1.0), None, Some(2.0)]);
        assert_eq!(j.touchpoints[0].rating, 1.5);
        vote(&mut j, 0, 1, Some(2.0)).unwrap();
        // (1 + 2 + 2) / 3 = 5/3, not snapped to a step.
        assert_eq!(j.touchpoints[0].rating, 1.666666667);
        assert_eq!(
            j.touchpoints[1].rating, 4.0,
            "an unrated touchpoint keeps its rating"
        );
    }

    #[test]
    fn invalid_votes_are_refused_and_change_nothing() {
        let mut j = journey(&[0.0], 2);
        let before = j.clone();
        let outside = ModelError::VoteOutsideScale {
            min: -5.0,
            max: 5.0,
        };
        assert_eq!(vote(&mut j, 0, 0, Some(6.0)), Err(outside));
        assert_eq!(
            vote(&mut j, 0, 0, Some(f64::NAN)),
            Err(ModelError::RatingNotANumber)
        );
        assert_eq!(
            vote(&mut j, 0, 2, Some(1.0)),
            Err(ModelError::NoSuchParticipant(2))
        );
        let bad = Action::Vote {
            id: TouchpointId(999),
            participant: 0,
            value: Some(1.0),
        };
        assert_eq!(apply(&mut j, bad), Err(ModelError::NoSuchTouchpoint(999)));
        assert_eq!(j, before);
    }

    #[test]
    fn clearing_the_last_vote_keeps_the_last_mean() {
        let mut j = journey(&[0.0], 2);
        vote(&mut j, 0, 1, Some(-3.0)).unwrap();
        vote(&mut j, 0, 1, None).unwrap();
        assert!(j.touchpoints[0].votes.is_empty(), "trailing blanks trimmed");
        assert_eq!(j.touchpoints[0].rating, -3.0);
    }

    #[test]
    fn paste_fills_a_column_and_adds_participants() {
        let mut j = journey(&[0.0, 0.0], 2);
        let id = j.touchpoints[1].id;
        let values = vec![1.0, 2.0, 3.0, 4.0];
        apply(&mut j, Action::PasteVotes { id, values }).unwrap();
        assert_eq!(j.participants.len(), 4);
        // (1 + 2 + 3 + 4) / 4 = 2.5
        assert_eq!(j.touchpoints[1].rating, 2.5);
        let bad = Action::PasteVotes {
            id,
            values: vec![1.0, 9.0],
        };
        assert!(apply(&mut j, bad).is_err());
        assert_eq!(j.touchpoints[1].votes.len(), 4, "unchanged after an error");
    }

    #[test]
    fn removing_a_participant_drops_their_column_and_the_means_follow() {
        let mut j = journey(&[0.0], 3);
        for (p, v) in [(0, 4.0), (1, -2.0), (2, 1.0)] {
            vote(&mut j, 0, p, Some(v)).unwrap();
        }
        // (4 − 2 + 1) / 3 = 1
        assert_eq!(j.touchpoints[0].rating, 1.0);
        apply(&mut j, Action::RenameParticipant(2, "Kim".into())).unwrap();
        apply(&mut j, Action::RemoveParticipant(1)).unwrap();
        assert_eq!(j.participants, ["", "Kim"]);
        assert_eq!(j.touchpoints[0].votes, [Some(4.0), Some(1.0)]);
        // (4 + 1) / 2 = 2.5
        assert_eq!(j.touchpoints[0].rating, 2.5);
        apply(&mut j, Action::SetParticipants(1)).unwrap();
        assert_eq!(j.touchpoints[0].rating, 4.0);
        apply(&mut j, Action::AddParticipant("Ana".into())).unwrap();
        assert_eq!(j.participants, ["", "Ana"]);
        assert_eq!(
            apply(&mut j, Action::SetParticipants(MAX_PARTICIPANTS + 1)),
            Err(ModelError::TooManyParticipants)
        );
    }

    #[test]
    fn the_mean_is_clamped_to_the_scale() {
        let s = Scale::default();
        assert_eq!(group_mean(&[Some(5.0), Some(5.0)], &s), Some(5.0));
        assert_eq!(group_mean(&[None, None], &s), None);
    }
}
