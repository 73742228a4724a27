//! Stories in and out of CSV (seed `000`): many stories pasted at once during a session,
//! or a spreadsheet of stories collected over months.
//!
//! Pasted text is read two ways. When its first line is a header naming a text column
//! (`text`/`tekst`/`verhaal`/`story`), it is CSV: one story per row, columns in any order,
//! English or Dutch headers (`teller`/`verteller`, `valence`/`waardering`,
//! `touchpoint`/`contactmoment` by name, `phase`/`fase` by name, `themes`/`thema's`,
//! `who`/`wie`, `date`/`datum`), any of `,` `;` tab. Otherwise every non-empty line is one
//! story, told by the defaults the caller gives (the teller, valence and touchpoint chosen in
//! the form). Everything is all or nothing: one bad row refuses the whole paste, and every
//! bad row is listed with its number, so the user fixes them in one go.
//!
//! Export writes the same columns (a BOM, CRLF, formula-like cells neutralised), and
//! reads back to the same stories. Pure Rust.

use super::bytes::decode;
use super::columns::normalise_header;
use super::export::{push_number, push_text, unneutralise};
use super::reader::{Field, Reader, sniff};
use super::{CsvError, MAX_CSV_ROWS};
use crate::model::{
    Date, DateError, Journey, MAX_STORIES, PhaseId, Story, Teller, TouchpointId, parse_number,
    split_themes,
};
use std::fmt;
use thiserror::Error;

/// Most row problems listed; a file with more says "and N more".
pub const MAX_LISTED: usize = 20;

/// A column of the stories table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StoryColumn {
    Text,
    Teller,
    Who,
    Valence,
    Touchpoint,
    Phase,
    Themes,
    Date,
}

impl StoryColumn {
    /// Every column, in the order export writes them.
    pub const ALL: [StoryColumn; 8] = [
        StoryColumn::Text,
        StoryColumn::Teller,
        StoryColumn::Who,
        StoryColumn::Valence,
        StoryColumn::Touchpoint,
        StoryColumn::Phase,
        StoryColumn::Themes,
        StoryColumn::Date,
    ];

    /// The header export writes.
    pub fn key(self) -> &'static str {
        match self {
            StoryColumn::Text => "text",
            StoryColumn::Teller => "teller",
            StoryColumn::Who => "who",
            StoryColumn::Valence => "valence",
            StoryColumn::Touchpoint => "touchpoint",
            StoryColumn::Phase => "phase",
            StoryColumn::Themes => "themes",
            StoryColumn::Date => "date",
        }
    }

    /// The column a header names, in English or Dutch, any case.
    pub fn from_header(cell: &str) -> Option<StoryColumn> {
        let h = normalise_header(cell).replace('\u{2019}', "'");
        Some(match h.as_str() {
            "text" | "story" | "tekst" | "verhaal" => StoryColumn::Text,
            "teller" | "told by" | "verteller" | "verteld door" => StoryColumn::Teller,
            "who" | "name" | "role" | "wie" | "naam" | "rol" => StoryColumn::Who,
            "valence" | "rating" | "waardering" | "beleving" | "score" => StoryColumn::Valence,
            "touchpoint" | "contactmoment" | "contact moment" => StoryColumn::Touchpoint,
            "phase" | "fase" => StoryColumn::Phase,
            "themes" | "theme" | "tags" | "thema's" | "themas" | "thema" => StoryColumn::Themes,
            "date" | "datum" => StoryColumn::Date,
            _ => return None,
        })
    }
}

impl fmt::Display for StoryColumn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// Why one row cannot become a story.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum StoryRowProblem {
    #[error("has no text")]
    NoText,
    #[error("teller '{0}' is neither employee nor customer")]
    BadTeller(String),
    #[error("valence '{0}' is not a number")]
    BadValence(String),
    #[error("valence {value} lies outside the scale {min}..{max}")]
    OutsideScale { value: f64, min: f64, max: f64 },
    #[error("there is no touchpoint called '{0}'")]
    NoSuchTouchpoint(String),
    #[error("there is no phase called '{0}'")]
    NoSuchPhase(String),
    #[error("date '{text}': {error}")]
    BadDate { text: String, error: DateError },
    #[error("has {found} cells where the header has {expected}")]
    Ragged { expected: usize, found: usize },
}

