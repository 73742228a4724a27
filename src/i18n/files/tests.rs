//! Every file and link message, in both languages.

use super::json::expected;
use super::*;
use crate::io::csv::Column;
use crate::io::csv::{CsvError, CsvWarning, FileKind, RowProblem, SkippedRow};
use crate::io::import::ImportError;
use crate::io::json::TouchpointRef;
use crate::io::json::{ErrorKind, Expected, FormatError};
use crate::io::link::LinkError;
use crate::io::mermaid::{LineProblem, MermaidError, SkippedLine};
use crate::model::{BankError, MemoryModelError, ModelError, ScaleError};

fn every_kind() -> Vec<ErrorKind> {
    vec![
        ErrorKind::TooLarge {
            max_bytes: 20 << 20,
        },
        ErrorKind::MoreVotesThanParticipants {
            votes: 3,
            participants: 2,
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
        ErrorKind::UnknownPromiseState {
            found: "maybe".into(),
        },
        ErrorKind::CausedBySelf,
        ErrorKind::CauseWithoutFailureDemand,
        ErrorKind::UnknownQuestion {
            found: "after".into(),
        },
        ErrorKind::RepeatedQuestion {
            key: "before".into(),
        },
        ErrorKind::BadDate {
            found: "31-12".into(),
        },
        ErrorKind::NotAFriday,
        ErrorKind::UnknownTeller {
            found: "boss".into(),
        },
        ErrorKind::UnknownDecision {
            found: "maybe".into(),
        },
        ErrorKind::Bank(BankError::BadWithdrawalWeight),
    ]
}

/// Every sentence for every variant, in one language.
pub(crate) fn everything(l: Lang) -> Vec<String> {
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
    for b in [BankError::BadWithdrawalWeight, BankError::BadBrokenPromise] {
        out.push(bank_error(l, &b));
    }
    for e in [
        ModelError::NoSuchTouchpoint(1),
        ModelError::NoSuchPhase(1),
        ModelError::RatingNotANumber,
        ModelError::BadDuration,
        ModelError::TooManyTouchpoints,
        ModelError::NoSuchParticipant(2),
        ModelError::VoteOutsideScale { min: 1.0, max: 5.0 },
        ModelError::TooManyParticipants,
        ModelError::OutsideScale {
            min: -5.0,
            max: 5.0,
        },
        ModelError::TooManyPromises,
        ModelError::NoSuchPromise { id: 1, index: 0 },
        ModelError::NoSuchCause(4),
        ModelError::CausedBySelf,
        ModelError::CauseWithoutFailureDemand,
        ModelError::TooManyInterviews,
        ModelError::NoSuchInterview(3),
        ModelError::BadDate("2026-02-30".into()),
        ModelError::Date(crate::model::DateError::Shape),
        ModelError::NoSuchStory(4),
        ModelError::TooManyStories,
        ModelError::NotAFriday,
        ModelError::NoPlan,
        ModelError::PlanExists,
        ModelError::NoSuchWeek(12),
        ModelError::TooManyWeeks,
        ModelError::TooManyMoments,
        ModelError::Bank(BankError::BadBrokenPromise),
        ModelError::Scale(ScaleError::Inverted),
        ModelError::Memory(MemoryModelError::NoWeight),
    ] {
        out.push(model_error(l, &e));
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
        RowProblem::TooManyPromises { max: 100 },
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
        "row 14: rating “abc” is not a number"
    );
    assert_eq!(
        skipped_row(Lang::Nl, &row),
        "rij 14: score ‘abc’ is geen getal"
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

#[test]
fn a_refused_change_says_so_and_why() {
    let e = ModelError::NoSuchCause(4);
    assert_eq!(
        model_error(Lang::En, &e),
        "That change was not made: the contact that caused it no longer exists."
    );
    assert_eq!(
        model_error(Lang::Nl, &e),
        "Die wijziging is niet doorgevoerd: het contactmoment dat het veroorzaakte bestaat niet meer."
    );
    let e = ModelError::OutsideScale {
        min: -5.0,
        max: 5.0,
    };
    assert_eq!(
        model_error(Lang::Nl, &e),
        "Die wijziging is niet doorgevoerd: de waarde moet op de schaal liggen, van −5 tot 5."
    );
}
