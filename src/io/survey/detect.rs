//! Detection: from the first part of a file, how it is written (separator, decimal comma,
//! header rows, the tool that exported it), wide or long, what each column looks like, and
//! a proposed mapping the user then confirms or changes.

use std::collections::HashSet;

use super::SurveyError;
use super::answer::Answer;
use super::cell::Cell;
use super::names;
use super::split::split_all;
use crate::model::Scale;
use crate::model::survey::{
    ColumnInfo, Detected, Format, MAX_SEGMENT_VALUES, Mapping, NpsScale, Role, Shape, Source,
};

/// Data rows looked at to detect (enough to see each column's range and cardinality).
const DETECT_ROWS: usize = 2000;

/// Most columns a survey file may have.
pub const MAX_COLUMNS: usize = 2000;

/// Answers shown per column in the mapping step.
const SAMPLES: usize = 3;

/// Most distinct values a text column may have to be proposed as a segment.
const SEGMENT_PROPOSE_MAX: usize = 12;

/// True when the bytes start like an Excel workbook (a zip): such a file is detected and
/// read whole, not in slices.
pub fn is_workbook(head: &[u8]) -> bool {
    head.starts_with(b"PK\x03\x04")
}

/// Detects how a survey file is written and proposes a mapping.
///
/// `head` is the start of the file (the whole file when `complete`); a workbook needs the
/// whole file.
pub fn detect(head: &[u8], complete: bool) -> Result<Detected, SurveyError> {
    let text = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    if text.iter().all(u8::is_ascii_whitespace) {
        return Err(SurveyError::Empty);
    }
    if is_workbook(head) {
        let (sheet, rows) = super::xlsx::head_rows(head, DETECT_ROWS + 3)?;
        return detect_grid(rows, Format::Xlsx { sheet });
    }
    if looks_binary(head) {
        return Err(SurveyError::NotTable);
    }
    let sep = separator(head, complete).ok_or(SurveyError::NotTable)?;
    let rows: Vec<Vec<Cell>> = split_all(head, sep, complete, DETECT_ROWS + 3)
        .into_iter()
        .map(|r| r.into_iter().map(Cell::Text).collect())
        .collect();
    let decimal_comma = uses_decimal_comma(&rows);
    detect_grid(
        rows,
        Format::Text {
            separator: char::from(sep),
            decimal_comma,
        },
    )
}

/// NUL bytes or many control characters: not text (UTF-16 and binaries included).
fn looks_binary(head: &[u8]) -> bool {
    let sample = &head[..head.len().min(64 * 1024)];
    let control = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    sample.contains(&0) || control * 100 > sample.len()
}

/// The separator that splits the first records into the most rows of one width (≥ 2).
fn separator(head: &[u8], complete: bool) -> Option<u8> {
    let mut best: Option<(usize, u8)> = None;
    for sep in [b',', b';', b'\t'] {
        let rows = split_all(head, sep, complete, 100);
        let widths: Vec<usize> = rows
            .iter()
            .filter(|r| !(r.len() == 1 && r[0].trim().is_empty()))
            .map(Vec::len)
            .collect();
        let Some(mode) = mode(&widths) else { continue };
        if mode < 2 {
            continue;
        }
        let agreeing = widths.iter().filter(|&&w| w == mode).count();
        let score = agreeing * 10_000 + mode.min(9_999);
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, sep));
        }
    }
    best.map(|(_, sep)| sep)
}

fn mode(values: &[usize]) -> Option<usize> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for &v in values {
        match counts.iter_mut().find(|(w, _)| *w == v) {
            Some((_, n)) => *n += 1,
            None => counts.push((v, 1)),
        }
    }
    // The most frequent; among equals, the wider.
    counts
        .into_iter()
        .max_by_key(|&(w, n)| (n, w))
        .map(|(w, _)| w)
}