/// One refused row: its number as a spreadsheet shows it (1-based; with a header, the
/// header is row 1) and why.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryRowError {
    pub row: usize,
    pub problem: StoryRowProblem,
}

impl fmt::Display for StoryRowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "row {}: {}", self.row, self.problem)
    }
}

/// Why nothing was imported. The journey is untouched.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum StoriesCsvError {
    /// The file itself cannot be read (not text, too big, an open quote…).
    #[error(transparent)]
    File(#[from] CsvError),
    #[error("there are no stories in it")]
    Empty,
    /// Together with the stories already there, more than the journey keeps.
    #[error("{adding} stories would make more than {max}")]
    TooMany { adding: usize, max: usize },
    /// Some rows are wrong: at most [`MAX_LISTED`] of them, and how many in all.
    #[error("{} rows cannot be read", .total)]
    Rows {
        listed: Vec<StoryRowError>,
        total: usize,
    },
}

/// What a row says when its cell is missing: the form's choices.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryDefaults {
    pub teller: Teller,
    pub valence: f64,
    pub touchpoint: Option<TouchpointId>,
    pub phase: Option<PhaseId>,
}

/// Reads file bytes (UTF-8 or Windows-1252) as stories; see [`parse_stories`].
pub fn parse_stories_bytes(
    bytes: &[u8],
    j: &Journey,
    defaults: &StoryDefaults,
) -> Result<Vec<Story>, StoriesCsvError> {
    let (text, _) = decode(bytes)?;
    parse_stories(&text, j, defaults)
}

/// Reads pasted text as stories for journey `j`: CSV with a header, or one story per line.
/// Every row is checked against the journey (scale, touchpoint and phase names, dates);
/// the stories returned can be added as they are.
pub fn parse_stories(
    text: &str,
    j: &Journey,
    defaults: &StoryDefaults,
) -> Result<Vec<Story>, StoriesCsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().find(|l| !l.trim().is_empty());
    let Some(first) = first else {
        return Err(StoriesCsvError::Empty);
    };
    let mut header = Reader::new(first, sniff(first));
    let is_csv = match header.next_record() {
        Some(Ok(rec)) => rec
            .fields
            .iter()
            .any(|f| StoryColumn::from_header(&f.text) == Some(StoryColumn::Text)),
        _ => false,
    };
    let stories = if is_csv {
        read_csv(text, j, defaults)?
    } else {
        read_lines(text, j, defaults)?
    };
    if stories.is_empty() {
        return Err(StoriesCsvError::Empty);
    }
    if j.stories.len() + stories.len() > MAX_STORIES {
        return Err(StoriesCsvError::TooMany {
            adding: stories.len(),
            max: MAX_STORIES,
        });
    }
    Ok(stories)
}

fn story_from(defaults: &StoryDefaults, text: &str) -> Story {
    let mut s = Story::new(text, defaults.teller, defaults.valence);
    s.touchpoint = defaults.touchpoint;
    s.phase = defaults.phase;
    s
}

fn rows_result(
    stories: Vec<Story>,
    errors: Vec<StoryRowError>,
    total: usize,
) -> Result<Vec<Story>, StoriesCsvError> {
    if total > 0 {
        Err(StoriesCsvError::Rows {
            listed: errors,
            total,
        })
    } else {
        Ok(stories)
    }
}

fn read_lines(
    text: &str,
    j: &Journey,
    defaults: &StoryDefaults,
) -> Result<Vec<Story>, StoriesCsvError> {
    let mut stories = Vec::new();
    let (mut errors, mut total) = (Vec::new(), 0);
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if stories.len() + total >= MAX_CSV_ROWS {
            return Err(CsvError::TooManyRows { max: MAX_CSV_ROWS }.into());
        }
        match check_valence(j, defaults.valence) {
            Ok(_) => stories.push(story_from(defaults, line)),
            Err(problem) => {
                total += 1;
                if errors.len() < MAX_LISTED {
                    errors.push(StoryRowError {
                        row: i + 1,
                        problem,
                    });
                }
            }
        }
    }
    rows_result(stories, errors, total)
}

fn check_valence(j: &Journey, v: f64) -> Result<f64, StoryRowProblem> {
    if j.scale.contains(v) {
        Ok(v)
    } else {
        Err(StoryRowProblem::OutsideScale {
            value: v,
            min: j.scale.min,
            max: j.scale.max,
        })
    }
}

