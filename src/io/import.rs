//! One entry point for a file a user hands to the app: decide by its content (not its
//! name) whether it is a journey file, a Mermaid diagram or a CSV table, and read it.
//!
//! The name only sets the size cap, checked before a single byte is read, because a
//! browser must not load a 2 GB "journey.csv" to find out it is too big.
//!
//! Pure Rust: never imports yew, web-sys or wasm-bindgen.

use super::csv::{self, CsvError, CsvWarning, FileKind, SkippedRow};
use super::json::{self, FormatError};
use super::mermaid::{self, MermaidError, SkippedLine};
use crate::model::{Journey, MAX_NAME_CHARS, Scale, clean};
use thiserror::Error;

/// What a file's content looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sniffed {
    Json,
    Mermaid,
    Csv,
    /// A known binary format: certainly not a journey.
    Binary(FileKind),
}

/// Looks at the first bytes: `{`/`[` is JSON, a first line `journey` is Mermaid, known
/// magic numbers are binary, anything else is treated as a table.
pub fn sniff(bytes: &[u8]) -> Sniffed {
    if let Some(kind) = csv::looks_like(bytes) {
        return Sniffed::Binary(kind);
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let rest = &bytes[start..];
    if rest.starts_with(b"{") || rest.starts_with(b"[") {
        return Sniffed::Json;
    }
    // Mermaid allows `%%` comments and a front-matter block before the diagram.
    let first = String::from_utf8_lossy(&rest[..rest.len().min(4096)])
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("%%"))
        .unwrap_or("")
        .to_ascii_lowercase();
    if first == "journey" || first.starts_with("journey ") || first == "---" {
        return Sniffed::Mermaid;
    }
    Sniffed::Csv
}

/// The most bytes a file with this name may have. Checked before reading; the content
/// decides the format afterwards, and each reader applies its own cap again.
pub fn max_bytes(file_name: &str) -> usize {
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "csv" | "tsv" | "txt" => csv::MAX_CSV_BYTES,
        "mmd" | "mermaid" => mermaid::MAX_MERMAID_BYTES,
        _ => json::MAX_INPUT_BYTES,
    }
}

/// A part of the file that was left out.
#[derive(Clone, Debug, PartialEq)]
pub enum Skipped {
    Row(SkippedRow),
    Line(SkippedLine),
}

/// What a file held.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// One journey, or several from a library file. Each is titled.
    pub journeys: Vec<Journey>,
    /// Rows or lines that will not be imported: the user must agree first.
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<CsvWarning>,
}

/// Why nothing of a file can be imported.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum ImportError {
    #[error("the file has {bytes} bytes; at most {max} can be imported")]
    TooLarge { bytes: usize, max: usize },
    #[error("this is a {0:?} file, not a journey")]
    Binary(FileKind),
    #[error("{0}")]
    Json(FormatError),
    #[error("{0}")]
    Csv(CsvError),
    #[error("{0}")]
    Mermaid(MermaidError),
    /// The browser could not hand over the file's bytes (moved, deleted, no permission).
    #[error("the file could not be read")]
    Unreadable,
}

/// `report.final.csv` → `report.final`.
fn stem(file_name: &str) -> &str {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    match base.rsplit_once('.') {
        Some((s, _)) if !s.is_empty() => s,
        _ => base,
    }
}

