//! CSV export and import of a journey's touchpoints, in the shapes spreadsheets write.
//!
//! Export writes one row per touchpoint (`phase, name, channel, rating, duration,
//! moment_of_truth, notes`) and neutralises cells a spreadsheet would run as formulas.
//! Import accepts what Excel, LibreOffice and Google Sheets really produce: a BOM or none,
//! `,` `;` or tab (sniffed from the header), decimal commas, any line ending, quoted
//! newlines, English or Dutch headers in any order, Windows-1252 bytes. Rows that cannot
//! be read are listed with a structured reason instead of failing the whole file, so the
//! user can be offered "import the rest".
//!
//! Pure Rust: never imports yew, web-sys, gloo or wasm-bindgen. The reader is our own
//! (about 100 lines) because a CSV crate would cost more wasm bytes than it saves.

use crate::model::{Channel, Journey, Phase, PhaseId, Scale, ScaleError, Touchpoint, TouchpointId};
use std::borrow::Cow;
use std::fmt;
use thiserror::Error;

/// Largest file we read; anything bigger is refused before it is parsed.
pub const MAX_CSV_BYTES: usize = 5 * 1024 * 1024;
/// Most data rows (touchpoints) one file may hold; the model holds no more either.
pub const MAX_CSV_ROWS: usize = 10_000;
/// Longest name, phase or channel kept (mirrors the model's limit for typed text).
pub const MAX_NAME_CHARS: usize = 200;
/// Longest note kept (mirrors the model's limit).
pub const MAX_NOTES_CHARS: usize = 5_000;
/// Offending text quoted back in a [`SkippedRow`] is cut to this many characters.
const MAX_QUOTED_CHARS: usize = 80;

/// A column of the touchpoint table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Phase,
    Name,
    Channel,
    Rating,
    Duration,
    MomentOfTruth,
    Notes,
}

impl Column {
    /// Every column, in the order export writes them.
    pub const ALL: [Column; 7] = [
        Column::Phase,
        Column::Name,
        Column::Channel,
        Column::Rating,
        Column::Duration,
        Column::MomentOfTruth,
        Column::Notes,
    ];

    /// The header key export writes (English, stable across versions).
    pub fn key(self) -> &'static str {
        match self {
            Column::Phase => "phase",
            Column::Name => "name",
            Column::Channel => "channel",
            Column::Rating => "rating",
            Column::Duration => "duration",
            Column::MomentOfTruth => "moment_of_truth",
            Column::Notes => "notes",
        }
    }

    /// Recognises a header cell: English or Dutch, any case, `_`/`-`/spaces alike.
    pub fn from_header(cell: &str) -> Option<Column> {
        let norm = normalise_header(cell);
        let col = match norm.as_str() {
            "phase" | "fase" | "stage" | "stap" => Column::Phase,
            "name" | "naam" | "touchpoint" | "contactmoment" | "moment" | "task" => Column::Name,
            "channel" | "kanaal" => Column::Channel,
            "rating" | "beleving" | "score" | "cijfer" | "waardering" => Column::Rating,
            "duration" | "duur" => Column::Duration,
            "moment of truth" | "moment van de waarheid" | "mot" | "waarheidsmoment" => {
                Column::MomentOfTruth
            }
            "notes" | "note" | "notities" | "notitie" | "opmerkingen" | "opmerking" => {
                Column::Notes
            }
            _ => return None,
        };
        Some(col)
    }
}

impl fmt::Display for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// Lower case, invisible characters dropped, `_` and `-` read as spaces, spaces collapsed.
fn normalise_header(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    for c in cell.chars().filter(|c| !is_invisible(*c)) {
        let c = if c == '_' || c == '-' { ' ' } else { c };
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out.trim_end().to_string()
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{feff}' | '\u{200b}'..='\u{200d}' | '\u{2060}')
}

/// The field separator of an exported file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Separator {
    /// `,` with `.` decimals: what most spreadsheets read.
    #[default]
    Comma,
    /// `;` with `,` decimals: what Excel in a Dutch (or German, French…) locale reads.
    Semicolon,
    /// Tab with `.` decimals.
    Tab,
}

impl Separator {
    pub fn as_char(self) -> char {
        match self {
            Separator::Comma => ',',
            Separator::Semicolon => ';',
            Separator::Tab => '\t',
        }
    }
}

