//! The mismatch (`stories-mismatch`): the touchpoints where employees mostly tell of
//! making customers happy while customers mostly tell of being let down, in plain words.

use crate::analysis::practice::Patterns;
use crate::i18n::stories::{ST, mismatch_sentence};
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryMismatchProps {
    pub patterns: Rc<Patterns>,
}

/// One sentence per touchpoint, or a line saying there is none.
#[function_component(StoryMismatch)]
pub fn story_mismatch(p: &StoryMismatchProps) -> Html {
    let l = use_lang();
    let found: Vec<String> = p
        .patterns
        .by_touchpoint
        .iter()
        .filter(|t| p.patterns.mismatch.contains(&t.index))
        .map(|t| {
            let x = &t.tally;
            mismatch_sentence(
                l,
                &t.name,
                x.employee_positive,
                x.employee,
                x.customer_negative,
                x.customer,
            )
        })
        .collect();
    html! {
        <div class={classes!("stories-mismatch", (!found.is_empty()).then_some("found"))}
            data-testid="stories-mismatch">
            <h4>{ ST::Mismatch.get(l) }</h4>
            if found.is_empty() {
                <p class="hint">{ ST::NoMismatch.get(l) }</p>
            } else {
                <ul>{ for found.into_iter().map(|s| html! { <li>{ s }</li> }) }</ul>
            }
        </div>
    }
}
