//! The panel (`plan-panel`): whether this is an employee journey, the top ten, and the plan
//! or the way to start it. Its inside is part of the panels program, fetched the first
//! time the panel is opened.

use super::moments_top::MomentsTop;
use super::plan_board::PlanBoard;
use super::plan_start::PlanStart;
use crate::analysis::lanes::SurveySide;
use crate::i18n::plan::{self as say, PL};
use crate::model::{Action, Decision, Journey};
use crate::ui::lazy::{Kind, LazyPanel, use_details_open};
use crate::ui::use_lang;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanPanelProps {
    pub journey: Rc<Journey>,
    pub on_action: Callback<Action>,
    /// The attached survey, for its promoter–detractor gaps.
    #[prop_or_default]
    pub survey: Option<Rc<SurveySide>>,
}

/// The panel in the workspace: the summary with the plan's progress; the rest comes from
/// the panels program the first time it is opened ([`PlanBody`]).
#[function_component(PlanPanel)]
pub fn plan_panel(p: &PlanPanelProps) -> Html {
    let l = use_lang();
    let j = &p.journey;
    let d = use_details_open();
    let summary = match &j.plan {
        Some(plan) => {
            let decided = plan.weeks.iter().filter(|w| w.decision.is_some()).count();
            let norms = plan
                .weeks
                .iter()
                .filter(|w| w.decision == Some(Decision::Norm))
                .count();
            format!(
                "{} · {}",
                PL::PanelTitle.get(l),
                say::progress(l, decided, plan.weeks.len(), norms)
            )
        }
        None => PL::PanelTitle.get(l).to_string(),
    };
    html! {
        <details class="panel plan-panel" data-testid="plan-panel" ontoggle={d.on_toggle}>
            <summary>{ summary }</summary>
            if d.wanted {
                <LazyPanel kind={Kind::Plan} journey={j.clone()} active={d.open}
                    survey={p.survey.clone()} on_action={p.on_action.clone()} />
            }
        </details>
    }
}

/// Inside the open panel: whether this is an employee journey, the top ten, and the plan
/// or the way to start it.
#[function_component(PlanBody)]
pub fn plan_body(p: &PlanPanelProps) -> Html {
    let l = use_lang();
    let j = &p.journey;
    let on_employee = {
        let on_action = p.on_action.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            on_action.emit(Action::SetEmployeeJourney(on));
        })
    };
    html! {
        <>
            <p class="hint">{ PL::PanelIntro.get(l) }</p>
            <label class="check">
                <input type="checkbox" data-testid="employee-journey"
                    checked={j.employee_journey} onchange={on_employee} />
                { PL::EmployeeJourney.get(l) }
            </label>
            <MomentsTop journey={j.clone()} on_action={p.on_action.clone()} survey={p.survey.clone()} />
            if j.plan.is_some() {
                <PlanBoard journey={j.clone()} on_action={p.on_action.clone()} />
            } else {
                <PlanStart on_action={p.on_action.clone()} />
            }
        </>
    }
}
