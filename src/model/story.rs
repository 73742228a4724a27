//! Stories (seed `000`): concrete moments told by employees and customers ("the time we
//! made a customer very happy", "the time we dropped the ball"), each about a touchpoint
//! or a phase, tagged with themes. Collected systematically they show a pattern; the
//! pattern is computed in `analysis::stories`.
//!
//! Pure data and the checks behind [`StoryAction`]; every check runs before anything
//! changes, so a refused edit leaves the journey as it was.

use super::date::Date;
use super::text::clean;
use super::{Journey, MAX_NAME_CHARS, ModelError, PhaseId, Scale, TouchpointId};
use serde::{Deserialize, Serialize};

/// Most stories one journey keeps. A workshop collects dozens, a year of feedback a few
/// thousand; the limit keeps a hostile file from swamping the page.
pub const MAX_STORIES: usize = 10_000;
/// Longest story we keep (longer text, a pasted 1 MB document, is cut, never refused).
pub const MAX_STORY_CHARS: usize = 10_000;
/// Most themes one story carries.
pub const MAX_THEMES: usize = 12;
/// Longest theme.
pub const MAX_THEME_CHARS: usize = 40;

/// Who tells the story.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Teller {
    Employee,
    #[default]
    Customer,
}

impl Teller {
    /// The key in files and CSV.
    pub fn key(&self) -> &'static str {
        match self {
            Teller::Employee => "employee",
            Teller::Customer => "customer",
        }
    }

    /// Reads a key, in English or Dutch, any case (`medewerker`, `klant`).
    pub fn from_key(s: &str) -> Option<Teller> {
        match s.trim().to_lowercase().as_str() {
            "employee" | "medewerker" | "staff" | "team" => Some(Teller::Employee),
            "customer" | "klant" | "client" | "cliënt" => Some(Teller::Customer),
            _ => None,
        }
    }
}

/// One story.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Story {
    pub text: String,
    pub teller: Teller,
    /// The teller's name or role, optional ("" when not given).
    #[serde(default)]
    pub who: String,
    /// How it felt, on the journey's scale: its top is "made them very happy", its
    /// bottom "we dropped the ball".
    pub valence: f64,
    /// The touchpoint it is about.
    #[serde(default)]
    pub touchpoint: Option<TouchpointId>,
    /// The phase it is about, when it is about a phase rather than one touchpoint.
    #[serde(default)]
    pub phase: Option<PhaseId>,
    /// Free tags, lower case, without duplicates.
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub date: Option<Date>,
}

impl Story {
    /// A story by `teller` with `valence`, about nothing in particular yet.
    pub fn new(text: impl Into<String>, teller: Teller, valence: f64) -> Story {
        Story {
            text: text.into(),
            teller,
            who: String::new(),
            valence,
            touchpoint: None,
            phase: None,
            themes: Vec::new(),
            date: None,
        }
    }
}

/// A story's text as kept: control characters dropped, cut to [`MAX_STORY_CHARS`].
pub fn clean_story(s: &str) -> String {
    clean(s.trim(), MAX_STORY_CHARS).trim_end().to_string()
}

/// A theme as kept: a leading `#` dropped, spaces collapsed, lower case, cut to
/// [`MAX_THEME_CHARS`]; empty when nothing is left.
pub fn clean_theme(s: &str) -> String {
    let words: Vec<&str> = s
        .trim()
        .trim_start_matches('#')
        .split_whitespace()
        .collect();
    clean(&words.join(" ").to_lowercase(), MAX_THEME_CHARS)
        .trim_end()
        .to_string()
}

/// Themes as kept: each cleaned, empty ones and repeats dropped (first one wins), at
/// most [`MAX_THEMES`].
pub fn clean_themes<S: AsRef<str>>(themes: &[S]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in themes {
        let t = clean_theme(t.as_ref());
        if !t.is_empty() && !out.contains(&t) && out.len() < MAX_THEMES {
            out.push(t);
        }
    }
    out
}

