//! The norms kept so far (`plan-norms`): what the team decided to keep doing, a list to
//! print and hang up.

use crate::analysis::practice::norms;
use crate::i18n::plan::PL;
use crate::model::Journey;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NormsListProps {
    pub journey: Rc<Journey>,
}

#[function_component(NormsList)]
pub fn norms_list(p: &NormsListProps) -> Html {
    let l = use_lang();
    let list = use_memo(p.journey.clone(), |j| norms(j));
    let on_print = Callback::from(|_: MouseEvent| {
        // The page's print style shows only the norms while this attribute is on.
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            let _ = body.set_attribute("data-print", "norms");
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
            let _ = body.remove_attribute("data-print");
        }
    });
    html! {
        <section class="plan-norms" data-testid="plan-norms" aria-labelledby="plan-norms-title">
            <h3 id="plan-norms-title">{ PL::NormsTitle.get(l) }</h3>
            if list.is_empty() {
                <p class="hint">{ PL::NormsNone.get(l) }</p>
            } else {
                <ol>
                    { for list.iter().map(|n| html! {
                        <li data-testid="plan-norm">
                            <strong>{ n.moment.clone() }</strong>
                            if !n.question_answer.is_empty() { <p>{ n.question_answer.clone() }</p> }
                            if !n.actions.is_empty() { <p>{ n.actions.clone() }</p> }
                            if !n.evaluation.is_empty() { <p class="hint">{ n.evaluation.clone() }</p> }
                            <p class="hint">{ format!("{} {}", PL::Week.get(l), n.week) }</p>
                        </li>
                    }) }
                </ol>
                <button type="button" class="no-print" data-testid="plan-print-norms" onclick={on_print}>{ PL::PrintNorms.get(l) }</button>
            }
        </section>
    }
}