fn read_csv(
    text: &str,
    j: &Journey,
    defaults: &StoryDefaults,
) -> Result<Vec<Story>, StoriesCsvError> {
    let mut reader = Reader::new(text, sniff(text));
    let header = loop {
        match reader.next_record() {
            None => return Err(StoriesCsvError::Empty),
            Some(rec) => {
                let rec = rec?;
                if rec.fields.iter().any(|f| !f.is_blank()) {
                    break rec;
                }
            }
        }
    };
    // The first column a header names wins; unknown and repeated columns are ignored.
    let mut columns: Vec<Option<StoryColumn>> = Vec::new();
    for f in &header.fields {
        let c = StoryColumn::from_header(&f.text).filter(|c| !columns.contains(&Some(*c)));
        columns.push(c);
    }
    let mut stories = Vec::new();
    let (mut errors, mut total) = (Vec::new(), 0);
    while let Some(rec) = reader.next_record() {
        let rec = rec?;
        if rec.fields.iter().all(Field::is_blank) {
            continue;
        }
        if stories.len() + total >= MAX_CSV_ROWS {
            return Err(CsvError::TooManyRows { max: MAX_CSV_ROWS }.into());
        }
        match read_row(&rec.fields, &columns, j, defaults) {
            Ok(s) => stories.push(s),
            Err(problem) => {
                total += 1;
                if errors.len() < MAX_LISTED {
                    errors.push(StoryRowError {
                        row: rec.row,
                        problem,
                    });
                }
            }
        }
    }
    rows_result(stories, errors, total)
}

fn read_row(
    fields: &[Field],
    columns: &[Option<StoryColumn>],
    j: &Journey,
    defaults: &StoryDefaults,
) -> Result<Story, StoryRowProblem> {
    if fields.len() > columns.len() && fields[columns.len()..].iter().any(|f| !f.is_blank()) {
        return Err(StoryRowProblem::Ragged {
            expected: columns.len(),
            found: fields.len(),
        });
    }
    let cell = |c: StoryColumn| -> Option<&str> {
        let i = columns.iter().position(|x| *x == Some(c))?;
        Some(fields.get(i).map_or("", |f| f.text.trim()))
    };
    let text = unneutralise(cell(StoryColumn::Text).unwrap_or(""));
    if text.trim().is_empty() {
        return Err(StoryRowProblem::NoText);
    }
    let mut s = story_from(defaults, text);
    // A file that says what its stories are about says it for every row: an empty cell
    // there is about nothing, not about what the form happens to show.
    if columns
        .iter()
        .any(|c| matches!(c, Some(StoryColumn::Touchpoint | StoryColumn::Phase)))
    {
        s.touchpoint = None;
        s.phase = None;
    }
    if let Some(t) = cell(StoryColumn::Teller).filter(|t| !t.is_empty()) {
        s.teller = Teller::from_key(t).ok_or_else(|| StoryRowProblem::BadTeller(t.into()))?;
    }
    if let Some(w) = cell(StoryColumn::Who) {
        s.who = unneutralise(w).to_string();
    }
    if let Some(v) = cell(StoryColumn::Valence).filter(|v| !v.is_empty()) {
        s.valence = parse_number(v).ok_or_else(|| StoryRowProblem::BadValence(v.into()))?;
    }
    s.valence = check_valence(j, s.valence)?;
    let named = |c: StoryColumn| cell(c).map(unneutralise).filter(|n| !n.is_empty());
    let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
    if let Some(name) = named(StoryColumn::Phase) {
        let p = j.phases.iter().find(|p| same(&p.name, name));
        s.phase = Some(
            p.ok_or_else(|| StoryRowProblem::NoSuchPhase(name.into()))?
                .id,
        );
        s.touchpoint = None;
    }
    if let Some(name) = named(StoryColumn::Touchpoint) {
        let t = j.touchpoints.iter().find(|t| same(&t.name, name));
        s.touchpoint = Some(
            t.ok_or_else(|| StoryRowProblem::NoSuchTouchpoint(name.into()))?
                .id,
        );
        s.phase = None;
    }
    if let Some(t) = cell(StoryColumn::Themes) {
        s.themes = split_themes(unneutralise(t));
    }
    if let Some(d) = cell(StoryColumn::Date).filter(|d| !d.is_empty()) {
        s.date = Some(Date::parse(d).map_err(|error| StoryRowProblem::BadDate {
            text: d.into(),
            error,
        })?);
    }
    Ok(s)
}

