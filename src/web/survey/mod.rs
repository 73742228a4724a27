//! The survey worker bridge: starts the worker when a survey is opened, hands it the
//! File, receives progress and the analysis, and keeps the survey's numbers with the
//! journey in IndexedDB.
//!
//! The reading and the statistics never run on the main thread.

mod bridge;
mod hook;
pub mod protocol;
pub mod stored;
pub mod worker;

pub use hook::{UseSurvey, use_survey};

use std::rc::Rc;

use crate::analysis::survey::SurveyReport;
use crate::model::survey::{Detected, Mapping, ReadSummary};

/// Where the survey of the open journey stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum SurveyPhase {
    /// No survey attached to this journey.
    #[default]
    Idle,
    /// Reading or analysing: bytes done of total (total 0 while unknown).
    Reading {
        file_name: String,
        done: u64,
        total: u64,
    },
    /// Read and analysed.
    Ready(Rc<SurveyResult>),
    /// The file could not be read; the message is in `SurveyFailure`, the journey untouched.
    Failed(SurveyFailure),
}

/// A survey read and analysed.
#[derive(Clone, Debug, PartialEq)]
pub struct SurveyResult {
    pub file_name: String,
    pub detected: Detected,
    /// The mapping the data was read with (the detected one, or the user's change).
    pub mapping: Mapping,
    pub summary: ReadSummary,
    pub report: SurveyReport,
}

/// Why a survey could not be read (turned into the user's language by `i18n`).
#[derive(Clone, Debug, PartialEq)]
pub enum SurveyFailure {
    /// The reader refused the file; the text is the reader's error, keyed for i18n.
    Unreadable(crate::io::survey::SurveyError),
    /// Over the size limit.
    TooLarge { bytes: u64 },
    /// The worker could not start or crashed.
    Worker(String),
    /// The stored survey could not be read or written.
    Storage(String),
}
