use super::touchpoint_row::TouchpointRow;
use super::{tr, use_lang};
use crate::i18n::T;
use crate::model::{Action, Journey};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub journey: Rc<Journey>,
    pub on_action: Callback<Action>,
}

/// The touchpoints in journey order, one editable row each.
#[function_component(TouchpointList)]
pub fn touchpoint_list(p: &Props) -> Html {
    let l = use_lang();
    let j = &p.journey;
    if j.touchpoints.is_empty() {
        return html! { <p class="empty" data-testid="empty-journey">{ tr(l, T::EmptyJourney) }</p> };
    }
    html! {
        <ol class="touchpoints" data-testid="touchpoint-list">
            { for j.touchpoints.iter().enumerate().map(|(i, t)| html! {
                <TouchpointRow key={t.id.0} index={i} touchpoint={t.clone()} scale={j.scale}
                    on_action={p.on_action.clone()} />
            }) }
        </ol>
    }
}
