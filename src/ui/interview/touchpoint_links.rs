//! The touchpoints an answer speaks about: one checkbox per touchpoint of the journey, in
//! journey order.

use crate::i18n::interview::Q;
use crate::model::{Action, InterviewEdit, InterviewId, Journey, Question, TouchpointId};
use crate::ui::use_lang;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TouchpointLinksProps {
    pub interview: InterviewId,
    pub question: Question,
    pub linked: Vec<TouchpointId>,
    pub journey: Rc<Journey>,
    pub on_action: Callback<Action>,
}

#[function_component(TouchpointLinks)]
pub fn touchpoint_links(p: &TouchpointLinksProps) -> Html {
    let l = use_lang();
    let (id, q) = (p.interview, p.question);
    let item = |k: usize, tp: TouchpointId, name: &str| {
        let on_change = p.on_action.reform(move |e: Event| {
            let c: HtmlInputElement = e.target_unchecked_into();
            Action::EditInterview(id, InterviewEdit::Link(q, tp, c.checked()))
        });
        let shown = match name.trim() {
            "" => format!("{}", k + 1),
            n => format!("{}. {n}", k + 1),
        };
        html! {
            <li key={tp.0}>
                <label>
                    <input type="checkbox" data-testid="interview-touchpoint" value={tp.0.to_string()}
                        checked={p.linked.contains(&tp)} onchange={on_change} />
                    { shown }
                </label>
            </li>
        }
    };
    html! {
        <fieldset class="interview-links">
            <legend>{ Q::AboutTouchpoints.get(l) }</legend>
            if p.journey.touchpoints.is_empty() {
                <p class="hint">{ Q::NoTouchpoints.get(l) }</p>
            } else {
                <ul>
                    { for p.journey.touchpoints.iter().enumerate().map(|(k, t)| item(k, t.id, &t.name)) }
                </ul>
            }
        </fieldset>
    }
}
