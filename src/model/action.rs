//! Every change a user can make to a journey, as data, and the one function that applies it.

use super::text::{MAX_NAME_CHARS, MAX_NOTES_CHARS, clean};
use super::{BankSettings, Promise, PromiseState};
use super::{Channel, Journey, MemoryModel, Phase, PhaseId, Scale, Touchpoint, TouchpointId};
use super::{InterviewEdit, InterviewId};
use super::{MAX_TOUCHPOINTS, ModelError};
use super::{PlanAction, StoryAction};
use super::{group, interview, lanes_edit};
use super::{plan, story};

/// One field of a touchpoint being set. (Serde's shape is how the Details, a panel of
/// the panels program, send it; journeys are read and written by `io::json`.)
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TouchpointEdit {
    Name(String),
    Rating(f64),
    Duration(f64),
    Notes(String),
    Channel(Option<Channel>),
    Phase(Option<PhaseId>),
    MomentOfTruth(bool),
    /// What the customer expected (`None` clears it); on the scale, never clamped.
    Expected(Option<f64>),
    /// What we think we delivered (`None` clears it); on the scale, never clamped.
    Ours(Option<f64>),
    /// Adds a promise after the others.
    AddPromise(Promise),
    /// Retypes promise `index` (0-based); typing coalesces into one undo step.
    PromiseText(usize, String),
    /// Sets the state of promise `index` (0-based).
    PromiseState(usize, PromiseState),
    RemovePromise(usize),
    /// Marks the contact as failure demand or not, with the touchpoint that caused it
    /// (only with `failure_demand`; clearing failure demand clears the cause too).
    FailureDemand {
        failure_demand: bool,
        caused_by: Option<TouchpointId>,
    },
}

/// A change to a journey.
// `Replace` holds a whole journey and is far larger than the rest; an action lives only
// until it is applied, so the size costs nothing worth a `Box` at every call site.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetTitle(String),
    SetDescription(String),
    /// Adds a touchpoint after `after` (in its phase), or at the end of the journey (in
    /// its last phase).
    AddTouchpoint {
        name: String,
        rating: f64,
        after: Option<TouchpointId>,
    },
    Edit(TouchpointId, TouchpointEdit),
    /// Adds a contact caused by an earlier failure (suggested after a broken promise):
    /// like `AddTouchpoint` after `after`, marked as failure demand caused by `caused_by`,
    /// which must exist. One undo step.
    AddFailureDemand {
        after: TouchpointId,
        name: String,
        rating: f64,
        caused_by: TouchpointId,
    },
    /// Moves a rating by whole steps of the scale (arrow keys).
    NudgeRating(TouchpointId, i32),
    Remove(TouchpointId),
    Duplicate(TouchpointId),
    /// Moves a touchpoint to position `to`; it joins the phase of its new neighbours.
    Move {
        id: TouchpointId,
        to: usize,
    },
    /// Marks this touchpoint as the peak, or clears the mark if it already is.
    TogglePeakMark(TouchpointId),
    /// Marks this touchpoint as the end, or clears the mark if it already is.
    ToggleEndMark(TouchpointId),
    AddPhase(String),
    RenamePhase(PhaseId, String),
    MovePhase {
        id: PhaseId,
        to: usize,
    },
    /// Deletes a phase; its touchpoints stay, without a phase.
    RemovePhase(PhaseId),
    /// Changes the scale, mapping every rating to the same relative position on it.
    SetScale(Scale),
    /// Changes how the remembered score is formed (weights, end window, variants).
    SetMemoryModel(MemoryModel),
    /// Changes how the emotional bank account is kept (λ, the cost of a broken promise).
    SetBank(BankSettings),
    /// Sets several ratings at once (a survey's means): one undo step. Every id must
    /// exist and every value be a number, or nothing changes; values are clamped to the scale.
    SetRatings(Vec<(TouchpointId, f64)>),
    /// Replaces the whole journey (opening a file, a preset, a scenario).
    Replace(Journey),
    /// Group round: how many participants rate (unnamed ones are added, the last ones
    /// dropped with their votes).
    SetParticipants(usize),
    AddParticipant(String),
    RenameParticipant(usize, String),
    /// Removes a participant and their votes; every touchpoint's mean follows.
    RemoveParticipant(usize),
    /// One participant's rating of one touchpoint (`None` clears it). The touchpoint's
    /// rating becomes the mean of its votes.
    Vote {
        id: TouchpointId,
        participant: usize,
        value: Option<f64>,
    },
    /// A pasted column: one value per participant, in order, replacing the touchpoint's
    /// votes; more values than participants adds participants.
    PasteVotes {
        id: TouchpointId,
        values: Vec<f64>,
    },
    /// Adds an interview (seed 001) after the others, for the person named (may be empty).
    AddInterview(String),
    EditInterview(InterviewId, InterviewEdit),
    RemoveInterview(InterviewId),
    /// A change to the stories.
    Story(StoryAction),
    /// A change to the twelve-week plan.
    Plan(PlanAction),
    /// Marks the journey as an employee journey (internal moments of truth) or not.
    SetEmployeeJourney(bool),
}

