//! Files and sharing in the user's language: what went wrong with a file or a link, and
//! the sentences around importing and sharing.
//!
//! One function per error type, each an exhaustive `match`: a new variant in `io` does
//! not compile until it has a sentence here in both languages. Pure Rust.

use super::{Lang, quoted};
use crate::io::csv::{Column, CsvError, CsvWarning, FileKind, RowProblem, SkippedRow};
use crate::io::import::{ImportError, Skipped};
use crate::io::json::{ErrorKind, Expected, FormatError};
use crate::io::link::LinkError;
use crate::io::mermaid::{LineProblem, MermaidError, SkippedLine};
use crate::model::{MemoryModelError, ScaleError};

/// Picks the sentence for the language.
fn say(l: Lang, en: String, nl: String) -> String {
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
        match l {
            Lang::En => format!("{bytes} bytes"),
            Lang::Nl => format!("{bytes} bytes"),
        }
    }
}

fn n(l: Lang, v: f64) -> String {
    l.number(v, 2)
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

pub fn scale_error(l: Lang, e: &ScaleError) -> &'static str {
    match (l, e) {
        (Lang::En, ScaleError::NotFinite) => "the scale bounds must be numbers",
        (Lang::Nl, ScaleError::NotFinite) => "de grenzen van de schaal moeten getallen zijn",
        (Lang::En, ScaleError::Inverted) => "the lowest value must be below the highest",
        (Lang::Nl, ScaleError::Inverted) => "de laagste waarde moet onder de hoogste liggen",
        (Lang::En, ScaleError::NeutralOutside) => "the neutral point lies outside the scale",
        (Lang::Nl, ScaleError::NeutralOutside) => "het neutrale punt ligt buiten de schaal",
        (Lang::En, ScaleError::BadStep) => "the step of the scale is not valid",
        (Lang::Nl, ScaleError::BadStep) => "de stapgrootte van de schaal klopt niet",
        (Lang::En, ScaleError::TooWide) => "the scale spans more than 1000 points",
        (Lang::Nl, ScaleError::TooWide) => "de schaal beslaat meer dan 1000 punten",
    }
}

pub fn memory_error(l: Lang, e: &MemoryModelError) -> &'static str {
    match (l, e) {
        (Lang::En, MemoryModelError::BadWeight) => "a weight must be a number of zero or more",
        (Lang::Nl, MemoryModelError::BadWeight) => {
            "een gewicht moet een getal van nul of meer zijn"
        }
        (Lang::En, MemoryModelError::NoWeight) => "the peak and end weights cannot both be zero",
        (Lang::Nl, MemoryModelError::NoWeight) => {
            "de gewichten van piek en einde kunnen niet allebei nul zijn"
        }
        (Lang::En, MemoryModelError::EmptyEndWindow) => "the end must span at least one touchpoint",
        (Lang::Nl, MemoryModelError::EmptyEndWindow) => {
            "het einde moet minstens één contactmoment beslaan"
        }
    }
}

fn expected(l: Lang, e: Expected) -> &'static str {
    match (l, e) {
        (Lang::En, Expected::Object) => "an object { … }",
        (Lang::Nl, Expected::Object) => "een object { … }",
        (Lang::En, Expected::List) => "a list [ … ]",
        (Lang::Nl, Expected::List) => "een lijst [ … ]",
        (Lang::En, Expected::Text) => "text",
        (Lang::Nl, Expected::Text) => "tekst",
        (Lang::En, Expected::Number) => "a number",
        (Lang::Nl, Expected::Number) => "een getal",
        (Lang::En, Expected::WholeNumber) => "a whole number",
        (Lang::Nl, Expected::WholeNumber) => "een geheel getal",
        (Lang::En, Expected::TrueOrFalse) => "true or false",
        (Lang::Nl, Expected::TrueOrFalse) => "true of false",
    }
}

