//! The columns of the touchpoint table and the header names (English and Dutch aliases)
//! that name them; the separator an export writes.

use std::fmt;

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
