//! The guided interview of seed 001: five questions put to a customer, each answer kept
//! with the touchpoints it speaks about, so the answers can later become stories.
//!
//! Pure Rust. Called by `apply`; every check runs before anything changes, so a refused
//! edit leaves the journey as it was.

use super::text::{MAX_NAME_CHARS, clean};
use super::{Journey, ModelError, TouchpointId};
use serde::{Deserialize, Serialize};

/// Most interviews one journey keeps.
pub const MAX_INTERVIEWS: usize = 1_000;
/// Longest answer kept (longer text is cut, never refused).
pub const MAX_ANSWER_CHARS: usize = 10_000;
/// Most feeling words one answer carries.
pub const MAX_FEELINGS: usize = 30;
/// Longest feeling word (or short phrase) kept.
pub const MAX_FEELING_CHARS: usize = 60;

/// The five questions of seed 001, in the order they are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Question {
    /// How was it before you came to us?
    Before,
    /// What did you get beyond what you expected (or what else could we offer)?
    Beyond,
    /// What did working with us bring you, what changed, what did you do?
    Change,
    /// The feelings and emotions in the answers.
    Feelings,
    /// What in these answers to use in what we offer and tell others.
    Offer,
}

impl Question {
    pub const ALL: [Question; 5] = [
        Question::Before,
        Question::Beyond,
        Question::Change,
        Question::Feelings,
        Question::Offer,
    ];

    /// 0-based position in [`Question::ALL`].
    pub fn index(self) -> usize {
        match self {
            Question::Before => 0,
            Question::Beyond => 1,
            Question::Change => 2,
            Question::Feelings => 3,
            Question::Offer => 4,
        }
    }

    /// The key used in files.
    pub fn key(self) -> &'static str {
        match self {
            Question::Before => "before",
            Question::Beyond => "beyond",
            Question::Change => "change",
            Question::Feelings => "feelings",
            Question::Offer => "offer",
        }
    }

    pub fn from_key(key: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.key() == key)
    }
}

/// Stable identity of an interview inside one journey.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct InterviewId(pub u32);

/// One answer: what was said, the touchpoints it speaks about (existing ones, each once,
/// in journey order), and the feeling words the interviewer noted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub text: String,
    pub touchpoints: Vec<TouchpointId>,
    pub feelings: Vec<String>,
}

impl Answer {
    /// Nothing at all is kept (a file leaves such an answer out).
    pub fn is_empty(&self) -> bool {
        self.text.is_empty() && self.touchpoints.is_empty() && self.feelings.is_empty()
    }

    /// Something was said: text beyond blanks, a touchpoint or a feeling word.
    pub fn is_answered(&self) -> bool {
        !self.text.trim().is_empty() || !self.touchpoints.is_empty() || !self.feelings.is_empty()
    }
}

/// One customer interviewed: who (name or role, may be empty), when (ISO 8601
/// `YYYY-MM-DD`, optional) and an answer per question, indexed by [`Question::index`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interview {
    pub id: InterviewId,
    pub who: String,
    pub date: Option<String>,
    pub answers: [Answer; 5],
}

impl Interview {
    pub fn answer(&self, q: Question) -> &Answer {
        &self.answers[q.index()]
    }

    /// How many questions have an answer (text, a touchpoint or a feeling).
    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_answered()).count()
    }
}

/// One field of an interview being set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum InterviewEdit {
    Who(String),
    /// `None` or an empty text clears the date; anything else must be a real `YYYY-MM-DD`.
    Date(Option<String>),
    /// Retypes the answer to a question; typing coalesces into one undo step.
    Text(Question, String),
    /// Links (`true`) or unlinks an existing touchpoint to the answer.
    Link(Question, TouchpointId, bool),
    /// Replaces the answer's feeling words (trimmed, blanks and repeats dropped).
    Feelings(Question, Vec<String>),
}

/// Checks an ISO 8601 calendar date `YYYY-MM-DD`: exactly that form, a day the month has,
/// in the years a [`Date`](super::Date) may carry.
pub fn check_date(s: &str) -> Result<(), ModelError> {
    match super::Date::parse(s) {
        Ok(_) if s.len() == 10 => Ok(()),
        _ => Err(ModelError::BadDate(clean(s, 40))),
    }
}