pub fn error_kind(l: Lang, e: &ErrorKind) -> String {
    match e {
        ErrorKind::MoreVotesThanParticipants {
            votes,
            participants,
        } => say(
            l,
            format!("there are {votes} votes but only {participants} participants"),
            format!("er zijn {votes} beoordelingen maar slechts {participants} deelnemers"),
        ),
        ErrorKind::TooLarge { max_bytes } => say(
            l,
            format!("the file is larger than {}", size(l, *max_bytes)),
            format!("het bestand is groter dan {}", size(l, *max_bytes)),
        ),
        ErrorKind::Syntax { line, column } => say(
            l,
            format!("the file is damaged or not JSON (line {line}, column {column})"),
            format!("het bestand is beschadigd of geen JSON (regel {line}, kolom {column})"),
        ),
        ErrorKind::NotPeakend => say(
            l,
            "this is not a Peakend file".into(),
            "dit is geen Peakend-bestand".into(),
        ),
        ErrorKind::IsLibrary => say(
            l,
            "this file holds several journeys, not one".into(),
            "dit bestand bevat meerdere klantreizen, niet één".into(),
        ),
        ErrorKind::UnknownFormat { found } => say(
            l,
            format!("this file has an unknown format {}", quoted(l, found)),
            format!(
                "dit bestand heeft een onbekend formaat {}",
                quoted(l, found)
            ),
        ),
        ErrorKind::NewerVersion { found, supported } => say(
            l,
            format!(
                "this file is from a newer version of Peakend (file format {found}; this version reads up to {supported}). Update Peakend to open it."
            ),
            format!(
                "dit bestand komt uit een nieuwere versie van Peakend (bestandsformaat {found}; deze versie leest tot en met {supported}). Werk Peakend bij om het te openen."
            ),
        ),
        ErrorKind::BadVersion => say(
            l,
            "the version number of the file is not valid".into(),
            "het versienummer van het bestand klopt niet".into(),
        ),
        ErrorKind::Missing => say(
            l,
            "a required field is missing".into(),
            "een verplicht veld ontbreekt".into(),
        ),
        ErrorKind::WrongType { expected: x } => say(
            l,
            format!("expected {}", expected(l, *x)),
            format!("hier hoort {}", expected(l, *x)),
        ),
        ErrorKind::OutsideScale { value, min, max } => say(
            l,
            format!(
                "the rating {} lies outside the scale {} to {}",
                n(l, *value),
                n(l, *min),
                n(l, *max)
            ),
            format!(
                "de beleving {} ligt buiten de schaal {} tot {}",
                n(l, *value),
                n(l, *min),
                n(l, *max)
            ),
        ),
        ErrorKind::BadDuration { max } => say(
            l,
            format!("a duration must be a number from 0 to {}", n(l, *max)),
            format!("een duur moet een getal van 0 tot {} zijn", n(l, *max)),
        ),
        ErrorKind::BadId { max } => say(
            l,
            format!("an id must be a whole number from 0 to {max}"),
            format!("een id moet een geheel getal van 0 tot {max} zijn"),
        ),
        ErrorKind::TooLong { max_chars } => say(
            l,
            format!("the text is longer than {max_chars} characters"),
            format!("de tekst is langer dan {max_chars} tekens"),
        ),
        ErrorKind::TooMany { max } => say(
            l,
            format!("the list holds more than {max} items"),
            format!("de lijst bevat meer dan {max} onderdelen"),
        ),
        ErrorKind::Scale(s) => say(
            l,
            format!("the scale is not valid: {}", scale_error(l, s)),
            format!("de schaal klopt niet: {}", scale_error(l, s)),
        ),
        ErrorKind::Memory(m) => say(
            l,
            format!("the memory model is not valid: {}", memory_error(l, m)),
            format!("het herinneringsmodel klopt niet: {}", memory_error(l, m)),
        ),
        ErrorKind::DuplicateId { id } => say(
            l,
            format!("the id {id} is used twice"),
            format!("het id {id} komt twee keer voor"),
        ),
        ErrorKind::UnknownPhase { id } => say(
            l,
            format!("there is no phase with id {id}"),
            format!("er is geen fase met id {id}"),
        ),
        ErrorKind::UnknownTouchpoint { id } => say(
            l,
            format!("there is no touchpoint with id {id}"),
            format!("er is geen contactmoment met id {id}"),
        ),
        ErrorKind::PhaseOrder => say(
            l,
            "the touchpoints are not listed phase by phase".into(),
            "de contactmomenten staan niet per fase op volgorde".into(),
        ),
    }
}

