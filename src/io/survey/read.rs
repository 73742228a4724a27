//! The streaming reader: bytes in chunks of any size → `SurveyData` with the mapping the
//! user confirmed. Keeps only the mapped columns, as numbers (segments as codes); never
//! the respondent ids or free text.

use calamine::Data;

use super::SurveyError;
use super::answer::{Answer, parse_answer, small_integer};
use super::split::{Record, Splitter, decode};
use super::xlsx;
use crate::model::Scale;
use crate::model::hash::FastMap;
use crate::model::survey::{
    BadCell, BadKind, Detected, Format, MAX_BAD_LISTED, MAX_SEGMENT_VALUES, MISSING, Mapping,
    NO_SEGMENT, NpsScale, ReadSummary, Role, SegmentColumn, Shape, SurveyData,
};

/// The label of the values beyond the `MAX_SEGMENT_VALUES - 1` most frequent of a segment
/// column.
pub const OTHER_SEGMENT: &str = "(other)";

/// What a mapped column feeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    Touchpoint(usize),
    Overall,
    Nps,
    Segment(usize),
    Respondent,
    Item,
    Answer,
}

/// One cell as the reader gets it.
#[derive(Clone, Copy)]
enum CellRef<'a> {
    Bytes(&'a [u8]),
    Data(&'a Data),
}

impl CellRef<'_> {
    #[inline]
    fn answer(self, decimal_comma: bool) -> Answer {
        match self {
            CellRef::Bytes(b) => {
                if let Some(n) = small_integer(b) {
                    return Answer::Number(f64::from(n));
                }
                match std::str::from_utf8(b) {
                    Ok(s) => parse_answer(s, decimal_comma),
                    Err(_) => parse_answer(&decode(b), decimal_comma),
                }
            }
            CellRef::Data(Data::Int(i)) => Answer::Number(*i as f64),
            CellRef::Data(Data::Float(f)) if f.is_finite() => Answer::Number(*f),
            CellRef::Data(Data::Empty) => Answer::Missing,
            CellRef::Data(Data::String(s)) => parse_answer(s, decimal_comma),
            CellRef::Data(d) => match xlsx::cell(d) {
                super::cell::Cell::Text(s) => parse_answer(&s, decimal_comma),
                super::cell::Cell::Number(_) => Answer::Bad,
            },
        }
    }

    fn text(self) -> String {
        match self {
            CellRef::Bytes(b) => decode(b).trim().to_string(),
            CellRef::Data(Data::String(s)) => s.trim().to_string(),
            CellRef::Data(Data::Empty) => String::new(),
            CellRef::Data(d) => match xlsx::cell(d) {
                super::cell::Cell::Text(s) => s.trim().to_string(),
                super::cell::Cell::Number(v) => format!("{v}"),
            },
        }
    }

    /// The cell as a key (respondent ids, segment labels): trimmed bytes, or the text.
    fn key(self, buf: &mut Vec<u8>) {
        buf.clear();
        match self {
            CellRef::Bytes(b) => buf.extend_from_slice(b.trim_ascii()),
            CellRef::Data(Data::String(s)) => buf.extend_from_slice(s.trim().as_bytes()),
            CellRef::Data(_) => buf.extend_from_slice(self.text().as_bytes()),
        }
    }
}

/// A segment column being read: labels as met, one code per respondent.
#[derive(Clone, Debug, Default)]
struct SegmentBuilder {
    column: String,
    lookup: FastMap<Vec<u8>, u16>,
    values: Vec<String>,
    codes: Vec<u16>,
    /// The last label met and its code: waves and sorted exports repeat it row after row.
    last: Option<(Vec<u8>, u16)>,
}

/// Codes past this are all "(other)" while reading (recoded at the end).
const OVERFLOW: u16 = u16::MAX - 1;

impl SegmentBuilder {
    fn code(&mut self, key: &[u8]) -> u16 {
        if key.is_empty() {
            return NO_SEGMENT;
        }
        if let Some((k, c)) = &self.last
            && k == key
        {
            return *c;
        }
        let c = self.find_or_add(key);
        match &mut self.last {
            Some((k, last)) => {
                k.clear();
                k.extend_from_slice(key);
                *last = c;
            }
            None => self.last = Some((key.to_vec(), c)),
        }
        c
    }