/// Feeling words as kept: each cleaned, trimmed and cut; blanks and repeats (ignoring
/// case) dropped; at most [`MAX_FEELINGS`].
pub fn clean_feelings<S: AsRef<str>>(words: &[S]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in words {
        let w = clean(w.as_ref(), MAX_FEELING_CHARS * 4).replace(['\n', '\t'], " ");
        let w: String = w.trim().chars().take(MAX_FEELING_CHARS).collect();
        let w = w.trim_end().to_string();
        if w.is_empty() || out.iter().any(|o| o.to_lowercase() == w.to_lowercase()) {
            continue;
        }
        if out.len() == MAX_FEELINGS {
            break;
        }
        out.push(w);
    }
    out
}

/// Splits typed feeling words at commas and semicolons: "boos, teleurgesteld".
pub fn feeling_words(typed: &str) -> Vec<String> {
    clean_feelings(&typed.split([',', ';']).collect::<Vec<_>>())
}

pub(super) fn add(j: &mut Journey, who: &str) -> Result<(), ModelError> {
    if j.interviews.len() >= MAX_INTERVIEWS {
        return Err(ModelError::TooManyInterviews);
    }
    let id = InterviewId(j.fresh_id());
    j.interviews.push(Interview {
        id,
        who: clean(who, MAX_NAME_CHARS),
        ..Interview::default()
    });
    Ok(())
}

pub(super) fn remove(j: &mut Journey, id: InterviewId) -> Result<(), ModelError> {
    let at = j
        .interviews
        .iter()
        .position(|i| i.id == id)
        .ok_or(ModelError::NoSuchInterview(id.0))?;
    j.interviews.remove(at);
    Ok(())
}

pub(super) fn edit(j: &mut Journey, id: InterviewId, e: InterviewEdit) -> Result<(), ModelError> {
    // Checks that need the whole journey come first.
    match &e {
        InterviewEdit::Date(Some(d)) if !d.trim().is_empty() => check_date(d.trim())?,
        InterviewEdit::Link(_, tp, true) if j.index_of(*tp).is_none() => {
            return Err(ModelError::NoSuchTouchpoint(tp.0));
        }
        _ => {}
    }
    let order: Vec<TouchpointId> = j.touchpoints.iter().map(|t| t.id).collect();
    let i = j
        .interviews
        .iter_mut()
        .find(|i| i.id == id)
        .ok_or(ModelError::NoSuchInterview(id.0))?;
    match e {
        InterviewEdit::Who(w) => i.who = clean(&w, MAX_NAME_CHARS),
        InterviewEdit::Date(d) => {
            i.date = d.map(|d| d.trim().to_string()).filter(|d| !d.is_empty());
        }
        InterviewEdit::Text(q, t) => i.answers[q.index()].text = clean(&t, MAX_ANSWER_CHARS),
        InterviewEdit::Link(q, tp, on) => {
            let links = &mut i.answers[q.index()].touchpoints;
            links.retain(|l| *l != tp);
            if on {
                links.push(tp);
            }
            crate::model::order::sort_by_key(links, |l| order.iter().position(|o| o == l));
        }
        InterviewEdit::Feelings(q, words) => i.answers[q.index()].feelings = clean_feelings(&words),
    }
    Ok(())
}

