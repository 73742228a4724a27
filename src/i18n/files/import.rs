//! The sentences around an import: what failed, what will be skipped, what was added.

use super::{
    Lang, csv_error, file_kind, format_error, mermaid_error, say, skipped_line, skipped_row,
    too_large,
};
use crate::i18n::number::count;
use crate::i18n::quoted;
use crate::io::import::{ImportError, Skipped};

pub fn skipped(l: Lang, s: &Skipped) -> String {
    match s {
        Skipped::Row(r) => skipped_row(l, r),
        Skipped::Line(x) => skipped_line(l, x),
    }
}

pub fn import_error(l: Lang, e: &ImportError) -> String {
    match e {
        ImportError::TooLarge { bytes, max } => too_large(l, *bytes, *max),
        ImportError::Binary(k) => say(
            l,
            format!("this looks like {}, not a journey", file_kind(l, *k)),
            format!("dit lijkt {}, geen klantreis", file_kind(l, *k)),
        ),
        ImportError::Json(e) => format_error(l, e),
        ImportError::Csv(e) => csv_error(l, e),
        ImportError::Mermaid(e) => mermaid_error(l, e),
        ImportError::Unreadable => say(
            l,
            "the browser could not read the file (was it moved or deleted?)".into(),
            "de browser kon het bestand niet lezen (is het verplaatst of verwijderd?)".into(),
        ),
    }
}

/// "“report.csv” could not be imported: …".
pub fn import_failed(l: Lang, file: &str, e: &ImportError) -> String {
    say(
        l,
        format!(
            "{} could not be imported: {}.",
            quoted(l, file),
            import_error(l, e)
        ),
        format!(
            "{} kon niet worden geïmporteerd: {}.",
            quoted(l, file),
            import_error(l, e)
        ),
    )
}

/// Heading of the confirmation before rows (of a table) or lines (of a diagram) are left out.
pub fn skip_question(l: Lang, file: &str, n: usize, lines: bool) -> String {
    let f = quoted(l, file);
    let (one, many) = match (l, lines) {
        (Lang::En, false) => ("row", "rows"),
        (Lang::En, true) => ("line", "lines"),
        (Lang::Nl, false) => ("rij", "rijen"),
        (Lang::Nl, true) => ("regel", "regels"),
    };
    match (l, n) {
        (Lang::En, 1) => format!("One {one} of {f} cannot be imported:"),
        (Lang::En, _) => format!("{} {many} of {f} cannot be imported:", count(l, n)),
        (Lang::Nl, 1) => format!("Eén {one} van {f} kan niet worden geïmporteerd:"),
        (Lang::Nl, _) => format!(
            "{} {many} van {f} kunnen niet worden geïmporteerd:",
            count(l, n)
        ),
    }
}

/// After an import: "Added “Title” from “file.csv” to your journeys." (or how many).
pub fn imported(l: Lang, titles: &[String], file: &str) -> String {
    let f = quoted(l, file);
    match titles {
        [one] => say(
            l,
            format!("Added {} from {f} to your journeys.", quoted(l, one)),
            format!(
                "{} uit {f} is toegevoegd aan je klantreizen.",
                quoted(l, one)
            ),
        ),
        many => say(
            l,
            format!(
                "Added {} journeys from {f} to your journeys.",
                count(l, many.len())
            ),
            format!(
                "{} klantreizen uit {f} zijn toegevoegd aan je klantreizen.",
                count(l, many.len())
            ),
        ),
    }
}