    fn find_or_add(&mut self, key: &[u8]) -> u16 {
        if let Some(&c) = self.lookup.get(key) {
            return c;
        }
        if self.values.len() >= usize::from(OVERFLOW) {
            return OVERFLOW;
        }
        let c = self.values.len() as u16;
        self.values.push(decode(key));
        self.lookup.insert(key.to_vec(), c);
        c
    }

    /// The kept respondents' codes, with at most `MAX_SEGMENT_VALUES` labels: the most
    /// frequent, the rest as "(other)"; labels in order of first appearance.
    fn finish(self, kept: Option<&[bool]>) -> SegmentColumn {
        let codes: Vec<u16> = match kept {
            Some(kept) => self
                .codes
                .iter()
                .zip(kept)
                .filter(|(_, k)| **k)
                .map(|(c, _)| *c)
                .collect(),
            None => self.codes,
        };
        let mut counts = vec![0usize; self.values.len() + 1];
        for &c in &codes {
            if c != NO_SEGMENT {
                counts[usize::from(c).min(self.values.len())] += 1;
            }
        }
        let used = counts[..self.values.len()]
            .iter()
            .filter(|&&n| n > 0)
            .count();
        let overflowed = counts[self.values.len()] > 0;
        let room = if used > MAX_SEGMENT_VALUES || overflowed {
            MAX_SEGMENT_VALUES - 1
        } else {
            MAX_SEGMENT_VALUES
        };
        // The `room` most frequent (earlier first among equals) keep their label.
        let mut order: Vec<usize> = (0..self.values.len()).filter(|&i| counts[i] > 0).collect();
        order.sort_by(|&a, &b| counts[b].cmp(&counts[a]).then(a.cmp(&b)));
        let mut keep = vec![false; self.values.len()];
        for &i in order.iter().take(room) {
            keep[i] = true;
        }
        let mut new_code = vec![NO_SEGMENT; self.values.len()];
        let mut values = Vec::new();
        for (i, v) in self.values.into_iter().enumerate() {
            if keep[i] {
                new_code[i] = values.len() as u16;
                values.push(v);
            }
        }
        let other = values.len() as u16;
        let mut any_other = false;
        let codes = codes
            .into_iter()
            .map(|c| match c {
                NO_SEGMENT => NO_SEGMENT,
                c if usize::from(c) < new_code.len() && new_code[usize::from(c)] != NO_SEGMENT => {
                    new_code[usize::from(c)]
                }
                _ => {
                    any_other = true;
                    other
                }
            })
            .collect();
        if any_other {
            values.push(OTHER_SEGMENT.to_string());
        }
        SegmentColumn {
            column: self.column,
            values,
            codes,
        }
    }
}

/// The long shape's bookkeeping.
#[derive(Debug, Default)]
struct Long {
    respondents: FastMap<Vec<u8>, u32>,
    /// The last row's respondent: a long export lists one respondent's answers together.
    last: Option<(Vec<u8>, u32)>,
    /// Item text → what it feeds.
    items: FastMap<String, Slot>,
    rows_without_id: usize,
}

/// Collects rows into `SurveyData`.
struct Sink {
    shape: Shape,
    header_rows: usize,
    /// Non-blank records seen (header rows included).
    records: usize,
    /// Added to a record's index to number it as a spreadsheet does.
    row_offset: usize,
    decimal_comma: bool,
    names: Vec<String>,
    slots: Vec<(usize, Slot)>,
    k: usize,
    scales: (Scale, Scale, NpsScale),
    data: SurveyData,
    segments: Vec<SegmentBuilder>,
    summary: ReadSummary,
    /// Wide: the current row's ratings; long: scratch.
    row: Vec<f32>,
    key: Vec<u8>,
    long: Long,
}

fn nps_range(s: NpsScale) -> (f64, f64) {
    match s {
        NpsScale::ZeroToTen => (0.0, 10.0),
        NpsScale::OneToTen => (1.0, 10.0),
    }
}

