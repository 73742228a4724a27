//! The plan panel (`plan-panel`): its summary in the workspace, and inside it whether this
//! is an employee journey, the top ten, and the plan or the way to start it. The inside is
//! part of the panels program, fetched the first time the panel is opened.

use super::moments_top::MomentsTop;
use super::plan_board::PlanBoard;
use super::plan_start::PlanStart;
use crate::analysis::lanes::SurveySide;
use crate::i18n::Lang;
use crate::i18n::plan::{self as say, PL};
use crate::model::{Action, Decision, Journey};
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

/// The panel's summary in the workspace: its name and the plan's progress.
pub fn summary(l: Lang, j: &Journey) -> String {
    match &j.plan {
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
