//! Mermaid journey-diagram imports: skipped lines and errors.

use super::{Lang, say, scale_error, size};
use crate::i18n::{Noun, counted, quoted};
use crate::io::mermaid::{LineProblem, MermaidError, SkippedLine};

pub fn line_problem(l: Lang, p: &LineProblem) -> &'static str {
    match (l, p) {
        (Lang::En, LineProblem::NotUnderstood) => "is not a task, section or title",
        (Lang::Nl, LineProblem::NotUnderstood) => "is geen taak, sectie of titel",
        (Lang::En, LineProblem::NotANumber) => "has a score that is not a number",
        (Lang::Nl, LineProblem::NotANumber) => "heeft een score die geen getal is",
        (Lang::En, LineProblem::OutOfRange) => "has a score outside 0 to 5",
        (Lang::Nl, LineProblem::OutOfRange) => "heeft een score buiten 0 tot 5",
    }
}

pub fn skipped_line(l: Lang, s: &SkippedLine) -> String {
    let line = say(l, format!("line {}", s.line), format!("regel {}", s.line));
    format!(
        "{line}: {} {}",
        quoted(l, &s.text),
        line_problem(l, &s.kind)
    )
}

pub fn mermaid_error(l: Lang, e: &MermaidError) -> String {
    match e {
        MermaidError::Empty => say(l, "the text is empty".into(), "de tekst is leeg".into()),
        MermaidError::TooLarge { bytes, max } => say(
            l,
            format!(
                "the text is {}; at most {} can be imported",
                size(l, *bytes),
                size(l, *max)
            ),
            format!(
                "de tekst is {}; er kan hooguit {} worden geïmporteerd",
                size(l, *bytes),
                size(l, *max)
            ),
        ),
        MermaidError::NotAJourney { line } => say(
            l,
            format!("line {line}: this is not a Mermaid journey diagram"),
            format!("regel {line}: dit is geen Mermaid-journeydiagram"),
        ),
        MermaidError::TooManyTasks { max } => say(
            l,
            format!("the diagram has more than {}", counted(l, *max, Noun::Task)),
            format!(
                "het diagram heeft meer dan {}",
                counted(l, *max, Noun::Task)
            ),
        ),
        MermaidError::Scale(s) => scale_error(l, s).to_string(),
    }
}
