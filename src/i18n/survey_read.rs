//! Why a survey file cannot be read, and which answers were set aside, as sentences in
//! the user's language. Pure Rust; the survey panel and `analyze --survey` show them.

use super::number::count;
use super::{Lang, quoted};
use crate::io::survey::{MAX_FILE_BYTES, SurveyError};
use crate::model::survey::{BadCell, BadKind};

fn say(l: Lang, en: &str, nl: &str) -> String {
    match l {
        Lang::En => en.to_string(),
        Lang::Nl => nl.to_string(),
    }
}

/// "This survey file cannot be read: the file is empty. Your journeys are unchanged."
pub fn survey_error(l: Lang, e: &SurveyError) -> String {
    let why = match e {
        SurveyError::Empty => say(l, "the file is empty", "het bestand is leeg"),
        SurveyError::TooLarge { bytes } => {
            let (size, max) = (
                super::files::size(l, usize::try_from(*bytes).unwrap_or(usize::MAX)),
                super::files::size(l, MAX_FILE_BYTES as usize),
            );
            match l {
                Lang::En => format!("the file is {size}; at most {max} can be read"),
                Lang::Nl => format!("het bestand is {size}; er kan hooguit {max} worden gelezen"),
            }
        }
        SurveyError::NotTable => say(
            l,
            "it is not a CSV, TSV or Excel (.xlsx) file",
            "het is geen CSV-, TSV- of Excel-bestand (.xlsx)",
        ),
        SurveyError::Workbook { .. } => say(
            l,
            "the Excel workbook is damaged or in an older format; save it again as .xlsx, or as CSV UTF-8",
            "de Excel-werkmap is beschadigd of heeft een ouder formaat; sla hem opnieuw op als .xlsx, of als CSV UTF-8",
        ),
        SurveyError::NoNumbers => say(
            l,
            "no column holds numbers, so there are no ratings to read",
            "geen enkele kolom bevat getallen, dus er zijn geen scores om te lezen",
        ),
        SurveyError::NoTouchpoints => say(
            l,
            "no column is marked as a touchpoint; mark at least one in the column mapping",
            "geen enkele kolom is een contactmoment; wijs er in de kolomindeling minstens één aan",
        ),
        SurveyError::MappingMismatch => say(
            l,
            "the column mapping does not fit this file; let Peakend detect the columns again",
            "de kolomindeling past niet bij dit bestand; laat Peakend de kolommen opnieuw herkennen",
        ),
        SurveyError::NoRespondents => say(
            l,
            "no row has a rating for a touchpoint",
            "geen enkele rij heeft een score voor een contactmoment",
        ),
        SurveyError::UnclosedQuote { row } => {
            let row = count(l, *row);
            match l {
                Lang::En => format!("row {row}: a quote is opened and never closed"),
                Lang::Nl => {
                    format!("rij {row}: een aanhalingsteken wordt geopend en nooit gesloten")
                }
            }
        }
    };
    match l {
        Lang::En => format!("This survey file cannot be read: {why}. Your journeys are unchanged."),
        Lang::Nl => format!(
            "Dit enquêtebestand kan niet worden gelezen: {why}. Je klantreizen zijn niet veranderd."
        ),
    }
}

/// "row 14, column Offerte: “abc” is not a number".
pub fn bad_cell(l: Lang, b: &BadCell) -> String {
    let (row, text) = (count(l, b.row), quoted(l, &b.text));
    let column = &b.column;
    match (l, b.kind) {
        (Lang::En, BadKind::NotNumber) => {
            format!("row {row}, column {column}: {text} is not a number")
        }
        (Lang::Nl, BadKind::NotNumber) => {
            format!("rij {row}, kolom {column}: {text} is geen getal")
        }
        (Lang::En, BadKind::OutOfScale) => {
            format!("row {row}, column {column}: {text} is outside the rating scale")
        }
        (Lang::Nl, BadKind::OutOfScale) => {
            format!("rij {row}, kolom {column}: {text} valt buiten de schaal")
        }
    }
}

/// Every error with sample values, for the style tests.
#[cfg(test)]
pub(crate) fn every_sentence(l: Lang) -> Vec<String> {
    let mut out: Vec<String> = [
        SurveyError::Empty,
        SurveyError::TooLarge {
            bytes: 312 * 1024 * 1024,
        },
        SurveyError::NotTable,
        SurveyError::Workbook {
            reason: "zip".into(),
        },
        SurveyError::NoNumbers,
        SurveyError::NoTouchpoints,
        SurveyError::MappingMismatch,
        SurveyError::NoRespondents,
        SurveyError::UnclosedQuote { row: 12_345 },
    ]
    .iter()
    .map(|e| survey_error(l, e))
    .collect();
    for kind in [BadKind::NotNumber, BadKind::OutOfScale] {
        for row in [14, 12_345] {
            out.push(bad_cell(
                l,
                &BadCell {
                    row,
                    column: "Offerte".into(),
                    text: "abc".into(),
                    kind,
                },
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(kind: BadKind) -> BadCell {
        BadCell {
            row: 14,
            column: "Offerte".into(),
            text: "abc".into(),
            kind,
        }
    }

    #[test]
    fn a_bad_answer_names_its_row_column_and_text() {
        assert_eq!(
            bad_cell(Lang::En, &cell(BadKind::NotNumber)),
            "row 14, column Offerte: “abc” is not a number"
        );
        assert_eq!(
            bad_cell(Lang::Nl, &cell(BadKind::NotNumber)),
            "rij 14, kolom Offerte: ‘abc’ is geen getal"
        );
        assert_eq!(
            bad_cell(Lang::Nl, &cell(BadKind::OutOfScale)),
            "rij 14, kolom Offerte: ‘abc’ valt buiten de schaal"
        );
    }

    #[test]
    fn errors_say_what_went_wrong_and_that_nothing_changed() {
        assert_eq!(
            survey_error(Lang::En, &SurveyError::Empty),
            "This survey file cannot be read: the file is empty. Your journeys are unchanged."
        );
        assert_eq!(
            survey_error(
                Lang::Nl,
                &SurveyError::TooLarge {
                    bytes: 300 * 1024 * 1024
                }
            ),
            "Dit enquêtebestand kan niet worden gelezen: het bestand is 300 MB; er kan hooguit 200 MB worden gelezen. Je klantreizen zijn niet veranderd."
        );
        // The workbook's technical reason (English, from the zip reader) stays out.
        let nl = survey_error(
            Lang::Nl,
            &SurveyError::Workbook {
                reason: "invalid Zip archive".into(),
            },
        );
        assert!(!nl.contains("Zip archive"), "{nl}");
    }
}
