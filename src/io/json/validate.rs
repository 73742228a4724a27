//! Checking the newest on-disk shape (ids, references, scale, order) and building the
//! model from it.

use super::obj::join;
use super::practice;
use super::v1::{InterviewV1, JourneyV1, PromiseStateV1, TouchpointV1};
use super::{ErrorKind, FormatError, MAX_DURATION, TouchpointRef};
use crate::model::{
    Answer, BankSettings, Channel, Interview, InterviewId, Journey, Marks, MemoryModel, Phase,
    PhaseId, Promise, PromiseState, Question, Scale, Touchpoint, TouchpointId, clean_feelings,
};
use std::collections::{HashMap, HashSet};

/// Checks the newest on-disk shape and builds the model. `path` prefixes error paths
/// (`journeys[3]` inside a library). Without `WHOLE` (the course embed), the group
/// round, notes, interviews, stories and plan were not read, and are not checked either.
pub(super) fn into_model<const WHOLE: bool>(
    f: JourneyV1,
    path: &str,
) -> Result<Journey, FormatError> {
    let at = |key: String, kind: ErrorKind, tp: Option<(usize, &TouchpointV1)>| FormatError {
        kind,
        path: join(path, &key),
        touchpoint: tp.map(|(index, t)| TouchpointRef {
            index,
            name: Some(t.name.chars().take(80).collect()),
        }),
    };
    let s = f.scale;
    let scale = Scale {
        min: s.min,
        max: s.max,
        neutral: s.neutral.unwrap_or((s.min + s.max) / 2.0),
        step: s.step.unwrap_or(1.0),
    };
    scale
        .validate()
        .map_err(|e| at("scale".into(), ErrorKind::Scale(e), None))?;

    let mut phases = Vec::with_capacity(f.phases.len());
    let mut phase_pos: HashMap<u32, usize> = HashMap::new();
    for (i, p) in f.phases.iter().enumerate() {
        if phase_pos.insert(p.id, i).is_some() {
            return Err(at(
                format!("phases[{i}].id"),
                ErrorKind::DuplicateId { id: p.id },
                None,
            ));
        }
        phases.push(Phase {
            id: PhaseId(p.id),
            name: p.name.clone(),
        });
    }

    let mut seen: HashSet<u32> = HashSet::new();
    let mut last_phase = 0usize;
    for (i, t) in f.touchpoints.iter().enumerate() {
        let tp = Some((i, t));
        if let Some(id) = t.id
            && !seen.insert(id)
        {
            return Err(at(
                format!("touchpoints[{i}].id"),
                ErrorKind::DuplicateId { id },
                tp,
            ));
        }
        if !scale.contains(t.rating) {
            return Err(at(
                format!("touchpoints[{i}].rating"),
                ErrorKind::OutsideScale {
                    value: t.rating,
                    min: scale.min,
                    max: scale.max,
                },
                tp,
            ));
        }
        if WHOLE && t.votes.len() > f.participants.len() {
            return Err(at(
                format!("touchpoints[{i}].votes"),
                ErrorKind::MoreVotesThanParticipants {
                    votes: t.votes.len(),
                    participants: f.participants.len(),
                },
                tp,
            ));
        }
        let outside =
            |(k, v): (usize, &Option<f64>)| v.filter(|v| !scale.contains(*v)).map(|v| (k, v));
        if WHOLE && let Some((k, value)) = t.votes.iter().enumerate().find_map(outside) {
            return Err(at(
                format!("touchpoints[{i}].votes[{k}]"),
                ErrorKind::OutsideScale {
                    value,
                    min: scale.min,
                    max: scale.max,
                },
                tp,
            ));
        }
        for (key, value) in [("expected", t.expected), ("ours", t.ours)] {
            if let Some(value) = value.filter(|v| !scale.contains(*v)) {
                return Err(at(
                    format!("touchpoints[{i}].{key}"),
                    ErrorKind::OutsideScale {
                        value,
                        min: scale.min,
                        max: scale.max,
                    },
                    tp,
                ));
            }
        }
        if let Some(d) = t.duration
            && !(d.is_finite() && (0.0..=MAX_DURATION).contains(&d))
        {
            return Err(at(
                format!("touchpoints[{i}].duration"),
                ErrorKind::BadDuration { max: MAX_DURATION },
                tp,
            ));
        }
        // Touchpoints without a phase sort after every phase, as the model keeps them.
        let pos = match t.phase {
            None => usize::MAX,
            Some(id) => *phase_pos.get(&id).ok_or_else(|| {
                at(
                    format!("touchpoints[{i}].phase"),
                    ErrorKind::UnknownPhase { id },
                    tp,
                )
            })?,
        };
        if !phases.is_empty() && pos < last_phase {
            return Err(at(
                format!("touchpoints[{i}].phase"),
                ErrorKind::PhaseOrder,
                tp,
            ));
        }
        last_phase = pos;
    }

    // Causes refer to ids given in the file (a touchpoint without one cannot be named).
    for (i, t) in f.touchpoints.iter().enumerate() {
        let Some(cause) = t.caused_by else { continue };
        let key = format!("touchpoints[{i}].caused_by");
        let kind = if !t.failure_demand {
            ErrorKind::CauseWithoutFailureDemand
        } else if t.id == Some(cause) {
            ErrorKind::CausedBySelf
        } else if !seen.contains(&cause) {
            ErrorKind::UnknownTouchpoint { id: cause }
        } else {
            continue;
        };
        return Err(at(key, kind, Some((i, t))));
    }

    let mut interview_ids: HashSet<u32> = HashSet::new();
    let interviews_read: &[InterviewV1] = if WHOLE { &f.interviews } else { &[] };
    for (i, iv) in interviews_read.iter().enumerate() {
        if let Some(id) = iv.id
            && !interview_ids.insert(id)
        {
            return Err(at(
                format!("interviews[{i}].id"),
                ErrorKind::DuplicateId { id },
                None,
            ));
        }
        for (k, a) in iv.answers.iter().enumerate() {
            if let Some((n, &id)) = a
                .touchpoints
                .iter()
                .enumerate()
                .find(|(_, id)| !seen.contains(id))
            {
                return Err(at(
                    format!("interviews[{i}].answers[{k}].touchpoints[{n}]"),
                    ErrorKind::UnknownTouchpoint { id },
                    None,
                ));
            }
        }
    }

    let used = seen
        .iter()
        .copied()
        .chain(phase_pos.keys().copied())
        .chain(interview_ids.iter().copied())
        .max()
        .map_or(1, |m| m + 1);
    let mut next = used.max(f.next_id.unwrap_or(0));
    let mut touchpoints = Vec::with_capacity(f.touchpoints.len());
    for t in f.touchpoints {
        let id = match t.id {
            Some(id) => id,
            None => {
                let id = next;
                next += 1;
                id
            }
        };
        touchpoints.push(Touchpoint {
            id: TouchpointId(id),
            name: t.name,
            phase: t.phase.map(PhaseId),
            channel: t.channel.as_deref().and_then(Channel::from_key),
            rating: t.rating,
            duration: t.duration.unwrap_or(1.0),
            notes: t.notes,
            moment_of_truth: t.moment_of_truth,
            votes: trimmed(t.votes),
            expected: t.expected,
            ours: t.ours,
            promises: t
                .promises
                .into_iter()
                .map(|p| Promise {
                    text: p.text,
                    state: match p.state {
                        PromiseStateV1::Kept => PromiseState::Kept,
                        PromiseStateV1::Broken => PromiseState::Broken,
                        PromiseStateV1::Open => PromiseState::Open,
                    },
                })
                .collect(),
            failure_demand: t.failure_demand,
            caused_by: t.caused_by.map(TouchpointId),
        });
    }

    let m = f.marks.unwrap_or_default();
    let mark = |key: &str, id: Option<u32>| -> Result<Option<TouchpointId>, FormatError> {
        match id {
            None => Ok(None),
            Some(id) if touchpoints.iter().any(|t| t.id.0 == id) => Ok(Some(TouchpointId(id))),
            Some(id) => Err(at(
                format!("marks.{key}"),
                ErrorKind::UnknownTouchpoint { id },
                None,
            )),
        }
    };
    let marks = Marks {
        peak: mark("peak", m.peak)?,
        end: mark("end", m.end)?,
    };

    let memory = match f.memory {
        None => MemoryModel::default(),
        Some(m) => MemoryModel {
            peak_weight: m.peak_weight,
            end_weight: m.end_weight,
            end_window: m.end_window,
            split_peaks: m.split_peaks,
            trend_weight: m.trend_weight,
        },
    };
    memory
        .validate()
        .map_err(|e| at("memory".into(), ErrorKind::Memory(e), None))?;

    let bank = match f.bank {
        None => BankSettings::default(),
        Some(b) => BankSettings {
            withdrawal_weight: b.withdrawal_weight,
            broken_promise: b.broken_promise,
        },
    };
    bank.validate()
        .map_err(|e| at("bank".into(), ErrorKind::Bank(e), None))?;

    let (interviews, stories, plan) = if WHOLE {
        let order: Vec<u32> = touchpoints.iter().map(|t| t.id.0).collect();
        let interviews = f
            .interviews
            .into_iter()
            .map(|iv| {
                let id = iv.id.unwrap_or_else(|| {
                    next += 1;
                    next - 1
                });
                interview(iv, InterviewId(id), &order)
            })
            .collect();
        let tp_ids: HashSet<u32> = touchpoints.iter().map(|t| t.id.0).collect();
        let phase_ids: HashSet<u32> = phase_pos.keys().copied().collect();
        let known = practice::Known {
            scale: &scale,
            touchpoints: &tp_ids,
            phases: &phase_ids,
            path,
        };
        (
            interviews,
            practice::stories_into_model(f.stories, &known)?,
            practice::plan_into_model(f.plan, &known)?,
        )
    } else {
        Default::default()
    };

    Ok(Journey {
        title: f.title,
        description: f.description,
        scale,
        phases,
        touchpoints,
        marks,
        memory,
        participants: f.participants,
        bank,
        interviews,
        stories,
        plan,
        employee_journey: f.employee_journey,
        next_id: next,
    })
}

/// An interview as the model keeps it: answers by question, links once each in journey
/// order (the reader has checked that they exist), feeling words cleaned.
fn interview(iv: InterviewV1, id: InterviewId, order: &[u32]) -> Interview {
    let mut answers: [Answer; 5] = Default::default();
    for a in iv.answers {
        let Some(q) = Question::from_key(&a.question) else {
            continue;
        };
        let mut links: Vec<u32> = a.touchpoints;
        crate::model::order::sort_by_key(&mut links, |l| order.iter().position(|o| o == l));
        links.dedup();
        answers[q.index()] = Answer {
            text: a.text,
            touchpoints: links.into_iter().map(TouchpointId).collect(),
            feelings: clean_feelings(&a.feelings),
        };
    }
    Interview {
        id,
        who: iv.who,
        date: iv.date,
        answers,
    }
}

/// Votes without trailing blanks: the model's canonical form.
pub(super) fn trimmed(mut votes: Vec<Option<f64>>) -> Vec<Option<f64>> {
    while votes.last() == Some(&None) {
        votes.pop();
    }
    votes
}
