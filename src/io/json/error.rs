//! What is wrong with a journey file, and where: the field path and the touchpoint.

use crate::model::{BankError, MemoryModelError, ScaleError};
use std::fmt;
use thiserror::Error;

/// What kind of value a field should have held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Object,
    List,
    Text,
    Number,
    WholeNumber,
    TrueOrFalse,
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Expected::Object => "an object { … }",
            Expected::List => "a list [ … ]",
            Expected::Text => "text",
            Expected::Number => "a number",
            Expected::WholeNumber => "a whole number",
            Expected::TrueOrFalse => "true or false",
        })
    }
}

/// What is wrong, without where (that is in [`FormatError`]). Each variant maps to one
/// sentence per language at the UI edge; the English one is the `Display`.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum ErrorKind {
    #[error("the file is larger than {max_bytes} bytes")]
    TooLarge { max_bytes: usize },
    #[error("the file is not valid JSON (line {line}, column {column})")]
    Syntax { line: usize, column: usize },
    #[error("this is not a Peakend file")]
    NotPeakend,
    #[error("this file holds a library of journeys, not a single journey")]
    IsLibrary,
    #[error("unknown file format “{found}”")]
    UnknownFormat { found: String },
    #[error(
        "this file is from a newer version of Peakend (file format {found}; this version reads up to {supported})"
    )]
    NewerVersion { found: u64, supported: u32 },
    #[error("the version must be a whole number of 1 or more")]
    BadVersion,
    #[error("this field is required")]
    Missing,
    #[error("expected {expected}")]
    WrongType { expected: Expected },
    #[error("the rating {value} lies outside the scale {min} to {max}")]
    OutsideScale { value: f64, min: f64, max: f64 },
    #[error("a duration must be a number from 0 to {max}")]
    BadDuration { max: f64 },
    #[error("an id must be a whole number from 0 to {max}")]
    BadId { max: u32 },
    #[error("the text is longer than {max_chars} characters")]
    TooLong { max_chars: usize },
    #[error("the list holds more than {max} items")]
    TooMany { max: usize },
    #[error("the scale is not valid: {0}")]
    Scale(ScaleError),
    #[error("the memory model is not valid: {0}")]
    Memory(MemoryModelError),
    #[error("the id {id} is used twice")]
    DuplicateId { id: u32 },
    #[error("there is no phase with id {id}")]
    UnknownPhase { id: u32 },
    #[error("there is no touchpoint with id {id}")]
    UnknownTouchpoint { id: u32 },
    #[error("there are {votes} votes but only {participants} participants")]
    MoreVotesThanParticipants { votes: usize, participants: usize },
    #[error("“{found}” is not a promise state (kept, broken or open)")]
    UnknownPromiseState { found: String },
    #[error("a contact cannot be caused by itself")]
    CausedBySelf,
    #[error("`caused_by` needs `failure_demand` to be true")]
    CauseWithoutFailureDemand,
    #[error("“{found}” is not a date (YYYY-MM-DD)")]
    BadDate { found: String },
    #[error("a plan starts on a Friday")]
    NotAFriday,
    #[error("“{found}” is not a teller (employee or customer)")]
    UnknownTeller { found: String },
    #[error("“{found}” is not a decision (norm, adapt or drop)")]
    UnknownDecision { found: String },
    #[error("the bank account settings are not valid: {0}")]
    Bank(BankError),
    #[error(
        "“{found}” is not a question of the interview (before, beyond, change, feelings or offer)"
    )]
    UnknownQuestion { found: String },
    #[error("the question “{key}” is answered twice")]
    RepeatedQuestion { key: String },
    #[error(
        "touchpoints must be listed phase by phase, in the order of `phases`, unphased ones last"
    )]
    PhaseOrder,
}

/// The touchpoint an error is about: its 0-based position and, if the file gave one, its name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TouchpointRef {
    pub index: usize,
    pub name: Option<String>,
}

/// A problem with a journey file: what ([`ErrorKind`]), where (`path`, e.g.
/// `journeys[2].touchpoints[4].rating`; empty for the whole file) and, when it concerns
/// one touchpoint, which.
#[derive(Clone, Debug, PartialEq)]
pub struct FormatError {
    pub kind: ErrorKind,
    pub path: String,
    pub touchpoint: Option<TouchpointRef>,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.kind)?;
        if !self.path.is_empty() {
            write!(f, " (field `{}`", self.path)?;
            if let Some(t) = &self.touchpoint {
                write!(f, ", touchpoint {}", t.index + 1)?;
                if let Some(n) = &t.name {
                    write!(f, " “{n}”")?;
                }
            }
            write!(f, ")")?;
        }
        Ok(())
    }
}

impl std::error::Error for FormatError {}

impl FormatError {
    pub(super) fn whole(kind: ErrorKind) -> FormatError {
        FormatError {
            kind,
            path: String::new(),
            touchpoint: None,
        }
    }
}
