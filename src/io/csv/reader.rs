//! The RFC 4180 tokenizer: text to records of fields, with the separator sniffed from the
//! header line.

use super::CsvError;

/// Finds the separator from the first non-blank line: the most frequent of `,` `;` tab
/// outside quotes (ties prefer `;`, then tab: a comma is likelier inside a header name).
pub(super) fn sniff(text: &str) -> char {
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

pub(super) struct Field {
    pub(super) text: String,
}

impl Field {
    pub(super) fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

pub(super) struct Record {
    /// 1-based record number (what a spreadsheet calls the row).
    pub(super) row: usize,
    pub(super) fields: Vec<Field>,
}

pub(super) struct Reader<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    sep: char,
    row: usize,
}

impl<'a> Reader<'a> {
    pub(super) fn new(text: &'a str, sep: char) -> Self {
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
    pub(super) fn next_record(&mut self) -> Option<Result<Record, CsvError>> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
