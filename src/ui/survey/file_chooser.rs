//! Choosing a survey file: a labelled file input, and a zone that takes a dropped file
//! (which then does not reach the page-wide journey import).

use crate::i18n::survey::S;
use crate::ui::use_lang;
use crate::web::drop_zone::files_of;
use web_sys::{DragEvent, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FileChooserProps {
    pub on_file: Callback<web_sys::File>,
    /// The label of the button (another file after a failure or to replace the survey).
    #[prop_or(S::ChooseFile)]
    pub label: S,
}

/// The file input (`survey-file`) inside a drop zone.
#[function_component(FileChooser)]
pub fn file_chooser(p: &FileChooserProps) -> Html {
    let l = use_lang();
    let over = use_state(|| false);
    let on_change = {
        let on_file = p.on_file.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(f) = files_of(input.files()).into_iter().next() {
                on_file.emit(f);
            }
            // The same file chosen again (after a fix) must fire again.
            input.set_value("");
        })
    };
    let on_over = {
        let over = over.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(true);
        })
    };
    let on_leave = {
        let over = over.clone();
        Callback::from(move |_: DragEvent| over.set(false))
    };
    let on_drop = {
        let (on_file, over) = (p.on_file.clone(), over.clone());
        Callback::from(move |e: DragEvent| {
            // Marks the drop as taken: the page-wide import leaves it alone.
            e.prevent_default();
            over.set(false);
            let files = files_of(e.data_transfer().and_then(|d| d.files()));
            if let Some(f) = files.into_iter().next() {
                on_file.emit(f);
            }
        })
    };
    html! {
        <div class={classes!("survey-drop", over.then_some("over"))} data-testid="survey-drop"
            ondragover={on_over} ondragleave={on_leave} ondrop={on_drop}>
            <label class="field file-pick">
                <span>{ p.label.get(l) }</span>
                <input type="file" data-testid="survey-file"
                    accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    onchange={on_change} />
            </label>
            <span class="hint">{ S::DropHint.get(l) }</span>
        </div>
    }
}
