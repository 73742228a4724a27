//! The journey model: touchpoints, phases, the rating scale, and every change a user
//! can make to them as a typed [`Action`] applied by [`apply`].
//!
//! Pure Rust. This module must never import yew, web-sys, gloo or wasm-bindgen: it is
//! tested natively and shared by the app, the file formats and the `analyze` example.

mod action;
mod bank;
mod date;
mod error;
mod from_survey;
mod group;
pub(crate) mod hash;
mod history;
mod input;
mod interview;
mod lanes_edit;
mod mapping_edit;
mod memory;
pub mod order;
mod plan;
mod promise;
mod scale;
mod story;
pub mod survey;
mod text;

pub use action::{
    Action, TouchpointEdit, add_phase, add_touchpoint, apply, edit_touchpoint, phase_heir,
};
pub use bank::{BankError, BankSettings, MAX_BROKEN_PROMISE, MAX_WITHDRAWAL_WEIGHT};
pub use date::{Date, DateError, Weekday};
pub use error::ModelError;
pub use from_survey::{
    LambdaRefusal, fitted_memory, journey_from_survey, lambda_bank, ratings_action,
    survey_gaps_by_touchpoint, survey_means_by_touchpoint, survey_ratings,
};
pub use group::{MAX_PARTICIPANTS, group_mean};
pub use history::History;
pub use input::{parse_column, parse_decimal, parse_number};
pub use interview::{
    Answer, Interview, InterviewEdit, InterviewId, MAX_ANSWER_CHARS, MAX_FEELING_CHARS,
    MAX_FEELINGS, MAX_INTERVIEWS, Question, check_date, clean_feelings, feeling_words,
};
pub use lanes_edit::{follow_up_rating, follow_up_slot};
pub use memory::{MAX_END_WINDOW, MemoryModel, MemoryModelError};
pub use plan::{
    Decision, MAX_PLAN_WEEKS, PLAN_WEEKS, Plan, PlanAction, TOP_MOMENTS, Week, WeekEdit,
};
pub use promise::{MAX_PROMISE_CHARS, MAX_PROMISES, Promise, PromiseState, clean_promise};
pub use scale::{Scale, ScaleError};
pub use story::{
    MAX_STORIES, MAX_STORY_CHARS, MAX_THEME_CHARS, MAX_THEMES, Story, StoryAction, StoryEdit,
    Teller, check_story, clean_story, clean_theme, clean_themes, split_themes,
    stories_from_interview, themes_in_use,
};
pub use text::{MAX_NAME_CHARS, MAX_NOTES_CHARS, clean, clean_counted, is_kept_char};

/// A journey titled `title` with the touchpoints `rows` (name, rating) on the default
/// scale, each added as a user would add it (`Action::AddTouchpoint`). For tests.
#[cfg(test)]
pub(crate) fn test_journey(title: &str, rows: &[(&str, f64)]) -> Journey {
    let mut j = Journey::new(title);
    for (name, rating) in rows {
        let add = Action::AddTouchpoint {
            name: (*name).into(),
            rating: *rating,
            after: None,
        };
        apply(&mut j, add).expect("a test touchpoint is valid");
    }
    j
}

/// Most touchpoints one journey may hold.
pub const MAX_TOUCHPOINTS: usize = 10_000;

use serde::{Deserialize, Serialize};

/// Stable identity of a touchpoint inside one journey (survives reordering and edits).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TouchpointId(pub u32);

/// Stable identity of a phase (stage) inside one journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PhaseId(pub u32);

/// How the customer met the organisation at a touchpoint.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    Phone,
    Email,
    Web,
    App,
    Shop,
    Letter,
    Social,
    InPerson,
    Other,
    /// A channel the user typed themselves.
    Custom(String),
}

impl Channel {
    /// The fixed channels, in the order a picker shows them.
    pub const PRESETS: [Channel; 9] = [
        Channel::Phone,
        Channel::Email,
        Channel::Web,
        Channel::App,
        Channel::Shop,
        Channel::Letter,
        Channel::Social,
        Channel::InPerson,
        Channel::Other,
    ];

    /// A stable machine key (used in files, CSV and `<select>` values).
    pub fn key(&self) -> &str {
        match self {
            Channel::Phone => "phone",
            Channel::Email => "email",
            Channel::Web => "web",
            Channel::App => "app",
            Channel::Shop => "shop",
            Channel::Letter => "letter",
            Channel::Social => "social",
            Channel::InPerson => "in-person",
            Channel::Other => "other",
            Channel::Custom(s) => s,
        }
    }