/// The journey's stories as CSV (comma separated, `.` decimals, a BOM, CRLF): the columns
/// of [`StoryColumn::ALL`], touchpoints and phases by name, themes joined by `, `.
pub fn export_stories_csv(j: &Journey) -> String {
    let sep = ',';
    let mut out = String::from('\u{feff}');
    let header: Vec<&str> = StoryColumn::ALL.iter().map(|c| c.key()).collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for s in &j.stories {
        let tp = s
            .touchpoint
            .and_then(|id| j.index_of(id))
            .map(|i| j.touchpoints[i].name.as_str());
        let phase = s.phase.and_then(|p| j.phase(p)).map(|p| p.name.as_str());
        for (i, c) in StoryColumn::ALL.iter().enumerate() {
            if i > 0 {
                out.push(sep);
            }
            match c {
                StoryColumn::Text => push_text(&mut out, &s.text, sep),
                StoryColumn::Teller => out.push_str(s.teller.key()),
                StoryColumn::Who => push_text(&mut out, &s.who, sep),
                StoryColumn::Valence => push_number(&mut out, s.valence, sep, false),
                StoryColumn::Touchpoint => push_text(&mut out, tp.unwrap_or(""), sep),
                StoryColumn::Phase => push_text(&mut out, phase.unwrap_or(""), sep),
                StoryColumn::Themes => push_text(&mut out, &s.themes.join(", "), sep),
                StoryColumn::Date => {
                    if let Some(d) = s.date {
                        out.push_str(&d.to_string());
                    }
                }
            }
        }
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, StoryAction, apply};

    fn journey() -> Journey {
        // The first phase takes in every touchpoint there already is.
        let mut j = crate::model::test_journey("Stories", &[("Bestellen", 0.0), ("Levering", 0.0)]);
        apply(&mut j, Action::AddPhase("Kopen".into())).unwrap();
        j
    }

    fn defaults() -> StoryDefaults {
        StoryDefaults {
            teller: Teller::Employee,
            valence: 2.0,
            touchpoint: None,
            phase: None,
        }
    }

    #[test]
    fn one_story_per_line_takes_the_forms_choices() {
        let j = journey();
        let mut d = defaults();
        d.touchpoint = Some(j.touchpoints[1].id);
        let got = parse_stories("Snel geleverd, top\n\n  Pakket kwijt  \r\n", &j, &d).unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].text, "Snel geleverd, top");
        assert_eq!(got[1].text, "Pakket kwijt");
        assert!(
            got.iter()
                .all(|s| s.teller == Teller::Employee && s.touchpoint == d.touchpoint)
        );
        // The form's valence off the scale refuses every line, naming them.
        d.valence = 9.0;
        let Err(StoriesCsvError::Rows { listed, total }) = parse_stories("a\n\nb", &j, &d) else {
            panic!("off-scale lines must be refused")
        };
        assert_eq!(total, 2);
        assert_eq!(listed[1].row, 3);
    }

    #[test]
    fn dutch_csv_with_semicolons_names_and_decimal_commas() {
        let j = journey();
        let csv = "Verhaal;Verteller;Waardering;Contactmoment;Thema's;Datum;Wie\n\
                   \"De keer dat we de bal lieten vallen; echt\";klant;-3,5;levering;\"wachttijd, toon\";2026-11-30;\n\
                   Heel blij gemaakt;Medewerker;4;;;;Anna (balie)\n";
        let got = parse_stories(csv, &j, &defaults()).unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].text, "De keer dat we de bal lieten vallen; echt");
        assert_eq!(got[0].teller, Teller::Customer);
        assert_eq!(got[0].valence, -3.5);
        assert_eq!(got[0].touchpoint, Some(j.touchpoints[1].id));
        assert_eq!(got[0].themes, vec!["wachttijd", "toon"]);
        assert_eq!(got[0].date, Some(Date::new(2026, 11, 30).unwrap()));
        assert_eq!(got[1].teller, Teller::Employee);
        assert_eq!(got[1].touchpoint, None);
        assert_eq!(got[1].who, "Anna (balie)");
    }

    #[test]
    fn every_bad_row_is_named_and_nothing_is_taken() {
        let j = journey();
        let csv = "text,teller,valence,touchpoint,date\n\
                   fine,customer,1,,\n\
                   ,customer,1,,\n\
                   x,robot,1,,\n\
                   x,customer,lots,,\n\
                   x,customer,7,,\n\
                   x,customer,1,Nowhere,\n\
                   x,customer,1,,2026-02-30\n\
                   x,customer,1,,,extra\n";
        let Err(StoriesCsvError::Rows { listed, total }) = parse_stories(csv, &j, &defaults())
        else {
            panic!("bad rows must refuse the import")
        };
        assert_eq!(total, 7);
        let rows: Vec<usize> = listed.iter().map(|e| e.row).collect();
        assert_eq!(rows, [3, 4, 5, 6, 7, 8, 9]);
        assert_eq!(listed[0].problem, StoryRowProblem::NoText);
        assert_eq!(
            listed[1].problem,
            StoryRowProblem::BadTeller("robot".into())
        );
        assert_eq!(
            listed[2].problem,
            StoryRowProblem::BadValence("lots".into())
        );
        assert_eq!(
            listed[3].problem,
            StoryRowProblem::OutsideScale {
                value: 7.0,
                min: -5.0,
                max: 5.0
            }
        );
        assert_eq!(
            listed[4].problem,
            StoryRowProblem::NoSuchTouchpoint("Nowhere".into())
        );
        assert!(matches!(
            listed[5].problem,
            StoryRowProblem::BadDate {
                error: DateError::NoSuchDay,
                ..
            }
        ));
        assert_eq!(
            listed[6].problem,
            StoryRowProblem::Ragged {
                expected: 5,
                found: 6
            }
        );
    }

    #[test]
    fn export_reads_back_to_the_same_stories() {
        let mut j = journey();
        let (order, phase) = (j.touchpoints[0].id, j.phases[0].id);
        let mut a = Story::new(
            "=HYPERLINK(\"x\") \"quoted\", with a comma\nand a new line",
            Teller::Customer,
            -4.5,
        );
        a.touchpoint = Some(order);
        a.themes = vec!["wachttijd".into(), "toon".into()];
        a.date = Some(Date::new(2026, 12, 2).unwrap());
        a.who = "@boss".into();
        let mut b = Story::new("<script>alert(1)</script>", Teller::Employee, 5.0);
        b.phase = Some(phase);
        let c = Story::new("'=already quoted", Teller::Employee, 0.0);
        apply(&mut j, Action::Story(StoryAction::Import(vec![a, b, c]))).unwrap();
        let csv = export_stories_csv(&j);
        assert!(csv.contains("'=HYPERLINK"), "a formula is neutralised");
        // The form showing a touchpoint does not pull the file's unplaced stories to it.
        let mut d = defaults();
        d.touchpoint = Some(j.touchpoints[1].id);
        let back = parse_stories(&csv, &j, &d).unwrap();
        assert_eq!(back, j.stories);
        let bytes = parse_stories_bytes(csv.as_bytes(), &j, &defaults()).unwrap();
        assert_eq!(bytes, j.stories);
    }

    #[test]
    fn too_many_or_nothing() {
        let mut j = journey();
        assert_eq!(
            parse_stories(" \n\n", &j, &defaults()),
            Err(StoriesCsvError::Empty)
        );
        assert_eq!(
            parse_stories("text,teller\n", &j, &defaults()),
            Err(StoriesCsvError::Empty)
        );
        let many = vec![Story::new("x", Teller::Customer, 0.0); MAX_STORIES - 1];
        apply(&mut j, Action::Story(StoryAction::Import(many))).unwrap();
        assert_eq!(
            parse_stories("one\ntwo", &j, &defaults()),
            Err(StoriesCsvError::TooMany {
                adding: 2,
                max: MAX_STORIES
            })
        );
        assert!(matches!(
            parse_stories_bytes(b"\x89PNG\r\n\x1a\nrest", &j, &defaults()),
            Err(StoriesCsvError::File(CsvError::NotText { .. }))
        ));
    }
}
