//! While the worker reads: a progress bar with the file's name, and Cancel.

use crate::i18n::files_panel::FP;
use crate::i18n::survey::{self as say, S};
use crate::ui::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReadingProgressProps {
    pub file_name: String,
    pub done: u64,
    /// 0 while unknown: the bar then has no value (indeterminate).
    pub total: u64,
    pub on_cancel: Callback<()>,
}

/// The progress bar (`survey-progress`) and its Cancel button.
#[function_component(ReadingProgress)]
pub fn reading_progress(p: &ReadingProgressProps) -> Html {
    let l = use_lang();
    let text = say::reading(l, &p.file_name, p.done, p.total);
    let value = (p.total > 0).then(|| (p.done.min(p.total) as f64 / p.total as f64).to_string());
    html! {
        <div class="survey-reading" role="status">
            <p>{ text.clone() }</p>
            <progress data-testid="survey-progress" max="1" value={value}
                aria-label={S::Reading.get(l)} />
            <button type="button" data-testid="survey-cancel"
                onclick={p.on_cancel.reform(|_: MouseEvent| ())}>{ FP::Cancel.get(l) }</button>
        </div>
    }
}