/// More cells written `7,5` than `7.5`.
fn uses_decimal_comma(rows: &[Vec<Cell>]) -> bool {
    let (mut comma, mut point) = (0usize, 0usize);
    for cell in rows.iter().skip(1).flatten() {
        if let Cell::Text(s) = cell {
            let s = s.trim().trim_start_matches('-');
            let split = |c: char| {
                s.split_once(c).is_some_and(|(a, b)| {
                    !a.is_empty()
                        && !b.is_empty()
                        && a.bytes().all(|d| d.is_ascii_digit())
                        && b.bytes().all(|d| d.is_ascii_digit())
                })
            };
            if split(',') {
                comma += 1;
            } else if split('.') {
                point += 1;
            }
        }
    }
    comma > point
}

/// What is known about one column beyond `ColumnInfo`.
#[derive(Clone, Debug, Default)]
struct Extra {
    /// Answers that are whole numbers.
    integers: usize,
    /// Every answer one more than the one above (1, 2, 3, …): a row number, not a rating.
    counting: bool,
    last: Option<f64>,
    /// Distinct answers as text, capped at `MAX_SEGMENT_VALUES + 1`.
    distinct: HashSet<String>,
}

/// Detection on rows of cells (text or workbook), the same for both.
pub(crate) fn detect_grid(rows: Vec<Vec<Cell>>, format: Format) -> Result<Detected, SurveyError> {
    let rows: Vec<Vec<Cell>> = rows
        .into_iter()
        .filter(|r| !r.iter().all(Cell::is_empty))
        .collect();
    if rows.is_empty() {
        return Err(SurveyError::Empty);
    }
    let decimal_comma = matches!(
        format,
        Format::Text {
            decimal_comma: true,
            ..
        }
    );
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    if width > MAX_COLUMNS {
        return Err(SurveyError::NotTable);
    }
    let (source, header_rows) = header_rows(&rows, decimal_comma);
    let mut columns = column_names(&rows, source, header_rows, width);
    let data = &rows[header_rows.min(rows.len())..];
    let extras = column_stats(&mut columns, data, decimal_comma);
    if !columns.iter().any(|c| c.numbers > 0) {
        return Err(SurveyError::NoNumbers);
    }
    if let Some((mapping, items)) = long_mapping(&columns, &extras, data, decimal_comma) {
        return Ok(Detected {
            format,
            source,
            header_rows,
            columns,
            mapping,
            items,
        });
    }
    let mapping = wide_mapping(&columns, &extras);
    Ok(Detected {
        format,
        source,
        header_rows,
        columns,
        mapping,
        items: Vec::new(),
    })
}

fn cell_text(rows: &[Vec<Cell>], r: usize, c: usize) -> String {
    rows.get(r)
        .and_then(|row| row.get(c))
        .map(Cell::text)
        .unwrap_or_default()
}

/// Which tool wrote the file, and how many rows come before the answers.
fn header_rows(rows: &[Vec<Cell>], decimal_comma: bool) -> (Source, usize) {
    let row_has = |r: usize, pred: &dyn Fn(&str) -> bool| {
        rows.get(r)
            .is_some_and(|row| row.iter().any(|c| pred(&c.text())))
    };
    if row_has(2, &|t| {
        t.starts_with("{\"ImportId\"") || t.starts_with("{'ImportId'")
    }) {
        return (Source::Qualtrics, 3);
    }
    if rows.len() > 2
        && row_has(1, &|t| {
            matches!(
                t.to_lowercase().as_str(),
                "response" | "open-ended response" | "antwoord" | "open antwoord"
            )
        })
    {
        return (Source::SurveyMonkey, 2);
    }
    if rows[0]
        .first()
        .is_some_and(|c| names::is_timestamp(&c.text()))
    {
        return (Source::GoogleForms, 1);
    }
    // A first row of numbers only is data: the file has no header.
    let all_numbers = rows[0].iter().all(|c| {
        c.is_empty() || matches!(c.answer(decimal_comma), Answer::Number(_) | Answer::Missing)
    });
    if all_numbers {
        return (Source::Plain, 0);
    }
    (Source::Plain, 1)
}

