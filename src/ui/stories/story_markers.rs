//! Under the chart: one button per touchpoint with stories (`story-marker`), the keyboard's
//! way to the badges the chart draws; choosing one opens the stories at that touchpoint.

use crate::analysis::practice::counts_per_touchpoint;
use crate::i18n::stories::{ST, marker};
use crate::model::{Journey, TouchpointId};
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryMarkersProps {
    pub journey: Rc<Journey>,
    pub on_select: Callback<TouchpointId>,
}

/// A row of buttons, or nothing when no story is about a touchpoint.
#[function_component(StoryMarkers)]
pub fn story_markers(p: &StoryMarkersProps) -> Html {
    let l = use_lang();
    let counts = use_memo(p.journey.clone(), |j| counts_per_touchpoint(j));
    if counts.iter().all(|n| *n == 0) {
        return html! {};
    }
    html! {
        <nav class="story-markers" aria-label={ST::Markers.get(l)} data-testid="story-markers">
            <span class="hint">{ ST::Markers.get(l) }{ ":" }</span>
            { for p.journey.touchpoints.iter().zip(counts.iter()).filter(|(_, n)| **n > 0).map(|(t, n)| {
                let id = t.id;
                let on_click = p.on_select.reform(move |_: MouseEvent| id);
                html! {
                    <button type="button" class="story-marker" data-testid="story-marker"
                        data-touchpoint={t.name.clone()} onclick={on_click}>
                        <span class="badge" aria-hidden="true">{ crate::i18n::number::count(l, *n) }</span>
                        <span class="visually-hidden">{ marker(l, &t.name, *n) }</span>
                        <span aria-hidden="true">{ format!(" {}", t.name) }</span>
                    </button>
                }
            }) }
        </nav>
    }
}
