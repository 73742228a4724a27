//! One cell of a survey table as detection and the reader see it: text (a CSV field, or a
//! workbook's text) or a workbook number.

use super::answer::{Answer, parse_answer};

/// One cell as detection sees it: text (CSV, or a workbook's text) or a workbook number.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Cell {
    Text(String),
    Number(f64),
}

impl Cell {
    pub(crate) fn answer(&self, decimal_comma: bool) -> Answer {
        match self {
            Cell::Text(s) => parse_answer(s, decimal_comma),
            Cell::Number(v) if v.is_finite() => Answer::Number(*v),
            Cell::Number(_) => Answer::Bad,
        }
    }

    pub(crate) fn text(&self) -> String {
        match self {
            Cell::Text(s) => s.trim().to_string(),
            Cell::Number(v) => format!("{v}"),
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        matches!(self, Cell::Text(s) if s.trim().is_empty())
    }
}
