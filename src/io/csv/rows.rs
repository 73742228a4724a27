//! Records to touchpoints: the header row to a column layout, each data row to values
//! (or a reason it was skipped), and the rows to a journey with phases.

use super::export::unneutralise;
use super::promises::parse_promises;
use super::reader::Record;
use super::{Column, CsvError, CsvWarning, RowProblem, SkippedRow};
use crate::model::{
    Channel, Journey, MAX_NAME_CHARS, MAX_NOTES_CHARS, MAX_PROMISE_CHARS, MAX_PROMISES, Phase,
    PhaseId, Promise, Scale, Touchpoint, TouchpointId, clean, clean_counted, parse_number,
};

/// Offending text quoted back in a [`SkippedRow`] is cut to this many characters.
const MAX_QUOTED_CHARS: usize = 80;

/// Reads a yes/no cell in English or Dutch; an empty cell is no.
pub fn parse_yes_no(cell: &str) -> Option<bool> {
    let s = cell.trim().to_lowercase();
    match s.as_str() {
        "" | "no" | "n" | "false" | "0" | "nee" | "onwaar" | "-" => Some(false),
        "yes" | "y" | "true" | "1" | "ja" | "j" | "waar" | "x" | "✓" | "✔" => Some(true),
        _ => None,
    }
}

fn quote_back(s: &str) -> String {
    clean(s, MAX_QUOTED_CHARS)
}

/// One data row, read.
pub(super) struct RowData {
    phase: Option<String>,
    name: String,
    channel: Option<Channel>,
    rating: f64,
    duration: f64,
    moment_of_truth: bool,
    notes: String,
    expected: Option<f64>,
    ours: Option<f64>,
    failure_demand: bool,
    promises: Vec<Promise>,
}

pub(super) struct Layout {
    /// For each column of the file, which of ours it is.
    columns: Vec<Option<Column>>,
    /// For each of ours, where it is in the file.
    position: [Option<usize>; Column::COUNT],
}

impl Layout {
    fn cell<'r>(&self, rec: &'r Record, col: Column) -> Option<&'r str> {
        let i = self.position[col as usize]?;
        rec.fields.get(i).map(|f| f.text.as_str())
    }
}

pub(super) fn read_row(
    rec: &Record,
    layout: &Layout,
    scale: &Scale,
    warnings: &mut Vec<CsvWarning>,
) -> Result<RowData, SkippedRow> {
    let skip = |column: Option<Column>, text: &str, kind: RowProblem| SkippedRow {
        row: rec.row,
        column,
        text: quote_back(text),
        kind,
    };
    let expected = layout.columns.len();
    if let Some(last) = rec.fields.iter().rposition(|f| !f.is_blank())
        && last >= expected
    {
        let extra = rec.fields[expected..]
            .iter()
            .find(|f| !f.is_blank())
            .map(|f| f.text.as_str())
            .unwrap_or("");
        return Err(skip(
            None,
            extra,
            RowProblem::Ragged {
                expected,
                found: last + 1,
            },
        ));
    }

    let rating = match (
        layout.position[Column::Rating as usize],
        layout.cell(rec, Column::Rating),
    ) {
        (None, _) => scale.neutral,
        (Some(_), None) => return Err(skip(Some(Column::Rating), "", RowProblem::Missing)),
        (Some(_), Some(text)) => {
            let text = unneutralise(text);
            if text.trim().is_empty() {
                return Err(skip(Some(Column::Rating), text, RowProblem::Missing));
            }
            let r = parse_number(text)
                .ok_or_else(|| skip(Some(Column::Rating), text, RowProblem::NotANumber))?;
            if !scale.contains(r) {
                return Err(skip(
                    Some(Column::Rating),
                    text,
                    RowProblem::OutOfRange {
                        min: scale.min,
                        max: scale.max,
                    },
                ));
            }
            r
        }
    };
    let duration = match layout.cell(rec, Column::Duration).map(unneutralise) {
        None => 1.0,
        Some(text) if text.trim().is_empty() => 1.0,
        Some(text) => {
            let d = parse_number(text)
                .ok_or_else(|| skip(Some(Column::Duration), text, RowProblem::NotANumber))?;
            if d < 0.0 {
                return Err(skip(Some(Column::Duration), text, RowProblem::Negative));
            }
            d
        }
    };
    let yes_no = |col: Column| match layout.cell(rec, col) {
        None => Ok(false),
        Some(text) => parse_yes_no(text).ok_or_else(|| skip(Some(col), text, RowProblem::NotYesNo)),
    };
    let moment_of_truth = yes_no(Column::MomentOfTruth)?;
    let failure_demand = yes_no(Column::FailureDemand)?;
    // Optional ratings on the scale: empty is none; off the scale is skipped, not clamped.
    let on_scale = |col: Column| -> Result<Option<f64>, SkippedRow> {
        let text = unneutralise(layout.cell(rec, col).unwrap_or(""));
        if text.trim().is_empty() {
            return Ok(None);
        }
        let v = parse_number(text).ok_or_else(|| skip(Some(col), text, RowProblem::NotANumber))?;
        if !scale.contains(v) {
            let (min, max) = (scale.min, scale.max);
            return Err(skip(Some(col), text, RowProblem::OutOfRange { min, max }));
        }
        Ok(Some(v))
    };
    let expected = on_scale(Column::Expected)?;
    let ours = on_scale(Column::Ours)?;
    let cell = unneutralise(layout.cell(rec, Column::Promises).unwrap_or(""));
    let (promises, promise_cut) = parse_promises(cell).map_err(|_| {
        let max = MAX_PROMISES;
        skip(
            Some(Column::Promises),
            cell,
            RowProblem::TooManyPromises { max },
        )
    })?;
    if promise_cut {
        warnings.push(CsvWarning::TextCut {
            row: rec.row,
            column: Column::Promises,
            max_chars: MAX_PROMISE_CHARS,
        });
    }

    let mut text = |col: Column, max: usize| -> String {
        let raw = layout.cell(rec, col).map(unneutralise).unwrap_or("");
        let (kept, was_cut) = clean_counted(raw, max);
        if was_cut {
            warnings.push(CsvWarning::TextCut {
                row: rec.row,
                column: col,
                max_chars: max,
            });
        }
        kept
    };
    let phase = text(Column::Phase, MAX_NAME_CHARS);
    let name = text(Column::Name, MAX_NAME_CHARS);
    let channel = Channel::from_key(&text(Column::Channel, MAX_NAME_CHARS));
    let notes = text(Column::Notes, MAX_NOTES_CHARS);
    Ok(RowData {
        phase: (!phase.trim().is_empty()).then_some(phase),
        name,
        channel,
        rating,
        duration,
        moment_of_truth,
        notes,
        expected,
        ours,
        failure_demand,
        promises,
    })
}