/// A journey-file problem with where it is: "the rating 9 lies outside … (touchpoint 3 ‘Bill’)".
pub fn format_error(l: Lang, e: &FormatError) -> String {
    let mut s = error_kind(l, &e.kind);
    if let Some(t) = &e.touchpoint {
        let which = match &t.name {
            Some(name) => format!("{} {}", t.index + 1, quoted(l, name)),
            None => (t.index + 1).to_string(),
        };
        s.push_str(&say(
            l,
            format!(" (touchpoint {which}, field {})", e.path),
            format!(" (contactmoment {which}, veld {})", e.path),
        ));
    } else if !e.path.is_empty() {
        s.push_str(&say(
            l,
            format!(" (field {})", e.path),
            format!(" (veld {})", e.path),
        ));
    }
    s
}

pub fn column(l: Lang, c: Column) -> &'static str {
    match (l, c) {
        (Lang::En, Column::Phase) => "phase",
        (Lang::Nl, Column::Phase) => "fase",
        (Lang::En, Column::Name) => "name",
        (Lang::Nl, Column::Name) => "naam",
        (Lang::En, Column::Channel) => "channel",
        (Lang::Nl, Column::Channel) => "kanaal",
        (Lang::En, Column::Rating) => "rating",
        (Lang::Nl, Column::Rating) => "beleving",
        (Lang::En, Column::Duration) => "duration",
        (Lang::Nl, Column::Duration) => "duur",
        (Lang::En, Column::MomentOfTruth) => "moment of truth",
        (Lang::Nl, Column::MomentOfTruth) => "moment van de waarheid",
        (Lang::En, Column::Notes) => "notes",
        (Lang::Nl, Column::Notes) => "notities",
    }
}

pub fn row_problem(l: Lang, p: &RowProblem) -> String {
    match p {
        RowProblem::NotANumber => say(l, "is not a number".into(), "is geen getal".into()),
        RowProblem::OutOfRange { min, max } => say(
            l,
            format!("lies outside the scale {} to {}", n(l, *min), n(l, *max)),
            format!("ligt buiten de schaal {} tot {}", n(l, *min), n(l, *max)),
        ),
        RowProblem::Missing => say(l, "is empty".into(), "is leeg".into()),
        RowProblem::Ragged { expected, found } => say(
            l,
            format!("has {found} cells where the header has {expected}"),
            format!("heeft {found} cellen waar de kopregel er {expected} heeft"),
        ),
        RowProblem::Negative => say(l, "is below zero".into(), "is kleiner dan nul".into()),
        RowProblem::NotYesNo => say(l, "is not yes or no".into(), "is geen ja of nee".into()),
    }
}

/// "row 14: rating 'abc' is not a number".
pub fn skipped_row(l: Lang, r: &SkippedRow) -> String {
    let row = say(l, format!("row {}", r.row), format!("rij {}", r.row));
    match r.column {
        Some(c) => format!(
            "{row}: {} '{}' {}",
            column(l, c),
            r.text,
            row_problem(l, &r.kind)
        ),
        None => format!("{row}: {}", row_problem(l, &r.kind)),
    }
}

