use crate::analysis;
use crate::i18n::T;
use crate::model::{Action, Journey, TouchpointId};
use crate::ui::editor::failure_demand_offer::FollowUpSlot;
use crate::ui::editor::touchpoint_row::{RowRole, TouchpointRow};
use crate::ui::tr;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub journey: Rc<Journey>,
    pub on_action: Callback<Action>,
}

/// Puts focus back on a row after it moved (moving a DOM node drops its focus).
fn refocus(id: TouchpointId) {
    let selector = format!("[data-testid='touchpoint'][data-id='{}']", id.0);
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&selector).ok().flatten())
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = el.focus();
    }
}

/// The touchpoints in journey order, grouped under their phases, one editable row each.
#[function_component(TouchpointList)]
pub fn touchpoint_list(p: &Props) -> Html {
    let l = use_lang();
    let moved = use_state(|| None::<TouchpointId>);
    let scores = use_memo(p.journey.clone(), |j| analysis::score(j).ok());
    {
        let moved = moved.clone();
        use_effect_with(((*moved), p.journey.clone()), move |(m, _)| {
            if let Some(id) = m {
                refocus(*id);
                moved.set(None);
            }
        });
    }
    let on_action = use_callback(p.on_action.clone(), {
        let moved = moved.setter();
        move |a: Action, on_action| {
            if let Action::Move { id, .. } = &a {
                moved.set(Some(*id));
            }
            on_action.emit(a);
        }
    });
    let j = &p.journey;
    if j.touchpoints.is_empty() {
        return html! { <p class="empty" data-testid="empty-journey">{ tr(l, T::EmptyJourney) }</p> };
    }
    let role = |i: usize| {
        let s = (*scores).as_ref();
        RowRole {
            peak: s.is_some_and(|s| s.peak == i),
            end: s.is_some_and(|s| s.end == i),
            peak_marked: s.is_some_and(|s| s.peak == i && s.peak_marked),
            end_marked: s.is_some_and(|s| s.end == i && s.end_marked),
        }
    };
    let n = j.touchpoints.len();
    let others: Vec<_> = j
        .touchpoints
        .iter()
        .map(|t| (t.id, t.name.clone()))
        .collect();
    // Where a contact a broken promise caused would go (only asked of such touchpoints).
    let follow_up = |t: &crate::model::Touchpoint| {
        if t.promises_in(crate::model::PromiseState::Broken) == 0 {
            return None;
        }
        let caused = j
            .touchpoints
            .iter()
            .filter(|o| o.caused_by == Some(t.id))
            .count();
        crate::model::follow_up_slot(j, t.id).map(|after| FollowUpSlot { after, caused })
    };
    let mut rows = Vec::new();
    let mut last_phase = None;
    for (i, t) in j.touchpoints.iter().enumerate() {
        if !j.phases.is_empty() && (i == 0 || t.phase != last_phase) {
            let name = t
                .phase
                .and_then(|p| j.phase(p))
                .map(|p| p.name.clone())
                .unwrap_or_else(|| tr(l, T::NoPhase).to_string());
            rows.push(html! {
                <li class="phase-heading" key={format!("phase-{i}-{name}")} aria-hidden="true">{ name }</li>
            });
        }
        last_phase = t.phase;
        rows.push(html! {
            <TouchpointRow key={t.id.0} index={i} count={n} touchpoint={t.clone()} scale={j.scale}
                phases={j.phases.clone()} others={others.clone()} follow_up={follow_up(t)} role={role(i)}
                on_action={on_action.clone()} />
        });
    }
    html! {
        <>
            <ol class="touchpoints" data-testid="touchpoint-list">{ for rows }</ol>
            <p class="hint">{ tr(l, T::RowKeysHint) }</p>
        </>
    }
}