impl Action {
    /// Consecutive actions with the same key merge into one undo step (typing a name
    /// letter by letter is one change, not twenty).
    pub fn coalesce_key(&self) -> Option<String> {
        match self {
            Action::SetTitle(_) => Some("title".into()),
            Action::SetDescription(_) => Some("description".into()),
            Action::RenamePhase(id, _) => Some(format!("phase-name-{}", id.0)),
            Action::Edit(id, TouchpointEdit::Name(_)) => Some(format!("name-{}", id.0)),
            Action::Edit(id, TouchpointEdit::Notes(_)) => Some(format!("notes-{}", id.0)),
            // Typed digits of an expectation or our view are one step, like a rating.
            Action::Edit(id, TouchpointEdit::Expected(_)) => Some(format!("expected-{}", id.0)),
            Action::Edit(id, TouchpointEdit::Ours(_)) => Some(format!("ours-{}", id.0)),
            Action::Edit(id, TouchpointEdit::PromiseText(k, _)) => {
                Some(format!("promise-{}-{k}", id.0))
            }
            // A drag or typed digits on one rating are one step until the gesture is sealed.
            Action::Edit(id, TouchpointEdit::Rating(_)) => Some(format!("rating-{}", id.0)),
            Action::Edit(id, TouchpointEdit::Channel(Some(Channel::Custom(_)))) => {
                Some(format!("channel-{}", id.0))
            }
            Action::RenameParticipant(p, _) => Some(format!("participant-{p}")),
            Action::EditInterview(id, InterviewEdit::Who(_)) => {
                Some(format!("interview-who-{}", id.0))
            }
            Action::EditInterview(id, InterviewEdit::Text(q, _)) => {
                Some(format!("interview-{}-{}", id.0, q.key()))
            }
            Action::EditInterview(id, InterviewEdit::Feelings(q, _)) => {
                Some(format!("interview-{}-{}-feelings", id.0, q.key()))
            }
            Action::Story(a) => a.coalesce_key(),
            Action::Plan(a) => a.coalesce_key(),
            // Typed digits of one vote are one step.
            Action::Vote {
                id, participant, ..
            } => Some(format!("vote-{}-{participant}", id.0)),
            _ => None,
        }
    }
}

fn touchpoint_mut(j: &mut Journey, id: TouchpointId) -> Result<&mut Touchpoint, ModelError> {
    j.touchpoints
        .iter_mut()
        .find(|t| t.id == id)
        .ok_or(ModelError::NoSuchTouchpoint(id.0))
}

fn check_phase(j: &Journey, id: Option<PhaseId>) -> Result<(), ModelError> {
    match id {
        Some(p) if j.phase(p).is_none() => Err(ModelError::NoSuchPhase(p.0)),
        _ => Ok(()),
    }
}

/// Keeps touchpoints grouped by phase, in phase order; touchpoints without a phase last.
/// The sort is stable, so the order within a phase is the user's.
fn group_by_phase(j: &mut Journey) {
    let order = |p: Option<PhaseId>, phases: &[Phase]| -> usize {
        p.and_then(|p| phases.iter().position(|x| x.id == p))
            .unwrap_or(usize::MAX)
    };
    let phases = j.phases.clone();
    crate::model::order::sort_by_key(&mut j.touchpoints, |t| order(t.phase, &phases));
}