/// Themes typed in one field, separated by commas or semicolons.
pub fn split_themes(s: &str) -> Vec<String> {
    clean_themes(&s.split([',', ';']).collect::<Vec<_>>())
}

/// One field of a story being set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum StoryEdit {
    Text(String),
    Teller(Teller),
    Who(String),
    Valence(f64),
    /// The touchpoint it is about (`None`: none). Setting a touchpoint clears the phase.
    Touchpoint(Option<TouchpointId>),
    /// The phase it is about (`None`: none). Setting a phase clears the touchpoint.
    Phase(Option<PhaseId>),
    Themes(Vec<String>),
    Date(Option<Date>),
}

/// A change to the journey's stories.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum StoryAction {
    /// Adds a story after the others.
    Add(Story),
    /// Sets one field of story `index` (0-based).
    Edit(usize, StoryEdit),
    Remove(usize),
    /// Adds many stories at once (a pasted list, a CSV, an interview): one undo step. All
    /// are checked first; one bad story refuses them all.
    Import(Vec<Story>),
}

impl StoryAction {
    /// Typing a story's text or teller's name letter by letter is one undo step.
    pub fn coalesce_key(&self) -> Option<String> {
        match self {
            StoryAction::Edit(k, StoryEdit::Text(_)) => Some(format!("story-text-{k}")),
            StoryAction::Edit(k, StoryEdit::Who(_)) => Some(format!("story-who-{k}")),
            StoryAction::Edit(k, StoryEdit::Valence(_)) => Some(format!("story-valence-{k}")),
            _ => None,
        }
    }
}

fn check_valence(scale: &Scale, v: f64) -> Result<f64, ModelError> {
    if !v.is_finite() {
        return Err(ModelError::RatingNotANumber);
    }
    if !scale.contains(v) {
        return Err(ModelError::OutsideScale {
            min: scale.min,
            max: scale.max,
        });
    }
    Ok(v)
}

fn check_about(
    j: &Journey,
    tp: Option<TouchpointId>,
    phase: Option<PhaseId>,
) -> Result<(), ModelError> {
    if let Some(id) = tp {
        j.index_of(id).ok_or(ModelError::NoSuchTouchpoint(id.0))?;
    }
    if let Some(p) = phase {
        j.phase(p).ok_or(ModelError::NoSuchPhase(p.0))?;
    }
    Ok(())
}

/// A story checked against the journey and cleaned, ready to keep.
fn checked(j: &Journey, s: Story) -> Result<Story, ModelError> {
    check_about(j, s.touchpoint, s.phase)?;
    Ok(Story {
        text: clean_story(&s.text),
        teller: s.teller,
        who: clean(s.who.trim(), MAX_NAME_CHARS),
        valence: check_valence(&j.scale, s.valence)?,
        // A story about a touchpoint is about that touchpoint's phase too; keep one.
        phase: if s.touchpoint.is_some() {
            None
        } else {
            s.phase
        },
        touchpoint: s.touchpoint,
        themes: clean_themes(&s.themes),
        date: s.date,
    })
}

/// Whether `s` may be added to `j` as it is: the check [`StoryAction::Add`] makes, for a
/// form that keeps what was typed when it is refused.
pub fn check_story(j: &Journey, s: &Story) -> Result<(), ModelError> {
    if j.stories.len() >= MAX_STORIES {
        return Err(ModelError::TooManyStories);
    }
    checked(j, s.clone()).map(|_| ())
}

fn story_mut(j: &mut Journey, index: usize) -> Result<&mut Story, ModelError> {
    j.stories
        .get_mut(index)
        .ok_or(ModelError::NoSuchStory(index))
}

