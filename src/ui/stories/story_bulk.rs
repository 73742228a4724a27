//! Many stories at once: pasted (one per line, or CSV with a header), from a CSV file
//! (`story-import`), and out again as CSV (`story-export`). All or nothing: one bad row
//! adds nothing and every bad row is named by its number.

use crate::i18n::stories::{ST, added, import_error};
use crate::io::csv::stories::{
    StoriesCsvError, StoryDefaults, export_stories_csv, parse_stories, parse_stories_bytes,
};
use crate::model::{Action, Journey, StoryAction};
use crate::ui::use_lang;
use crate::web::download::{download, file_name};
use crate::web::local_file::read_bytes;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryBulkProps {
    pub journey: Rc<Journey>,
    /// The form's teller, valence and subject: what a plain line is told with.
    pub defaults: StoryDefaults,
    pub on_action: Callback<Action>,
}

/// The outcome shown under the box.
#[derive(Clone, PartialEq)]
enum Outcome {
    Added(usize),
    Refused(StoriesCsvError),
}

/// The paste box, its button, the file input and the export button.
#[function_component(StoryBulk)]
pub fn story_bulk(p: &StoryBulkProps) -> Html {
    let l = use_lang();
    let pasted = use_state(String::new);
    let outcome = use_state(|| None::<Outcome>);
    let take = {
        let (on_action, outcome) = (p.on_action.clone(), outcome.clone());
        Rc::new(
            move |read: Result<Vec<crate::model::Story>, StoriesCsvError>| -> bool {
                match read {
                    Ok(list) => {
                        outcome.set(Some(Outcome::Added(list.len())));
                        on_action.emit(Action::Story(StoryAction::Import(list)));
                        true
                    }
                    Err(e) => {
                        outcome.set(Some(Outcome::Refused(e)));
                        false
                    }
                }
            },
        )
    };
    let on_paste_input = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            let t: HtmlTextAreaElement = e.target_unchecked_into();
            pasted.set(t.value());
        })
    };
    let on_add = {
        let (pasted, take, journey, defaults) = (
            pasted.clone(),
            take.clone(),
            p.journey.clone(),
            p.defaults.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if take(parse_stories(&pasted, &journey, &defaults)) {
                pasted.set(String::new());
            }
        })
    };
    let on_file = {
        let (take, journey, defaults) = (take.clone(), p.journey.clone(), p.defaults.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let (take, journey, defaults) = (take.clone(), journey.clone(), defaults.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let read = match read_bytes(&file).await {
                    Some(bytes) => parse_stories_bytes(&bytes, &journey, &defaults),
                    None => Err(StoriesCsvError::Empty),
                };
                take(read);
            });
        })
    };
    let on_export = {
        let journey = p.journey.clone();
        Callback::from(move |_: MouseEvent| {
            let name = file_name(&format!("{} stories", journey.title), "csv");
            download(
                &name,
                "text/csv;charset=utf-8",
                &export_stories_csv(&journey),
            );
        })
    };
    let message = match &*outcome {
        None => html! {},
        Some(Outcome::Added(n)) => html! {
            <p class="import-done" data-testid="story-import-done">{ added(l, *n) }</p>
        },
        Some(Outcome::Refused(e)) => html! {
            <div class="import-error" data-testid="story-import-error">
                { for import_error(l, e).into_iter().map(|line| html! { <p>{ line }</p> }) }
            </div>
        },
    };
    html! {
        <details class="story-bulk" data-testid="story-bulk">
            <summary>{ ST::Bulk.get(l) }</summary>
            <p class="hint" id="story-paste-hint">{ ST::BulkHint.get(l) }</p>
            <label for="story-paste">{ ST::Paste.get(l) }</label>
            <textarea id="story-paste" data-testid="story-paste" rows="5" value={(*pasted).clone()}
                oninput={on_paste_input} aria-describedby="story-paste-hint" />
            <div class="story-actions">
                <button type="button" data-testid="story-paste-add" onclick={on_add}>{ ST::AddPasted.get(l) }</button>
                <label class="file-pick">
                    <span>{ ST::ImportFile.get(l) }</span>
                    <input type="file" data-testid="story-import" accept=".csv,.tsv,.txt,text/csv,text/plain"
                        onchange={on_file} />
                </label>
                <button type="button" data-testid="story-export" onclick={on_export}
                    disabled={p.journey.stories.is_empty()}>{ ST::Export.get(l) }</button>
            </div>
            <div role="status" aria-live="polite">{ message }</div>
        </details>
    }
}