    /// Parses a key back; anything unknown becomes a custom channel (empty means none).
    pub fn from_key(key: &str) -> Option<Channel> {
        let k = key.trim();
        if k.is_empty() {
            return None;
        }
        Some(
            Channel::PRESETS
                .iter()
                .find(|c| c.key().eq_ignore_ascii_case(k))
                .cloned()
                .unwrap_or_else(|| Channel::Custom(k.to_string())),
        )
    }
}

/// One moment where the customer meets the organisation, rated by how it felt.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Touchpoint {
    pub id: TouchpointId,
    pub name: String,
    /// The phase this touchpoint belongs to; `None` when the journey has no phases.
    #[serde(default)]
    pub phase: Option<PhaseId>,
    #[serde(default)]
    pub channel: Option<Channel>,
    /// How it felt, on the journey's scale.
    pub rating: f64,
    /// How long it lasted, in any unit (≥ 0). Default 1.
    #[serde(default = "default_duration")]
    pub duration: f64,
    #[serde(default)]
    pub notes: String,
    /// A "moment of truth": a contact that decides whether the relationship holds.
    #[serde(default)]
    pub moment_of_truth: bool,
    /// Each participant's own rating in a group round, aligned with
    /// [`Journey::participants`]; `None` where that participant has not rated it.
    /// Never longer than the participant list; trailing `None`s are trimmed.
    #[serde(default)]
    pub votes: Vec<Option<f64>>,
    /// What the customer expected here, on the journey's scale (seed 001).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<f64>,
    /// What the team thinks it delivered here, on the journey's scale: the inside-out view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ours: Option<f64>,
    /// Promises made at this touchpoint, at most [`MAX_PROMISES`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub promises: Vec<Promise>,
    /// A contact the customer only made because something went wrong before (seed 004).
    #[serde(default, skip_serializing_if = "is_false")]
    pub failure_demand: bool,
    /// The touchpoint whose failure caused this contact; only set when `failure_demand`,
    /// never this touchpoint itself, always one that exists (deleting it clears this).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caused_by: Option<TouchpointId>,
}

/// An unnamed touchpoint with id 0 rated 0, lasting 1, with nothing else set: for struct
/// literals that name only what they need (`..Touchpoint::default()`). Inside a journey use
/// [`Journey::new_touchpoint`], which hands out a fresh id and keeps the rating on the scale.
impl Touchpoint {
    /// How many of its promises are in `state`.
    pub fn promises_in(&self, state: PromiseState) -> usize {
        self.promises.iter().filter(|p| p.state == state).count()
    }
}

impl Default for Touchpoint {
    fn default() -> Self {
        Touchpoint {
            id: TouchpointId(0),
            name: String::new(),
            phase: None,
            channel: None,
            rating: 0.0,
            duration: 1.0,
            notes: String::new(),
            moment_of_truth: false,
            votes: Vec::new(),
            expected: None,
            ours: None,
            promises: Vec::new(),
            failure_demand: false,
            caused_by: None,
        }
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn default_duration() -> f64 {
    1.0
}

/// A stage of the journey (orientation, purchase, use, cancellation…).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phase {
    pub id: PhaseId,
    pub name: String,
}

/// Manual overrides of the automatically found peak and end.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marks {
    pub peak: Option<TouchpointId>,
    pub end: Option<TouchpointId>,
}

/// A customer journey: ordered touchpoints on one rating scale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Journey {
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub scale: Scale,
    #[serde(default)]
    pub phases: Vec<Phase>,
    pub touchpoints: Vec<Touchpoint>,
    #[serde(default)]
    pub marks: Marks,
    /// How the remembered score is formed (weights and variants of the peak-end rule).
    #[serde(default)]
    pub memory: MemoryModel,
    /// The people rating together in a group round. A name may be empty: the UI then
    /// shows "Participant 1…", which is never stored.
    #[serde(default)]
    pub participants: Vec<String>,
    /// How the emotional bank account is kept (λ and the cost of a broken promise).
    #[serde(default, skip_serializing_if = "BankSettings::is_default")]
    pub bank: BankSettings,
    /// The customers interviewed with the five questions of seed 001, in the order added.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interviews: Vec<Interview>,
    /// Stories told by employees and customers (seed 000).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stories: Vec<Story>,
    /// The twelve weeks of attention to the moments of truth (seed 003).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
    /// An employee journey (one-to-ones, sick leave, meetings): the internal moments of
    /// truth, worked on the same way.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub employee_journey: bool,
    /// The next id handed out to a new touchpoint, phase or interview.
    #[serde(default)]
    pub next_id: u32,
}