impl Sink {
    fn new(detected: &Detected, mapping: &Mapping) -> Result<Sink, SurveyError> {
        let columns = &detected.columns;
        if mapping.roles.len() != columns.len() {
            return Err(SurveyError::MappingMismatch);
        }
        for s in [mapping.touchpoint_scale, mapping.overall_scale] {
            if s.validate().is_err() {
                return Err(SurveyError::MappingMismatch);
            }
        }
        let count = |role: Role| mapping.roles.iter().filter(|&&r| r == role).count();
        let mut slots = Vec::new();
        let mut segments = Vec::new();
        let mut long = Long::default();
        let touchpoints: Vec<String> = match mapping.shape {
            Shape::Wide => {
                if count(Role::Overall) > 1 || count(Role::Nps) > 1 {
                    return Err(SurveyError::MappingMismatch);
                }
                let mut order = Vec::new();
                for &c in &mapping.touchpoints {
                    if mapping.roles.get(c) != Some(&Role::Touchpoint) || order.contains(&c) {
                        return Err(SurveyError::MappingMismatch);
                    }
                    order.push(c);
                }
                // A touchpoint column left out of the order goes after the others.
                for (c, &r) in mapping.roles.iter().enumerate() {
                    if r == Role::Touchpoint && !order.contains(&c) {
                        order.push(c);
                    }
                }
                if order.is_empty() {
                    return Err(SurveyError::NoTouchpoints);
                }
                for (j, &c) in order.iter().enumerate() {
                    slots.push((c, Slot::Touchpoint(j)));
                }
                order
                    .iter()
                    .map(|&c| super::detect::column_label(&columns[c]))
                    .collect()
            }
            Shape::Long => {
                for role in [Role::Respondent, Role::Item, Role::Answer] {
                    if count(role) != 1 {
                        return Err(SurveyError::MappingMismatch);
                    }
                }
                if mapping.items.is_empty() {
                    return Err(SurveyError::NoTouchpoints);
                }
                for (j, item) in mapping.items.iter().enumerate() {
                    long.items
                        .insert(item.trim().to_string(), Slot::Touchpoint(j));
                }
                if let Some(o) = &mapping.overall_item {
                    long.items.insert(o.trim().to_string(), Slot::Overall);
                }
                if let Some(n) = &mapping.nps_item {
                    long.items.insert(n.trim().to_string(), Slot::Nps);
                }
                mapping.items.clone()
            }
        };
        for (c, &role) in mapping.roles.iter().enumerate() {
            let slot = match (mapping.shape, role) {
                (Shape::Wide, Role::Overall) => Slot::Overall,
                (Shape::Wide, Role::Nps) => Slot::Nps,
                (_, Role::Segment) => {
                    segments.push(SegmentBuilder {
                        column: super::detect::column_label(&columns[c]),
                        ..SegmentBuilder::default()
                    });
                    Slot::Segment(segments.len() - 1)
                }
                (Shape::Long, Role::Respondent) => Slot::Respondent,
                (Shape::Long, Role::Item) => Slot::Item,
                (Shape::Long, Role::Answer) => Slot::Answer,
                _ => continue,
            };
            slots.push((c, slot));
        }
        // Long rows are read respondent, item, answer in that order; segments last.
        slots.sort_by_key(|&(c, s)| {
            let rank = match s {
                Slot::Item => 1,
                Slot::Answer => 2,
                Slot::Segment(_) => 3,
                _ => 0,
            };
            (rank, c)
        });
        let k = touchpoints.len();
        Ok(Sink {
            shape: mapping.shape,
            header_rows: detected.header_rows,
            records: 0,
            row_offset: 0,
            decimal_comma: matches!(
                detected.format,
                Format::Text {
                    decimal_comma: true,
                    ..
                }
            ),
            names: columns.iter().map(super::detect::column_label).collect(),
            slots,
            k,
            scales: (
                mapping.touchpoint_scale,
                mapping.overall_scale,
                mapping.nps_scale,
            ),
            data: SurveyData {
                touchpoints,
                touchpoint_scale: mapping.touchpoint_scale,
                overall_scale: mapping.overall_scale,
                nps_scale: mapping.nps_scale,
                ..SurveyData::default()
            },
            segments,
            summary: ReadSummary::default(),
            row: vec![MISSING; k],
            key: Vec::new(),
            long,
        })
    }

