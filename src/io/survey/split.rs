//! Delimited text split into records, fed in chunks of any size: a chunk may end inside a
//! quoted field, between `\r` and `\n`, or inside a UTF-8 sequence (fields are kept as
//! bytes; only ASCII bytes are structure, and no byte of a multi-byte UTF-8 sequence is
//! ASCII, so a cut sequence is rejoined before anything decodes it).

/// Where the splitter is within the current record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// At the start of a field (a quote here opens a quoted field).
    FieldStart,
    /// Inside an unquoted field.
    Unquoted,
    /// Inside a quoted field.
    Quoted,
    /// Just after a quote inside a quoted field: `""` is a quote, anything else ends it.
    QuoteInQuoted,
    /// Just after a `\r` that ended a record: a `\n` here belongs to it.
    AfterCr,
}

/// Splits bytes into records of fields; quotes removed, `""` unescaped.
#[derive(Clone, Debug)]
pub(crate) struct Splitter {
    sep: u8,
    state: State,
    /// The current record's fields, back to back.
    bytes: Vec<u8>,
    /// Where each finished field of the current record ends in `bytes`.
    ends: Vec<usize>,
    /// Records emitted so far (blank lines included: a spreadsheet shows them as rows).
    records: usize,
    /// Bytes of a leading byte-order mark matched so far; `BOM.len()` once past the start.
    bom: usize,
}

/// One record: its fields as byte ranges.
pub(crate) struct Record<'a> {
    bytes: &'a [u8],
    ends: &'a [usize],
    /// Bytes between one field's end and the next one's start: 1 when the record is read
    /// in place from the chunk (the separator), 0 when it was copied field by field.
    gap: usize,
    /// 0 for the file's first record.
    pub index: usize,
}

impl<'a> Record<'a> {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Field `i`, or empty past the end of the record.
    #[inline]
    pub fn field(&self, i: usize) -> &'a [u8] {
        match self.ends.get(i) {
            Some(&end) => {
                let start = if i == 0 {
                    0
                } else {
                    self.ends[i - 1] + self.gap
                };
                &self.bytes[start..end]
            }
            None => &[],
        }
    }

    /// A line with nothing on it.
    pub fn is_blank(&self) -> bool {
        self.ends.len() <= 1 && self.field(0).iter().all(|b| b.is_ascii_whitespace())
    }
}

const BOM: &[u8] = b"\xef\xbb\xbf";

impl Splitter {
    pub fn new(sep: u8) -> Splitter {
        Splitter {
            sep,
            state: State::FieldStart,
            bytes: Vec::with_capacity(256),
            ends: Vec::with_capacity(32),
            records: 0,
            bom: 0,
        }
    }

