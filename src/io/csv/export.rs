//! Writing the touchpoints as CSV, with cells a spreadsheet would run as formulas
//! neutralised.

use super::promises::format_promises;
use super::{Column, Separator};
use crate::model::{Channel, Journey, Touchpoint, clean, is_kept_char};
use std::borrow::Cow;

/// The touchpoints as CSV text: a UTF-8 BOM (so Excel reads accents right), a header
/// row, one row per touchpoint, CRLF line ends. The optional columns (expected, ours,
/// failure demand, promises) are written only when some touchpoint uses them. With [`Separator::Semicolon`] numbers use
/// a decimal comma. Text cells that a spreadsheet would run as a formula get a leading
/// apostrophe; ratings and durations are numbers and are written as numbers.
pub fn export_csv(journey: &Journey, separator: Separator) -> String {
    let sep = separator.as_char();
    let decimal_comma = separator == Separator::Semicolon;
    let columns: Vec<Column> = Column::ALL
        .into_iter()
        .filter(|c| c.always_written() || journey.touchpoints.iter().any(|t| uses(t, *c)))
        .collect();
    let mut out = String::from('\u{feff}');
    for (i, col) in columns.iter().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        out.push_str(col.key());
    }
    out.push_str("\r\n");
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    for t in &journey.touchpoints {
        for (i, col) in columns.iter().enumerate() {
            if i > 0 {
                out.push(sep);
            }
            match col {
                Column::Phase => {
                    let phase = t.phase.and_then(|p| journey.phase(p));
                    push_text(&mut out, phase.map(|p| p.name.as_str()).unwrap_or(""), sep);
                }
                Column::Name => push_text(&mut out, &t.name, sep),
                Column::Channel => push_text(
                    &mut out,
                    t.channel.as_ref().map(Channel::key).unwrap_or(""),
                    sep,
                ),
                Column::Rating => push_number(&mut out, t.rating, sep, decimal_comma),
                Column::Duration => push_number(&mut out, t.duration, sep, decimal_comma),
                Column::MomentOfTruth => out.push_str(yes_no(t.moment_of_truth)),
                Column::Notes => push_text(&mut out, &t.notes, sep),
                Column::Expected | Column::Ours => {
                    let v = if *col == Column::Expected {
                        t.expected
                    } else {
                        t.ours
                    };
                    if let Some(v) = v {
                        push_number(&mut out, v, sep, decimal_comma);
                    }
                }
                Column::FailureDemand => out.push_str(yes_no(t.failure_demand)),
                Column::Promises => push_text(&mut out, &format_promises(&t.promises), sep),
            }
        }
        out.push_str("\r\n");
    }
    out
}

/// Whether a touchpoint holds something for one of the optional columns.
fn uses(t: &Touchpoint, col: Column) -> bool {
    match col {
        Column::Expected => t.expected.is_some(),
        Column::Ours => t.ours.is_some(),
        Column::FailureDemand => t.failure_demand,
        Column::Promises => !t.promises.is_empty(),
        _ => false,
    }
}

/// Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection").
fn is_formula_trigger(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// `=1+1` → `'=1+1`. Apostrophes already in front are counted past, so that import can
/// undo exactly one and `'=x` survives a round trip as `'=x`.
fn neutralise(s: &str) -> Cow<'_, str> {
    match s.trim_start_matches('\'').chars().next() {
        Some(c) if is_formula_trigger(c) => Cow::Owned(format!("'{s}")),
        _ => Cow::Borrowed(s),
    }
}

/// The inverse of [`neutralise`].
pub(super) fn unneutralise(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) => match rest.trim_start_matches('\'').chars().next() {
            Some(c) if is_formula_trigger(c) => rest,
            _ => s,
        },
        None => s,
    }
}

pub(super) fn push_text(out: &mut String, s: &str, sep: char) {
    // The model drops control characters as text enters it; a journey saved before that
    // may still hold one, and written raw it would make the file unreadable as text.
    let s = if s.chars().all(is_kept_char) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(clean(s, usize::MAX))
    };
    push_quoted(out, &neutralise(&s), sep);
}

fn push_quoted(out: &mut String, s: &str, sep: char) {
    let needs_quotes = s.contains([sep, '"', '\n', '\r'])
        || s.starts_with([' ', '\t'])
        || s.ends_with([' ', '\t']);
    if needs_quotes {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

pub(super) fn push_number(out: &mut String, x: f64, sep: char, decimal_comma: bool) {
    if !x.is_finite() {
        return; // the model never holds one; an empty cell beats "NaN"
    }
    // Display for f64 is the shortest text that reads back to the same number, and
    // never uses an exponent.
    let text = x.to_string();
    if decimal_comma {
        push_quoted(out, &text.replace('.', ","), sep);
    } else {
        out.push_str(&text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised_and_restored() {
        for s in ["=1+1", "+31", "-x", "@SUM", "\tx", "\rx", "'=x", "''+y"] {
            let n = neutralise(s);
            assert!(n.starts_with('\''), "{s}");
            assert_eq!(unneutralise(&n), s);
        }
        for s in ["plain", "'t Hoekje", "", "'", "a=b"] {
            assert_eq!(neutralise(s), s);
            assert_eq!(unneutralise(s), s);
        }
    }

    #[test]
    fn export_writes_numbers_plainly_and_neutralises_text() {
        let mut j = Journey::new("t");
        let mut t = j.new_touchpoint("=HYPERLINK(\"x\")", -2.5);
        t.notes = "line1\nline2".into();
        j.touchpoints.push(t);
        let csv = export_csv(&j, Separator::Comma);
        assert!(csv.starts_with("\u{feff}phase,name,channel,rating"));
        assert!(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\",,-2.5,1,no,\"line1\nline2\"\r\n"));
        let dutch = export_csv(&j, Separator::Semicolon);
        assert!(dutch.contains(";-2,5;1;no;"));
    }
}
