//! Files and sharing in the user's language: what went wrong with a file or a link, and
//! the sentences around importing and sharing.
//!
//! One function per error type, each an exhaustive `match`: a new variant in `io` does
//! not compile until it has a sentence here in both languages. Pure Rust.

mod csv;
mod import;
mod json;
mod link;
mod mermaid;
mod model;
#[cfg(test)]
pub(super) mod tests;

pub use csv::{column, csv_error, csv_warning, row_problem, skipped_row};
pub use import::{import_error, import_failed, imported, skip_question, skipped};
pub use json::{error_kind, format_error};
pub use link::{link_error, link_too_long};
pub use mermaid::{line_problem, mermaid_error, skipped_line};
pub use model::{bank_error, memory_error, model_error, scale_error};

use super::number::decimal;
use super::{Lang, Noun, counted};
use crate::io::csv::FileKind;

/// Picks the sentence for the language.
pub(super) fn say(l: Lang, en: String, nl: String) -> String {
    match l {
        Lang::En => en,
        Lang::Nl => nl,
    }
}

/// A size in bytes the way people read it: "20 MB", "512 KB".
pub fn size(l: Lang, bytes: usize) -> String {
    let b = bytes as f64;
    if b >= 1024.0 * 1024.0 {
        format!("{} MB", l.number(b / (1024.0 * 1024.0), 1))
    } else if b >= 1024.0 {
        format!("{} KB", l.number(b / 1024.0, 0))
    } else {
        counted(l, bytes, Noun::Byte)
    }
}

/// A file over the size limit, for the importer that refused it.
pub(super) fn too_large(l: Lang, bytes: usize, max: usize) -> String {
    let (bytes, max) = (size(l, bytes), size(l, max));
    say(
        l,
        format!("the file is {bytes}; at most {max} can be imported"),
        format!("het bestand is {bytes}; er kan hooguit {max} worden geïmporteerd"),
    )
}

/// A rating, a bound or a limit inside a message (grouped digits: only read, never typed).
pub(super) fn n(l: Lang, v: f64) -> String {
    decimal(l, v, 2)
}

pub fn file_kind(l: Lang, k: FileKind) -> &'static str {
    match (l, k) {
        (Lang::En, FileKind::Png) => "a PNG image",
        (Lang::Nl, FileKind::Png) => "een PNG-afbeelding",
        (Lang::En, FileKind::Jpeg) => "a JPEG photo",
        (Lang::Nl, FileKind::Jpeg) => "een JPEG-foto",
        (Lang::En, FileKind::Gif) => "a GIF image",
        (Lang::Nl, FileKind::Gif) => "een GIF-afbeelding",
        (Lang::En, FileKind::Pdf) => "a PDF document",
        (Lang::Nl, FileKind::Pdf) => "een PDF-document",
        (Lang::En, FileKind::Workbook) => "a spreadsheet workbook (save it as CSV first)",
        (Lang::Nl, FileKind::Workbook) => "een werkmap (sla die eerst op als CSV)",
    }
}
