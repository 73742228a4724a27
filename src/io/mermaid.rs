//! Mermaid `journey` diagrams: export a journey as Mermaid text, and read one back.
//!
//! Mermaid scores are whole numbers 1–5; export maps the journey's scale onto them
//! linearly and rounds, import maps them back onto the scale asked for. Names are
//! sanitised on export so that no user text can break the diagram's syntax; lines that
//! cannot be read on import are listed with their line number, like skipped CSV rows.
//!
//! Mermaid draws `<br>` (also `<br/>`, `</br>`, `<br />`…) in a name as a line break.
//! Our names are one line, and such a break wraps one phrase that did not fit, so import
//! reads each as a single space: `Go to<br>work` becomes the phase `Go to work`.
//! `accDescr { … }` may end with a statement on the same line (`}title My day`); it is read.
//!
//! Pure Rust: never imports yew, web-sys, gloo or wasm-bindgen.

use crate::model::{
    Channel, Journey, MAX_NAME_CHARS, Phase, PhaseId, Scale, ScaleError, Touchpoint, TouchpointId,
    clean,
};
use std::fmt;
use thiserror::Error;

/// Largest text we read.
pub const MAX_MERMAID_BYTES: usize = 1024 * 1024;
/// Most tasks (touchpoints) one diagram may hold.
pub const MAX_MERMAID_TASKS: usize = 10_000;
/// Offending text quoted back in a [`SkippedLine`] is cut to this many characters.
const MAX_QUOTED_CHARS: usize = 80;

/// Stands in for `:` in names (a colon ends a Mermaid task name); import turns it back.
const COLON_STAND_IN: char = '\u{2236}';
/// Stands in for `#` (a comment in Mermaid); import turns it back.
const HASH_STAND_IN: char = '\u{ff03}';
/// Put in front of a name that Mermaid would otherwise read as a keyword or a comment.
/// It is invisible and not whitespace to Mermaid's lexer; import removes it.
const GUARD: char = '\u{200b}';

// ---------------------------------------------------------------------------------------
// Scores
// ---------------------------------------------------------------------------------------

/// A rating as a Mermaid score: the scale mapped linearly onto 1–5, rounded.
pub fn to_mermaid_score(scale: &Scale, rating: f64) -> u8 {
    let rel = (scale.clamp(rating) - scale.min) / scale.span();
    let score = (1.0 + rel * 4.0).round();
    if score >= 5.0 {
        5
    } else if score <= 1.0 {
        1
    } else {
        score as u8 // 2, 3 or 4: exact
    }
}

/// A Mermaid score (1–5; 0 is read as 1) as a rating on `scale`.
pub fn from_mermaid_score(scale: &Scale, score: f64) -> f64 {
    let s = score.clamp(1.0, 5.0);
    scale.clamp(scale.min + (s - 1.0) / 4.0 * scale.span())
}

// ---------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------

/// Makes text safe as a task or section name: no colon, `#`, `;` or line break, not empty,
/// and never read as a keyword (`journey`, `title`, `section`, `accTitle`…) or a comment.
fn sanitise_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            ':' => out.push(COLON_STAND_IN),
            '#' => out.push(HASH_STAND_IN),
            ';' => out.push(','),
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => out.push(' '),
            c => out.push(c),
        }
    }
    let trimmed = out.trim();
    if trimmed.is_empty() {
        return "-".to_string();
    }
    let lower = trimmed.to_lowercase();
    let keyword = ["journey", "title", "section", "acctitle", "accdescr"]
        .iter()
        .any(|k| lower.starts_with(k));
    // Mermaid's lexer reads "x%…" and "%%…" at the start of a token as a comment.
    let comment = trimmed.chars().take(2).any(|c| c == '%');
    if keyword || comment {
        format!("{GUARD}{trimmed}")
    } else {
        trimmed.to_string()
    }
}