// ---------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------

/// The touchpoints as CSV text: a UTF-8 BOM (so Excel reads accents right), a header
/// row, one row per touchpoint, CRLF line ends. With [`Separator::Semicolon`] numbers use
/// a decimal comma. Text cells that a spreadsheet would run as a formula get a leading
/// apostrophe; ratings and durations are numbers and are written as numbers.
pub fn export_csv(journey: &Journey, separator: Separator) -> String {
    let sep = separator.as_char();
    let decimal_comma = separator == Separator::Semicolon;
    let mut out = String::from('\u{feff}');
    for (i, col) in Column::ALL.iter().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        out.push_str(col.key());
    }
    out.push_str("\r\n");
    for t in &journey.touchpoints {
        let phase = t
            .phase
            .and_then(|p| journey.phase(p))
            .map(|p| p.name.as_str())
            .unwrap_or("");
        push_text(&mut out, phase, sep);
        out.push(sep);
        push_text(&mut out, &t.name, sep);
        out.push(sep);
        push_text(
            &mut out,
            t.channel.as_ref().map(Channel::key).unwrap_or(""),
            sep,
        );
        out.push(sep);
        push_number(&mut out, t.rating, sep, decimal_comma);
        out.push(sep);
        push_number(&mut out, t.duration, sep, decimal_comma);
        out.push(sep);
        out.push_str(if t.moment_of_truth { "yes" } else { "no" });
        out.push(sep);
        push_text(&mut out, &t.notes, sep);
        out.push_str("\r\n");
    }
    out
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
fn unneutralise(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) => match rest.trim_start_matches('\'').chars().next() {
            Some(c) if is_formula_trigger(c) => rest,
            _ => s,
        },
        None => s,
    }
}

fn push_text(out: &mut String, s: &str, sep: char) {
    push_quoted(out, &neutralise(s), sep);
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

fn push_number(out: &mut String, x: f64, sep: char, decimal_comma: bool) {
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

// ---------------------------------------------------------------------------------------
// Import: results and errors
// ---------------------------------------------------------------------------------------

/// A file that was read: the journey, the rows left out and why, and notes for the user.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvImport {
    /// Untitled (the caller names it, e.g. after the file), on the scale asked for.
    pub journey: Journey,
    pub skipped: Vec<SkippedRow>,
    pub warnings: Vec<CsvWarning>,
}

/// One data row that was not imported.
#[derive(Clone, Debug, PartialEq)]
pub struct SkippedRow {
    /// The row number a spreadsheet shows: 1-based, the header included.
    pub row: usize,
    /// The column at fault (none for a ragged row).
    pub column: Option<Column>,
    /// The offending text, cut to a readable length.
    pub text: String,
    pub kind: RowProblem,
}

impl fmt::Display for SkippedRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.column {
            Some(col) => write!(f, "row {}: {col} '{}' {}", self.row, self.text, self.kind),
            None => write!(f, "row {}: {}", self.row, self.kind),
        }
    }
}

/// Why a data row was not imported.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum RowProblem {
    #[error("is not a number")]
    NotANumber,
    #[error("is outside the scale {min}..{max}")]
    OutOfRange { min: f64, max: f64 },
    #[error("is empty")]
    Missing,
    #[error("has {found} cells where the header has {expected}")]
    Ragged { expected: usize, found: usize },
    #[error("is below zero")]
    Negative,
    #[error("is not yes or no")]
    NotYesNo,
}

/// Something the user should know about a file that was read.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum CsvWarning {
    #[error("the file was not UTF-8; it was read as Windows-1252")]
    DecodedAsWindows1252,
    #[error("column {position} ('{header}') is not known and was ignored")]
    UnknownColumn { position: usize, header: String },
    #[error("column {position} repeats the {column} column and was ignored")]
    DuplicateColumn { position: usize, column: Column },
    #[error("there is no {0} column; defaults were used")]
    MissingColumn(Column),
    #[error("row {row}: the {column} was cut to {max_chars} characters")]
    TextCut {
        row: usize,
        column: Column,
        max_chars: usize,
    },
    #[error("touchpoints were reordered to keep each phase together")]
    Regrouped,
}

/// What a file looks like when it is not text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Png,
    Jpeg,
    Gif,
    Pdf,
    /// An .xlsx/.ods (zip) or old .xls workbook: it must be saved as CSV first.
    Workbook,
}