/// Reads the header row: which column is which, with warnings for the rest.
pub(super) fn read_header(
    rec: &Record,
    warnings: &mut Vec<CsvWarning>,
) -> Result<Layout, CsvError> {
    let mut layout = Layout {
        columns: Vec::with_capacity(rec.fields.len()),
        position: [None; Column::COUNT],
    };
    for (i, f) in rec.fields.iter().enumerate() {
        let col = Column::from_header(&f.text);
        match col {
            Some(c) if layout.position[c as usize].is_some() => {
                warnings.push(CsvWarning::DuplicateColumn {
                    position: i + 1,
                    column: c,
                });
                layout.columns.push(None);
            }
            Some(c) => {
                layout.position[c as usize] = Some(i);
                layout.columns.push(Some(c));
            }
            None => {
                if !f.is_blank() {
                    warnings.push(CsvWarning::UnknownColumn {
                        position: i + 1,
                        header: quote_back(&f.text),
                    });
                }
                layout.columns.push(None);
            }
        }
    }
    let has = |c: Column| layout.position[c as usize].is_some();
    if !has(Column::Name) && !has(Column::Rating) {
        return Err(CsvError::NoHeader {
            found: rec
                .fields
                .iter()
                .take(10)
                .map(|f| quote_back(&f.text))
                .collect(),
        });
    }
    for c in [Column::Name, Column::Rating] {
        if !has(c) {
            warnings.push(CsvWarning::MissingColumn(c));
        }
    }
    Ok(layout)
}

/// Builds the journey: phases by name in order of first appearance. A row with an empty
/// phase continues the phase above it (spreadsheets often write a phase once per group);
/// rows above the first phase join it, as the model's first phase adopts loose touchpoints.
pub(super) fn build_journey(
    rows: Vec<RowData>,
    scale: Scale,
    warnings: &mut Vec<CsvWarning>,
) -> Journey {
    let mut j = Journey::new("");
    j.scale = scale;
    let mut next_id = 1u32;
    let mut phase_of_row: Vec<Option<usize>> = Vec::with_capacity(rows.len());
    let mut current: Option<usize> = None;
    for r in &rows {
        if let Some(name) = &r.phase {
            let idx = match j.phases.iter().position(|p| &p.name == name) {
                Some(i) => i,
                None => {
                    j.phases.push(Phase {
                        id: PhaseId(next_id),
                        name: name.clone(),
                    });
                    next_id += 1;
                    j.phases.len() - 1
                }
            };
            current = Some(idx);
        }
        phase_of_row.push(current);
    }
    let first = (!j.phases.is_empty()).then_some(0);
    let mut keyed: Vec<(usize, RowData)> = rows
        .into_iter()
        .zip(phase_of_row)
        .map(|(r, p)| (p.or(first).unwrap_or(0), r))
        .collect();
    if keyed.windows(2).any(|w| w[0].0 > w[1].0) {
        crate::model::order::sort_by_key(&mut keyed, |(p, _)| *p); // stable: the file's order within a phase
        warnings.push(CsvWarning::Regrouped);
    }
    for (p, r) in keyed {
        j.touchpoints.push(Touchpoint {
            id: TouchpointId(next_id),
            name: r.name,
            phase: j.phases.get(p).map(|ph| ph.id),
            channel: r.channel,
            rating: r.rating,
            duration: r.duration,
            notes: r.notes,
            moment_of_truth: r.moment_of_truth,
            votes: Vec::new(),
            expected: r.expected,
            ours: r.ours,
            promises: r.promises,
            failure_demand: r.failure_demand,
            caused_by: None,
        });
        next_id += 1;
    }
    j.next_id = next_id;
    j
}