/// Makes text safe as an actor: as a name, and no comma (commas separate actors).
fn sanitise_actor(s: &str) -> String {
    sanitise_name(&s.replace(',', " "))
}

/// The journey as a Mermaid `journey` diagram. Each task's actors are `actor` (the
/// caller passes "Customer" in the user's language; empty for none) and the channel.
pub fn export_mermaid(journey: &Journey, actor: &str) -> String {
    let mut out = String::from("journey\n");
    let title: String = journey
        .title
        .chars()
        .map(|c| match c {
            '#' => HASH_STAND_IN,
            ';' => ',',
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => ' ',
            c => c,
        })
        .collect();
    if !title.trim().is_empty() {
        out.push_str("  title ");
        out.push_str(title.trim());
        out.push('\n');
    }
    let actor = actor.trim();
    let mut section: Option<Option<PhaseId>> = None;
    for t in &journey.touchpoints {
        if section != Some(t.phase) {
            let name = t
                .phase
                .and_then(|p| journey.phase(p))
                .map(|p| p.name.as_str());
            // Loose touchpoints before the first section need no section line.
            if section.is_some() || name.is_some() {
                out.push_str("  section ");
                out.push_str(&sanitise_name(name.unwrap_or("")));
                out.push('\n');
            }
            section = Some(t.phase);
        }
        out.push_str("    ");
        out.push_str(&sanitise_name(&t.name));
        out.push_str(": ");
        out.push_str(&to_mermaid_score(&journey.scale, t.rating).to_string());
        let mut actors = Vec::new();
        if !actor.is_empty() {
            actors.push(sanitise_actor(actor));
        }
        if let Some(c) = &t.channel {
            actors.push(sanitise_actor(c.key()));
        }
        if !actors.is_empty() {
            out.push_str(": ");
            out.push_str(&actors.join(", "));
        }
        out.push('\n');
    }
    out
}

// ---------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------

/// A diagram that was read, with the lines that were left out.
#[derive(Clone, Debug, PartialEq)]
pub struct MermaidImport {
    pub journey: Journey,
    pub skipped: Vec<SkippedLine>,
}

/// A line that was not imported.
#[derive(Clone, Debug, PartialEq)]
pub struct SkippedLine {
    /// 1-based line number in the pasted text.
    pub line: usize,
    /// The line, cut to a readable length.
    pub text: String,
    pub kind: LineProblem,
}

impl fmt::Display for SkippedLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: '{}' {}", self.line, self.text, self.kind)
    }
}

/// Why a line was not imported.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LineProblem {
    #[error("is not a task, section or title")]
    NotUnderstood,
    #[error("has a score that is not a number")]
    NotANumber,
    #[error("has a score outside 0–5")]
    OutOfRange,
}

/// Why the text could not be read at all.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum MermaidError {
    #[error("the text is empty")]
    Empty,
    #[error("the text has {bytes} bytes; at most {max} can be imported")]
    TooLarge { bytes: usize, max: usize },
    #[error("line {line}: this is not a Mermaid journey diagram")]
    NotAJourney { line: usize },
    #[error("the diagram has more than {max} tasks")]
    TooManyTasks { max: usize },
    #[error(transparent)]
    Scale(#[from] ScaleError),
}

/// Undoes what [`sanitise_name`] did, as far as it can, and turns Mermaid's line breaks
/// into spaces (our names are one line).
fn restore_name(s: &str) -> String {
    let s = s.trim();
    let s = s.strip_prefix(GUARD).unwrap_or(s);
    let s = breaks_to_spaces(s);
    clean(
        s.trim()
            .replace(COLON_STAND_IN, ":")
            .replace(HASH_STAND_IN, "#")
            .as_str(),
        MAX_NAME_CHARS,
    )
}