/// Applies a story action; on error the journey is unchanged.
pub(super) fn apply(j: &mut Journey, action: StoryAction) -> Result<(), ModelError> {
    match action {
        StoryAction::Add(s) => {
            if j.stories.len() >= MAX_STORIES {
                return Err(ModelError::TooManyStories);
            }
            let s = checked(j, s)?;
            j.stories.push(s);
        }
        StoryAction::Import(list) => {
            if j.stories.len() + list.len() > MAX_STORIES {
                return Err(ModelError::TooManyStories);
            }
            let list = list
                .into_iter()
                .map(|s| checked(j, s))
                .collect::<Result<Vec<_>, _>>()?;
            j.stories.extend(list);
        }
        StoryAction::Remove(k) => {
            if k >= j.stories.len() {
                return Err(ModelError::NoSuchStory(k));
            }
            j.stories.remove(k);
        }
        StoryAction::Edit(k, edit) => {
            match &edit {
                StoryEdit::Touchpoint(tp) => check_about(j, *tp, None)?,
                StoryEdit::Phase(p) => check_about(j, None, *p)?,
                StoryEdit::Valence(v) => {
                    check_valence(&j.scale, *v)?;
                }
                _ => {}
            }
            let s = story_mut(j, k)?;
            match edit {
                StoryEdit::Text(t) => s.text = clean_story(&t),
                StoryEdit::Teller(t) => s.teller = t,
                StoryEdit::Who(w) => s.who = clean(w.trim(), MAX_NAME_CHARS),
                StoryEdit::Valence(v) => s.valence = v,
                StoryEdit::Touchpoint(tp) => {
                    s.touchpoint = tp;
                    if tp.is_some() {
                        s.phase = None;
                    }
                }
                StoryEdit::Phase(p) => {
                    s.phase = p;
                    if p.is_some() {
                        s.touchpoint = None;
                    }
                }
                StoryEdit::Themes(t) => s.themes = clean_themes(&t),
                StoryEdit::Date(d) => s.date = d,
            }
        }
    }
    Ok(())
}

/// After touchpoint `id` is deleted: its stories stay, about its phase instead (what the
/// story was about is still roughly known), or about nothing.
pub(super) fn forget_touchpoint(j: &mut Journey, id: TouchpointId, phase: Option<PhaseId>) {
    for s in j.stories.iter_mut().filter(|s| s.touchpoint == Some(id)) {
        s.touchpoint = None;
        s.phase = phase;
    }
}

/// After phase `id` is deleted: its stories move to the phase that took its touchpoints.
pub(super) fn forget_phase(j: &mut Journey, id: PhaseId, heir: Option<PhaseId>) {
    for s in j.stories.iter_mut().filter(|s| s.phase == Some(id)) {
        s.phase = heir;
    }
}

/// Keeps every valence at the same relative place when the scale changes.
pub(super) fn rescale(j: &mut Journey, from: &Scale, to: &Scale) {
    for s in &mut j.stories {
        s.valence = from.rescale(s.valence, to);
    }
}

/// The stories an interview gives (seed `001` feeding seed `000`): one per answered
/// question with text, told by the customer interviewed (`who`, the interview's date),
/// about the first touchpoint the answer links, its feeling words as themes, and a neutral
/// valence for the team to set (an interview answer carries no rating). Answers whose text
/// is already a story by the same person are left out, so turning an interview into
/// stories twice adds nothing.
pub fn stories_from_interview(j: &Journey, i: &super::Interview) -> Vec<Story> {
    let date = i.date.as_deref().and_then(|d| Date::parse(d).ok());
    let who = clean(i.who.trim(), MAX_NAME_CHARS);
    i.answers
        .iter()
        .map(|a| (clean_story(&a.text), a))
        .filter(|(text, _)| !text.is_empty())
        .filter(|(text, _)| {
            !j.stories
                .iter()
                .any(|s| s.text == *text && s.who == who && s.teller == Teller::Customer)
        })
        .map(|(text, a)| Story {
            text,
            teller: Teller::Customer,
            who: who.clone(),
            valence: j.scale.neutral,
            touchpoint: a
                .touchpoints
                .iter()
                .copied()
                .find(|t| j.index_of(*t).is_some()),
            phase: None,
            themes: clean_themes(&a.feelings),
            date,
        })
        .collect()
}

