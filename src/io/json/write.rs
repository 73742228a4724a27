//! Writing journeys and libraries: whatever the model holds is made readable on the way
//! out, so a written file always opens again.

use super::practice;
use super::v1::{
    self, AnswerV1, BankV1, InterviewV1, JourneyV1, MarksV1, MemoryV1, PhaseV1, PromiseStateV1,
    PromiseV1, ScaleV1, TouchpointV1,
};
use super::validate::trimmed;
use super::{CURRENT_VERSION, JOURNEY_FORMAT, LIBRARY_FORMAT, MAX_DURATION};
use crate::model::{
    Interview, Journey, MAX_ANSWER_CHARS, MAX_INTERVIEWS, MAX_NAME_CHARS, MAX_NOTES_CHARS,
    MAX_PARTICIPANTS, MAX_PROMISES, MemoryModel, PromiseState, Question, Scale, Touchpoint,
    TouchpointId, check_date, clean, clean_feelings, clean_promise,
};
use std::collections::HashSet;

/// The on-disk shape of a journey. Anything the reader would refuse is made readable on
/// the way out (ratings clamped, bad durations reset, dangling references dropped, long
/// text cut, control characters dropped), so a written file always opens again.
pub fn to_v1(j: &Journey) -> JourneyV1 {
    let mut v = head_v1(j);
    let c = TouchpointContext::of(j, v.participants.len());
    v.touchpoints = j.touchpoints.iter().map(|t| touchpoint_v1(t, &c)).collect();
    v
}

/// What a touchpoint's written form depends on besides the touchpoint itself: the scale
/// (ratings and votes are clamped to it), how many people voted, and which phases and
/// touchpoints exist (a reference to a missing one is dropped).
/// The ids are kept sorted: two contexts compare as fast as memory, and a lookup is a
/// binary search.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct TouchpointContext {
    scale: Scale,
    voters: usize,
    phase_ids: Vec<u32>,
    tp_ids: Vec<u32>,
}

impl TouchpointContext {
    pub(super) fn of(j: &Journey, voters: usize) -> Self {
        let sorted = |mut ids: Vec<u32>| {
            ids.sort_unstable();
            ids
        };
        TouchpointContext {
            scale: j.scale,
            voters,
            phase_ids: sorted(j.phases.iter().map(|p| p.id.0).collect()),
            tp_ids: sorted(j.touchpoints.iter().map(|t| t.id.0).collect()),
        }
    }
}

/// One touchpoint as the reader accepts it.
pub(super) fn touchpoint_v1(t: &Touchpoint, c: &TouchpointContext) -> TouchpointV1 {
    let s = c.scale;
    TouchpointV1 {
        id: Some(t.id.0),
        name: clean(&t.name, MAX_NAME_CHARS),
        rating: s.clamp(t.rating),
        duration: Some(if t.duration.is_nan() {
            1.0
        } else {
            t.duration.clamp(0.0, MAX_DURATION)
        }),
        phase: t
            .phase
            .map(|p| p.0)
            .filter(|p| c.phase_ids.binary_search(p).is_ok()),
        channel: t.channel.as_ref().map(|ch| clean(ch.key(), MAX_NAME_CHARS)),
        notes: clean(&t.notes, MAX_NOTES_CHARS),
        moment_of_truth: t.moment_of_truth,
        // Only votes the reader accepts: within the scale, one per participant.
        votes: trimmed(
            t.votes
                .iter()
                .take(c.voters)
                .map(|v| v.filter(|v| s.contains(*v)))
                .collect(),
        ),
        expected: t.expected.filter(|v| s.contains(*v)),
        ours: t.ours.filter(|v| s.contains(*v)),
        promises: promises(t),
        failure_demand: t.failure_demand,
        // Only a cause the reader accepts: of failure demand, not itself, alive.
        caused_by: t
            .caused_by
            .filter(|cause| t.failure_demand && *cause != t.id)
            .map(|cause| cause.0)
            .filter(|cause| c.tp_ids.binary_search(cause).is_ok()),
    }
}