/// The length of a line-break tag at the start of `s`: `<br>`, `<br/>`, `<br />`,
/// `</br>`, `</br />`, any case, any whitespace before the `/` or `>` (Mermaid draws
/// each as a line break).
fn break_tag_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 1 + usize::from(b.get(1) == Some(&b'/'));
    if b.first() != Some(&b'<') || !b.get(i..i + 2)?.eq_ignore_ascii_case(b"br") {
        return None;
    }
    i += 2;
    let skip_space = |i: &mut usize| {
        while b.get(*i).is_some_and(|c| c.is_ascii_whitespace()) {
            *i += 1;
        }
    };
    skip_space(&mut i);
    if b.get(i) == Some(&b'/') {
        i += 1;
        skip_space(&mut i);
    }
    (b.get(i) == Some(&b'>')).then_some(i + 1)
}

/// `s` with each line-break tag read as a space: a name drawn by Mermaid on two lines
/// (`Go to<br>work`) is one phrase that was wrapped, so it reads on (`Go to work`).
/// Spaces around a tag fold into that one space.
fn breaks_to_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('<') {
        let (before, tag) = rest.split_at(at);
        match break_tag_len(tag) {
            Some(len) => {
                out.push_str(before.trim_end());
                out.push(' ');
                rest = tag[len..].trim_start();
            }
            None => {
                out.push_str(before);
                out.push('<');
                rest = &tag[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text after `keyword` at the start of `line`, any case.
fn strip_keyword<'a>(line: &'a str, keyword: &str) -> Option<&'a str> {
    let head = line.get(..keyword.len())?;
    head.eq_ignore_ascii_case(keyword)
        .then(|| &line[keyword.len()..])
}

/// `section X` / `title X` (keyword, then whitespace), any case; the rest.
fn keyword_rest<'a>(line: &'a str, keyword: &str) -> Option<&'a str> {
    let rest = strip_keyword(line, keyword)?;
    match rest.chars().next() {
        None => Some(""),
        Some(c) if c.is_whitespace() => Some(rest.trim()),
        _ => None,
    }
}

struct Task {
    name: String,
    rating: f64,
    channel: Option<Channel>,
    /// Index into the phases, if a section came before.
    phase: Option<usize>,
}

enum Parsed {
    Task(Task),
    Problem(LineProblem),
}

fn parse_task(line: &str, scale: &Scale, phase: Option<usize>) -> Parsed {
    let Some((name, data)) = line.split_once(':') else {
        return Parsed::Problem(LineProblem::NotUnderstood);
    };
    let name = restore_name(name);
    if name.is_empty() {
        return Parsed::Problem(LineProblem::NotUnderstood);
    }
    let (score, actors) = data.split_once(':').unwrap_or((data, ""));
    let Some(score) = crate::model::parse_decimal(score.trim()).filter(|s| s.is_finite()) else {
        return Parsed::Problem(LineProblem::NotANumber);
    };
    if !(0.0..=5.0).contains(&score) {
        return Parsed::Problem(LineProblem::OutOfRange);
    }
    // An actor that is one of our channel keys (as export writes it) is the channel.
    let channel = actors.split(',').find_map(|a| {
        let a = a.trim();
        Channel::PRESETS
            .iter()
            .find(|c| c.key().eq_ignore_ascii_case(a))
            .cloned()
    });
    Parsed::Task(Task {
        name,
        rating: from_mermaid_score(scale, score),
        channel,
        phase,
    })
}