/// Why a file could not be read at all. The current journey is untouched.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum CsvError {
    #[error("the file is empty")]
    Empty,
    #[error("the file has {bytes} bytes; at most {max} can be imported")]
    TooLarge { bytes: usize, max: usize },
    #[error("this looks like UTF-16; save as UTF-8 CSV")]
    Utf16,
    #[error("this is not a text file ({looks_like:?})")]
    NotText { looks_like: Option<FileKind> },
    #[error("row {row}: a quote is opened and never closed")]
    UnterminatedQuote { row: usize },
    #[error("no header row with a name or rating column")]
    NoHeader {
        /// The cells of the first row, so the user sees what was found instead.
        found: Vec<String>,
    },
    #[error("the file has more than {max} rows")]
    TooManyRows { max: usize },
    #[error(transparent)]
    Scale(#[from] ScaleError),
}

// ---------------------------------------------------------------------------------------
// Import: bytes to text
// ---------------------------------------------------------------------------------------

const MAGIC: [(&[u8], FileKind); 7] = [
    (b"\x89PNG\r\n\x1a\n", FileKind::Png),
    (b"\xff\xd8\xff", FileKind::Jpeg),
    (b"GIF87a", FileKind::Gif),
    (b"GIF89a", FileKind::Gif),
    (b"%PDF-", FileKind::Pdf),
    (b"PK\x03\x04", FileKind::Workbook),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", FileKind::Workbook),
];

/// What binary file `bytes` starts like, if it is one of the kinds people mistake for a
/// journey (a picture, a PDF, a workbook).
pub fn looks_like(bytes: &[u8]) -> Option<FileKind> {
    MAGIC
        .iter()
        .find(|(m, _)| bytes.starts_with(m))
        .map(|(_, kind)| *kind)
}

/// Windows-1252 0x80–0x9F. The five holes map to the C1 control of the same number, as
/// browsers do.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// Decodes Windows-1252; 0xA0–0xFF are Latin-1, i.e. U+00A0–U+00FF.
pub fn decode_windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => CP1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// Turns file bytes into text, refusing what is not text. The flag tells whether the
/// Windows-1252 fallback was used.
fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, bool), CsvError> {
    if bytes.len() > MAX_CSV_BYTES {
        return Err(CsvError::TooLarge {
            bytes: bytes.len(),
            max: MAX_CSV_BYTES,
        });
    }
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return Err(CsvError::Utf16);
    }
    if let Some((_, kind)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Err(CsvError::NotText {
            looks_like: Some(*kind),
        });
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let sample = &bytes[..bytes.len().min(4096)];
    let nuls = |parity: usize| {
        sample
            .iter()
            .enumerate()
            .filter(|(i, b)| **b == 0 && i % 2 == parity)
            .count()
    };
    let (even, odd) = (nuls(0), nuls(1));
    if even + odd > 0 {
        // UTF-16 text that is mostly ASCII has a NUL in every other byte.
        let half = sample.len() / 2;
        if half > 0 && (even.max(odd) * 10 >= half * 7) && even.min(odd) * 10 <= half {
            return Err(CsvError::Utf16);
        }
        return Err(CsvError::NotText { looks_like: None });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(CsvError::Empty);
    }
    let (text, cp1252) = match std::str::from_utf8(bytes) {
        Ok(s) => (Cow::Borrowed(s), false),
        Err(_) => (Cow::Owned(decode_windows_1252(bytes)), true),
    };
    let controls = text
        .chars()
        .take(4096)
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c'))
        .count();
    if controls * 20 > text.chars().take(4096).count() {
        return Err(CsvError::NotText { looks_like: None });
    }
    Ok((text, cp1252))
}

// ---------------------------------------------------------------------------------------
// Import: the RFC 4180 reader
// ---------------------------------------------------------------------------------------