/// `A`, `B`, … `Z`, `AA`: a spreadsheet's name for a column without a header.
fn letters(mut i: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

fn column_names(
    rows: &[Vec<Cell>],
    source: Source,
    header_rows: usize,
    width: usize,
) -> Vec<ColumnInfo> {
    let mut carried_question = String::new();
    (0..width)
        .map(|c| {
            let first = cell_text(rows, 0, c);
            let (name, question) = match source {
                Source::Qualtrics => {
                    let q = cell_text(rows, 1, c);
                    (first, (!q.is_empty()).then_some(q))
                }
                Source::SurveyMonkey => {
                    // A matrix question names itself once, above its first column; the
                    // second row names each column of it.
                    if !first.is_empty() {
                        carried_question = first.clone();
                    }
                    let second = cell_text(rows, 1, c);
                    let plain = matches!(
                        second.to_lowercase().as_str(),
                        "" | "response" | "open-ended response" | "antwoord" | "open antwoord"
                    );
                    if plain {
                        (carried_question.clone(), None)
                    } else {
                        (second, Some(carried_question.clone()))
                    }
                }
                _ if header_rows == 0 => (String::new(), None),
                _ => (first, None),
            };
            let name = if name.is_empty() { letters(c) } else { name };
            ColumnInfo {
                name,
                question,
                ..ColumnInfo::default()
            }
        })
        .collect()
}

fn column_stats(columns: &mut [ColumnInfo], data: &[Vec<Cell>], dc: bool) -> Vec<Extra> {
    let mut extras = vec![
        Extra {
            counting: true,
            ..Extra::default()
        };
        columns.len()
    ];
    for row in data {
        for (c, (info, extra)) in columns.iter_mut().zip(extras.iter_mut()).enumerate() {
            let Some(cell) = row.get(c) else {
                info.missing += 1;
                continue;
            };
            match cell.answer(dc) {
                Answer::Number(v) => {
                    info.numbers += 1;
                    info.min = Some(info.min.map_or(v, |m| m.min(v)));
                    info.max = Some(info.max.map_or(v, |m| m.max(v)));
                    extra.integers += usize::from(v.fract() == 0.0);
                    extra.counting &= extra.last.is_none_or(|last| v == last + 1.0);
                    extra.last = Some(v);
                }
                Answer::Missing => {
                    info.missing += 1;
                    extra.counting = false;
                }
                Answer::Bad => {
                    info.text += 1;
                    extra.counting = false;
                }
            }
            let formatted;
            let text = match cell {
                Cell::Text(s) => s.trim(),
                Cell::Number(v) => {
                    formatted = format!("{v}");
                    formatted.as_str()
                }
            };
            if !text.is_empty() {
                if info.samples.len() < SAMPLES && !info.samples.iter().any(|x| x == text) {
                    info.samples.push(text.to_string());
                }
                if extra.distinct.len() <= MAX_SEGMENT_VALUES && !extra.distinct.contains(text) {
                    extra.distinct.insert(text.to_string());
                }
            }
        }
    }
    for (info, extra) in columns.iter_mut().zip(&extras) {
        info.distinct = extra.distinct.len();
    }
    extras
}

/// Mostly numbers: at least four in five answers (a few bad answers do not hide a
/// rating column; they are listed when read).
fn numeric(info: &ColumnInfo) -> bool {
    info.numbers > 0 && info.text * 4 <= info.numbers
}

/// Ratings: mostly whole numbers on a span no wider than −5..5 or 0–10 (some tools
/// write averaged or half ratings, `7,5`).
fn rating_like(info: &ColumnInfo, extra: &Extra) -> bool {
    match (info.min, info.max) {
        (Some(lo), Some(hi)) => {
            let counting = extra.counting && info.numbers >= 3;
            numeric(info)
                && extra.integers * 2 >= info.numbers
                && !counting
                && lo >= -5.0
                && hi <= 10.0
                && hi - lo <= 10.0
        }
        _ => false,
    }
}

/// Mostly text with few distinct values: region, channel, wave.
fn low_cardinality_text(info: &ColumnInfo) -> bool {
    let answered = info.numbers + info.text;
    info.text > info.numbers
        && (2..=SEGMENT_PROPOSE_MAX).contains(&info.distinct)
        // Some value comes back: free text rarely repeats itself.
        && info.distinct < answered
}

/// The name a column goes by on screen and in the analysis: its name, or for a question
/// code such as Qualtrics' `Q1_3` or `Q5` the question's text (after the last " - " of a
/// matrix question), so a segment reads "Regio", not "Q5".
pub fn column_label(info: &ColumnInfo) -> String {
    let code = {
        let n = info.name.trim();
        let rest = n.strip_prefix(['Q', 'q']).unwrap_or("");
        !rest.is_empty()
            && rest
                .chars()
                .all(|c| c.is_ascii_digit() || c == '_' || c == '.')
    };
    match &info.question {
        Some(q) if code && !q.trim().is_empty() => {
            let part = q.rsplit(" - ").next().unwrap_or(q).trim();
            if part.is_empty() { q.trim() } else { part }.to_string()
        }
        _ => info.name.clone(),
    }
}

fn wide_mapping(columns: &[ColumnInfo], extras: &[Extra]) -> Mapping {
    let mut roles = vec![Role::Ignore; columns.len()];
    let mut overall = None;
    let mut nps = None;
    let mut respondent = false;
    // Names decide first (the overall rating is itself a rating-like number column).
    for pass in 0..2 {
        for (c, info) in columns.iter().enumerate() {
            if roles[c] != Role::Ignore || names::is_metadata(&info.name) {
                continue;
            }
            // Pass 0 reads the column names, pass 1 the question texts.
            let text = if pass == 0 {
                Some(info.name.as_str())
            } else {
                info.question.as_deref()
            };
            let Some(text) = text else { continue };
            let rates = numeric(info);
            if rates && overall.is_none() && names::is_overall(text) {
                overall = Some(c);
                roles[c] = Role::Overall;
            } else if rates && nps.is_none() && names::is_nps(text) {
                nps = Some(c);
                roles[c] = Role::Nps;
            }
        }
    }
    for (c, info) in columns.iter().enumerate() {
        if roles[c] != Role::Ignore {
            continue;
        }
        let name = &info.name;
        roles[c] = if names::is_respondent(name) && !respondent {
            respondent = true;
            Role::Respondent
        } else if names::is_metadata(name)
            || names::is_respondent(name)
            || names::is_nps_group(&names::normalize(name))
        {
            Role::Ignore
        } else if info.distinct >= 1 && names::is_segment(name, !numeric(info)) {
            Role::Segment
        } else if rating_like(info, &extras[c]) {
            Role::Touchpoint
        } else if low_cardinality_text(info) {
            Role::Segment
        } else {
            Role::Ignore
        };
    }
    let touchpoints: Vec<usize> = (0..roles.len())
        .filter(|&c| roles[c] == Role::Touchpoint)
        .collect();
    let range = |cols: &mut dyn Iterator<Item = usize>| {
        cols.fold(None, |acc: Option<(f64, f64)>, c| {
            match (acc, columns[c].min, columns[c].max) {
                (None, Some(lo), Some(hi)) => Some((lo, hi)),
                (Some((a, b)), Some(lo), Some(hi)) => Some((a.min(lo), b.max(hi))),
                (acc, _, _) => acc,
            }
        })
    };
    let touchpoint_scale = snap_scale(range(&mut touchpoints.iter().copied()));
    let overall_scale = match overall {
        Some(c) => snap_scale(range(&mut std::iter::once(c))),
        None => touchpoint_scale,
    };
    let nps_scale = nps_scale_of(nps.and_then(|c| range(&mut std::iter::once(c))));
    Mapping {
        shape: Shape::Wide,
        roles,
        touchpoints,
        items: Vec::new(),
        overall_item: None,
        nps_item: None,
        touchpoint_scale,
        overall_scale,
        nps_scale,
    }
}

/// The common scale holding what was seen: 1–5, 1–7, 1–10, 0–10, −5..5; else the seen
/// range; the default −5..5 when nothing was seen.
pub(crate) fn snap_scale(seen: Option<(f64, f64)>) -> Scale {
    let Some((lo, hi)) = seen else {
        return Scale::default();
    };
    for (min, max) in [
        (1.0, 5.0),
        (1.0, 7.0),
        (1.0, 10.0),
        (0.0, 10.0),
        (-5.0, 5.0),
    ] {
        if lo >= min && hi <= max {
            return Scale::new(min, max, None).unwrap_or_default();
        }
    }
    let (min, max) = (lo.floor(), hi.ceil());
    Scale::new(min, max, None)
        .or_else(|_| Scale::new(min, min + 1.0, None))
        .unwrap_or_default()
}

/// 0–10 unless no 0 was seen and 10 was the largest answer.
fn nps_scale_of(seen: Option<(f64, f64)>) -> NpsScale {
    match seen {
        Some((lo, hi)) if lo >= 1.0 && hi == 10.0 => NpsScale::OneToTen,
        _ => NpsScale::ZeroToTen,
    }
}

/// The long shape: a respondent column with repeats, an item column of text, and one
/// column of numbers. `None` when the file is not like that.
fn long_mapping(
    columns: &[ColumnInfo],
    extras: &[Extra],
    data: &[Vec<Cell>],
    dc: bool,
) -> Option<(Mapping, Vec<String>)> {
    if data.len() < 2 {
        return None;
    }
    let answers: Vec<usize> = (0..columns.len())
        .filter(|&c| {
            let info = &columns[c];
            numeric(info) && !names::is_metadata(&info.name) && !names::is_respondent(&info.name)
        })
        .collect();
    let answer = match answers.as_slice() {
        [a] => *a,
        many => *many.iter().find(|&&c| names::is_answer(&columns[c].name))?,
    };
    let text_of = |r: &Vec<Cell>, c: usize| r.get(c).map(Cell::text).unwrap_or_default();
    // The item column: text with few values that changes within one respondent's rows.
    let items_candidates: Vec<usize> = (0..columns.len())
        .filter(|&c| {
            c != answer
                && columns[c].text > columns[c].numbers
                && (2..=MAX_SEGMENT_VALUES).contains(&columns[c].distinct)
        })
        .collect();
    let mut best: Option<(usize, usize, usize)> = None;
    for r in (0..columns.len()).filter(|&c| c != answer) {
        let ids: Vec<String> = data.iter().map(|row| text_of(row, r)).collect();
        let distinct: HashSet<&String> = ids.iter().collect();
        if distinct.len() * 10 > ids.len() * 9 || ids.iter().any(String::is_empty) {
            continue; // hardly any repeats: one row per respondent
        }
        for &i in &items_candidates {
            if i == r {
                continue;
            }
            let pairs: HashSet<(&String, String)> = data
                .iter()
                .zip(&ids)
                .map(|(row, id)| (id, text_of(row, i)))
                .collect();
            // Each respondent answers each item about once.
            if pairs.len() * 10 < data.len() * 9 {
                continue;
            }
            let mut score = pairs.len();
            if names::is_item(&columns[i].name) {
                score += data.len();
            }
            if names::is_respondent(&columns[r].name) {
                score += data.len();
            }
            if best.is_none_or(|(s, _, _)| score > s) {
                best = Some((score, r, i));
            }
        }
    }
    let (_, respondent, item) = best?;
    let mut items: Vec<String> = Vec::new();
    let mut ranges: Vec<Option<(f64, f64)>> = Vec::new();
    for row in data {
        let name = text_of(row, item);
        if name.is_empty() {
            continue;
        }
        let k = match items.iter().position(|x| *x == name) {
            Some(k) => k,
            None => {
                items.push(name);
                ranges.push(None);
                items.len() - 1
            }
        };
        if let Some(Answer::Number(v)) = row.get(answer).map(|c| c.answer(dc)) {
            ranges[k] = Some(ranges[k].map_or((v, v), |(a, b)| (a.min(v), b.max(v))));
        }
    }
    let overall_item = items.iter().position(|x| names::is_overall(x));
    let nps_item = items
        .iter()
        .position(|x| names::is_nps(x))
        .filter(|&k| Some(k) != overall_item);
    let touch: Vec<usize> = (0..items.len())
        .filter(|&k| Some(k) != overall_item && Some(k) != nps_item && ranges[k].is_some())
        .collect();
    let merge = |ks: &mut dyn Iterator<Item = usize>| {
        ks.filter_map(|k| ranges[k])
            .fold(None, |acc: Option<(f64, f64)>, (lo, hi)| {
                Some(acc.map_or((lo, hi), |(a, b)| (a.min(lo), b.max(hi))))
            })
    };
    let touchpoint_scale = snap_scale(merge(&mut touch.iter().copied()));
    let overall_scale = match overall_item {
        Some(k) => snap_scale(ranges[k]),
        None => touchpoint_scale,
    };
    let nps_scale = nps_scale_of(nps_item.and_then(|k| ranges[k]));
    let roles = (0..columns.len())
        .map(|c| {
            if c == respondent {
                Role::Respondent
            } else if c == item {
                Role::Item
            } else if c == answer {
                Role::Answer
            } else if !names::is_metadata(&columns[c].name)
                && (names::is_segment(&columns[c].name, true) || low_cardinality_text(&columns[c]))
                && columns[c].distinct <= MAX_SEGMENT_VALUES
                && !extras[c].distinct.is_empty()
            {
                Role::Segment
            } else {
                Role::Ignore
            }
        })
        .collect();
    let mapping = Mapping {
        shape: Shape::Long,
        roles,
        touchpoints: Vec::new(),
        items: touch.iter().map(|&k| items[k].clone()).collect(),
        overall_item: overall_item.map(|k| items[k].clone()),
        nps_item: nps_item.map(|k| items[k].clone()),
        touchpoint_scale,
        overall_scale,
        nps_scale,
    };
    Some((mapping, items))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_snap_to_the_common_ones() {
        let s = |lo, hi| snap_scale(Some((lo, hi)));
        assert_eq!((s(1.0, 5.0).min, s(1.0, 5.0).max), (1.0, 5.0));
        assert_eq!((s(2.0, 4.0).min, s(2.0, 4.0).max), (1.0, 5.0));
        assert_eq!((s(1.0, 6.0).min, s(1.0, 6.0).max), (1.0, 7.0));
        assert_eq!((s(1.0, 9.0).min, s(1.0, 9.0).max), (1.0, 10.0));
        assert_eq!((s(0.0, 10.0).min, s(0.0, 10.0).max), (0.0, 10.0));
        assert_eq!((s(-3.0, 2.0).min, s(-3.0, 2.0).max), (-5.0, 5.0));
        assert_eq!(s(1.0, 10.0).neutral, 5.5);
    }

    #[test]
    fn nps_is_one_to_ten_only_without_a_zero_and_with_a_ten() {
        assert_eq!(nps_scale_of(Some((1.0, 10.0))), NpsScale::OneToTen);
        assert_eq!(nps_scale_of(Some((0.0, 10.0))), NpsScale::ZeroToTen);
        assert_eq!(nps_scale_of(Some((3.0, 9.0))), NpsScale::ZeroToTen);
        assert_eq!(nps_scale_of(None), NpsScale::ZeroToTen);
    }

    #[test]
    fn column_letters() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
        assert_eq!(letters(27), "AB");
    }

    #[test]
    fn separators() {
        assert_eq!(separator(b"a;b;c\n1;2,5;3\n", true), Some(b';'));
        assert_eq!(separator(b"a\tb\n1\t2\n", true), Some(b'\t'));
        assert_eq!(separator(b"a,b\n1,2\n", true), Some(b','));
        assert_eq!(separator(b"just words\nno table\n", true), None);
    }
}