/// Every number a journey holds is finite (`apply` and the readers refuse the rest), so
/// its equality is reflexive. Saying so lets `Rc<Journey>` compare by pointer before it
/// compares by value (the standard library does that for `Eq` types): the page hands one
/// shared journey to every component, and an unchanged one is skipped at once.
impl Eq for Journey {}

impl Default for Journey {
    fn default() -> Self {
        Journey::new("")
    }
}

impl Journey {
    /// An empty journey on the default −5..+5 scale.
    pub fn new(title: impl Into<String>) -> Self {
        Journey {
            title: title.into(),
            description: String::new(),
            scale: Scale::default(),
            phases: Vec::new(),
            touchpoints: Vec::new(),
            marks: Marks::default(),
            memory: MemoryModel::default(),
            participants: Vec::new(),
            bank: BankSettings::default(),
            interviews: Vec::new(),
            stories: Vec::new(),
            plan: None,
            employee_journey: false,
            next_id: 1,
        }
    }

    /// Hands out a fresh id, never reused within this journey.
    pub fn fresh_id(&mut self) -> u32 {
        let used = self
            .touchpoints
            .iter()
            .map(|t| t.id.0)
            .chain(self.phases.iter().map(|p| p.id.0))
            .chain(self.interviews.iter().map(|i| i.id.0))
            .max()
            .unwrap_or(0);
        let id = self.next_id.max(used + 1);
        self.next_id = id + 1;
        id
    }

    /// Position of a touchpoint in the journey, if it exists.
    pub fn index_of(&self, id: TouchpointId) -> Option<usize> {
        self.touchpoints.iter().position(|t| t.id == id)
    }

    /// Every touchpoint's position by id, for many lookups at once ([`Journey::index_of`]
    /// scans the list each time).
    pub fn positions(&self) -> std::collections::HashMap<TouchpointId, usize> {
        self.touchpoints
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id, i))
            .collect()
    }

    pub fn touchpoint(&self, id: TouchpointId) -> Option<&Touchpoint> {
        self.touchpoints.iter().find(|t| t.id == id)
    }

    pub fn phase(&self, id: PhaseId) -> Option<&Phase> {
        self.phases.iter().find(|p| p.id == id)
    }

    /// How many touchpoints each phase holds, in phase order.
    pub fn phase_counts(&self) -> Vec<usize> {
        self.phases
            .iter()
            .map(|p| {
                self.touchpoints
                    .iter()
                    .filter(|t| t.phase == Some(p.id))
                    .count()
            })
            .collect()
    }

    /// The ratings in journey order.
    pub fn ratings(&self) -> Vec<f64> {
        self.touchpoints.iter().map(|t| t.rating).collect()
    }

    /// Builds a touchpoint with defaults and a fresh id (not yet inserted).
    pub fn new_touchpoint(&mut self, name: impl Into<String>, rating: f64) -> Touchpoint {
        Touchpoint {
            id: TouchpointId(self.fresh_id()),
            name: name.into(),
            rating: self.scale.clamp(rating),
            ..Touchpoint::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channel_keys_round_trip() {
        for c in Channel::PRESETS.iter() {
            assert_eq!(Channel::from_key(c.key()).as_ref(), Some(c));
        }
        assert_eq!(
            Channel::from_key(" Chat "),
            Some(Channel::Custom("Chat".into()))
        );
        assert_eq!(Channel::from_key("  "), None);
        assert_eq!(
            Channel::from_key("E-MAIL"),
            Some(Channel::Custom("E-MAIL".into()))
        );
        assert_eq!(Channel::from_key("EMAIL"), Some(Channel::Email));
    }

    #[test]
    fn fresh_ids_are_never_reused() {
        let mut j = Journey::new("t");
        let a = j.new_touchpoint("a", 0.0);
        j.touchpoints.push(a.clone());
        let b = j.new_touchpoint("b", 0.0);
        assert_ne!(a.id, b.id);
        // Even when next_id was lost (an old file), ids stay unique.
        j.next_id = 0;
        let c = j.new_touchpoint("c", 0.0);
        assert!(c.id.0 > a.id.0);
    }
}