/// Finds the separator from the first non-blank line: the most frequent of `,` `;` tab
/// outside quotes (ties prefer `;`, then tab: a comma is likelier inside a header name).
fn sniff(text: &str) -> char {
    let mut counts = [0usize; 3];
    let mut in_quotes = false;
    let mut seen = false;
    for c in text.chars() {
        match c {
            '"' => {
                in_quotes = !in_quotes;
                seen = true;
            }
            '\n' | '\r' if !in_quotes && seen => break,
            '\n' | '\r' if !in_quotes => {}
            _ if in_quotes => {}
            ';' | '\t' | ',' => {
                counts[[';', '\t', ','].iter().position(|s| *s == c).unwrap_or(2)] += 1;
                seen = true;
            }
            c if !c.is_whitespace() => seen = true,
            _ => {}
        }
    }
    let seps = [';', '\t', ','];
    let mut best = 2;
    for i in 0..3 {
        if counts[i] > counts[best] || (counts[i] == counts[best] && counts[i] > 0 && i < best) {
            best = i;
        }
    }
    seps[best]
}

struct Field {
    text: String,
}

impl Field {
    fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

struct Record {
    /// 1-based record number (what a spreadsheet calls the row).
    row: usize,
    fields: Vec<Field>,
}

struct Reader<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    sep: char,
    row: usize,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, sep: char) -> Self {
        Reader {
            chars: text.chars().peekable(),
            sep,
            row: 0,
        }
    }

    fn finish_field(fields: &mut Vec<Field>, text: &mut String, quoted: &mut bool) {
        let mut t = std::mem::take(text);
        if !*quoted {
            // Hand-written files put spaces after separators; a quoted cell keeps its own.
            let trimmed = t.trim_matches([' ', '\t']);
            if trimmed.len() != t.len() {
                t = trimmed.to_string();
            }
        }
        fields.push(Field { text: t });
        *quoted = false;
    }

    /// The next record; lenient where spreadsheets are sloppy (text after a closing
    /// quote is kept, a quote inside an unquoted cell is a plain character).
    fn next_record(&mut self) -> Option<Result<Record, CsvError>> {
        self.chars.peek()?;
        self.row += 1;
        let row = self.row;
        let mut fields = Vec::new();
        let mut text = String::new();
        let mut quoted = false;
        loop {
            let Some(c) = self.chars.next() else {
                Self::finish_field(&mut fields, &mut text, &mut quoted);
                return Some(Ok(Record { row, fields }));
            };
            if c == '"' && !quoted && text.trim_matches([' ', '\t']).is_empty() {
                text.clear();
                quoted = true;
                loop {
                    match self.chars.next() {
                        None => return Some(Err(CsvError::UnterminatedQuote { row })),
                        Some('"') if self.chars.peek() == Some(&'"') => {
                            self.chars.next();
                            text.push('"');
                        }
                        Some('"') => break,
                        Some(ch) => text.push(ch),
                    }
                }
            } else if c == self.sep {
                Self::finish_field(&mut fields, &mut text, &mut quoted);
            } else if c == '\n' || c == '\r' {
                if c == '\r' && self.chars.peek() == Some(&'\n') {
                    self.chars.next();
                }
                Self::finish_field(&mut fields, &mut text, &mut quoted);
                return Some(Ok(Record { row, fields }));
            } else {
                text.push(c);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Import: cells to values
// ---------------------------------------------------------------------------------------

/// Reads a number as people type it in spreadsheets: `-1,5` (decimal comma), `+2`,
/// `−3` (a typographic minus), surrounding spaces, an apostrophe in front. Refuses
/// NaN, infinities and anything that is not plainly a number.
pub fn parse_number(cell: &str) -> Option<f64> {
    let s = cell.trim_matches(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}');
    let s = s.strip_prefix('\'').unwrap_or(s).trim();
    let mut t: String = s.replace('\u{2212}', "-");
    let commas = t.matches(',').count();
    if commas > 0 {
        if commas > 1 || t.contains('.') {
            return None; // "1.234,5" or "1,234.5": ambiguous, refuse rather than guess
        }
        t = t.replace(',', ".");
    }
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'))
        || !t.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    t.parse::<f64>().ok().filter(|x| x.is_finite())
}

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
    s.chars().take(MAX_QUOTED_CHARS).collect()
}

/// Cuts text to `max` characters, telling whether it did.
fn cut(s: &str, max: usize) -> (String, bool) {
    match s.char_indices().nth(max) {
        Some((at, _)) => (s[..at].to_string(), true),
        None => (s.to_string(), false),
    }
}

/// One data row, read.
struct RowData {
    phase: Option<String>,
    name: String,
    channel: Option<Channel>,
    rating: f64,
    duration: f64,
    moment_of_truth: bool,
    notes: String,
}

struct Layout {
    /// For each column of the file, which of ours it is.
    columns: Vec<Option<Column>>,
    /// For each of ours, where it is in the file.
    position: [Option<usize>; 7],
}

impl Layout {
    fn cell<'r>(&self, rec: &'r Record, col: Column) -> Option<&'r str> {
        let i = self.position[col as usize]?;
        rec.fields.get(i).map(|f| f.text.as_str())
    }
}