/// The phase that takes over a deleted phase's touchpoints: the one before it, else the
/// one after it, else none (so no touchpoint is orphaned while phases remain).
pub fn phase_heir(phases: &[Phase], id: PhaseId) -> Option<PhaseId> {
    let at = phases.iter().position(|p| p.id == id)?;
    at.checked_sub(1)
        .and_then(|i| phases.get(i))
        .or_else(|| phases.get(at + 1))
        .map(|p| p.id)
}

/// Adds a touchpoint after `after` (in its phase), or at the end of the journey (in its
/// last phase); returns its id. Checks everything before anything changes.
pub fn add_touchpoint(
    j: &mut Journey,
    name: &str,
    rating: f64,
    after: Option<TouchpointId>,
) -> Result<TouchpointId, ModelError> {
    if !rating.is_finite() {
        return Err(ModelError::RatingNotANumber);
    }
    if j.touchpoints.len() >= MAX_TOUCHPOINTS {
        return Err(ModelError::TooManyTouchpoints);
    }
    let at = match after {
        Some(a) => j.index_of(a).ok_or(ModelError::NoSuchTouchpoint(a.0))? + 1,
        None => j.touchpoints.len(),
    };
    let phase = match after {
        Some(a) => j.touchpoint(a).and_then(|t| t.phase),
        // At the end of the journey means in its last phase (the one just added,
        // when phases are typed in order).
        None => j
            .phases
            .last()
            .map(|p| p.id)
            .or_else(|| j.touchpoints.last().and_then(|t| t.phase)),
    };
    let mut t = j.new_touchpoint(clean(name, MAX_NAME_CHARS), rating);
    let id = t.id;
    t.phase = phase;
    j.touchpoints.insert(at, t);
    group_by_phase(j);
    Ok(id)
}

/// Edits touchpoint `id` (what [`Action::Edit`] does). On error the journey is unchanged.
pub fn edit_touchpoint(
    j: &mut Journey,
    id: TouchpointId,
    edit: TouchpointEdit,
) -> Result<(), ModelError> {
    let regroup = matches!(edit, TouchpointEdit::Phase(_));
    match &edit {
        TouchpointEdit::Phase(p) => check_phase(j, *p)?,
        TouchpointEdit::FailureDemand {
            failure_demand,
            caused_by,
        } => lanes_edit::check_cause(j, id, *failure_demand, *caused_by)?,
        _ => {}
    }
    let scale = j.scale;
    let t = touchpoint_mut(j, id)?;
    match edit {
        TouchpointEdit::Name(n) => t.name = clean(&n, MAX_NAME_CHARS),
        TouchpointEdit::Rating(r) => {
            if !r.is_finite() {
                return Err(ModelError::RatingNotANumber);
            }
            t.rating = scale.clamp(r);
        }
        TouchpointEdit::Duration(d) => {
            if !d.is_finite() || d < 0.0 {
                return Err(ModelError::BadDuration);
            }
            t.duration = d;
        }
        TouchpointEdit::Notes(n) => t.notes = clean(&n, MAX_NOTES_CHARS),
        TouchpointEdit::Channel(c) => {
            t.channel = c.map(|c| match c {
                Channel::Custom(s) => Channel::Custom(clean(&s, MAX_NAME_CHARS)),
                other => other,
            })
        }
        TouchpointEdit::Phase(p) => t.phase = p,
        TouchpointEdit::MomentOfTruth(m) => t.moment_of_truth = m,
        TouchpointEdit::Expected(v) => t.expected = lanes_edit::on_scale(&scale, v)?,
        TouchpointEdit::Ours(v) => t.ours = lanes_edit::on_scale(&scale, v)?,
        TouchpointEdit::AddPromise(p) => lanes_edit::add_promise(t, p)?,
        TouchpointEdit::PromiseText(k, text) => lanes_edit::promise_text(t, k, &text)?,
        TouchpointEdit::PromiseState(k, s) => lanes_edit::promise_state(t, k, s)?,
        TouchpointEdit::RemovePromise(k) => lanes_edit::remove_promise(t, k)?,
        TouchpointEdit::FailureDemand {
            failure_demand,
            caused_by,
        } => {
            t.failure_demand = failure_demand;
            t.caused_by = caused_by;
        }
    }
    // Only a new phase can take a touchpoint out of its group.
    if regroup {
        group_by_phase(j);
    }
    Ok(())
}