pub fn csv_warning(l: Lang, w: &CsvWarning) -> String {
    match w {
        CsvWarning::DecodedAsWindows1252 => say(
            l,
            "the file was not UTF-8; it was read as Windows-1252 (check accented letters)".into(),
            "het bestand was geen UTF-8; het is gelezen als Windows-1252 (controleer letters met accenten)".into(),
        ),
        CsvWarning::UnknownColumn { position, header } => say(
            l,
            format!("column {position} ('{header}') is not known and was ignored"),
            format!("kolom {position} ('{header}') is onbekend en is overgeslagen"),
        ),
        CsvWarning::DuplicateColumn { position, column: c } => say(
            l,
            format!(
                "column {position} repeats the {} column and was ignored",
                column(l, *c)
            ),
            format!(
                "kolom {position} herhaalt de kolom {} en is overgeslagen",
                column(l, *c)
            ),
        ),
        CsvWarning::MissingColumn(c) => say(
            l,
            format!("there is no {} column; defaults were used", column(l, *c)),
            format!(
                "er is geen kolom {}; de standaardwaarde is gebruikt",
                column(l, *c)
            ),
        ),
        CsvWarning::TextCut {
            row,
            column: c,
            max_chars,
        } => say(
            l,
            format!(
                "row {row}: the {} was cut to {max_chars} characters",
                column(l, *c)
            ),
            format!(
                "rij {row}: de {} is ingekort tot {max_chars} tekens",
                column(l, *c)
            ),
        ),
        CsvWarning::Regrouped => say(
            l,
            "touchpoints were reordered to keep each phase together".into(),
            "contactmomenten zijn herschikt zodat elke fase bij elkaar staat".into(),
        ),
    }
}

pub fn csv_error(l: Lang, e: &CsvError) -> String {
    match e {
        CsvError::Empty => say(l, "the file is empty".into(), "het bestand is leeg".into()),
        CsvError::TooLarge { bytes, max } => say(
            l,
            format!(
                "the file is {}; at most {} can be imported",
                size(l, *bytes),
                size(l, *max)
            ),
            format!(
                "het bestand is {}; er kan hooguit {} worden geïmporteerd",
                size(l, *bytes),
                size(l, *max)
            ),
        ),
        CsvError::Utf16 => say(
            l,
            "this file is saved as UTF-16; save it as “CSV UTF-8” and try again".into(),
            "dit bestand is opgeslagen als UTF-16; sla het op als ‘CSV UTF-8’ en probeer opnieuw"
                .into(),
        ),
        CsvError::NotText { looks_like } => match looks_like {
            Some(k) => say(
                l,
                format!("this looks like {}, not a journey", file_kind(l, *k)),
                format!("dit lijkt {}, geen klantreis", file_kind(l, *k)),
            ),
            None => say(
                l,
                "this is not a text file".into(),
                "dit is geen tekstbestand".into(),
            ),
        },
        CsvError::UnterminatedQuote { row } => say(
            l,
            format!("row {row}: a quote is opened and never closed"),
            format!("rij {row}: een aanhalingsteken wordt geopend en nooit gesloten"),
        ),
        CsvError::NoHeader { found } => say(
            l,
            format!(
                "the first row has no name or rating column (found: {})",
                found.join(", ")
            ),
            format!(
                "de eerste rij heeft geen kolom naam of beleving (gevonden: {})",
                found.join(", ")
            ),
        ),
        CsvError::TooManyRows { max } => say(
            l,
            format!("the file has more than {max} rows"),
            format!("het bestand heeft meer dan {max} rijen"),
        ),
        CsvError::Scale(s) => scale_error(l, s).to_string(),
    }
}

pub fn line_problem(l: Lang, p: &LineProblem) -> &'static str {
    match (l, p) {
        (Lang::En, LineProblem::NotUnderstood) => "is not a task, section or title",
        (Lang::Nl, LineProblem::NotUnderstood) => "is geen taak, sectie of titel",
        (Lang::En, LineProblem::NotANumber) => "has a score that is not a number",
        (Lang::Nl, LineProblem::NotANumber) => "heeft een score die geen getal is",
        (Lang::En, LineProblem::OutOfRange) => "has a score outside 0 to 5",
        (Lang::Nl, LineProblem::OutOfRange) => "heeft een score buiten 0 tot 5",
    }
}

pub fn skipped_line(l: Lang, s: &SkippedLine) -> String {
    let line = say(l, format!("line {}", s.line), format!("regel {}", s.line));
    format!("{line}: '{}' {}", s.text, line_problem(l, &s.kind))
}

