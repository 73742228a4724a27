//! Reading survey exports (CSV/TSV as survey tools and spreadsheets write them, and XLSX)
//! into `model::survey::SurveyData`: detection of the shape and a proposed mapping,
//! then a streaming read with the mapping the user confirmed.
//!
//! Pure Rust: runs in the survey worker, in `analyze --survey` and under the fuzzer.

mod error;

pub use error::{MAX_FILE_BYTES, SurveyError};