/// Reads Mermaid `journey` text onto `scale` (use `Scale::default()` for −5..+5).
///
/// Sections become phases, tasks touchpoints; `%%` comments, blank lines, code fences
/// and front matter are passed over. Lines that cannot be read are listed in
/// [`MermaidImport::skipped`].
pub fn import_mermaid(text: &str, scale: Scale) -> Result<MermaidImport, MermaidError> {
    scale.validate()?;
    if text.len() > MAX_MERMAID_BYTES {
        return Err(MermaidError::TooLarge {
            bytes: text.len(),
            max: MAX_MERMAID_BYTES,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut journey = Journey::new("");
    journey.scale = scale;
    let mut tasks: Vec<Task> = Vec::new();
    let mut skipped = Vec::new();
    let mut seen_header = false;
    let mut in_front_matter = false;
    let mut in_acc_descr = false;
    let mut next_id = 1u32;

    // `lines()` leaves a lone CR (old Mac files) inside a line; split on all three.
    let lines = text.split('\n').flat_map(|l| {
        let l = l.strip_suffix('\r').unwrap_or(l);
        l.split('\r')
    });
    for (index, raw) in lines.enumerate() {
        let number = index + 1;
        let mut line = raw.trim();
        if in_front_matter {
            if line == "---" {
                in_front_matter = false;
            } else if let Some(t) = line.strip_prefix("title:") {
                journey.title = restore_name(t.trim().trim_matches(['"', '\'']));
            }
            continue;
        }
        if in_acc_descr {
            // The description ends at `}`; a statement may follow on the same line.
            match line.split_once('}') {
                Some((_, rest)) => {
                    in_acc_descr = false;
                    line = rest.trim();
                }
                None => continue,
            }
        }
        // A Markdown code fence around the diagram (a task line always has a colon).
        let fence = line.starts_with("```") && !line.contains(':');
        if line.is_empty() || line.starts_with("%%") || fence {
            continue;
        }
        if !seen_header {
            if line == "---" {
                in_front_matter = true;
                continue;
            }
            match keyword_rest(line, "journey") {
                Some(_) => {
                    seen_header = true;
                    continue;
                }
                None => return Err(MermaidError::NotAJourney { line: number }),
            }
        }
        if let Some(after) = strip_keyword(line, "accdescr") {
            match after.trim_start().strip_prefix('{') {
                // `accDescr { … }` may be followed by a statement on the same line.
                Some(block) => match block.split_once('}') {
                    Some((_, rest)) if !rest.trim().is_empty() => line = rest.trim(),
                    Some(_) => continue,
                    None => {
                        in_acc_descr = true;
                        continue;
                    }
                },
                // `accDescr: …` takes the rest of the line.
                None => continue,
            }
        } else if strip_keyword(line, "acctitle").is_some() {
            continue;
        }
        if let Some(t) = keyword_rest(line, "title") {
            journey.title = restore_name(t);
            continue;
        }
        if let Some(s) = keyword_rest(line, "section") {
            journey.phases.push(Phase {
                id: PhaseId(next_id),
                name: restore_name(s),
            });
            next_id += 1;
            continue;
        }
        let phase = journey.phases.len().checked_sub(1);
        match parse_task(line, &scale, phase) {
            Parsed::Task(t) => {
                if tasks.len() >= MAX_MERMAID_TASKS {
                    return Err(MermaidError::TooManyTasks {
                        max: MAX_MERMAID_TASKS,
                    });
                }
                tasks.push(t);
            }
            Parsed::Problem(kind) => skipped.push(SkippedLine {
                line: number,
                text: clean(line, MAX_QUOTED_CHARS),
                kind,
            }),
        }
    }
    if !seen_header {
        return Err(MermaidError::Empty);
    }
    // Tasks before the first section join it, as the model's first phase adopts loose
    // touchpoints; with no sections at all they stay loose.
    let first = (!journey.phases.is_empty()).then_some(0);
    for t in tasks {
        let phase = t
            .phase
            .or(first)
            .and_then(|i| journey.phases.get(i))
            .map(|p| p.id);
        journey.touchpoints.push(Touchpoint {
            id: TouchpointId(next_id),
            name: t.name,
            phase,
            channel: t.channel,
            rating: t.rating,
            ..Touchpoint::default()
        });
        next_id += 1;
    }
    journey.next_id = next_id;
    Ok(MermaidImport { journey, skipped })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_map_linearly_and_round() {
        let s = Scale::default();
        let got: Vec<u8> = [-5.0, -3.0, -2.5, 0.0, 1.0, 2.0, 5.0, 99.0]
            .iter()
            .map(|r| to_mermaid_score(&s, *r))
            .collect();
        assert_eq!(got, [1, 2, 2, 3, 3, 4, 5, 5]);
        assert_eq!(from_mermaid_score(&s, 1.0), -5.0);
        assert_eq!(from_mermaid_score(&s, 0.0), -5.0);
        assert_eq!(from_mermaid_score(&s, 3.0), 0.0);
        assert_eq!(from_mermaid_score(&s, 5.0), 5.0);
        let ten = Scale::new(0.0, 10.0, None).unwrap();
        assert_eq!(to_mermaid_score(&ten, 7.5), 4);
        assert_eq!(from_mermaid_score(&ten, 4.0), 7.5);
    }

    #[test]
    fn names_cannot_break_the_syntax() {
        assert_eq!(
            sanitise_name("Step 1: call\nback; #2"),
            "Step 1\u{2236} call back, \u{ff03}2"
        );
        assert_eq!(sanitise_name("Section review"), "\u{200b}Section review");
        assert_eq!(sanitise_name("5% off"), "\u{200b}5% off");
        assert_eq!(sanitise_name(" \n "), "-");
        assert_eq!(
            restore_name(&sanitise_name("Journey: 10:30 #1")),
            "Journey: 10:30 #1"
        );
    }

    #[test]
    fn line_break_tags_become_spaces() {
        assert_eq!(
            breaks_to_spaces("Line1<br>Line2<br/>Line3</br />Line4<br\t/>Line5"),
            "Line1 Line2 Line3 Line4 Line5"
        );
        assert_eq!(breaks_to_spaces("a <BR > b<bR/>"), "a b ");
        for kept in ["a < b", "<b>bold</b>", "<brx>", "<br", "x<", "<bär>"] {
            assert_eq!(breaks_to_spaces(kept), kept);
        }
    }

    #[test]
    fn reads_the_mermaid_docs_example() {
        let text = "journey\n    title My working day\n    section Go to work\n      Make tea: 5: Me\n      Go upstairs: 3: Me\n      Do work: 1: Me, Cat\n    section Go home\n      Go downstairs: 5: Me\n      Sit down: 5: Me\n";
        let got = import_mermaid(text, Scale::default()).unwrap();
        assert!(got.skipped.is_empty());
        let j = &got.journey;
        assert_eq!(j.title, "My working day");
        assert_eq!(j.phases.len(), 2);
        assert_eq!(j.touchpoints.len(), 5);
        assert_eq!(j.touchpoints[2].rating, -5.0);
        assert_eq!(j.touchpoints[3].phase, Some(j.phases[1].id));
    }

    #[test]
    fn broken_lines_are_listed() {
        let text = "%% a comment\njourney\n  section A\n  no colon here\n  Tea: lots: Me\n  Cake: 9\n  Ok: 4: Me, phone\n";
        let got = import_mermaid(text, Scale::default()).unwrap();
        let problems: Vec<(usize, LineProblem)> = got
            .skipped
            .iter()
            .map(|s| (s.line, s.kind.clone()))
            .collect();
        assert_eq!(
            problems,
            [
                (4, LineProblem::NotUnderstood),
                (5, LineProblem::NotANumber),
                (6, LineProblem::OutOfRange)
            ]
        );
        assert_eq!(got.journey.touchpoints.len(), 1);
        assert_eq!(got.journey.touchpoints[0].channel, Some(Channel::Phone));
        assert_eq!(
            import_mermaid("flowchart LR\n A --> B", Scale::default()),
            Err(MermaidError::NotAJourney { line: 1 })
        );
        assert_eq!(
            import_mermaid(" \n%%x\n", Scale::default()),
            Err(MermaidError::Empty)
        );
    }
}
