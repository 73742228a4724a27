use crate::i18n::{self, T};
use crate::model::{Action, Journey, TouchpointEdit, parse_number};
use crate::ui::tr;
use crate::ui::use_lang;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedRatingsProps {
    pub journey: Rc<Journey>,
    /// `static`: the ratings are shown, not editable.
    pub read_only: bool,
    pub on_action: Callback<Action>,
}

/// The embed's short list of ratings: a number field per moment for learners, or plain
/// values when the embed is read-only.
#[function_component(EmbedRatings)]
pub fn embed_ratings(p: &EmbedRatingsProps) -> Html {
    let l = use_lang();
    let scale = p.journey.scale;
    let rows = p.journey.touchpoints.iter().map(|t| {
        let value = if p.read_only {
            html! { <span class="value" data-testid="embed-rating-value">{ l.number(t.rating, 1) }</span> }
        } else {
            let (id, on_action) = (t.id, p.on_action.clone());
            let oninput = Callback::from(move |e: InputEvent| {
                let input: HtmlInputElement = e.target_unchecked_into();
                if let Some(r) = parse_number(&input.value()) {
                    on_action.emit(Action::Edit(id, TouchpointEdit::Rating(scale.clamp(r))));
                }
            });
            html! {
                <input type="number" data-testid="embed-rating" min={scale.min.to_string()}
                    max={scale.max.to_string()} step={scale.step.to_string()}
                    value={t.rating.to_string()} {oninput}
                    aria-label={i18n::field_of(l, tr(l, T::Rating), &t.name)} />
            }
        };
        html! {
            <li key={t.id.0}>
                <span class="name">{ t.name.clone() }</span>
                { value }
            </li>
        }
    });
    let range = i18n::scale_range(l, scale.min, scale.max);
    html! {
        <details class="embed-ratings" data-testid="embed-ratings" open={!p.read_only}>
            <summary>{ tr(l, if p.read_only { T::EmbedRatingsTable } else { T::EmbedRatings }) }</summary>
            if !p.read_only {
                <p class="hint">{ tr(l, T::EmbedRatingsHint) }{ " " }
                    { format!("{}: {range}.", tr(l, T::EmbedScaleNote)) }</p>
            }
            <ol>{ for rows }</ol>
        </details>
    }
}
