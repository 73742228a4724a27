use super::{tr, use_lang};
use crate::i18n::T;
use crate::model::{Action, Scale, Touchpoint, TouchpointEdit};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub index: usize,
    pub touchpoint: Touchpoint,
    pub scale: Scale,
    pub on_action: Callback<Action>,
}

/// One touchpoint: its name, its rating, and a delete button.
#[function_component(TouchpointRow)]
pub fn touchpoint_row(p: &Props) -> Html {
    let l = use_lang();
    let id = p.touchpoint.id;
    let on_name = p.on_action.reform(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::Edit(id, TouchpointEdit::Name(input.value()))
    });
    // A number input reports NaN while a value is half typed ("-"); wait for a number.
    let on_rating = {
        let on_action = p.on_action.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let v = input.value_as_number();
            if v.is_finite() {
                on_action.emit(Action::Edit(id, TouchpointEdit::Rating(v)));
            }
        })
    };
    let on_delete = p.on_action.reform(move |_: MouseEvent| Action::Remove(id));
    let name_label = format!("{} {}", tr(l, T::TouchpointName), p.index + 1);
    let rating = p.touchpoint.rating;
    let tone = if rating > p.scale.neutral {
        "good"
    } else if rating < p.scale.neutral {
        "bad"
    } else {
        "neutral"
    };
    html! {
        <li class={classes!("touchpoint", tone)} data-testid="touchpoint" data-id={id.0.to_string()}>
            <span class="index" aria-hidden="true">{ p.index + 1 }</span>
            <input type="text" class="name" data-testid="touchpoint-name" aria-label={name_label.clone()}
                value={p.touchpoint.name.clone()} oninput={on_name} maxlength="200" />
            <input type="number" class="rating" data-testid="touchpoint-rating"
                aria-label={format!("{} — {}", tr(l, T::Rating), name_label)}
                min={p.scale.min.to_string()} max={p.scale.max.to_string()} step={p.scale.step.to_string()}
                value={rating.to_string()} oninput={on_rating} />
            <button type="button" class="icon delete" data-testid="delete-touchpoint"
                aria-label={format!("{}: {}", tr(l, T::DeleteTouchpoint), p.touchpoint.name)}
                title={tr(l, T::DeleteTouchpoint)} onclick={on_delete}>{ "✕" }</button>
        </li>
    }
}