pub fn mermaid_error(l: Lang, e: &MermaidError) -> String {
    match e {
        MermaidError::Empty => say(l, "the text is empty".into(), "de tekst is leeg".into()),
        MermaidError::TooLarge { bytes, max } => say(
            l,
            format!(
                "the text is {}; at most {} can be imported",
                size(l, *bytes),
                size(l, *max)
            ),
            format!(
                "de tekst is {}; er kan hooguit {} worden geïmporteerd",
                size(l, *bytes),
                size(l, *max)
            ),
        ),
        MermaidError::NotAJourney { line } => say(
            l,
            format!("line {line}: this is not a Mermaid journey diagram"),
            format!("regel {line}: dit is geen Mermaid-journeydiagram"),
        ),
        MermaidError::TooManyTasks { max } => say(
            l,
            format!("the diagram has more than {max} tasks"),
            format!("het diagram heeft meer dan {max} taken"),
        ),
        MermaidError::Scale(s) => scale_error(l, s).to_string(),
    }
}

pub fn link_error(l: Lang, e: &LinkError) -> String {
    match e {
        LinkError::NotFound => say(
            l,
            "there is no Peakend journey in this link".into(),
            "in deze link zit geen Peakend-klantreis".into(),
        ),
        LinkError::UnknownVersion { version } => say(
            l,
            format!("this link was made by a newer version of Peakend (link format {version})"),
            format!(
                "deze link is gemaakt met een nieuwere versie van Peakend (linkformaat {version})"
            ),
        ),
        LinkError::Damaged => say(
            l,
            "the link is damaged or incomplete; ask for it again, or for the file".into(),
            "de link is beschadigd of onvolledig; vraag hem opnieuw, of vraag om het bestand"
                .into(),
        ),
        LinkError::TooBig { max } => say(
            l,
            format!(
                "the link would unpack to more than {}; ask for the file instead",
                size(l, *max)
            ),
            format!(
                "de link zou uitpakken tot meer dan {}; vraag liever om het bestand",
                size(l, *max)
            ),
        ),
        LinkError::TooLong { bytes, max } => say(
            l,
            format!(
                "the link is {} long; at most {} is read",
                size(l, *bytes),
                size(l, *max)
            ),
            format!(
                "de link is {} lang; er wordt hooguit {} gelezen",
                size(l, *bytes),
                size(l, *max)
            ),
        ),
    }
}

pub fn skipped(l: Lang, s: &Skipped) -> String {
    match s {
        Skipped::Row(r) => skipped_row(l, r),
        Skipped::Line(x) => skipped_line(l, x),
    }
}

pub fn import_error(l: Lang, e: &ImportError) -> String {
    match e {
        ImportError::TooLarge { bytes, max } => say(
            l,
            format!(
                "the file is {}; at most {} can be imported",
                size(l, *bytes),
                size(l, *max)
            ),
            format!(
                "het bestand is {}; er kan hooguit {} worden geïmporteerd",
                size(l, *bytes),
                size(l, *max)
            ),
        ),
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
        (Lang::En, _) => format!("{n} {many} of {f} cannot be imported:"),
        (Lang::Nl, 1) => format!("Eén {one} van {f} kan niet worden geïmporteerd:"),
        (Lang::Nl, _) => format!("{n} {many} van {f} kunnen niet worden geïmporteerd:"),
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
            format!("Added {} journeys from {f} to your journeys.", many.len()),
            format!(
                "{} klantreizen uit {f} zijn toegevoegd aan je klantreizen.",
                many.len()
            ),
        ),
    }
}

