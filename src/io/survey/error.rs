//! Why a survey file cannot be read. Each variant is turned into a sentence in the
//! user's language at the UI edge (`i18n`).

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Files larger than this are refused before reading (200 MB).
pub const MAX_FILE_BYTES: u64 = 200 * 1024 * 1024;

/// Why a survey file was refused. The library and the journey stay as they were.
#[derive(Clone, Debug, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum SurveyError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than 200 MB")]
    TooLarge { bytes: u64 },
    #[error("the file is not a CSV, TSV or Excel (.xlsx) file")]
    NotTable,
    #[error("the workbook could not be read: {reason}")]
    Workbook { reason: String },
    #[error("no column holds ratings (numbers)")]
    NoNumbers,
    #[error("the mapping names no touchpoint column")]
    NoTouchpoints,
    #[error("the mapping does not fit this file")]
    MappingMismatch,
    #[error("no row has a rated touchpoint")]
    NoRespondents,
    /// A quote opens a field on this row (as a spreadsheet numbers rows) and is never
    /// closed: the rest of the file would be one answer.
    #[error("row {row}: a quote is opened and never closed")]
    UnclosedQuote { row: usize },
}
