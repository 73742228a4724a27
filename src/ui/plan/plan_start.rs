//! Starting the plan: the first Friday (the coming one by default) and a button.

use crate::i18n::files::model_error;
use crate::i18n::plan::PL;
use crate::model::{Action, Date, ModelError, PlanAction, Weekday};
use crate::ui::use_lang;
use crate::web::today;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanStartProps {
    pub on_action: Callback<Action>,
}

#[function_component(PlanStart)]
pub fn plan_start(p: &PlanStartProps) -> Html {
    let l = use_lang();
    let first = use_state(|| today().and_then(|d| d.next_friday()));
    let error = use_state(|| None::<String>);
    let on_date = {
        let (first, error) = (first.clone(), error.clone());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            first.set(Date::parse(&v).ok());
            error.set(None);
        })
    };
    let on_start = {
        let (first, error, on_action) = (first.clone(), error.clone(), p.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(d) = *first else {
                error.set(Some(model_error(l, &ModelError::NotAFriday)));
                return;
            };
            // Said next to the field, before the model would refuse it.
            if d.weekday() == Weekday::Friday {
                on_action.emit(Action::Plan(PlanAction::Start(d)));
            } else {
                error.set(Some(model_error(l, &ModelError::NotAFriday)));
            }
        })
    };
    html! {
        <div class="plan-start">
            <h3>{ PL::StartTitle.get(l) }</h3>
            <label class="field"><span>{ PL::StartOn.get(l) }</span>
                <input type="date" data-testid="plan-start-date"
                    value={first.map(|d| d.to_string()).unwrap_or_default()}
                    onchange={on_date} aria-invalid={error.is_some().to_string()} /></label>
            <button type="button" data-testid="plan-start" onclick={on_start}>{ PL::Start.get(l) }</button>
            if let Some(e) = &*error {
                <p class="field-error" role="alert">{ e.clone() }</p>
            }
            <p class="hint">{ PL::StartHint.get(l) }</p>
        </div>
    }
}