/// A share link too long for mail and chat.
pub fn link_too_long(l: Lang, chars: usize, max: usize) -> String {
    say(
        l,
        format!(
            "This link is {chars} characters long. Mail and chat programs may break links longer than {max} characters: send the journey as a file instead."
        ),
        format!(
            "Deze link is {chars} tekens lang. Mail- en chatprogramma's kunnen links van meer dan {max} tekens breken: stuur de klantreis liever als bestand."
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::csv::Column;
    use crate::io::json::TouchpointRef;

    fn every_kind() -> Vec<ErrorKind> {
        vec![
            ErrorKind::TooLarge {
                max_bytes: 20 << 20,
            },
            ErrorKind::Syntax { line: 3, column: 9 },
            ErrorKind::NotPeakend,
            ErrorKind::IsLibrary,
            ErrorKind::UnknownFormat { found: "x".into() },
            ErrorKind::NewerVersion {
                found: 2,
                supported: 1,
            },
            ErrorKind::BadVersion,
            ErrorKind::Missing,
            ErrorKind::WrongType {
                expected: Expected::Object,
            },
            ErrorKind::OutsideScale {
                value: 9.0,
                min: -5.0,
                max: 5.0,
            },
            ErrorKind::BadDuration { max: 1e9 },
            ErrorKind::BadId { max: 10 },
            ErrorKind::TooLong { max_chars: 200 },
            ErrorKind::TooMany { max: 1000 },
            ErrorKind::Scale(ScaleError::Inverted),
            ErrorKind::Memory(MemoryModelError::NoWeight),
            ErrorKind::DuplicateId { id: 4 },
            ErrorKind::UnknownPhase { id: 4 },
            ErrorKind::UnknownTouchpoint { id: 4 },
            ErrorKind::PhaseOrder,
        ]
    }

    /// Every sentence for every variant, in one language.
    fn everything(l: Lang) -> Vec<String> {
        let mut out: Vec<String> = every_kind().iter().map(|k| error_kind(l, k)).collect();
        for x in [
            Expected::Object,
            Expected::List,
            Expected::Text,
            Expected::Number,
            Expected::WholeNumber,
            Expected::TrueOrFalse,
        ] {
            out.push(expected(l, x).into());
        }
        for s in [
            ScaleError::NotFinite,
            ScaleError::Inverted,
            ScaleError::NeutralOutside,
            ScaleError::BadStep,
            ScaleError::TooWide,
        ] {
            out.push(scale_error(l, &s).into());
        }
        for m in [
            MemoryModelError::BadWeight,
            MemoryModelError::NoWeight,
            MemoryModelError::EmptyEndWindow,
        ] {
            out.push(memory_error(l, &m).into());
        }
        let kinds = [
            FileKind::Png,
            FileKind::Jpeg,
            FileKind::Gif,
            FileKind::Pdf,
            FileKind::Workbook,
        ];
        out.extend(kinds.iter().map(|k| file_kind(l, *k).to_string()));
        out.extend(Column::ALL.iter().map(|c| column(l, *c).to_string()));
        for p in [
            RowProblem::NotANumber,
            RowProblem::OutOfRange {
                min: 0.0,
                max: 10.0,
            },
            RowProblem::Missing,
            RowProblem::Ragged {
                expected: 3,
                found: 2,
            },
            RowProblem::Negative,
            RowProblem::NotYesNo,
        ] {
            out.push(skipped_row(
                l,
                &SkippedRow {
                    row: 14,
                    column: Some(Column::Rating),
                    text: "abc".into(),
                    kind: p.clone(),
                },
            ));
            out.push(row_problem(l, &p));
        }
        for w in [
            CsvWarning::DecodedAsWindows1252,
            CsvWarning::UnknownColumn {
                position: 2,
                header: "x".into(),
            },
            CsvWarning::DuplicateColumn {
                position: 2,
                column: Column::Name,
            },
            CsvWarning::MissingColumn(Column::Duration),
            CsvWarning::TextCut {
                row: 3,
                column: Column::Notes,
                max_chars: 5000,
            },
            CsvWarning::Regrouped,
        ] {
            out.push(csv_warning(l, &w));
        }
        for e in [
            CsvError::Empty,
            CsvError::TooLarge { bytes: 9, max: 5 },
            CsvError::Utf16,
            CsvError::NotText { looks_like: None },
            CsvError::NotText {
                looks_like: Some(FileKind::Png),
            },
            CsvError::UnterminatedQuote { row: 3 },
            CsvError::NoHeader {
                found: vec!["a".into()],
            },
            CsvError::TooManyRows { max: 10_000 },
            CsvError::Scale(ScaleError::TooWide),
        ] {
            out.push(csv_error(l, &e));
            out.push(import_error(l, &ImportError::Csv(e)));
        }
        for p in [
            LineProblem::NotUnderstood,
            LineProblem::NotANumber,
            LineProblem::OutOfRange,
        ] {
            out.push(skipped_line(
                l,
                &SkippedLine {
                    line: 2,
                    text: "x".into(),
                    kind: p,
                },
            ));
        }
        for e in [
            MermaidError::Empty,
            MermaidError::TooLarge { bytes: 9, max: 5 },
            MermaidError::NotAJourney { line: 1 },
            MermaidError::TooManyTasks { max: 10 },
            MermaidError::Scale(ScaleError::BadStep),
        ] {
            out.push(mermaid_error(l, &e));
        }
        for e in [
            LinkError::NotFound,
            LinkError::UnknownVersion { version: 9 },
            LinkError::Damaged,
            LinkError::TooBig { max: 1 << 20 },
            LinkError::TooLong { bytes: 9, max: 5 },
        ] {
            out.push(link_error(l, &e));
        }
        out.push(import_error(
            l,
            &ImportError::TooLarge {
                bytes: 30 << 20,
                max: 20 << 20,
            },
        ));
        out.push(import_error(l, &ImportError::Binary(FileKind::Png)));
        out.push(import_error(l, &ImportError::Unreadable));
        for (n, lines) in [(1, false), (3, false), (1, true), (3, true)] {
            out.push(skip_question(l, "f.csv", n, lines));
        }
        out.push(imported(l, &["T".into()], "f.csv"));
        out.push(imported(l, &["T".into(), "U".into()], "f.json"));
        out.push(link_too_long(l, 2500, 2000));
        out.push(import_error(l, &ImportError::Mermaid(MermaidError::Empty)));
        out.push(import_error(
            l,
            &ImportError::Json(FormatError {
                kind: ErrorKind::NotPeakend,
                path: String::new(),
                touchpoint: None,
            }),
        ));
        out
    }

    #[test]
    fn every_error_variant_reads_in_both_languages() {
        let (en, nl) = (everything(Lang::En), everything(Lang::Nl));
        assert_eq!(en.len(), nl.len());
        for (e, d) in en.iter().zip(&nl) {
            assert!(
                !e.trim().is_empty() && !d.trim().is_empty(),
                "{e:?} / {d:?}"
            );
        }
        let same = en.iter().zip(&nl).filter(|(e, d)| e == d).count();
        assert!(same <= 1, "{same} messages are not translated");
    }

    #[test]
    fn messages_name_the_place_and_the_problem() {
        let row = SkippedRow {
            row: 14,
            column: Some(Column::Rating),
            text: "abc".into(),
            kind: RowProblem::NotANumber,
        };
        assert_eq!(
            skipped_row(Lang::En, &row),
            "row 14: rating 'abc' is not a number"
        );
        assert_eq!(
            skipped_row(Lang::Nl, &row),
            "rij 14: beleving 'abc' is geen getal"
        );
        let e = FormatError {
            kind: ErrorKind::OutsideScale {
                value: 9.0,
                min: -5.0,
                max: 5.0,
            },
            path: "touchpoints[2].rating".into(),
            touchpoint: Some(TouchpointRef {
                index: 2,
                name: Some("Bill".into()),
            }),
        };
        assert_eq!(
            format_error(Lang::En, &e),
            "the rating 9 lies outside the scale −5 to 5 (touchpoint 3 “Bill”, field touchpoints[2].rating)"
        );
        assert!(
            import_failed(Lang::Nl, "foto.json", &ImportError::Binary(FileKind::Png))
                .contains("‘foto.json’ kon niet worden geïmporteerd: dit lijkt een PNG-afbeelding")
        );
        assert_eq!(size(Lang::Nl, 20 << 20), "20 MB");
    }
}
