//! Under the lanes: what keeping the promises would do, in one line (contacts, the
//! experienced and the remembered score before and after), and a button that makes that
//! to-be as a scenario of this journey (`Msg::MakePromisesKeptScenario`), which the
//! comparison then shows. Only when there is something to keep: a broken promise or
//! failure demand.

use crate::analysis::lanes::{LaneError, promises_kept_scenario};
use crate::i18n::lanes::keep_promises::{K, not_made, preview};
use crate::model::Journey;
use crate::ui::use_lang;
use crate::web::state::Msg;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeepPromisesOfferProps {
    pub journey: Rc<Journey>,
    pub on_msg: Callback<Msg>,
}

/// The offer (`keep-promises`), its preview (`keep-promises-preview`) and its button
/// (`keep-promises-scenario`).
#[function_component(KeepPromisesOffer)]
pub fn keep_promises_offer(p: &KeepPromisesOfferProps) -> Html {
    let l = use_lang();
    let scenario = use_memo(p.journey.clone(), |j| promises_kept_scenario(j));
    let (line, contacts, remembered) = match &*scenario {
        Err(LaneError::NothingToKeep) => return html! {},
        Ok(s) => (
            preview(l, s),
            (s.contacts_after as i64 - s.contacts_before as i64).to_string(),
            s.remembered.change.to_string(),
        ),
        Err(e) => (not_made(l, e).to_string(), String::new(), String::new()),
    };
    html! {
        <section class="keep-promises" data-testid="keep-promises" aria-labelledby="keep-promises-heading">
            <h2 id="keep-promises-heading">{ K::OfferHeading.get(l) }</h2>
            <p id="keep-promises-preview" data-testid="keep-promises-preview"
                data-contacts-change={contacts} data-remembered-change={remembered}>{ line }</p>
            <button type="button" data-testid="keep-promises-scenario"
                aria-describedby="keep-promises-preview"
                onclick={p.on_msg.reform(|_: MouseEvent| Msg::MakePromisesKeptScenario)}>
                { K::MakeScenario.get(l) }</button>
        </section>
    }
}