/// Reads a file of any supported kind. Tables and diagrams land on `scale` (the open
/// journey's, so a table exported from it comes back the same) and are titled after the
/// file when they carry no title.
pub fn import_file(file_name: &str, bytes: &[u8], scale: Scale) -> Result<Imported, ImportError> {
    let max = max_bytes(file_name);
    if bytes.len() > max {
        return Err(ImportError::TooLarge {
            bytes: bytes.len(),
            max,
        });
    }
    let titled = |mut j: Journey| {
        if j.title.trim().is_empty() {
            j.title = clean(stem(file_name), MAX_NAME_CHARS);
        }
        j
    };
    match sniff(bytes) {
        Sniffed::Binary(kind) => Err(ImportError::Binary(kind)),
        Sniffed::Json => {
            let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
            let text = std::str::from_utf8(bytes).map_err(|e| {
                ImportError::Json(FormatError {
                    kind: json::ErrorKind::Syntax {
                        line: 1 + bytes[..e.valid_up_to()]
                            .iter()
                            .filter(|b| **b == b'\n')
                            .count(),
                        column: 1,
                    },
                    path: String::new(),
                    touchpoint: None,
                })
            })?;
            let journeys = json::read_any(text).map_err(ImportError::Json)?;
            Ok(Imported {
                journeys: journeys.into_iter().map(titled).collect(),
                skipped: Vec::new(),
                warnings: Vec::new(),
            })
        }
        Sniffed::Mermaid => {
            let text = String::from_utf8_lossy(bytes);
            let text = text.trim_start_matches('\u{feff}');
            let m = mermaid::import_mermaid(text, scale).map_err(ImportError::Mermaid)?;
            Ok(Imported {
                journeys: vec![titled(m.journey)],
                skipped: m.skipped.into_iter().map(Skipped::Line).collect(),
                warnings: Vec::new(),
            })
        }
        Sniffed::Csv => {
            let c = csv::import_csv(bytes, scale).map_err(ImportError::Csv)?;
            Ok(Imported {
                journeys: vec![titled(c.journey)],
                skipped: c.skipped.into_iter().map(Skipped::Row).collect(),
                warnings: c.warnings,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::csv::Separator;

    fn sample() -> Journey {
        let mut j = Journey::new("Sample");
        for (name, r) in [("Call", -2.0), ("Visit", 4.0), ("Bill", -5.0)] {
            let t = j.new_touchpoint(name, r);
            j.touchpoints.push(t);
        }
        j
    }

    #[test]
    fn content_decides_the_kind_not_the_name() {
        assert_eq!(sniff(b"\xef\xbb\xbf  {\"format\":1}"), Sniffed::Json);
        assert_eq!(
            sniff(b"%% made by hand\njourney\n title X"),
            Sniffed::Mermaid
        );
        assert_eq!(sniff(b"name;rating\nA;1"), Sniffed::Csv);
        assert_eq!(
            sniff(b"\x89PNG\r\n\x1a\n...."),
            Sniffed::Binary(FileKind::Png)
        );
        assert!(matches!(
            import_file("journey.json", b"\x89PNG\r\n\x1a\n....", Scale::default()),
            Err(ImportError::Binary(FileKind::Png))
        ));
    }

    #[test]
    fn every_format_comes_back_and_is_titled() {
        let j = sample();
        let back = import_file("a.json", json::write_journey(&j).as_bytes(), j.scale).unwrap();
        assert_eq!(back.journeys[0].title, "Sample");
        let lib = json::write_library(&[j.clone(), j.clone()]);
        assert_eq!(
            import_file("lib.json", lib.as_bytes(), j.scale)
                .unwrap()
                .journeys
                .len(),
            2
        );
        let c = csv::export_csv(&j, Separator::Semicolon);
        let back = import_file("my table.csv", c.as_bytes(), j.scale).unwrap();
        assert_eq!(back.journeys[0].title, "my table");
        assert_eq!(back.journeys[0].ratings(), j.ratings());
        let m = mermaid::export_mermaid(&j, "Customer");
        let back = import_file("d.mmd", m.as_bytes(), j.scale).unwrap();
        assert_eq!(back.journeys[0].touchpoints.len(), 3);
        // A file name is text entering the model too: control characters are dropped.
        let back = import_file("my\u{e}\ttable\u{7}.csv", c.as_bytes(), j.scale).unwrap();
        assert_eq!(back.journeys[0].title, "my\ttable");
    }

    #[test]
    fn the_cap_follows_the_name_and_is_checked_first() {
        assert_eq!(max_bytes("x.CSV"), csv::MAX_CSV_BYTES);
        assert_eq!(max_bytes("x.json"), json::MAX_INPUT_BYTES);
        assert_eq!(max_bytes("noext"), json::MAX_INPUT_BYTES);
        let big = vec![b'a'; csv::MAX_CSV_BYTES + 1];
        assert!(matches!(
            import_file("big.csv", &big, Scale::default()),
            Err(ImportError::TooLarge { .. })
        ));
    }

    #[test]
    fn bad_rows_are_reported_not_dropped_silently() {
        let got = import_file("t.csv", b"name,rating\nA,1\nB,abc\n", Scale::default()).unwrap();
        assert_eq!(got.journeys[0].touchpoints.len(), 1);
        assert!(matches!(&got.skipped[..], [Skipped::Row(r)] if r.row == 3));
    }
}
