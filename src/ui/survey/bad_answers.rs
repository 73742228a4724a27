//! Answers that were neither a number nor "not answered": counted, and the first ones
//! listed by row and column as a spreadsheet shows them, never guessed.

use crate::i18n::number::count;
use crate::i18n::survey::{self as say, S};
use crate::i18n::survey_read::bad_cell;
use crate::model::survey::BadCell;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

/// The first bad answers (at most `MAX_BAD_LISTED`) and their total.
#[derive(Properties, PartialEq)]
pub struct BadAnswersProps {
    pub bad: Rc<Vec<BadCell>>,
    /// How many there were in all.
    pub count: usize,
}

/// The bad answers (`survey-bad`, `data-count`); nothing when every answer was read.
#[function_component(BadAnswers)]
pub fn bad_answers(p: &BadAnswersProps) -> Html {
    let l = use_lang();
    if p.count == 0 {
        return html! {};
    }
    let items = p.bad.iter().map(|b| html! { <li>{ bad_cell(l, b) }</li> });
    html! {
        <details class="survey-card survey-bad" data-testid="survey-bad" data-count={p.count.to_string()}>
            <summary>{ format!("{} ({})", S::BadTitle.get(l), count(l, p.count)) }</summary>
            <p>{ say::bad_count(l, p.count, p.bad.len()) }</p>
            <ol class="survey-bad-list">{ for items }</ol>
        </details>
    }
}
