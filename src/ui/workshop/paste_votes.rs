//! "Paste a column": one touchpoint's ratings for every participant at once, copied from
//! a spreadsheet or typed with semicolons.

use crate::i18n;
use crate::i18n::group::G;
use crate::model::{Action, Scale, TouchpointId, parse_column};
use crate::ui::use_lang;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PasteVotesProps {
    pub id: TouchpointId,
    pub scale: Scale,
    pub on_action: Callback<Action>,
}

#[function_component(PasteVotes)]
pub fn paste_votes(p: &PasteVotesProps) -> Html {
    let l = use_lang();
    let text = use_state(String::new);
    let error = use_state(|| None::<String>);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value());
        })
    };
    let onclick = {
        let (text, error, on_action) = (text.clone(), error.clone(), p.on_action.clone());
        let (id, scale) = (p.id, p.scale);
        Callback::from(move |_: MouseEvent| {
            // What was pasted stays in the box until it is used, so a typo can be fixed.
            let problem = match parse_column(&text) {
                Err(bad) => Some(i18n::not_a_number(l, &bad)),
                Ok(values) if values.is_empty() => Some(G::PasteEmpty.get(l).to_string()),
                Ok(values) if values.iter().any(|v| !scale.contains(*v)) => {
                    Some(i18n::vote_range(l, scale.min, scale.max))
                }
                Ok(values) => {
                    on_action.emit(Action::PasteVotes { id, values });
                    text.set(String::new());
                    None
                }
            };
            error.set(problem);
        })
    };
    html! {
        <div class="paste-votes">
            <label for="paste-votes">{ G::PasteColumn.get(l) }</label>
            <textarea id="paste-votes" data-testid="paste-votes" rows="3" value={(*text).clone()}
                {oninput} aria-describedby="paste-votes-hint"
                aria-invalid={error.is_some().to_string()} />
            <p id="paste-votes-hint" class="hint">{ G::PasteHint.get(l) }</p>
            <button type="button" data-testid="paste-votes-apply" {onclick}>{ G::PasteApply.get(l) }</button>
            if let Some(e) = &*error {
                <p class="field-error" role="alert" data-testid="paste-error">{ e.clone() }</p>
            }
        </div>
    }
}
