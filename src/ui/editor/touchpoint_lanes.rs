//! The touchpoint fields behind the lanes under the curve, inside its Details: what the
//! customer expected and our own rating (seed 001), failure demand and its cause, and
//! the promises (seed 004). Each change is one `Action::Edit`.

use crate::i18n::lanes::touchpoint::E;
use crate::i18n::{self};
use crate::model::{Action, Scale, Touchpoint, TouchpointEdit, TouchpointId};
use crate::ui::editor::failure_demand_offer::FailureDemandOffer;
use crate::ui::editor::failure_demand_offer::FollowUpSlot;
use crate::ui::editor::lane_value_field::{LaneValue, LaneValueField};
use crate::ui::editor::promise_list::PromiseList;
use crate::ui::use_lang;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TouchpointLanesProps {
    pub touchpoint: Touchpoint,
    pub scale: Scale,
    /// The journey's other touchpoints (id and name, in order): what can have caused
    /// this contact.
    #[prop_or_default]
    pub others: Vec<(TouchpointId, String)>,
    /// With a broken promise here: where a contact it caused would be added.
    #[prop_or_default]
    pub follow_up: Option<FollowUpSlot>,
    pub on_action: Callback<Action>,
}

/// Expected, our own rating, failure demand and promises of one touchpoint.
#[function_component(TouchpointLanes)]
pub fn touchpoint_lanes(p: &TouchpointLanesProps) -> Html {
    let l = use_lang();
    let t = &p.touchpoint;
    let id = t.id;
    let fid = |field: &str| format!("tp-{}-{field}", id.0);
    let on_failure = p.on_action.reform(move |e: Event| {
        let i: HtmlInputElement = e.target_unchecked_into();
        Action::Edit(
            id,
            TouchpointEdit::FailureDemand {
                failure_demand: i.checked(),
                caused_by: None,
            },
        )
    });
    let on_cause = p.on_action.reform(move |e: Event| {
        let s: HtmlSelectElement = e.target_unchecked_into();
        let caused_by = s.value().parse::<u32>().ok().map(TouchpointId);
        Action::Edit(
            id,
            TouchpointEdit::FailureDemand {
                failure_demand: true,
                caused_by,
            },
        )
    });
    let cause_now = t.caused_by.map(|c| c.0.to_string()).unwrap_or_default();
    let value = |which: LaneValue, v: Option<f64>| {
        html! {
            <LaneValueField which={which} id={id} name={t.name.clone()} value={v} scale={p.scale}
                on_action={p.on_action.clone()} />
        }
    };
    html! {
        <fieldset class="touchpoint-lanes" data-testid="touchpoint-lanes">
            <legend>{ E::LanesHeading.get(l) }</legend>
            { value(LaneValue::Expected, t.expected) }
            { value(LaneValue::Ours, t.ours) }
            <div class="check">
                <input type="checkbox" id={fid("failure-demand")} data-testid="touchpoint-failure-demand"
                    checked={t.failure_demand} onchange={on_failure}
                    aria-describedby={fid("failure-demand-explain")} />
                <label for={fid("failure-demand")}>{ E::FailureDemand.get(l) }</label>
                <p class="hint" id={fid("failure-demand-explain")}>{ E::FailureDemandExplain.get(l) }</p>
            </div>
            if t.failure_demand {
                <label class="field" for={fid("caused-by")}>{ E::CausedBy.get(l) }</label>
                <select id={fid("caused-by")} data-testid="touchpoint-caused-by" onchange={on_cause}
                    aria-label={i18n::field_of(l, E::CausedBy.get(l), &t.name)}>
                    <option value="" selected={cause_now.is_empty()}>{ E::CauseUnknown.get(l) }</option>
                    { for p.others.iter().filter(|(o, _)| *o != id).map(|(o, name)| html! {
                        <option value={o.0.to_string()} selected={cause_now == o.0.to_string()}>
                            { name.clone() }</option>
                    }) }
                </select>
            }
            <PromiseList id={id} name={t.name.clone()} promises={t.promises.clone()}
                on_action={p.on_action.clone()} />
            if let Some(slot) = p.follow_up {
                <FailureDemandOffer cause={id} {slot}
                    after_name={p.others.iter().find(|(o, _)| *o == slot.after).map(|(_, n)| n.clone()).unwrap_or_default()}
                    scale={p.scale} on_action={p.on_action.clone()} />
            }
        </fieldset>
    }
}
