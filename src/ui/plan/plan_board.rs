//! The plan (`plan-board`): its first Friday, the weeks, the norms, the run chart, the
//! calendar file, and adding, removing or deleting weeks.

use super::norms_list::NormsList;
use super::run_chart::RunChart;
use super::week_card::WeekCard;
use crate::analysis;
use crate::i18n::files::model_error;
use crate::i18n::plan::PL;
use crate::i18n::plan_text::plan_calendar;
use crate::io::ics::utc_stamp;
use crate::model::{Action, Date, Journey, PlanAction, Weekday};
use crate::ui::use_lang;
use crate::web::dialog::confirm;
use crate::web::download::{download, file_name};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanBoardProps {
    pub journey: Rc<Journey>,
    pub on_action: Callback<Action>,
}

#[function_component(PlanBoard)]
pub fn plan_board(p: &PlanBoardProps) -> Html {
    let l = use_lang();
    let error = use_state(|| None::<String>);
    let remembered = use_memo(p.journey.clone(), |j| {
        analysis::score(j).ok().map(|s| s.remembered)
    });
    let Some(plan) = p.journey.plan.as_ref() else {
        return Html::default();
    };
    let act = |a: PlanAction| {
        let on_action = p.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Plan(a.clone())))
    };
    let on_start = {
        let (on_action, error) = (p.on_action.clone(), error.clone());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            match Date::parse(&v) {
                Ok(d) if d.weekday() == Weekday::Friday => {
                    error.set(None);
                    on_action.emit(Action::Plan(PlanAction::SetStart(d)));
                }
                Ok(_) => error.set(Some(model_error(l, &crate::model::ModelError::NotAFriday))),
                Err(e) => error.set(Some(model_error(l, &e.into()))),
            }
        })
    };
    let on_remove = {
        let on_action = p.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            if confirm(PL::RemovePlanConfirm.get(l)) {
                on_action.emit(Action::Plan(PlanAction::Remove));
            }
        })
    };
    let on_calendar = {
        let j = p.journey.clone();
        Callback::from(move |_: MouseEvent| {
            let stamp = utc_stamp(js_sys::Date::now());
            if let Some(ics) = plan_calendar(l, &j, &stamp) {
                download(&file_name(&j.title, "ics"), "text/calendar", &ics);
            }
        })
    };
    let weeks = plan.weeks.len();
    html! {
        <div class="plan-board" data-testid="plan-board">
            <div class="plan-head">
                <label class="field"><span>{ PL::StartOn.get(l) }</span>
                    <input type="date" data-testid="plan-start-date" value={plan.start.to_string()}
                        onchange={on_start} aria-invalid={error.is_some().to_string()} /></label>
                <button type="button" data-testid="plan-ics" onclick={on_calendar}>{ PL::Calendar.get(l) }</button>
            </div>
            if let Some(e) = &*error {
                <p class="field-error" role="alert">{ e.clone() }</p>
            }
            <ol class="plan-weeks">
                { for (0..weeks).map(|k| html! {
                    <li key={k}>
                        <WeekCard journey={p.journey.clone()} index={k}
                            remembered={*remembered} on_action={p.on_action.clone()} />
                    </li>
                }) }
            </ol>
            <div class="plan-week-buttons">
                <button type="button" data-testid="plan-add-week" disabled={weeks >= crate::model::MAX_PLAN_WEEKS}
                    onclick={act(PlanAction::AddWeek)}>{ PL::AddWeek.get(l) }</button>
                <button type="button" data-testid="plan-remove-week" disabled={weeks <= 1}
                    onclick={act(PlanAction::RemoveLastWeek)}>{ PL::RemoveWeek.get(l) }</button>
                <button type="button" class="danger" data-testid="plan-remove" onclick={on_remove}>{ PL::RemovePlan.get(l) }</button>
            </div>
            <NormsList journey={p.journey.clone()} />
            <RunChart journey={p.journey.clone()} />
        </div>
    }
}
