//! A survey as Peakend keeps it: the answers as numbers, one row per respondent, and the
//! mapping that says which column of the export means what.
//!
//! Pure data. Reading a file into this lives in `io::survey`; the statistics in
//! `analysis::survey`. Only numbers and segment labels are kept: no respondent ids, no
//! free text, so what is stored in the browser is the least the analysis needs.

use serde::{Deserialize, Serialize};

use super::Scale;

/// Marks "not answered" in the numeric columns (blank, N/A, "Weet niet", "-").
/// Never zero: a missing answer is not a low one.
pub const MISSING: f32 = f32::NAN;

/// Marks "no value" in a segment column's codes.
pub const NO_SEGMENT: u16 = u16::MAX;

/// Most distinct values one segment column may hold (more is an id or free text).
pub const MAX_SEGMENT_VALUES: usize = 50;

/// What one column of the export means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Not used.
    Ignore,
    /// Wide shape: a touchpoint's rating (its place in the journey is in `Mapping::touchpoints`).
    Touchpoint,
    /// The overall rating: "how do you look back on the whole experience?".
    Overall,
    /// "How likely are you to recommend us?"
    Nps,
    /// A grouping: region, channel, product, wave.
    Segment,
    /// Identifies the respondent (needed for the long shape; never kept).
    Respondent,
    /// Long shape: which touchpoint (or overall / NPS question) this row answers.
    Item,
    /// Long shape: the answer itself.
    Answer,
}

/// One row per respondent, or one row per answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Shape {
    #[default]
    Wide,
    Long,
}

/// The scale of the recommend question. 0–10 is the official one; some surveys (seed
/// `002`) use 1–10, whose scores do not compare with 0–10 benchmarks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum NpsScale {
    #[default]
    #[serde(rename = "0-10")]
    ZeroToTen,
    #[serde(rename = "1-10")]
    OneToTen,
}

/// What each column means, as detected and then as the user set it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mapping {
    pub shape: Shape,
    /// One role per column of the file, in file order.
    pub roles: Vec<Role>,
    /// Wide: the touchpoint columns (indexes into `roles`) in journey order.
    #[serde(default)]
    pub touchpoints: Vec<usize>,
    /// Long: the item values that are touchpoints, in journey order.
    #[serde(default)]
    pub items: Vec<String>,
    /// Long: the item value of the overall rating, and of the recommend question.
    #[serde(default)]
    pub overall_item: Option<String>,
    #[serde(default)]
    pub nps_item: Option<String>,
    /// Scale of the touchpoint ratings (its neutral point decides peaks and shares).
    pub touchpoint_scale: Scale,
    /// Scale of the overall rating.
    pub overall_scale: Scale,
    pub nps_scale: NpsScale,
}

/// A segment column: its labels, and one code per respondent (`NO_SEGMENT` = none).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SegmentColumn {
    pub column: String,
    pub values: Vec<String>,
    pub codes: Vec<u16>,
}

/// The answers as numbers: what the analysis reads and what is kept in the browser.
///
/// Only respondents with at least one rated touchpoint are here.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SurveyData {
    /// Touchpoint names in journey order.
    pub touchpoints: Vec<String>,
    /// Row-major, `respondents × touchpoints.len()`; `MISSING` where not rated.
    pub ratings: Vec<f32>,
    /// One per respondent; `MISSING` where not answered (all missing: no overall column).
    pub overall: Vec<f32>,
    /// One per respondent, on `nps_scale`; `MISSING` where not answered.
    pub nps: Vec<f32>,
    pub segments: Vec<SegmentColumn>,
    pub touchpoint_scale: Scale,
    pub overall_scale: Scale,
    pub nps_scale: NpsScale,
}

impl SurveyData {
    /// Respondents kept (each rated at least one touchpoint).
    pub fn respondents(&self) -> usize {
        self.overall.len()
    }

    /// The ratings of respondent `i`, one per touchpoint (`MISSING` where not rated).
    pub fn row(&self, i: usize) -> &[f32] {
        let k = self.touchpoints.len();
        &self.ratings[i * k..(i + 1) * k]
    }
}

/// How the file was written.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Format {
    /// Delimited text: the separator (`,` `;` or tab) and whether numbers use a decimal comma.
    Text {
        separator: char,
        decimal_comma: bool,
    },
    /// An Excel workbook; the sheet read.
    Xlsx { sheet: String },
}

/// Which tool's export it looks like (decides the header rows).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// Qualtrics: three header rows (names, question texts, `{"ImportId": …}`).
    Qualtrics,
    /// SurveyMonkey: two header rows (questions, then answer options).
    SurveyMonkey,
    /// Google Forms: a timestamp column first.
    GoogleForms,
    /// One header row.
    #[default]
    Plain,
}

/// One column of the file as detected, for the mapping step.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ColumnInfo {
    /// The column's name (first header row).
    pub name: String,
    /// The question text, when the export has one (Qualtrics' and SurveyMonkey's second row).
    pub question: Option<String>,
    /// A few answers as written, for the user to recognise the column.
    pub samples: Vec<String>,
    /// In the rows looked at: answers read as a number, not answered, and other text.
    pub numbers: usize,
    pub missing: usize,
    pub text: usize,
    /// Distinct answers seen (capped at `MAX_SEGMENT_VALUES + 1`).
    pub distinct: usize,
    /// Smallest and largest number seen.
    pub min: Option<f64>,
    pub max: Option<f64>,
}

/// What detection found: the file's shape and a proposed mapping the user may change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Detected {
    pub format: Format,
    pub source: Source,
    /// Rows before the answers start.
    pub header_rows: usize,
    pub columns: Vec<ColumnInfo>,
    pub mapping: Mapping,
    /// Long shape: the item values seen, in order of first appearance.
    #[serde(default)]
    pub items: Vec<String>,
}

/// An answer that is neither a number nor a recognised "not answered".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BadCell {
    /// The row as a spreadsheet numbers it (1 = the first line of the file).
    pub row: usize,
    pub column: String,
    pub text: String,
    /// Why the answer was set aside.
    #[serde(default)]
    pub kind: BadKind,
}

/// Why an answer was set aside.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BadKind {
    /// Text that is not a number ("abc").
    #[default]
    NotNumber,
    /// A number outside the column's scale (12 on a 1–10 scale).
    OutOfScale,
}

/// The outcome of reading a whole file with a mapping.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReadSummary {
    /// Data rows read (after the header rows).
    pub rows: usize,
    /// Rows without any rated touchpoint (not in the data).
    pub skipped: usize,
    /// The first bad answers (at most `MAX_BAD_LISTED`), and how many there were in all.
    pub bad: Vec<BadCell>,
    pub bad_count: usize,
}

/// Most bad answers listed one by one; the rest are counted.
pub const MAX_BAD_LISTED: usize = 200;