    fn bad(&mut self, index: usize, column: usize, cell: CellRef<'_>, kind: BadKind) {
        self.summary.bad_count += 1;
        if self.summary.bad.len() < MAX_BAD_LISTED {
            self.summary.bad.push(BadCell {
                row: index + 1 + self.row_offset,
                column: self.names[column].clone(),
                text: cell.text(),
                kind,
            });
        }
    }

    /// The cell as a number within `[lo, hi]`; `MISSING` when not answered, and also
    /// (listed as bad) when it is text or out of range.
    #[inline(always)]
    fn number(&mut self, index: usize, column: usize, cell: CellRef<'_>, lo: f64, hi: f64) -> f32 {
        // The hot path: a plain small whole number within the scale.
        if let CellRef::Bytes(b) = cell
            && let Some(n) = small_integer(b)
            && f64::from(n) >= lo
            && f64::from(n) <= hi
        {
            return n as f32;
        }
        self.number_slow(index, column, cell, lo, hi)
    }

    #[inline(never)]
    fn number_slow(
        &mut self,
        index: usize,
        column: usize,
        cell: CellRef<'_>,
        lo: f64,
        hi: f64,
    ) -> f32 {
        match cell.answer(self.decimal_comma) {
            Answer::Number(v) if v >= lo && v <= hi => v as f32,
            Answer::Number(_) => {
                self.bad(index, column, cell, BadKind::OutOfScale);
                MISSING
            }
            Answer::Missing => MISSING,
            Answer::Bad => {
                self.bad(index, column, cell, BadKind::NotNumber);
                MISSING
            }
        }
    }

