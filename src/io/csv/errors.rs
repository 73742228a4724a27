//! What an import returns: the journey, the rows left out and why, warnings, and the
//! errors that refuse a whole file.

use super::Column;
use crate::model::{Journey, ScaleError};
use std::fmt;
use thiserror::Error;

/// A file that was read: the journey, the rows left out and why, and notes for the user.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvImport {
    /// Untitled (the caller names it, e.g. after the file), on the scale asked for.
    pub journey: Journey,
    pub skipped: Vec<SkippedRow>,
    pub warnings: Vec<CsvWarning>,
}

/// One data row that was not imported.
#[derive(Clone, Debug, PartialEq)]
pub struct SkippedRow {
    /// The row number a spreadsheet shows: 1-based, the header included.
    pub row: usize,
    /// The column at fault (none for a ragged row).
    pub column: Option<Column>,
    /// The offending text, cut to a readable length.
    pub text: String,
    pub kind: RowProblem,
}

impl fmt::Display for SkippedRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.column {
            Some(col) => write!(f, "row {}: {col} '{}' {}", self.row, self.text, self.kind),
            None => write!(f, "row {}: {}", self.row, self.kind),
        }
    }
}

/// Why a data row was not imported.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum RowProblem {
    #[error("is not a number")]
    NotANumber,
    #[error("is outside the scale {min}..{max}")]
    OutOfRange { min: f64, max: f64 },
    #[error("is empty")]
    Missing,
    #[error("has {found} cells where the header has {expected}")]
    Ragged { expected: usize, found: usize },
    #[error("is below zero")]
    Negative,
    #[error("is not yes or no")]
    NotYesNo,
    #[error("holds more than {max} promises")]
    TooManyPromises { max: usize },
}

/// Something the user should know about a file that was read.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum CsvWarning {
    #[error("the file was not UTF-8; it was read as Windows-1252")]
    DecodedAsWindows1252,
    #[error("column {position} ('{header}') is not known and was ignored")]
    UnknownColumn { position: usize, header: String },
    #[error("column {position} repeats the {column} column and was ignored")]
    DuplicateColumn { position: usize, column: Column },
    #[error("there is no {0} column; defaults were used")]
    MissingColumn(Column),
    #[error("row {row}: the {column} was cut to {max_chars} characters")]
    TextCut {
        row: usize,
        column: Column,
        max_chars: usize,
    },
    #[error("touchpoints were reordered to keep each phase together")]
    Regrouped,
}

/// What a file looks like when it is not text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Png,
    Jpeg,
    Gif,
    Pdf,
    /// An .xlsx/.ods (zip) or old .xls workbook: it must be saved as CSV first.
    Workbook,
}

/// Why a file could not be read at all. The current journey is untouched.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum CsvError {
    #[error("the file is empty")]
    Empty,
    #[error("the file has {bytes} bytes; at most {max} can be imported")]
    TooLarge { bytes: usize, max: usize },
    #[error("this looks like UTF-16; save as UTF-8 CSV")]
    Utf16,
    #[error("this is not a text file ({looks_like:?})")]
    NotText { looks_like: Option<FileKind> },
    #[error("row {row}: a quote is opened and never closed")]
    UnterminatedQuote { row: usize },
    #[error("no header row with a name or rating column")]
    NoHeader {
        /// The cells of the first row, so the user sees what was found instead.
        found: Vec<String>,
    },
    #[error("the file has more than {max} rows")]
    TooManyRows { max: usize },
    #[error(transparent)]
    Scale(#[from] ScaleError),
}
