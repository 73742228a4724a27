//! One participant's rating of one touchpoint in a group round: a text box that keeps
//! what was typed, counts it only when it is a number on the scale, and says why not.

use crate::i18n;
use crate::model::{Scale, parse_number};
use crate::ui::use_lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VoteInputProps {
    /// The element id (unique on the page), also used for the message's id.
    pub id: AttrValue,
    /// Who is rating, as shown to the room.
    pub label: AttrValue,
    pub value: Option<f64>,
    pub scale: Scale,
    /// A valid rating, or `None` when the box was emptied.
    pub on_vote: Callback<Option<f64>>,
}

/// What a typed text means: `Ok(None)` blank, `Ok(Some)` a rating, `Err` not usable.
fn read(text: &str, scale: &Scale) -> Result<Option<f64>, ()> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_number(text)
        .filter(|v| scale.contains(*v))
        .map(Some)
        .ok_or(())
}

#[function_component(VoteInput)]
pub fn vote_input(p: &VoteInputProps) -> Html {
    let l = use_lang();
    let show = move |v: Option<f64>| v.map(|v| l.number(v, 2)).unwrap_or_default();
    let draft = use_state(|| show(p.value));
    {
        // A vote changed elsewhere (a pasted column, undo) replaces the text, unless the
        // text already says it ("2," while typing "2,5").
        let (draft, scale) = (draft.clone(), p.scale);
        use_effect_with(p.value, move |v| {
            if read(&draft, &scale) != Ok(*v) {
                draft.set(show(*v));
            }
        });
    }
    let oninput = {
        let (draft, scale, on_vote) = (draft.clone(), p.scale, p.on_vote.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(v) = read(&text, &scale) {
                on_vote.emit(v);
            }
            draft.set(text);
        })
    };
    let invalid = read(&draft, &p.scale).is_err();
    let msg_id = format!("{}-msg", p.id);
    html! {
        <div class="vote">
            <label for={p.id.clone()}>{ p.label.clone() }</label>
            <input type="text" inputmode="decimal" id={p.id.clone()} data-testid="vote"
                value={(*draft).clone()} {oninput} autocomplete="off"
                aria-invalid={invalid.to_string()}
                aria-describedby={invalid.then(|| msg_id.clone())} />
            if invalid {
                <p id={msg_id} class="field-error" data-testid="vote-error">
                    { i18n::vote_range(l, p.scale.min, p.scale.max) }
                </p>
            }
        </div>
    }
}