/// Everything of [`to_v1`] but the touchpoints (an empty list in their place).
pub(super) fn head_v1(j: &Journey) -> JourneyV1 {
    let s = j.scale;
    let phase_ids: HashSet<u32> = j.phases.iter().map(|p| p.id.0).collect();
    let tp_ids: HashSet<u32> = j.touchpoints.iter().map(|t| t.id.0).collect();
    let live = |id: Option<TouchpointId>| id.map(|i| i.0).filter(|i| tp_ids.contains(i));
    let marks = MarksV1 {
        peak: live(j.marks.peak),
        end: live(j.marks.end),
    };
    let memory = if j.memory.validate().is_ok() {
        j.memory
    } else {
        MemoryModel::default()
    };
    let participants: Vec<String> = j
        .participants
        .iter()
        .take(MAX_PARTICIPANTS)
        .map(|p| clean(p, MAX_NAME_CHARS))
        .collect();
    JourneyV1 {
        format: JOURNEY_FORMAT.to_string(),
        version: CURRENT_VERSION,
        title: clean(&j.title, MAX_NAME_CHARS),
        description: clean(&j.description, MAX_NOTES_CHARS),
        scale: ScaleV1 {
            min: s.min,
            max: s.max,
            neutral: Some(s.neutral),
            step: (s.step != 1.0).then_some(s.step),
        },
        phases: j
            .phases
            .iter()
            .map(|p| PhaseV1 {
                id: p.id.0,
                name: clean(&p.name, MAX_NAME_CHARS),
            })
            .collect(),
        touchpoints: Vec::new(),
        marks: (marks != MarksV1::default()).then_some(marks),
        memory: (!memory.is_default()).then_some(MemoryV1 {
            peak_weight: memory.peak_weight,
            end_weight: memory.end_weight,
            end_window: memory.end_window,
            split_peaks: memory.split_peaks,
            trend_weight: memory.trend_weight,
        }),
        next_id: Some(j.next_id),
        participants,
        bank: (j.bank.validate().is_ok() && !j.bank.is_default()).then_some(BankV1 {
            withdrawal_weight: j.bank.withdrawal_weight,
            broken_promise: j.bank.broken_promise,
        }),
        interviews: j
            .interviews
            .iter()
            .take(MAX_INTERVIEWS)
            .map(|i| interview(i, &tp_ids))
            .collect(),
        stories: practice::stories_to_v1(&j.stories, &s, &tp_ids, &phase_ids),
        plan: j
            .plan
            .as_ref()
            .map(|p| practice::plan_to_v1(p, &s, &tp_ids)),
        employee_journey: j.employee_journey,
    }
}

/// An interview as the reader accepts it: links only to live touchpoints, a real date,
/// text cut to its limits; unanswered questions left out.
fn interview(i: &Interview, tp_ids: &HashSet<u32>) -> InterviewV1 {
    InterviewV1 {
        id: Some(i.id.0),
        who: clean(&i.who, MAX_NAME_CHARS),
        date: i.date.clone().filter(|d| check_date(d).is_ok()),
        answers: Question::ALL
            .iter()
            .map(|q| (q, i.answer(*q)))
            .filter(|(_, a)| !a.is_empty())
            .map(|(q, a)| AnswerV1 {
                question: q.key().to_string(),
                text: clean(&a.text, MAX_ANSWER_CHARS),
                touchpoints: a
                    .touchpoints
                    .iter()
                    .map(|t| t.0)
                    .filter(|t| tp_ids.contains(t))
                    .collect(),
                feelings: clean_feelings(&a.feelings),
            })
            .collect(),
    }
}

fn promises(t: &Touchpoint) -> Vec<PromiseV1> {
    t.promises
        .iter()
        .take(MAX_PROMISES)
        .map(|p| PromiseV1 {
            text: clean_promise(&p.text),
            state: match p.state {
                PromiseState::Kept => PromiseStateV1::Kept,
                PromiseState::Broken => PromiseStateV1::Broken,
                PromiseState::Open => PromiseStateV1::Open,
            },
        })
        .collect()
}

fn pretty<T: serde::Serialize>(v: &T) -> String {
    // The on-disk shapes hold only strings, finite numbers, bools and lists, for which
    // serde_json cannot fail; the fallback keeps this total anyway.
    serde_json::to_string_pretty(v).unwrap_or_else(|_| String::from("{}"))
}

/// Writes one journey as a pretty-printed file of the current version.
pub fn write_journey(j: &Journey) -> String {
    pretty(&to_v1(j))
}

/// Writes one journey for a share link or an embed: without its interviews, which hold
/// what customers told in confidence (and would make the link too long to travel).
pub fn write_for_link(j: &Journey) -> String {
    let mut v = to_v1(j);
    v.interviews.clear();
    pretty(&v)
}

/// Writes one journey for the course embed: only what the embed shows (the curve, the
/// scores, the lanes and the ratings). A course page is public, so the group round's names
/// and votes, the touchpoints' notes, the interviews, the stories and the plan stay out
/// of its address (and the address stays short). [`super::read_for_embed`] reads it.
pub fn write_for_embed(j: &Journey) -> String {
    let mut v = to_v1(j);
    v.participants.clear();
    v.interviews.clear();
    v.stories.clear();
    v.plan = None;
    for t in &mut v.touchpoints {
        t.notes.clear();
        t.votes.clear();
    }
    pretty(&v)
}

/// Writes one journey without its stories (personal data a team may not want to pass on,
/// and the part that can make a share link too long).
pub fn write_without_stories(j: &Journey) -> String {
    let mut v = to_v1(j);
    v.stories.clear();
    pretty(&v)
}

/// Writes many journeys as one library file. Each entry is a complete journey object
/// (with its own `format` and `version`), so it can be cut out as a file of its own.
pub fn write_library(journeys: &[Journey]) -> String {
    pretty(&v1::LibraryV1 {
        format: LIBRARY_FORMAT.to_string(),
        version: CURRENT_VERSION,
        journeys: journeys.iter().map(to_v1).collect(),
    })
}