/// Adds a phase named `name` at the end (what [`Action::AddPhase`] does); the first phase
/// adopts every touchpoint, so nothing sits outside.
pub fn add_phase(j: &mut Journey, name: &str) -> PhaseId {
    let id = PhaseId(j.fresh_id());
    let first_phase = j.phases.is_empty();
    j.phases.push(Phase {
        id,
        name: clean(name, MAX_NAME_CHARS),
    });
    if first_phase {
        for t in &mut j.touchpoints {
            t.phase = Some(id);
        }
    }
    id
}

/// Applies one action. On error the journey is unchanged.
pub fn apply(j: &mut Journey, action: Action) -> Result<(), ModelError> {
    match action {
        Action::SetTitle(t) => j.title = clean(&t, MAX_NAME_CHARS),
        Action::SetDescription(t) => j.description = clean(&t, MAX_NOTES_CHARS),
        Action::AddTouchpoint {
            name,
            rating,
            after,
        } => {
            add_touchpoint(j, &name, rating, after)?;
        }
        Action::AddFailureDemand {
            after,
            name,
            rating,
            caused_by,
        } => {
            // The cause is checked first: a refused contact is not added at all.
            if j.index_of(caused_by).is_none() {
                return Err(ModelError::NoSuchCause(caused_by.0));
            }
            let id = add_touchpoint(j, &name, rating, Some(after))?;
            let t = touchpoint_mut(j, id)?;
            t.failure_demand = true;
            t.caused_by = Some(caused_by);
        }
        Action::Edit(id, edit) => edit_touchpoint(j, id, edit)?,
        Action::NudgeRating(id, steps) => {
            let scale = j.scale;
            let t = touchpoint_mut(j, id)?;
            t.rating = scale.nudge(t.rating, steps);
        }
        Action::Remove(id) => {
            let at = j.index_of(id).ok_or(ModelError::NoSuchTouchpoint(id.0))?;
            let gone_phase = j.touchpoints.remove(at).phase;
            if j.marks.peak == Some(id) {
                j.marks.peak = None;
            }
            if j.marks.end == Some(id) {
                j.marks.end = None;
            }
            lanes_edit::forget_cause(j, id);
            interview::forget_touchpoint(j, id);
            story::forget_touchpoint(j, id, gone_phase);
            plan::forget_touchpoint(j, id);
        }
        Action::Duplicate(id) => {
            if j.touchpoints.len() >= MAX_TOUCHPOINTS {
                return Err(ModelError::TooManyTouchpoints);
            }
            let at = j.index_of(id).ok_or(ModelError::NoSuchTouchpoint(id.0))?;
            let mut copy = j.touchpoints[at].clone();
            copy.id = TouchpointId(j.fresh_id());
            j.touchpoints.insert(at + 1, copy);
        }
        Action::Move { id, to } => {
            let from = j.index_of(id).ok_or(ModelError::NoSuchTouchpoint(id.0))?;
            let to = to.min(j.touchpoints.len() - 1);
            if from == to {
                return Ok(());
            }
            let t = j.touchpoints.remove(from);
            j.touchpoints.insert(to, t);
            // Join the phase of the neighbour we moved next to, so the move is what the
            // user saw: moving the first of a phase up puts it at the end of the phase before.
            let neighbour = if to > from {
                to.checked_sub(1)
            } else {
                Some(to + 1)
            };
            if let Some(n) = neighbour.and_then(|n| j.touchpoints.get(n)) {
                let phase = n.phase;
                j.touchpoints[to].phase = phase;
            }
            group_by_phase(j);
        }
        Action::TogglePeakMark(id) => {
            j.index_of(id).ok_or(ModelError::NoSuchTouchpoint(id.0))?;
            j.marks.peak = if j.marks.peak == Some(id) {
                None
            } else {
                Some(id)
            };
        }
        Action::ToggleEndMark(id) => {
            j.index_of(id).ok_or(ModelError::NoSuchTouchpoint(id.0))?;
            j.marks.end = if j.marks.end == Some(id) {
                None
            } else {
                Some(id)
            };
        }
        Action::AddPhase(name) => {
            add_phase(j, &name);
        }
        Action::RenamePhase(id, name) => {
            let p = j
                .phases
                .iter_mut()
                .find(|p| p.id == id)
                .ok_or(ModelError::NoSuchPhase(id.0))?;
            p.name = clean(&name, MAX_NAME_CHARS);
        }
        Action::MovePhase { id, to } => {
            let from = j
                .phases
                .iter()
                .position(|p| p.id == id)
                .ok_or(ModelError::NoSuchPhase(id.0))?;
            let p = j.phases.remove(from);
            let to = to.min(j.phases.len());
            j.phases.insert(to, p);
            group_by_phase(j);
        }
        Action::RemovePhase(id) => {
            let at = j
                .phases
                .iter()
                .position(|p| p.id == id)
                .ok_or(ModelError::NoSuchPhase(id.0))?;
            let heir = phase_heir(&j.phases, id);
            j.phases.remove(at);
            for t in &mut j.touchpoints {
                if t.phase == Some(id) {
                    t.phase = heir;
                }
            }
            story::forget_phase(j, id, heir);
            group_by_phase(j);
        }
        Action::SetScale(to) => {
            to.validate()?;
            let from = j.scale;
            for t in &mut j.touchpoints {
                t.rating = from.rescale(t.rating, &to);
                for v in t.votes.iter_mut().flatten() {
                    *v = from.rescale(*v, &to);
                }
            }
            lanes_edit::rescale(j, &from, &to);
            story::rescale(j, &from, &to);
            plan::rescale(j, &from, &to);
            j.scale = to;
        }
        Action::SetMemoryModel(m) => {
            m.validate()?;
            j.memory = m;
        }
        Action::SetBank(b) => {
            b.validate()?;
            j.bank = b;
        }
        Action::SetRatings(ratings) => {
            for (id, r) in &ratings {
                j.index_of(*id).ok_or(ModelError::NoSuchTouchpoint(id.0))?;
                if !r.is_finite() {
                    return Err(ModelError::RatingNotANumber);
                }
            }
            let scale = j.scale;
            for (id, r) in ratings {
                touchpoint_mut(j, id)?.rating = scale.clamp(r);
            }
        }
        Action::Replace(new) => *j = new,
        Action::SetParticipants(n) => group::set_count(j, n)?,
        Action::AddParticipant(name) => group::add(j, &name)?,
        Action::RenameParticipant(p, name) => group::rename(j, p, &name)?,
        Action::RemoveParticipant(p) => group::remove(j, p)?,
        Action::Vote {
            id,
            participant,
            value,
        } => group::vote(j, id, participant, value)?,
        Action::PasteVotes { id, values } => group::paste(j, id, &values)?,
        Action::AddInterview(who) => interview::add(j, &who)?,
        Action::EditInterview(id, e) => interview::edit(j, id, e)?,
        Action::RemoveInterview(id) => interview::remove(j, id)?,
        Action::Story(a) => story::apply(j, a)?,
        Action::Plan(a) => plan::apply(j, a)?,
        Action::SetEmployeeJourney(on) => j.employee_journey = on,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MemoryModelError;

    fn journey(ratings: &[f64]) -> Journey {
        let mut j = Journey::new("t");
        for (i, r) in ratings.iter().enumerate() {
            apply(
                &mut j,
                Action::AddTouchpoint {
                    name: format!("tp{i}"),
                    rating: *r,
                    after: None,
                },
            )
            .unwrap();
        }
        j
    }

    fn names(j: &Journey) -> Vec<&str> {
        j.touchpoints.iter().map(|t| t.name.as_str()).collect()
    }

    #[test]
    fn add_edit_remove() {
        let mut j = journey(&[1.0, -2.0]);
        let id = j.touchpoints[0].id;
        apply(&mut j, Action::Edit(id, TouchpointEdit::Rating(9.0))).unwrap();
        assert_eq!(j.touchpoints[0].rating, 5.0, "clamped to the scale");
        assert_eq!(
            apply(&mut j, Action::Edit(id, TouchpointEdit::Rating(f64::NAN))),
            Err(ModelError::RatingNotANumber)
        );
        assert_eq!(j.touchpoints[0].rating, 5.0, "unchanged after an error");
        apply(&mut j, Action::Remove(id)).unwrap();
        assert_eq!(names(&j), ["tp1"]);
        assert_eq!(
            apply(&mut j, Action::Remove(id)),
            Err(ModelError::NoSuchTouchpoint(id.0))
        );
    }

    #[test]
    fn insert_after_and_duplicate() {
        let mut j = journey(&[0.0, 0.0]);
        let first = j.touchpoints[0].id;
        apply(
            &mut j,
            Action::AddTouchpoint {
                name: "mid".into(),
                rating: 2.0,
                after: Some(first),
            },
        )
        .unwrap();
        assert_eq!(names(&j), ["tp0", "mid", "tp1"]);
        apply(&mut j, Action::Duplicate(first)).unwrap();
        assert_eq!(names(&j), ["tp0", "tp0", "mid", "tp1"]);
        assert_ne!(j.touchpoints[0].id, j.touchpoints[1].id);
    }

    #[test]
    fn nudge_snaps_and_clamps() {
        let mut j = journey(&[4.4]);
        let id = j.touchpoints[0].id;
        apply(&mut j, Action::NudgeRating(id, 1)).unwrap();
        assert_eq!(j.touchpoints[0].rating, 5.0);
        apply(&mut j, Action::NudgeRating(id, 1)).unwrap();
        assert_eq!(j.touchpoints[0].rating, 5.0);
        apply(&mut j, Action::NudgeRating(id, -3)).unwrap();
        assert_eq!(j.touchpoints[0].rating, 2.0);
    }

    #[test]
    fn moving_across_phases_joins_the_neighbours_phase() {
        let mut j = journey(&[]);
        apply(&mut j, Action::AddPhase("A".into())).unwrap();
        let a = j.phases[0].id;
        apply(&mut j, Action::AddPhase("B".into())).unwrap();
        let b = j.phases[1].id;
        for (name, phase) in [("a1", a), ("a2", a), ("b1", b)] {
            apply(
                &mut j,
                Action::AddTouchpoint {
                    name: name.into(),
                    rating: 0.0,
                    after: None,
                },
            )
            .unwrap();
            let id = j.touchpoints.last().unwrap().id;
            apply(&mut j, Action::Edit(id, TouchpointEdit::Phase(Some(phase)))).unwrap();
        }
        assert_eq!(names(&j), ["a1", "a2", "b1"]);
        let b1 = j.touchpoints[2].id;
        apply(&mut j, Action::Move { id: b1, to: 1 }).unwrap();
        assert_eq!(names(&j), ["a1", "b1", "a2"]);
        assert_eq!(j.touchpoints[1].phase, Some(a));
        // Reordering phases carries their touchpoints along.
        let a2 = j.touchpoints[2].id;
        apply(&mut j, Action::Edit(a2, TouchpointEdit::Phase(Some(b)))).unwrap();
        apply(&mut j, Action::MovePhase { id: b, to: 0 }).unwrap();
        assert_eq!(names(&j), ["a2", "a1", "b1"]);
        // Removing a phase hands its touchpoints to a neighbour.
        apply(&mut j, Action::RemovePhase(b)).unwrap();
        assert!(j.touchpoints.iter().all(|t| t.phase == Some(a)));
    }

    #[test]
    fn a_deleted_phase_is_inherited_by_the_one_before_else_after() {
        let p = |id| Phase {
            id: PhaseId(id),
            name: String::new(),
        };
        let phases = [p(1), p(2), p(3)];
        assert_eq!(phase_heir(&phases, PhaseId(2)), Some(PhaseId(1)));
        assert_eq!(phase_heir(&phases, PhaseId(1)), Some(PhaseId(2)));
        assert_eq!(phase_heir(&phases[..1], PhaseId(1)), None);
        assert_eq!(phase_heir(&phases, PhaseId(9)), None);
    }

    #[test]
    fn marks_toggle_and_follow_removal() {
        let mut j = journey(&[1.0, 2.0]);
        let id = j.touchpoints[0].id;
        apply(&mut j, Action::TogglePeakMark(id)).unwrap();
        assert_eq!(j.marks.peak, Some(id));
        apply(&mut j, Action::ToggleEndMark(id)).unwrap();
        apply(&mut j, Action::Remove(id)).unwrap();
        assert_eq!(j.marks.peak, None);
        assert_eq!(j.marks.end, None);
    }

    #[test]
    fn set_scale_rescales_ratings() {
        let mut j = journey(&[-5.0, 0.0, 5.0]);
        apply(
            &mut j,
            Action::SetScale(Scale::new(0.0, 10.0, None).unwrap()),
        )
        .unwrap();
        assert_eq!(j.ratings(), [0.0, 5.0, 10.0]);
        let bad = Scale {
            min: 3.0,
            max: 1.0,
            neutral: 2.0,
            step: 1.0,
        };
        assert!(apply(&mut j, Action::SetScale(bad)).is_err());
        assert_eq!(j.ratings(), [0.0, 5.0, 10.0]);
    }

    #[test]
    fn set_memory_model_validates() {
        let mut j = journey(&[1.0]);
        let m = MemoryModel {
            end_window: 3,
            ..MemoryModel::default()
        };
        apply(&mut j, Action::SetMemoryModel(m)).unwrap();
        assert_eq!(j.memory.end_window, 3);
        let bad = MemoryModel {
            peak_weight: 0.0,
            end_weight: 0.0,
            ..MemoryModel::default()
        };
        assert_eq!(
            apply(&mut j, Action::SetMemoryModel(bad)),
            Err(ModelError::Memory(MemoryModelError::NoWeight))
        );
        assert_eq!(j.memory, m, "unchanged after an error");
    }

    #[test]
    fn set_ratings_changes_all_or_nothing() {
        let mut j = journey(&[1.0, -2.0, 3.0]);
        let (a, c) = (j.touchpoints[0].id, j.touchpoints[2].id);
        apply(&mut j, Action::SetRatings(vec![(a, 2.5), (c, -9.0)])).unwrap();
        assert_eq!(j.ratings(), [2.5, -2.0, -5.0], "set, untouched, clamped");
        let before = j.clone();
        let gone = TouchpointId(999);
        assert_eq!(
            apply(&mut j, Action::SetRatings(vec![(a, 1.0), (gone, 1.0)])),
            Err(ModelError::NoSuchTouchpoint(999))
        );
        assert_eq!(
            apply(&mut j, Action::SetRatings(vec![(a, 1.0), (c, f64::NAN)])),
            Err(ModelError::RatingNotANumber)
        );
        assert_eq!(j, before, "a refused batch changes nothing");
        assert_eq!(Action::SetRatings(vec![(a, 1.0)]).coalesce_key(), None);
    }

    #[test]
    fn long_text_is_cut_not_refused() {
        let mut j = journey(&[0.0]);
        apply(&mut j, Action::SetTitle("x".repeat(10_000))).unwrap();
        assert_eq!(j.title.chars().count(), MAX_NAME_CHARS);
    }

    #[test]
    fn typed_control_characters_are_dropped() {
        let mut j = journey(&[0.0]);
        let id = j.touchpoints[0].id;
        apply(&mut j, Action::SetTitle("Ti\u{e}tle".into())).unwrap();
        apply(
            &mut j,
            Action::Edit(id, TouchpointEdit::Name("Ca\u{7}ll".into())),
        )
        .unwrap();
        let notes = TouchpointEdit::Notes("line 1\r\nline\u{0} 2\tend".into());
        apply(&mut j, Action::Edit(id, notes)).unwrap();
        apply(&mut j, Action::AddPhase("Sta\u{1b}rt".into())).unwrap();
        assert_eq!(j.title, "Title");
        assert_eq!(j.touchpoints[0].name, "Call");
        assert_eq!(j.touchpoints[0].notes, "line 1\nline 2\tend");
        assert_eq!(j.phases[0].name, "Start");
    }
}