fn read_row(
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
    let moment_of_truth = match layout.cell(rec, Column::MomentOfTruth) {
        None => false,
        Some(text) => parse_yes_no(text)
            .ok_or_else(|| skip(Some(Column::MomentOfTruth), text, RowProblem::NotYesNo))?,
    };

    let mut text = |col: Column, max: usize| -> String {
        let raw = layout.cell(rec, col).map(unneutralise).unwrap_or("");
        let (kept, was_cut) = cut(raw, max);
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
    })
}

/// Reads the header row: which column is which, with warnings for the rest.
fn read_header(rec: &Record, warnings: &mut Vec<CsvWarning>) -> Result<Layout, CsvError> {
    let mut layout = Layout {
        columns: Vec::with_capacity(rec.fields.len()),
        position: [None; 7],
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
fn build_journey(rows: Vec<RowData>, scale: Scale, warnings: &mut Vec<CsvWarning>) -> Journey {
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
        keyed.sort_by_key(|(p, _)| *p); // stable: the file's order within a phase
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
        });
        next_id += 1;
    }
    j.next_id = next_id;
    j
}

/// Reads a CSV file of touchpoints onto `scale` (use `Scale::default()` for −5..+5).
///
/// Rows that cannot be read are returned in [`CsvImport::skipped`]; ratings outside the
/// scale are skipped, never clamped. Fatal problems (not text, no header, too big, an
/// unterminated quote) return a [`CsvError`].
pub fn import_csv(bytes: &[u8], scale: Scale) -> Result<CsvImport, CsvError> {
    scale.validate()?;
    let (text, cp1252) = decode(bytes)?;
    let mut warnings = Vec::new();
    if cp1252 {
        warnings.push(CsvWarning::DecodedAsWindows1252);
    }
    let mut reader = Reader::new(&text, sniff(&text));
    let layout = loop {
        match reader.next_record() {
            None => return Err(CsvError::Empty),
            Some(rec) => {
                let rec = rec?;
                if rec.fields.iter().any(|f| !f.is_blank()) {
                    break read_header(&rec, &mut warnings)?;
                }
            }
        }
    };
    let mut rows = Vec::new();
    let mut skipped = Vec::new();
    let mut data_rows = 0usize;
    while let Some(rec) = reader.next_record() {
        let rec = rec?;
        if rec.fields.iter().all(Field::is_blank) {
            continue;
        }
        data_rows += 1;
        if data_rows > MAX_CSV_ROWS {
            return Err(CsvError::TooManyRows { max: MAX_CSV_ROWS });
        }
        match read_row(&rec, &layout, &scale, &mut warnings) {
            Ok(r) => rows.push(r),
            Err(s) => skipped.push(s),
        }
    }
    let journey = build_journey(rows, scale, &mut warnings);
    Ok(CsvImport {
        journey,
        skipped,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn import(text: &str) -> CsvImport {
        import_csv(text.as_bytes(), Scale::default()).expect("imports")
    }

    #[test]
    fn sniffs_the_separator_outside_quotes() {
        assert_eq!(sniff("name,rating\n"), ',');
        assert_eq!(sniff("naam;beleving\n"), ';');
        assert_eq!(sniff("name\trating\n"), '\t');
        assert_eq!(sniff("\"a;b;c\",rating\n"), ',');
        assert_eq!(sniff("\n\nname;rating\na,b,c,d,e\n"), ';');
        assert_eq!(sniff("name\n"), ',');
    }

    #[test]
    fn numbers_as_spreadsheets_write_them() {
        assert_eq!(parse_number("-1,5"), Some(-1.5));
        assert_eq!(parse_number(" +2 "), Some(2.0));
        assert_eq!(parse_number("\u{2212}3"), Some(-3.0));
        assert_eq!(parse_number("'-4"), Some(-4.0));
        assert_eq!(parse_number("1e1"), Some(10.0));
        for bad in [
            "abc", "NaN", "inf", "1e400", "", "-", "1.234,5", "1,2,3", "0x10",
        ] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
    }

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
    fn reader_handles_quotes_and_line_ends() {
        let mut r = Reader::new("a,\"b \"\"q\"\"\nc\",d\r\ne,f\rg", ',');
        let rec = r.next_record().unwrap().unwrap();
        let texts: Vec<&str> = rec.fields.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(texts, ["a", "b \"q\"\nc", "d"]);
        assert_eq!(r.next_record().unwrap().unwrap().row, 2);
        let last = r.next_record().unwrap().unwrap();
        assert_eq!((last.row, last.fields[0].text.as_str()), (3, "g"));
        assert!(r.next_record().is_none());
    }

    #[test]
    fn dutch_headers_in_any_order() {
        let got = import(
            "Beleving;Naam;Fase;Kanaal;Duur;Notities;Extra\n-1,5;Bellen;Start;phone;2;hoi;z\n",
        );
        let t = &got.journey.touchpoints[0];
        assert_eq!(
            (t.name.as_str(), t.rating, t.duration),
            ("Bellen", -1.5, 2.0)
        );
        assert_eq!(t.channel, Some(Channel::Phone));
        assert_eq!(got.journey.phases[0].name, "Start");
        assert_eq!(
            got.warnings,
            [CsvWarning::UnknownColumn {
                position: 7,
                header: "Extra".into()
            }]
        );
    }

    #[test]
    fn bad_rows_are_skipped_with_reasons() {
        let got = import("name,rating,duration\na,abc,1\nb,9,1\nc,,1\nd,1,-2\ne,1,1,extra\nf,2\n");
        let kinds: Vec<(usize, &RowProblem)> =
            got.skipped.iter().map(|s| (s.row, &s.kind)).collect();
        assert_eq!(
            kinds,
            [
                (2, &RowProblem::NotANumber),
                (
                    3,
                    &RowProblem::OutOfRange {
                        min: -5.0,
                        max: 5.0
                    }
                ),
                (4, &RowProblem::Missing),
                (5, &RowProblem::Negative),
                (
                    6,
                    &RowProblem::Ragged {
                        expected: 3,
                        found: 4
                    }
                ),
            ]
        );
        assert_eq!(
            got.skipped[0].to_string(),
            "row 2: rating 'abc' is not a number"
        );
        assert_eq!(got.journey.touchpoints.len(), 1);
        assert_eq!(got.journey.touchpoints[0].duration, 1.0);
    }

    #[test]
    fn phases_fill_down_and_regroup() {
        let got = import("phase,name,rating\nA,a1,0\n,a2,0\nB,b1,0\nA,a3,0\n");
        let names: Vec<&str> = got
            .journey
            .touchpoints
            .iter()
            .map(|t| t.name.as_str())
            .collect();
        assert_eq!(names, ["a1", "a2", "a3", "b1"]);
        assert!(got.warnings.contains(&CsvWarning::Regrouped));
        let a = got.journey.phases[0].id;
        assert_eq!(got.journey.touchpoints[1].phase, Some(a));
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

    #[test]
    fn fatal_errors() {
        let s = Scale::default();
        assert_eq!(import_csv(b"", s), Err(CsvError::Empty));
        assert_eq!(import_csv(b"\xef\xbb\xbf \r\n", s), Err(CsvError::Empty));
        assert_eq!(import_csv(b"\xff\xfen\0a\0", s), Err(CsvError::Utf16));
        assert_eq!(import_csv(b"n\0a\0m\0e\0", s), Err(CsvError::Utf16));
        assert_eq!(
            import_csv(b"name,rating\n\"oops,1\n", s),
            Err(CsvError::UnterminatedQuote { row: 2 })
        );
        assert!(matches!(
            import_csv(b"foo,bar\n1,2\n", s),
            Err(CsvError::NoHeader { .. })
        ));
    }

    #[test]
    fn windows_1252_is_decoded_with_a_warning() {
        let got = import_csv(b"name,rating\nCaf\xe9 \x80 \x93x\x94,1\n", Scale::default()).unwrap();
        assert_eq!(got.journey.touchpoints[0].name, "Café € “x”");
        assert_eq!(got.warnings, [CsvWarning::DecodedAsWindows1252]);
    }
}
