//! Excel workbooks (.xlsx), read with `calamine`: the first sheet that holds data, as rows
//! of cells. Numbers stay numbers; everything else becomes text.

use std::io::Cursor;

use calamine::{Data, Range, Reader as _, Xlsx};

use super::SurveyError;
use super::cell::Cell;

/// The first sheet with data, and its name.
pub(crate) fn first_sheet(bytes: &[u8]) -> Result<(String, Range<Data>), SurveyError> {
    let unreadable = |e: &dyn std::fmt::Display| SurveyError::Workbook {
        reason: e.to_string(),
    };
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
    let mut first_error = None;
    for name in book.sheet_names() {
        match book.worksheet_range(&name) {
            Ok(range) if !range.is_empty() => return Ok((name, range)),
            Ok(_) => {}
            Err(e) => {
                first_error.get_or_insert_with(|| unreadable(&e));
            }
        }
    }
    Err(first_error.unwrap_or(SurveyError::Empty))
}

/// One workbook cell as detection and the reader see it.
pub(crate) fn cell(d: &Data) -> Cell {
    match d {
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Empty => Cell::Text(String::new()),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
        // Dates are never ratings; as text they read as an id-like column, and the
        // mapping step shows them as dates.
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, mo, d, h, mi, s, _) = dt.to_ymd_hms_milli();
            Cell::Text(if (h, mi, s) == (0, 0, 0) {
                format!("{y:04}-{mo:02}-{d:02}")
            } else {
                format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}")
            })
        }
        Data::DateTime(dt) => Cell::Text(dt.to_string()),
        Data::Bool(b) => Cell::Text(b.to_string()),
        Data::Error(e) => Cell::Text(e.to_string()),
    }
}

/// The first `max` rows of the first sheet with data.
pub(crate) fn head_rows(bytes: &[u8], max: usize) -> Result<(String, Vec<Vec<Cell>>), SurveyError> {
    let (name, range) = first_sheet(bytes)?;
    let rows = range
        .rows()
        .take(max)
        .map(|r| r.iter().map(cell).collect())
        .collect();
    Ok((name, rows))
}
