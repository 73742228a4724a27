//! CSV export and import of a journey's touchpoints, in the shapes spreadsheets write.
//!
//! Export writes one row per touchpoint (`phase, name, channel, rating, duration,
//! moment_of_truth, notes`, then `expected, ours, failure_demand, promises` when some
//! touchpoint uses them) and neutralises cells a spreadsheet would run as formulas.
//! Import accepts what Excel, LibreOffice and Google Sheets really produce: a BOM or none,
//! `,` `;` or tab (sniffed from the header), decimal commas, any line ending, quoted
//! newlines, English or Dutch headers in any order, Windows-1252 bytes. Rows that cannot
//! be read are listed with a structured reason instead of failing the whole file, so the
//! user can be offered "import the rest".
//!
//! Pure Rust: never imports yew, web-sys, gloo or wasm-bindgen. The reader is our own
//! (about 100 lines) because a CSV crate would cost more wasm bytes than it saves.
//!
//! The files: [`columns`] (header aliases), [`export`], [`bytes`] (binary sniffing) and
//! [`cp1252`] (decoding), [`reader`] (the tokenizer), [`rows`] (cells to touchpoints),
//! [`promises`] (the promises cell), [`stories`] (stories in and out),
//! [`errors`] (what an import returns).

mod bytes;
mod columns;
mod cp1252;
mod errors;
mod export;
mod promises;
mod reader;
mod rows;
pub mod stories;

pub use bytes::looks_like;
pub use columns::{Column, Separator};
pub use cp1252::decode_windows_1252;
pub use errors::{CsvError, CsvImport, CsvWarning, FileKind, RowProblem, SkippedRow};
pub use export::export_csv;
pub use rows::parse_yes_no;

use crate::model::Scale;
use bytes::decode;
use reader::{Field, Reader, sniff};
use rows::{build_journey, read_header, read_row};

/// Largest file we read; anything bigger is refused before it is parsed.
pub const MAX_CSV_BYTES: usize = 5 * 1024 * 1024;
/// Most data rows (touchpoints) one file may hold; the model holds no more either.
pub const MAX_CSV_ROWS: usize = 10_000;

/// Reads a CSV file of touchpoints onto `scale` (use `Scale::default()` for −5..+5).
///
/// Rows that cannot be read are returned in [`CsvImport::skipped`]; ratings outside the
/// scale are skipped, never clamped. Fatal problems (not text, no header, too big, an
/// unterminated quote) return a [`CsvError`].
pub fn import_csv(bytes: &[u8], scale: Scale) -> Result<CsvImport, CsvError> {
    scale.validate()?;
    let (text, cp1252) = decode(bytes)?;
    let mut warnings = Vec::new();
    if cp1252 {
        warnings.push(CsvWarning::DecodedAsWindows1252);
    }
    let mut reader = Reader::new(&text, sniff(&text));
    let layout = loop {
        match reader.next_record() {
            None => return Err(CsvError::Empty),
            Some(rec) => {
                let rec = rec?;
                if rec.fields.iter().any(|f| !f.is_blank()) {
                    break read_header(&rec, &mut warnings)?;
                }
            }
        }
    };
    let mut rows = Vec::new();
    let mut skipped = Vec::new();
    let mut data_rows = 0usize;
    while let Some(rec) = reader.next_record() {
        let rec = rec?;
        if rec.fields.iter().all(Field::is_blank) {
            continue;
        }
        data_rows += 1;
        if data_rows > MAX_CSV_ROWS {
            return Err(CsvError::TooManyRows { max: MAX_CSV_ROWS });
        }
        match read_row(&rec, &layout, &scale, &mut warnings) {
            Ok(r) => rows.push(r),
            Err(s) => skipped.push(s),
        }
    }
    let journey = build_journey(rows, scale, &mut warnings);
    Ok(CsvImport {
        journey,
        skipped,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Channel;

    fn import(text: &str) -> CsvImport {
        import_csv(text.as_bytes(), Scale::default()).expect("imports")
    }

    #[test]
    fn dutch_headers_in_any_order() {
        let got = import(
            "Beleving;Naam;Fase;Kanaal;Duur;Notities;Extra\n-1,5;Bellen;Start;phone;2;hoi;z\n",
        );
        let t = &got.journey.touchpoints[0];
        assert_eq!(
            (t.name.as_str(), t.rating, t.duration),
            ("Bellen", -1.5, 2.0)
        );
        assert_eq!(t.channel, Some(Channel::Phone));
        assert_eq!(got.journey.phases[0].name, "Start");
        assert_eq!(
            got.warnings,
            [CsvWarning::UnknownColumn {
                position: 7,
                header: "Extra".into()
            }]
        );
    }

    #[test]
    fn bad_rows_are_skipped_with_reasons() {
        let got = import("name,rating,duration\na,abc,1\nb,9,1\nc,,1\nd,1,-2\ne,1,1,extra\nf,2\n");
        let kinds: Vec<(usize, &RowProblem)> =
            got.skipped.iter().map(|s| (s.row, &s.kind)).collect();
        assert_eq!(
            kinds,
            [
                (2, &RowProblem::NotANumber),
                (
                    3,
                    &RowProblem::OutOfRange {
                        min: -5.0,
                        max: 5.0
                    }
                ),
                (4, &RowProblem::Missing),
                (5, &RowProblem::Negative),
                (
                    6,
                    &RowProblem::Ragged {
                        expected: 3,
                        found: 4
                    }
                ),
            ]
        );
        assert_eq!(
            got.skipped[0].to_string(),
            "row 2: rating 'abc' is not a number"
        );
        assert_eq!(got.journey.touchpoints.len(), 1);
        assert_eq!(got.journey.touchpoints[0].duration, 1.0);
    }

    #[test]
    fn phases_fill_down_and_regroup() {
        let got = import("phase,name,rating\nA,a1,0\n,a2,0\nB,b1,0\nA,a3,0\n");
        let names: Vec<&str> = got
            .journey
            .touchpoints
            .iter()
            .map(|t| t.name.as_str())
            .collect();
        assert_eq!(names, ["a1", "a2", "a3", "b1"]);
        assert!(got.warnings.contains(&CsvWarning::Regrouped));
        let a = got.journey.phases[0].id;
        assert_eq!(got.journey.touchpoints[1].phase, Some(a));
    }

    #[test]
    fn fatal_errors() {
        let s = Scale::default();
        assert_eq!(import_csv(b"", s), Err(CsvError::Empty));
        assert_eq!(import_csv(b"\xef\xbb\xbf \r\n", s), Err(CsvError::Empty));
        assert_eq!(import_csv(b"\xff\xfen\0a\0", s), Err(CsvError::Utf16));
        assert_eq!(import_csv(b"n\0a\0m\0e\0", s), Err(CsvError::Utf16));
        assert_eq!(
            import_csv(b"name,rating\n\"oops,1\n", s),
            Err(CsvError::UnterminatedQuote { row: 2 })
        );
        assert!(matches!(
            import_csv(b"foo,bar\n1,2\n", s),
            Err(CsvError::NoHeader { .. })
        ));
    }

    #[test]
    fn windows_1252_is_decoded_with_a_warning() {
        let got = import_csv(b"name,rating\nCaf\xe9 \x80 \x93x\x94,1\n", Scale::default()).unwrap();
        assert_eq!(got.journey.touchpoints[0].name, "Café € “x”");
        assert_eq!(got.warnings, [CsvWarning::DecodedAsWindows1252]);
    }
}
