//! Under a touchpoint's promises, when one is broken: the contacts a broken promise
//! typically causes (seed 004: the customer chases, calls again, complains), each added
//! with one click or Enter as failure demand caused here (`Action::AddFailureDemand`),
//! after the touchpoint or after the last contact it already caused. The focus stays on
//! the suggestion, so a person adds the next one straight away; a status line says what
//! was added and where.

use crate::i18n::lanes::keep_promises::{FOLLOW_UPS, K, follow_up_added, follow_up_hint};
use crate::model::{Action, Scale, TouchpointId, follow_up_rating};
use crate::ui::use_lang;
use yew::prelude::*;

/// Where the next contact caused by a touchpoint goes, and how many it caused already.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FollowUpSlot {
    pub after: TouchpointId,
    pub caused: usize,
}

#[derive(Properties, PartialEq)]
pub struct FailureDemandOfferProps {
    /// The touchpoint with the broken promise.
    pub cause: TouchpointId,
    /// Where the next contact goes (and the name of that touchpoint).
    pub slot: FollowUpSlot,
    pub after_name: String,
    pub scale: Scale,
    pub on_action: Callback<Action>,
}

/// The suggestions (`failure-demand-offer`, each a `failure-demand-suggestion`).
#[function_component(FailureDemandOffer)]
pub fn failure_demand_offer(p: &FailureDemandOfferProps) -> Html {
    let l = use_lang();
    // What was added last, after what, and how many contacts were caused before: worded
    // at render time so it follows the language, and shown only while that contact is
    // still there (after an Undo the message would no longer be true).
    let added = use_state(|| None::<(K, String, usize)>);
    let rating = follow_up_rating(&p.scale);
    let heading = format!("tp-{}-follow-up-heading", p.cause.0);
    let hint = format!("tp-{}-follow-up-hint", p.cause.0);
    let suggestion = |k: K| {
        let name = k.get(l);
        let onclick = {
            let (on_action, added, slot, after_name, cause) = (
                p.on_action.clone(),
                added.clone(),
                p.slot,
                p.after_name.clone(),
                p.cause,
            );
            Callback::from(move |_: MouseEvent| {
                on_action.emit(Action::AddFailureDemand {
                    after: slot.after,
                    name: name.to_string(),
                    rating,
                    caused_by: cause,
                });
                added.set(Some((k, after_name.clone(), slot.caused)));
            })
        };
        html! {
            <li><button type="button" data-testid="failure-demand-suggestion"
                aria-describedby={hint.clone()} {onclick}>{ format!("+ {name}") }</button></li>
        }
    };
    html! {
        <div class="follow-up-offer" role="group" data-testid="failure-demand-offer"
            aria-labelledby={heading.clone()}>
            <p class="follow-up-heading" id={heading}>{ K::FollowUpHeading.get(l) }</p>
            <ul class="follow-up-list">{ for FOLLOW_UPS.iter().map(|k| suggestion(*k)) }</ul>
            <p class="hint" id={hint}>{ follow_up_hint(l, &p.after_name, rating) }</p>
            <p class="follow-up-added" role="status" data-testid="failure-demand-added">
                { (*added).as_ref().filter(|(_, _, before)| p.slot.caused > *before)
                    .map(|(k, a, _)| follow_up_added(l, k.get(l), a)).unwrap_or_default() }</p>
        </div>
    }
}