    /// Feeds a chunk; `emit` gets each record completed by it.
    pub fn feed(&mut self, chunk: &[u8], emit: &mut impl FnMut(Record<'_>)) {
        let sep = self.sep;
        let n = chunk.len();
        let mut i = 0;
        while self.bom < BOM.len() && i < n {
            if chunk[i] == BOM[self.bom] {
                self.bom += 1;
                i += 1;
            } else {
                // Not a mark after all: what looked like its start is text.
                self.bytes.extend_from_slice(&BOM[..self.bom]);
                if self.bom > 0 {
                    self.state = State::Unquoted;
                }
                self.bom = BOM.len();
            }
        }
        while i < n {
            if self.state == State::FieldStart && self.ends.is_empty() && self.bytes.is_empty() {
                i = self.records_in_place(chunk, i, emit);
                if i >= n {
                    break;
                }
            }
            match self.state {
                State::AfterCr => {
                    if chunk[i] == b'\n' {
                        i += 1;
                    }
                    self.state = State::FieldStart;
                }
                State::FieldStart if chunk[i] == b'"' => {
                    self.state = State::Quoted;
                    i += 1;
                }
                State::FieldStart | State::Unquoted => {
                    // Runs of plain bytes are copied at once: this is the hot loop.
                    let start = i;
                    while i < n {
                        let b = chunk[i];
                        if b == sep || b == b'\n' || b == b'\r' {
                            break;
                        }
                        i += 1;
                    }
                    self.bytes.extend_from_slice(&chunk[start..i]);
                    self.state = State::Unquoted;
                    if i < n {
                        let b = chunk[i];
                        i += 1;
                        self.end_field();
                        if b == sep {
                            self.state = State::FieldStart;
                        } else {
                            self.end_record(b == b'\r', emit);
                        }
                    }
                }
                State::Quoted => {
                    let start = i;
                    while i < n && chunk[i] != b'"' {
                        i += 1;
                    }
                    self.bytes.extend_from_slice(&chunk[start..i]);
                    if i < n {
                        i += 1;
                        self.state = State::QuoteInQuoted;
                    }
                }
                State::QuoteInQuoted => {
                    let b = chunk[i];
                    if b == b'"' {
                        self.bytes.push(b'"');
                        self.state = State::Quoted;
                        i += 1;
                    } else if b == sep {
                        self.end_field();
                        self.state = State::FieldStart;
                        i += 1;
                    } else if b == b'\n' || b == b'\r' {
                        self.end_field();
                        self.end_record(b == b'\r', emit);
                        i += 1;
                    } else {
                        // `"a"b`: lenient, the rest of the field is kept as written.
                        self.state = State::Unquoted;
                    }
                }
            }
        }
    }

    /// The fast path: whole records inside `chunk` from `i`, without quotes at a field's
    /// start, handed out in place (no copy). Stops at a quoted field or at a record the
    /// chunk cuts, leaving that record's start copied for the state machine; returns
    /// where that is.
    #[inline]
    fn records_in_place(
        &mut self,
        chunk: &[u8],
        mut i: usize,
        emit: &mut impl FnMut(Record<'_>),
    ) -> usize {
        let (sep, n) = (self.sep, chunk.len());
        'records: while i < n {
            let start = i;
            self.ends.clear();
            loop {
                let field_start = i;
                if i < n && chunk[i] == b'"' {
                    self.copy_fields(&chunk[start..i]);
                    self.state = State::FieldStart;
                    return i;
                }
                while i < n {
                    let b = chunk[i];
                    if b == sep || b == b'\n' || b == b'\r' {
                        break;
                    }
                    i += 1;
                }
                if i == n {
                    self.copy_fields(&chunk[start..field_start]);
                    self.bytes.extend_from_slice(&chunk[field_start..n]);
                    self.state = if field_start == n {
                        State::FieldStart
                    } else {
                        State::Unquoted
                    };
                    return n;
                }
                self.ends.push(i - start);
                let b = chunk[i];
                i += 1;
                if b != sep {
                    emit(Record {
                        bytes: &chunk[start..],
                        ends: &self.ends,
                        gap: 1,
                        index: self.records,
                    });
                    self.records += 1;
                    self.ends.clear();
                    if b == b'\r' {
                        self.state = State::AfterCr;
                        return i;
                    }
                    continue 'records;
                }
            }
        }
        i
    }

    /// Turns the fields found in place (`self.ends` into `done`) into copied ones.
    fn copy_fields(&mut self, done: &[u8]) {
        let mut from = 0;
        for e in &mut self.ends {
            let end = *e;
            self.bytes.extend_from_slice(&done[from..end]);
            from = end + 1;
            *e = self.bytes.len();
        }
    }

    /// The record (0 = the file's first) whose quoted field is still open.
    pub fn open_quote(&self) -> Option<usize> {
        (self.state == State::Quoted).then_some(self.records)
    }

    /// Ends the input: a last record without a line end is emitted.
    pub fn finish(&mut self, emit: &mut impl FnMut(Record<'_>)) {
        if self.bom < BOM.len() {
            self.bytes.extend_from_slice(&BOM[..self.bom]);
            self.bom = BOM.len();
        }
        match self.state {
            State::FieldStart if self.ends.is_empty() && self.bytes.is_empty() => {}
            State::AfterCr => {}
            _ => {
                self.end_field();
                self.end_record(false, emit);
            }
        }
        self.state = State::FieldStart;
    }

    fn end_field(&mut self) {
        self.ends.push(self.bytes.len());
    }

    fn end_record(&mut self, after_cr: bool, emit: &mut impl FnMut(Record<'_>)) {
        emit(Record {
            bytes: &self.bytes,
            ends: &self.ends,
            gap: 0,
            index: self.records,
        });
        self.records += 1;
        self.bytes.clear();
        self.ends.clear();
        self.state = if after_cr {
            State::AfterCr
        } else {
            State::FieldStart
        };
    }
}

/// Splits a whole text into records of owned strings (for detection; UTF-8 or
/// Windows-1252 per field), at most `max` records.
pub(crate) fn split_all(text: &[u8], sep: u8, complete: bool, max: usize) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut s = Splitter::new(sep);
    let mut push = |r: Record<'_>| {
        if out.len() < max {
            out.push((0..r.len()).map(|i| decode(r.field(i))).collect());
        }
    };
    s.feed(text, &mut push);
    // A head that is not the whole file ends somewhere inside a record: drop it.
    if complete {
        s.finish(&mut push);
    }
    out
}

/// A field's text: UTF-8 when it is, else Windows-1252 (older Excel).
pub(crate) fn decode(b: &[u8]) -> String {
    match std::str::from_utf8(b) {
        Ok(s) => s.to_string(),
        Err(_) => crate::io::csv::decode_windows_1252(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str, sep: u8) -> Vec<Vec<String>> {
        split_all(text.as_bytes(), sep, true, usize::MAX)
    }

    #[test]
    fn quotes_separators_and_line_ends() {
        let got = all("a,\"b,c\",\"d\"\"e\"\r\n1,\"x\ny\",3\n\n4", b',');
        assert_eq!(
            got,
            vec![
                vec!["a", "b,c", "d\"e"],
                vec!["1", "x\ny", "3"],
                vec![""],
                vec!["4"]
            ]
        );
    }

    #[test]
    fn a_bom_is_not_part_of_the_first_name() {
        assert_eq!(all("\u{feff}id;q1\n1;2", b';')[0], vec!["id", "q1"]);
        assert_eq!(all("\u{feff}\"id\";q1", b';')[0], vec!["id", "q1"]);
    }

    #[test]
    fn a_head_drops_its_unfinished_last_record() {
        let got = split_all(b"a,b\n1,2\n3,", b',', false, 10);
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn any_chunking_gives_the_same_records() {
        let text = "\u{feff}\"é,\"\"x\"\"\"\r\nna\u{ef}ve,2\r\r\n3,\"4\n5\"\n";
        let whole = all(text, b',');
        for size in 1..8 {
            let mut got: Vec<Vec<String>> = Vec::new();
            let mut s = Splitter::new(b',');
            let mut push =
                |r: Record<'_>| got.push((0..r.len()).map(|i| decode(r.field(i))).collect());
            for c in text.as_bytes().chunks(size) {
                s.feed(c, &mut push);
            }
            s.finish(&mut push);
            assert_eq!(got, whole, "chunks of {size}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod props {
        use super::*;
        use proptest::prelude::*;

        fn chunked(text: &[u8], sizes: &[usize]) -> Vec<(usize, Vec<Vec<u8>>)> {
            let mut got = Vec::new();
            let mut s = Splitter::new(b',');
            let mut push = |r: Record<'_>| {
                got.push((r.index, (0..r.len()).map(|i| r.field(i).to_vec()).collect()));
            };
            let mut at = 0;
            for &size in sizes.iter().cycle() {
                if at >= text.len() {
                    break;
                }
                let end = (at + size).min(text.len());
                s.feed(&text[at..end], &mut push);
                at = end;
            }
            s.finish(&mut push);
            got
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(500))]
            /// Quotes, separators, both line ends, a BOM and multi-byte text, cut anywhere.
            #[test]
            fn chunks_never_change_the_records(
                parts in proptest::collection::vec(
                    prop_oneof![
                        Just("a"), Just("7"), Just(","), Just("\""), Just("\n"), Just("\r"),
                        Just("\r\n"), Just("é"), Just("\u{feff}"), Just(" ")
                    ],
                    0..60,
                ),
                sizes in proptest::collection::vec(1usize..9, 1..6),
            ) {
                let text = parts.concat().into_bytes();
                prop_assert_eq!(chunked(&text, &sizes), chunked(&text, &[usize::MAX]));
            }
        }
    }
}