/// A deleted touchpoint is spoken about no more: every answer's link to it goes (in the
/// same undo step as the delete).
pub(super) fn forget_touchpoint(j: &mut Journey, gone: TouchpointId) {
    for i in &mut j.interviews {
        for a in &mut i.answers {
            a.touchpoints.retain(|t| *t != gone);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Action, History, apply};
    use super::*;

    fn journey(n: usize) -> Journey {
        let mut j = Journey::new("t");
        for k in 0..n {
            let add = Action::AddTouchpoint {
                name: format!("tp{k}"),
                rating: 0.0,
                after: None,
            };
            apply(&mut j, add).unwrap();
        }
        j
    }

    fn refused(j: &mut Journey, a: Action) -> ModelError {
        let before = j.clone();
        let e = apply(j, a).unwrap_err();
        assert_eq!(*j, before, "a refused action changes nothing");
        e
    }

    fn interviewed(n: usize) -> (Journey, InterviewId) {
        let mut j = journey(n);
        apply(&mut j, Action::AddInterview("Nicoline".into())).unwrap();
        let id = j.interviews[0].id;
        (j, id)
    }

    fn edit_of(id: InterviewId, e: InterviewEdit) -> Action {
        Action::EditInterview(id, e)
    }

    #[test]
    fn dates_are_real_calendar_days() {
        for ok in ["2026-12-02", "2024-02-29", "2000-02-29", "1999-12-31"] {
            assert_eq!(check_date(ok), Ok(()), "{ok}");
        }
        for bad in [
            "2025-02-29",
            "1900-02-29",
            "2026-13-01",
            "2026-04-31",
            "2026-00-10",
            "2026-01-00",
            "2026-1-5",
            "02-12-2026",
            "2026/12/02",
            "２０２６-12-02",
            "0999-01-01",
            "",
            "yesterday",
        ] {
            assert_eq!(
                check_date(bad),
                Err(ModelError::BadDate(bad.into())),
                "{bad}"
            );
        }
    }

    #[test]
    fn an_interview_is_added_named_dated_and_answered() {
        let (mut j, id) = interviewed(3);
        let i = &j.interviews[0];
        assert_eq!((i.who.as_str(), i.answered()), ("Nicoline", 0));
        assert!(
            !j.touchpoints.iter().any(|t| t.id.0 == id.0),
            "ids are never shared with touchpoints"
        );
        let steps = [
            InterviewEdit::Who("Nicoline, klant sinds 15 jaar".into()),
            InterviewEdit::Date(Some(" 2026-11-30 ".into())),
            InterviewEdit::Text(Question::Before, "Fijn, ik voelde me gezien\r\n".into()),
            InterviewEdit::Feelings(
                Question::Feelings,
                vec![" pijn ".into(), "".into(), "Pijn".into(), "gemis".into()],
            ),
        ];
        for e in steps {
            apply(&mut j, edit_of(id, e)).unwrap();
        }
        let i = &j.interviews[0];
        assert_eq!(i.who, "Nicoline, klant sinds 15 jaar");
        assert_eq!(i.date.as_deref(), Some("2026-11-30"));
        assert_eq!(
            i.answer(Question::Before).text,
            "Fijn, ik voelde me gezien\n"
        );
        assert_eq!(i.answer(Question::Feelings).feelings, ["pijn", "gemis"]);
        assert_eq!(i.answered(), 2);
        let bad = edit_of(id, InterviewEdit::Date(Some("2026-02-30".into())));
        assert_eq!(
            refused(&mut j, bad),
            ModelError::BadDate("2026-02-30".into())
        );
        apply(&mut j, edit_of(id, InterviewEdit::Date(Some("  ".into())))).unwrap();
        assert_eq!(j.interviews[0].date, None, "an empty date clears it");
        let gone = edit_of(InterviewId(999), InterviewEdit::Who("x".into()));
        assert_eq!(refused(&mut j, gone), ModelError::NoSuchInterview(999));
    }

    #[test]
    fn links_go_only_to_existing_touchpoints_in_journey_order() {
        let (mut j, id) = interviewed(3);
        let (a, b, c) = (
            j.touchpoints[0].id,
            j.touchpoints[1].id,
            j.touchpoints[2].id,
        );
        let link = |tp, on| edit_of(id, InterviewEdit::Link(Question::Change, tp, on));
        for tp in [c, a, c] {
            apply(&mut j, link(tp, true)).unwrap();
        }
        assert_eq!(
            j.interviews[0].answer(Question::Change).touchpoints,
            [a, c],
            "once each, in journey order"
        );
        assert_eq!(
            refused(&mut j, link(TouchpointId(4242), true)),
            ModelError::NoSuchTouchpoint(4242)
        );
        apply(&mut j, link(a, false)).unwrap();
        apply(&mut j, link(b, false)).unwrap();
        assert_eq!(j.interviews[0].answer(Question::Change).touchpoints, [c]);
    }

    #[test]
    fn deleting_a_touchpoint_drops_its_links_and_undo_brings_them_back() {
        let (mut j, id) = interviewed(2);
        let (a, b) = (j.touchpoints[0].id, j.touchpoints[1].id);
        for q in [Question::Before, Question::Offer] {
            for tp in [a, b] {
                apply(&mut j, edit_of(id, InterviewEdit::Link(q, tp, true))).unwrap();
            }
        }
        let mut h = History::new(j.clone());
        apply(&mut j, Action::Remove(a)).unwrap();
        h.commit(j.clone(), None);
        let i = &h.present().interviews[0];
        assert_eq!(i.answer(Question::Before).touchpoints, [b]);
        assert_eq!(i.answer(Question::Offer).touchpoints, [b]);
        assert!(h.undo());
        let i = &h.present().interviews[0];
        assert_eq!(i.answer(Question::Before).touchpoints, [a, b]);
        assert!(
            !h.can_undo(),
            "the delete and the dropped links were one step"
        );
    }

    #[test]
    fn hostile_input_is_cut_or_refused() {
        let (mut j, id) = interviewed(1);
        let huge = "é".repeat(MAX_ANSWER_CHARS * 100);
        apply(
            &mut j,
            edit_of(id, InterviewEdit::Text(Question::Offer, huge)),
        )
        .unwrap();
        let text = &j.interviews[0].answer(Question::Offer).text;
        assert_eq!(text.chars().count(), MAX_ANSWER_CHARS);
        let many: Vec<String> = (0..500).map(|k| format!("w{k}")).collect();
        let e = InterviewEdit::Feelings(Question::Feelings, many);
        apply(&mut j, edit_of(id, e)).unwrap();
        assert_eq!(
            j.interviews[0].answer(Question::Feelings).feelings.len(),
            MAX_FEELINGS
        );
        apply(&mut j, Action::AddInterview("<script>".repeat(100))).unwrap();
        assert_eq!(j.interviews[1].who.chars().count(), MAX_NAME_CHARS);
        while j.interviews.len() < MAX_INTERVIEWS {
            apply(&mut j, Action::AddInterview(String::new())).unwrap();
        }
        assert_eq!(
            refused(&mut j, Action::AddInterview("one more".into())),
            ModelError::TooManyInterviews
        );
        let ids: std::collections::HashSet<_> = j.interviews.iter().map(|i| i.id).collect();
        assert_eq!(ids.len(), MAX_INTERVIEWS, "every id is unique");
    }

    #[test]
    fn removing_an_interview_and_undoing_it() {
        let (mut j, id) = interviewed(1);
        apply(&mut j, Action::AddInterview("Ronald".into())).unwrap();
        let mut h = History::new(j.clone());
        apply(&mut j, Action::RemoveInterview(id)).unwrap();
        h.commit(j.clone(), None);
        assert_eq!(h.present().interviews.len(), 1);
        assert_eq!(h.present().interviews[0].who, "Ronald");
        assert_eq!(
            refused(&mut j, Action::RemoveInterview(id)),
            ModelError::NoSuchInterview(id.0)
        );
        h.undo();
        assert_eq!(h.present().interviews[0].who, "Nicoline");
    }

    #[test]
    fn typing_an_answer_is_one_undo_step_per_question() {
        let id = InterviewId(7);
        let text = |q| edit_of(id, InterviewEdit::Text(q, String::new())).coalesce_key();
        assert_eq!(text(Question::Before), text(Question::Before));
        assert_ne!(text(Question::Before), text(Question::Beyond));
        assert_ne!(
            text(Question::Before),
            edit_of(
                InterviewId(8),
                InterviewEdit::Text(Question::Before, String::new())
            )
            .coalesce_key()
        );
        let link = edit_of(
            id,
            InterviewEdit::Link(Question::Before, TouchpointId(1), true),
        );
        assert_eq!(link.coalesce_key(), None, "each tick is a step of its own");
    }

    #[test]
    fn feeling_words_split_at_commas() {
        assert_eq!(
            feeling_words("boos, teleurgesteld;  ; Boos,gezien "),
            ["boos", "teleurgesteld", "gezien"]
        );
        assert!(feeling_words(" , ").is_empty());
        assert_eq!(feeling_words(&"x".repeat(100))[0].len(), MAX_FEELING_CHARS);
    }
}