    /// One record: `index` counts from the file's first record (0), `width` is its fields.
    fn record<'a>(&mut self, index: usize, blank: bool, get: impl Fn(usize) -> CellRef<'a>) {
        if blank {
            return;
        }
        self.records += 1;
        if self.records <= self.header_rows {
            return;
        }
        self.summary.rows += 1;
        match self.shape {
            Shape::Wide => self.wide(index, get),
            Shape::Long => self.long(index, get),
        }
    }

    fn wide<'a>(&mut self, index: usize, get: impl Fn(usize) -> CellRef<'a>) {
        let (ts, os, ns) = self.scales;
        let (nlo, nhi) = nps_range(ns);
        let mut overall = MISSING;
        let mut nps = MISSING;
        let mut rated = false;
        let mut codes_at = usize::MAX;
        for i in 0..self.slots.len() {
            let (c, slot) = self.slots[i];
            let cell = get(c);
            match slot {
                Slot::Touchpoint(j) => {
                    let v = self.number(index, c, cell, ts.min, ts.max);
                    rated |= !v.is_nan();
                    self.row[j] = v;
                }
                Slot::Overall => overall = self.number(index, c, cell, os.min, os.max),
                Slot::Nps => nps = self.number(index, c, cell, nlo, nhi),
                Slot::Segment(_) => {
                    codes_at = i;
                    break;
                }
                _ => {}
            }
        }
        if !rated {
            self.summary.skipped += 1;
            return;
        }
        self.data.ratings.extend_from_slice(&self.row);
        self.data.overall.push(overall);
        self.data.nps.push(nps);
        if codes_at != usize::MAX {
            for i in codes_at..self.slots.len() {
                if let (c, Slot::Segment(s)) = self.slots[i] {
                    get(c).key(&mut self.key);
                    let code = self.segments[s].code(&self.key);
                    self.segments[s].codes.push(code);
                }
            }
        }
    }

    fn long<'a>(&mut self, index: usize, get: impl Fn(usize) -> CellRef<'a>) {
        let (ts, os, ns) = self.scales;
        let (nlo, nhi) = nps_range(ns);
        let mut who = None;
        let mut target = None;
        for i in 0..self.slots.len() {
            let (c, slot) = self.slots[i];
            let cell = get(c);
            match slot {
                Slot::Respondent => {
                    cell.key(&mut self.key);
                    if self.key.is_empty() {
                        self.long.rows_without_id += 1;
                        return;
                    }
                    let next = self.data.overall.len() as u32;
                    let known = match &self.long.last {
                        Some((k, r)) if *k == self.key => Some(*r),
                        _ => self.long.respondents.get(self.key.as_slice()).copied(),
                    };
                    let r = match known {
                        Some(r) => r,
                        None => {
                            self.long.respondents.insert(self.key.clone(), next);
                            self.data
                                .ratings
                                .extend(std::iter::repeat_n(MISSING, self.k));
                            self.data.overall.push(MISSING);
                            self.data.nps.push(MISSING);
                            for s in &mut self.segments {
                                s.codes.push(NO_SEGMENT);
                            }
                            next
                        }
                    };
                    who = Some(r as usize);
                    match &mut self.long.last {
                        Some((k, last)) => {
                            if *k != self.key {
                                k.clear();
                                k.extend_from_slice(&self.key);
                            }
                            *last = r;
                        }
                        None => self.long.last = Some((self.key.clone(), r)),
                    }
                }
                Slot::Item => {
                    let found = match cell {
                        CellRef::Bytes(b) => match std::str::from_utf8(b) {
                            Ok(s) => self.long.items.get(s.trim()).copied(),
                            Err(_) => self.long.items.get(decode(b).trim()).copied(),
                        },
                        CellRef::Data(_) => self.long.items.get(&cell.text()).copied(),
                    };
                    // An item the mapping does not use (a free-text question): not read.
                    let Some(found) = found else { return };
                    target = Some(found);
                }
                Slot::Answer => {
                    let (Some(r), Some(t)) = (who, target) else {
                        return;
                    };
                    match t {
                        Slot::Touchpoint(j) => {
                            self.data.ratings[r * self.k + j] =
                                self.number(index, c, cell, ts.min, ts.max);
                        }
                        Slot::Overall => {
                            self.data.overall[r] = self.number(index, c, cell, os.min, os.max);
                        }
                        Slot::Nps => self.data.nps[r] = self.number(index, c, cell, nlo, nhi),
                        _ => {}
                    }
                }
                Slot::Segment(s) => {
                    let Some(r) = who else { return };
                    if self.segments[s].codes[r] == NO_SEGMENT {
                        cell.key(&mut self.key);
                        let code = self.segments[s].code(&self.key);
                        self.segments[s].codes[r] = code;
                    }
                }
                _ => {}
            }
        }
    }

    fn finish(mut self) -> Result<(SurveyData, ReadSummary), SurveyError> {
        let kept: Option<Vec<bool>> = match self.shape {
            Shape::Wide => None,
            Shape::Long => {
                let k = self.k;
                let kept: Vec<bool> = self
                    .data
                    .ratings
                    .chunks(k.max(1))
                    .map(|row| row.iter().any(|v| !v.is_nan()))
                    .collect();
                let dropped = kept.iter().filter(|&&k| !k).count();
                self.summary.skipped = dropped + self.long.rows_without_id;
                if dropped > 0 {
                    let d = &mut self.data;
                    let mut i = 0;
                    d.ratings.retain(|_| {
                        let keep = kept[i / k];
                        i += 1;
                        keep
                    });
                    let mut i = 0;
                    d.overall.retain(|_| {
                        i += 1;
                        kept[i - 1]
                    });
                    let mut i = 0;
                    d.nps.retain(|_| {
                        i += 1;
                        kept[i - 1]
                    });
                }
                Some(kept)
            }
        };
        self.data.segments = self
            .segments
            .into_iter()
            .map(|s| s.finish(kept.as_deref()))
            .collect();
        if self.data.respondents() == 0 {
            return Err(SurveyError::NoRespondents);
        }
        Ok((self.data, self.summary))
    }
}

/// Where the bytes go.
enum Input {
    Text(Splitter),
    /// A workbook is read whole at the end.
    Workbook(Vec<u8>),
}

