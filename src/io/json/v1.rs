//! The on-disk shapes of format version 1. Field names are the file's; optional fields
//! are left out when they hold their default.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JourneyV1 {
    pub format: String,
    pub version: u32,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub scale: ScaleV1,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<PhaseV1>,
    pub touchpoints: Vec<TouchpointV1>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marks: Option<MarksV1>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<MemoryV1>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_id: Option<u32>,
    /// Names of the people in a group rating round (`""`: unnamed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<String>,
    /// The emotional bank account's settings; left out when they are the defaults.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank: Option<BankV1>,
    /// The guided interviews of seed 001.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interviews: Vec<InterviewV1>,
    /// Stories told by employees and customers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stories: Vec<StoryV1>,
    /// The twelve weeks of attention to the moments of truth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<PlanV1>,
    /// An employee journey (internal moments of truth).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub employee_journey: bool,
}

/// One customer interviewed with the five questions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InterviewV1 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<u32>,
    /// Name or role of the person interviewed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub who: String,
    /// ISO 8601 calendar date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The answers given, at most one per question; unanswered questions are left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<AnswerV1>,
}

/// The answer to one question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerV1 {
    /// `before`, `beyond`, `change`, `feelings` or `offer`.
    pub question: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// Ids of the touchpoints the answer speaks about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub touchpoints: Vec<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feelings: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScaleV1 {
    pub min: f64,
    pub max: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neutral: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PhaseV1 {
    pub id: u32,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TouchpointV1 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<u32>,
    pub name: String,
    pub rating: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<f64>,
    /// The id of a phase in `phases`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<u32>,
    /// A key of `model::Channel` (`phone`, `email`, …) or any other text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub moment_of_truth: bool,
    /// Each participant's rating, in the order of `participants`; `null`: not rated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub votes: Vec<Option<f64>>,
    /// What the customer expected, on the journey's scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<f64>,
    /// What the team thinks it delivered, on the journey's scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ours: Option<f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub promises: Vec<PromiseV1>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub failure_demand: bool,
    /// The id of the touchpoint whose failure caused this contact (only with
    /// `failure_demand`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caused_by: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PromiseV1 {
    pub text: String,
    pub state: PromiseStateV1,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PromiseStateV1 {
    Kept,
    Broken,
    Open,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct BankV1 {
    pub withdrawal_weight: f64,
    pub broken_promise: f64,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MarksV1 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peak: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct MemoryV1 {
    pub peak_weight: f64,
    pub end_weight: f64,
    pub end_window: u32,
    pub split_peaks: bool,
    pub trend_weight: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LibraryV1 {
    pub format: String,
    pub version: u32,
    pub journeys: Vec<JourneyV1>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TellerV1 {
    Employee,
    Customer,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoryV1 {
    pub text: String,
    pub teller: TellerV1,
    /// The teller's name or role.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub who: String,
    /// On the journey's scale.
    pub valence: f64,
    /// The id of the touchpoint it is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub touchpoint: Option<u32>,
    /// The id of the phase it is about (when not about one touchpoint).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<u32>,
    #[serde(default)]
    pub themes: Vec<String>,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DecisionV1 {
    Norm,
    Adapt,
    Drop,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanV1 {
    /// The first Friday, `YYYY-MM-DD`.
    pub start: String,
    pub weeks: Vec<WeekV1>,
    /// The team's order of its top moments of truth (touchpoint ids).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub top: Vec<u32>,
}

/// A week; the five named fields are always written (`null` or `""` when empty).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WeekV1 {
    pub touchpoint: Option<u32>,
    pub question_answer: String,
    pub actions: String,
    pub evaluation: String,
    pub decision: Option<DecisionV1>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<f64>,
    /// The journey's remembered score when the week was evaluated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remembered: Option<f64>,
}
