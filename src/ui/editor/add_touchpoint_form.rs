use crate::i18n;
use crate::i18n::{Lang, T};
use crate::model::{Action, MAX_NAME_CHARS, Scale, parse_number};
use crate::ui::tr;
use crate::ui::use_lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// How many touchpoints exist, to name an unnamed new one.
    pub count: usize,
    pub scale: Scale,
    pub on_action: Callback<Action>,
}

fn default_name(lang: Lang, n: usize) -> String {
    format!("{} {}", tr(lang, T::TouchpointName), n)
}

/// The row under the list for adding a touchpoint with the keyboard: name, Tab, rating,
/// Enter. Focus returns to the name so the next one can be typed straight away.
#[function_component(AddTouchpointForm)]
pub fn add_touchpoint_form(p: &Props) -> Html {
    let l = use_lang();
    let name_ref = use_node_ref();
    let rating_ref = use_node_ref();
    let error = use_state(|| None::<T>);
    let on_submit = {
        let (name_ref, rating_ref, error) = (name_ref.clone(), rating_ref.clone(), error.clone());
        let (on_action, count, scale) = (p.on_action.clone(), p.count, p.scale);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(name_in), Some(rating_in)) = (
                name_ref.cast::<HtmlInputElement>(),
                rating_ref.cast::<HtmlInputElement>(),
            ) else {
                return;
            };
            // Keep what was typed when the rating is not a number, and say why.
            // An empty rating means neutral; anything else must be a number.
            let typed = rating_in.value();
            let rating = if typed.trim().is_empty() {
                Some(scale.neutral)
            } else {
                parse_number(&typed)
            };
            let Some(rating) = rating else {
                error.set(Some(T::RatingNotANumber));
                let _ = rating_in.focus();
                return;
            };
            let typed = name_in.value();
            let name = if typed.trim().is_empty() {
                default_name(l, count + 1)
            } else {
                typed.trim().to_string()
            };
            on_action.emit(Action::AddTouchpoint {
                name,
                rating,
                after: None,
            });
            error.set(None);
            name_in.set_value("");
            rating_in.set_value("");
            let _ = name_in.focus();
        })
    };
    html! {
        <form class="add-touchpoint" onsubmit={on_submit} data-testid="add-touchpoint-form">
            <label class="name">
                <span>{ tr(l, T::TouchpointName) }</span>
                <input type="text" ref={name_ref} data-testid="new-touchpoint-name"
                    placeholder={tr(l, T::TouchpointNamePlaceholder)} maxlength={MAX_NAME_CHARS.to_string()} />
            </label>
            <label class="rating">
                <span>{ tr(l, T::Rating) }</span>
                <input type="text" inputmode="decimal" ref={rating_ref} placeholder={l.number(p.scale.neutral, 2)}
                    data-testid="new-touchpoint-rating" aria-describedby="add-hint"
                    aria-invalid={error.is_some().to_string()} />
            </label>
            <button type="submit" data-testid="add-touchpoint">{ tr(l, T::Add) }</button>
            <p id="add-hint" class="hint">{ tr(l, T::AddTouchpointHint) }{ " " }
                { i18n::scale_hint(l, p.scale.min, p.scale.max) }</p>
            if let Some(e) = *error {
                <p class="field-error" role="alert" data-testid="add-error">{ tr(l, e) }</p>
            }
        </form>
    }
}
