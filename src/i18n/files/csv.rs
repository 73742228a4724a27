//! Table (CSV) imports: skipped rows, warnings and errors.

use super::{Lang, file_kind, n, say, scale_error, too_large};
use crate::i18n::number::count;
use crate::i18n::{Noun, counted, quoted};
use crate::io::csv::{Column, CsvError, CsvWarning, RowProblem, SkippedRow};

pub fn column(l: Lang, c: Column) -> &'static str {
    match (l, c) {
        (Lang::En, Column::Phase) => "phase",
        (Lang::Nl, Column::Phase) => "fase",
        (Lang::En, Column::Name) => "name",
        (Lang::Nl, Column::Name) => "naam",
        (Lang::En, Column::Channel) => "channel",
        (Lang::Nl, Column::Channel) => "kanaal",
        (Lang::En, Column::Rating) => "rating",
        (Lang::Nl, Column::Rating) => "score",
        (Lang::En, Column::Duration) => "duration",
        (Lang::Nl, Column::Duration) => "duur",
        (Lang::En, Column::MomentOfTruth) => "moment of truth",
        (Lang::Nl, Column::MomentOfTruth) => "moment van de waarheid",
        (Lang::En, Column::Notes) => "notes",
        (Lang::Nl, Column::Notes) => "notities",
        (Lang::En, Column::Expected) => "expected",
        (Lang::Nl, Column::Expected) => "verwacht",
        (Lang::En, Column::Ours) => "our view",
        (Lang::Nl, Column::Ours) => "eigen oordeel",
        (Lang::En, Column::FailureDemand) => "failure demand",
        (Lang::Nl, Column::FailureDemand) => "faalvraag",
        (Lang::En, Column::Promises) => "promises",
        (Lang::Nl, Column::Promises) => "beloftes",
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
            format!(
                "has {} where the header has {}",
                counted(l, *found, Noun::Cell),
                count(l, *expected)
            ),
            format!(
                "heeft {}, terwijl de kopregel er {} heeft",
                counted(l, *found, Noun::Cell),
                count(l, *expected)
            ),
        ),
        RowProblem::Negative => say(l, "is below zero".into(), "is kleiner dan nul".into()),
        RowProblem::NotYesNo => say(l, "is not yes or no".into(), "is geen ja of nee".into()),
        RowProblem::TooManyPromises { max } => say(
            l,
            format!("holds more than {} promises", count(l, *max)),
            format!("bevat meer dan {} beloftes", count(l, *max)),
        ),
    }
}

/// "row 14: rating “abc” is not a number", "rij 14: score ‘abc’ is geen getal";
/// a problem with the whole row: "row 14 has 2 cells where the header has 3".
pub fn skipped_row(l: Lang, r: &SkippedRow) -> String {
    let row = say(l, format!("row {}", r.row), format!("rij {}", r.row));
    let problem = row_problem(l, &r.kind);
    match r.column {
        Some(c) => format!("{row}: {} {} {problem}", column(l, c), quoted(l, &r.text)),
        None => format!("{row} {problem}"),
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
            format!(
                "column {position} ({}) is not known and was ignored",
                quoted(l, header)
            ),
            format!(
                "kolom {position} ({}) is onbekend en is overgeslagen",
                quoted(l, header)
            ),
        ),
        CsvWarning::DuplicateColumn { position, column: c } => say(
            l,
            format!(
                "column {position} repeats the {} column and was ignored",
                column(l, *c)
            ),
            format!(
                "kolom {position} herhaalt de kolom {} en is overgeslagen",
                quoted(l, column(l, *c))
            ),
        ),
        CsvWarning::MissingColumn(c) => say(
            l,
            format!("there is no {} column; defaults were used", column(l, *c)),
            format!(
                "er is geen kolom {}; de standaardwaarde is gebruikt",
                quoted(l, column(l, *c))
            ),
        ),
        CsvWarning::TextCut {
            row,
            column: c,
            max_chars,
        } => say(
            l,
            format!(
                "row {row}: the text in the {} column was cut to {}",
                column(l, *c),
                counted(l, *max_chars, Noun::Character)
            ),
            format!(
                "rij {row}: de tekst in de kolom {} is ingekort tot {}",
                quoted(l, column(l, *c)),
                counted(l, *max_chars, Noun::Character)
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
        CsvError::TooLarge { bytes, max } => too_large(l, *bytes, *max),
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
                "de eerste rij heeft geen kolom ‘naam’ of ‘score’ (gevonden: {})",
                found.join(", ")
            ),
        ),
        CsvError::TooManyRows { max } => say(
            l,
            format!("the file has more than {}", counted(l, *max, Noun::Row)),
            format!("het bestand heeft meer dan {}", counted(l, *max, Noun::Row)),
        ),
        CsvError::Scale(s) => scale_error(l, s).to_string(),
    }
}