/// Reads a survey file fed in chunks, with a mapping.
///
/// ```text
/// let mut r = Reader::new(&detected, &mapping)?;
/// for chunk in slices { r.feed(chunk); }
/// let (data, summary) = r.finish()?;
/// ```
pub struct Reader {
    input: Input,
    sink: Sink,
    bytes: u64,
}

impl Reader {
    /// A reader for a file as `detected`, with `mapping` (the detected one or the user's).
    pub fn new(detected: &Detected, mapping: &Mapping) -> Result<Reader, SurveyError> {
        let sink = Sink::new(detected, mapping)?;
        let input = match &detected.format {
            Format::Text { separator, .. } => {
                let sep = u8::try_from(*separator)
                    .ok()
                    .filter(|b| b.is_ascii() && !matches!(b, b'"' | b'\n' | b'\r'))
                    .ok_or(SurveyError::MappingMismatch)?;
                Input::Text(Splitter::new(sep))
            }
            Format::Xlsx { .. } => Input::Workbook(Vec::new()),
        };
        Ok(Reader {
            input,
            sink,
            bytes: 0,
        })
    }

    /// Room for the rest of a wide text file, estimated from the rows read in its first
    /// `read` bytes out of `total`: reserved once, so the numbers of a million respondents
    /// are not copied into ever larger buffers (each doubling holds old and new at once).
    pub fn reserve_for(&mut self, read: u64, total: u64) {
        let sink = &mut self.sink;
        let kept = sink.data.overall.len();
        if sink.shape != Shape::Wide || kept == 0 || read == 0 || total <= read {
            return;
        }
        // 2% over the estimate: rows vary in length; a short reserve only means one more growth.
        let rows = (kept as f64 * total as f64 / read as f64 * 1.02) as usize;
        let more = rows
            .saturating_sub(kept)
            .min(super::MAX_FILE_BYTES as usize / 8);
        sink.data.ratings.reserve_exact(more * sink.k);
        sink.data.overall.reserve_exact(more);
        sink.data.nps.reserve_exact(more);
        for s in &mut sink.segments {
            s.codes.reserve_exact(more);
        }
    }

    /// Reads the next bytes of the file; chunks may end anywhere.
    pub fn feed(&mut self, chunk: &[u8]) {
        self.bytes += chunk.len() as u64;
        if self.bytes > super::MAX_FILE_BYTES {
            return;
        }
        let sink = &mut self.sink;
        match &mut self.input {
            Input::Text(split) => split.feed(chunk, &mut |r: Record<'_>| {
                sink.record(r.index, r.is_blank(), |i| CellRef::Bytes(r.field(i)))
            }),
            Input::Workbook(buf) => buf.extend_from_slice(chunk),
        }
    }

    /// Ends the file: the numbers, and what was skipped or set aside.
    pub fn finish(self) -> Result<(SurveyData, ReadSummary), SurveyError> {
        if self.bytes > super::MAX_FILE_BYTES {
            return Err(SurveyError::TooLarge { bytes: self.bytes });
        }
        let mut sink = self.sink;
        match self.input {
            Input::Text(mut split) => {
                if let Some(index) = split.open_quote() {
                    return Err(SurveyError::UnclosedQuote { row: index + 1 });
                }
                split.finish(&mut |r: Record<'_>| {
                    sink.record(r.index, r.is_blank(), |i| CellRef::Bytes(r.field(i)))
                })
            }
            Input::Workbook(buf) => {
                let (_, range) = xlsx::first_sheet(&buf)?;
                sink.row_offset = range.start().map_or(0, |(r, _)| r as usize);
                let empty = Data::Empty;
                for (index, row) in range.rows().enumerate() {
                    let blank = row.iter().all(|d| match d {
                        Data::Empty => true,
                        Data::String(s) => s.trim().is_empty(),
                        _ => false,
                    });
                    sink.record(index, blank, |i| {
                        CellRef::Data(row.get(i).unwrap_or(&empty))
                    });
                }
            }
        }
        sink.finish()
    }
}