/// Every theme used in the journey's stories with how often, most used first (then
/// alphabetically): the suggestions when tagging the next story.
pub fn themes_in_use(stories: &[Story]) -> Vec<(String, usize)> {
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for t in stories.iter().flat_map(|s| &s.themes) {
        *counts.entry(t).or_default() += 1;
    }
    let mut out: Vec<(String, usize)> = counts.into_iter().map(|(t, n)| (t.into(), n)).collect();
    crate::model::order::sort_by(&mut out, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, apply as apply_action};

    fn journey() -> Journey {
        crate::model::test_journey(
            "Stories",
            &[("Order", 0.0), ("Delivery", 0.0), ("Invoice", 0.0)],
        )
    }

    fn add(j: &mut Journey, s: Story) -> Result<(), ModelError> {
        apply_action(j, Action::Story(StoryAction::Add(s)))
    }

    #[test]
    fn themes_are_tidied_and_deduplicated() {
        assert_eq!(
            split_themes(" #Wachttijd, wachttijd ;  Vriendelijk   personeel,,"),
            vec!["wachttijd", "vriendelijk personeel"]
        );
        let many: Vec<String> = (0..30).map(|i| format!("t{i}")).collect();
        assert_eq!(clean_themes(&many).len(), MAX_THEMES);
        assert_eq!(
            clean_theme(&"x".repeat(100)).chars().count(),
            MAX_THEME_CHARS
        );
    }

    #[test]
    fn a_story_is_checked_and_cleaned() {
        let mut j = journey();
        let delivery = j.touchpoints[1].id;
        let mut s = Story::new(
            "  They called me back\u{7} within the hour  ",
            Teller::Customer,
            4.0,
        );
        s.touchpoint = Some(delivery);
        s.themes = vec!["Bellen".into(), "bellen".into()];
        add(&mut j, s).unwrap();
        assert_eq!(j.stories[0].text, "They called me back within the hour");
        assert_eq!(j.stories[0].themes, vec!["bellen"]);

        // Refusals leave the stories as they were.
        let before = j.clone();
        assert_eq!(
            add(&mut j, Story::new("x", Teller::Employee, 9.0)),
            Err(ModelError::OutsideScale {
                min: -5.0,
                max: 5.0
            })
        );
        assert_eq!(
            add(&mut j, Story::new("x", Teller::Employee, f64::NAN)),
            Err(ModelError::RatingNotANumber)
        );
        let mut ghost = Story::new("x", Teller::Employee, 1.0);
        ghost.touchpoint = Some(TouchpointId(999));
        assert_eq!(add(&mut j, ghost), Err(ModelError::NoSuchTouchpoint(999)));
        assert_eq!(j, before);
    }

    #[test]
    fn a_megabyte_story_is_cut_and_script_stays_text() {
        let mut j = journey();
        let huge = "<script>alert(1)</script>".repeat(40_000);
        add(&mut j, Story::new(huge, Teller::Customer, -3.0)).unwrap();
        assert_eq!(j.stories[0].text.chars().count(), MAX_STORY_CHARS);
        assert!(j.stories[0].text.starts_with("<script>alert(1)</script>"));
    }

    #[test]
    fn import_is_all_or_nothing_and_capped() {
        let mut j = journey();
        let good = Story::new("fine", Teller::Employee, 2.0);
        let bad = Story::new("off the scale", Teller::Employee, -8.0);
        let before = j.clone();
        let r = apply_action(
            &mut j,
            Action::Story(StoryAction::Import(vec![good.clone(), bad])),
        );
        assert!(r.is_err());
        assert_eq!(j, before);
        let many = vec![good; MAX_STORIES];
        apply_action(&mut j, Action::Story(StoryAction::Import(many))).unwrap();
        assert_eq!(j.stories.len(), MAX_STORIES);
        assert_eq!(
            add(&mut j, Story::new("one more", Teller::Customer, 0.0)),
            Err(ModelError::TooManyStories)
        );
    }

    #[test]
    fn edits_and_deleting_what_a_story_is_about() {
        let mut j = journey();
        apply_action(&mut j, Action::AddPhase("Buying".into())).unwrap();
        let phase = j.phases[0].id;
        let order = j.touchpoints[0].id;
        add(&mut j, Story::new("quick", Teller::Employee, 3.0)).unwrap();
        let edit = |k, e| Action::Story(StoryAction::Edit(k, e));
        apply_action(&mut j, edit(0, StoryEdit::Phase(Some(phase)))).unwrap();
        apply_action(&mut j, edit(0, StoryEdit::Touchpoint(Some(order)))).unwrap();
        assert_eq!(
            (j.stories[0].touchpoint, j.stories[0].phase),
            (Some(order), None)
        );
        assert_eq!(
            apply_action(&mut j, edit(3, StoryEdit::Valence(1.0))),
            Err(ModelError::NoSuchStory(3))
        );
        // Deleting the touchpoint moves the story to the touchpoint's phase.
        apply_action(&mut j, Action::Remove(order)).unwrap();
        assert_eq!(
            (j.stories[0].touchpoint, j.stories[0].phase),
            (None, Some(phase))
        );
        // Deleting the phase leaves it about nothing (no phase is left to inherit it).
        apply_action(&mut j, Action::RemovePhase(phase)).unwrap();
        assert_eq!((j.stories[0].touchpoint, j.stories[0].phase), (None, None));
        // A scale change keeps the valence at the same relative place: 3 on −5..5 is 80%.
        apply_action(
            &mut j,
            Action::SetScale(Scale::new(1.0, 10.0, None).unwrap()),
        )
        .unwrap();
        assert!((j.stories[0].valence - 8.2).abs() < 1e-9);
    }

    #[test]
    fn an_interview_becomes_stories_once() {
        use crate::model::{InterviewEdit, Question};
        let mut j = journey();
        let delivery = j.touchpoints[1].id;
        apply_action(&mut j, Action::AddInterview(String::new())).unwrap();
        let id = j.interviews[0].id;
        for e in [
            InterviewEdit::Who("Nicoline".into()),
            InterviewEdit::Date(Some("2026-11-30".into())),
            InterviewEdit::Text(Question::Before, "You helped me on my way.".into()),
            InterviewEdit::Link(Question::Before, delivery, true),
            InterviewEdit::Feelings(Question::Before, vec!["Relieved".into()]),
            // An answer with only a touchpoint and no words makes no story.
            InterviewEdit::Link(Question::Offer, delivery, true),
        ] {
            apply_action(&mut j, Action::EditInterview(id, e)).unwrap();
        }
        let stories = stories_from_interview(&j, &j.interviews[0]);
        assert_eq!(stories.len(), 1);
        let s = &stories[0];
        assert_eq!(
            (s.text.as_str(), s.who.as_str(), s.teller, s.valence),
            (
                "You helped me on my way.",
                "Nicoline",
                Teller::Customer,
                0.0
            )
        );
        assert_eq!(s.touchpoint, Some(delivery));
        assert_eq!(s.themes, ["relieved"]);
        assert_eq!(s.date, Date::parse("2026-11-30").ok());
        apply_action(&mut j, Action::Story(StoryAction::Import(stories))).unwrap();
        assert!(stories_from_interview(&j, &j.interviews[0]).is_empty());
    }

    #[test]
    fn themes_in_use_by_frequency() {
        let mut a = Story::new("a", Teller::Customer, 0.0);
        a.themes = vec!["wachttijd".into(), "toon".into()];
        let mut b = Story::new("b", Teller::Customer, 0.0);
        b.themes = vec!["wachttijd".into()];
        assert_eq!(
            themes_in_use(&[a, b]),
            vec![("wachttijd".to_string(), 2), ("toon".to_string(), 1)]
        );
    }
}
