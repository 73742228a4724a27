//! Reading survey exports (CSV/TSV as survey tools and spreadsheets write them, and XLSX)
//! into `model::survey::SurveyData`: detection of the shape and a proposed mapping,
//! then a streaming read with the mapping the user confirmed.
//!
//! Pure Rust: runs in the survey worker, in `analyze --survey` and under the fuzzer.
//! Never keeps respondent ids or free text; never panics on what a file holds.
//!
//! How the worker uses it: read the first [`HEAD_BYTES`] of the file (the whole file when
//! [`is_workbook`] says the first bytes are a zip), call [`detect`] on them (`complete`
//! when that was the whole file), show the proposed mapping, then make a [`Reader`] with
//! the mapping and feed it the file **from its first byte** (the head again, then the
//! rest) in slices of any size, and [`Reader::finish`].
//!
//! Parts: [`answer`] (one cell → a number), `split` (delimited text in chunks), `detect`
//! (shape and proposed mapping), `names` (what column names say), `read` (the streaming
//! [`Reader`]), `xlsx` (workbooks via calamine), `matching` ([`match_touchpoints`]).

pub mod answer;
mod cell;
mod detect;
mod error;
mod export;
mod matching;
mod names;
mod read;
mod split;
mod xlsx;

pub use answer::{Answer, parse_answer};
pub use detect::{MAX_COLUMNS, column_label, detect, is_workbook};
pub use error::{MAX_FILE_BYTES, SurveyError};
pub use export::answers_csv;
pub use matching::match_touchpoints;
pub use read::{OTHER_SEGMENT, Reader};

use crate::model::survey::{Detected, Mapping, ReadSummary, SurveyData};

/// Bytes of a text file handed to [`detect`] before streaming the rest (256 KiB: thousands
/// of rows, enough to tell the columns apart; detection costs time in proportion).
pub const HEAD_BYTES: usize = 256 * 1024;

/// Reads a whole file (text or workbook): detection, then the data with `mapping` (the
/// detected one when `None`). For the command line, tests and the fuzzer. A text file is
/// detected on its first [`HEAD_BYTES`], as the worker does, so both propose the same mapping.
pub fn read_all(
    bytes: &[u8],
    mapping: Option<&Mapping>,
) -> Result<(Detected, SurveyData, ReadSummary), SurveyError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(SurveyError::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    let detected = if is_workbook(bytes) || bytes.len() <= HEAD_BYTES {
        detect(bytes, true)?
    } else {
        detect(&bytes[..HEAD_BYTES], false)?
    };
    let mapping = mapping.unwrap_or(&detected.mapping);
    let mut reader = Reader::new(&detected, mapping)?;
    reader.feed(bytes);
    let (data, summary) = reader.finish()?;
    Ok((detected, data, summary))
}
