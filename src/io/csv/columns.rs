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
    /// What the customer expected, on the journey's scale (optional).
    Expected,
    /// What we think we delivered, on the journey's scale (optional).
    Ours,
    /// Whether the contact is failure demand: yes/no (optional).
    FailureDemand,
    /// The promises made here, one per line, each ending in its state: `text [kept]`.
    Promises,
}

impl Column {
    /// How many columns there are.
    pub const COUNT: usize = 11;

    /// Every column, in the order export writes them.
    pub const ALL: [Column; Column::COUNT] = [
        Column::Phase,
        Column::Name,
        Column::Channel,
        Column::Rating,
        Column::Duration,
        Column::MomentOfTruth,
        Column::Notes,
        Column::Expected,
        Column::Ours,
        Column::FailureDemand,
        Column::Promises,
    ];

    /// Whether export always writes this column. The columns of the lanes under the
    /// curve are written only when some touchpoint uses them, so a journey without them
    /// exports exactly as it did before they existed.
    pub fn always_written(self) -> bool {
        !matches!(
            self,
            Column::Expected | Column::Ours | Column::FailureDemand | Column::Promises
        )
    }

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
            Column::Expected => "expected",
            Column::Ours => "ours",
            Column::FailureDemand => "failure_demand",
            Column::Promises => "promises",
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
            "expected" | "expectation" | "verwacht" | "verwachting" => Column::Expected,
            "ours" | "our view" | "our rating" | "inside out" | "eigen oordeel" | "ons oordeel"
            | "eigen beeld" => Column::Ours,
            "failure demand" | "faalvraag" => Column::FailureDemand,
            "promises" | "promise" | "beloftes" | "beloften" | "belofte" | "toezeggingen" => {
                Column::Promises
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
pub(super) fn normalise_header(cell: &str) -> String {
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
