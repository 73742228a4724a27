//! One week of the plan (`plan-week`): the moment picked on its Friday, the seed's question
//! and the team's answer, the actions, and at the week's end the evaluation, the ratings
//! before and after, the remembered score recorded, and the decision. Texts are saved as
//! they are typed (one undo step per field).

use crate::i18n::files::model_error;
use crate::i18n::number::decimal;
use crate::i18n::plan::{self as say, PL};
use crate::i18n::plan_text::question;
use crate::model::{Action, Decision, Journey, PlanAction, TouchpointId, WeekEdit, parse_number};
use crate::ui::use_lang;
use crate::web::today;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WeekCardProps {
    pub journey: Rc<Journey>,
    /// 0-based.
    pub index: usize,
    /// The journey's remembered score now, to record.
    pub remembered: Option<f64>,
    pub on_action: Callback<Action>,
}

#[function_component(WeekCard)]
pub fn week_card(p: &WeekCardProps) -> Html {
    let l = use_lang();
    let error = use_state(|| None::<String>);
    let card = use_node_ref();
    let j = &p.journey;
    let (Some(plan), k) = (j.plan.as_ref(), p.index) else {
        return Html::default();
    };
    let Some(w) = plan.weeks.get(k) else {
        return Html::default();
    };
    let edit = |f: fn(String) -> WeekEdit| {
        let on_action = p.on_action.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            on_action.emit(Action::Plan(PlanAction::Week(k, f(v))));
        })
    };
    let on_moment = {
        let on_action = p.on_action.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            let id = v.parse::<u32>().ok().map(TouchpointId);
            on_action.emit(Action::Plan(PlanAction::Week(k, WeekEdit::Touchpoint(id))));
        })
    };
    let on_decision = {
        let on_action = p.on_action.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            let d = Decision::from_key(&v);
            on_action.emit(Action::Plan(PlanAction::Week(k, WeekEdit::Decision(d))));
        })
    };
    let rating = |f: fn(Option<f64>) -> WeekEdit| {
        let (on_action, error, scale) = (p.on_action.clone(), error.clone(), j.scale);
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            let parsed = if v.trim().is_empty() {
                Some(None)
            } else {
                parse_number(&v).filter(|x| scale.contains(*x)).map(Some)
            };
            match parsed {
                Some(x) => {
                    error.set(None);
                    on_action.emit(Action::Plan(PlanAction::Week(k, f(x))));
                }
                None => error.set(Some(model_error(
                    l,
                    &crate::model::ModelError::OutsideScale {
                        min: scale.min,
                        max: scale.max,
                    },
                ))),
            }
        })
    };
    let on_record = {
        let (on_action, r) = (p.on_action.clone(), p.remembered);
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::Plan(PlanAction::Week(k, WeekEdit::Remembered(r))));
        })
    };
    let on_print = {
        let card = card.clone();
        Callback::from(move |_: MouseEvent| {
            // The print style shows only the card marked `data-printing`.
            let body = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.body());
            if let (Some(body), Some(el)) = (body, card.cast::<web_sys::Element>()) {
                let _ = body.set_attribute("data-print", "week");
                let _ = el.set_attribute("data-printing", "");
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
                let _ = el.remove_attribute("data-printing");
                let _ = body.remove_attribute("data-print");
            }
        })
    };
    // The picked moment's rating now (after a group round: the group's mean), to take as
    // the rating before or after the week.
    let moment_now = w
        .touchpoint
        .and_then(|id| j.touchpoint(id))
        .map(|t| (t.rating, t.name.clone()));
    let take = |e: WeekEdit| {
        let on_action = p.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::Plan(PlanAction::Week(k, e.clone())));
        })
    };
    let picked = plan.friday(k);
    let evaluated = plan.friday(k + 1);
    // The week under way is open; the others closed, so twelve weeks fit on a screen.
    let now = today();
    let current =
        matches!((picked, evaluated, now), (Some(a), Some(b), Some(t)) if a <= t && t < b);
    let selected = w.touchpoint;
    let option = |t: &crate::model::Touchpoint| {
        html! {
            <option value={t.id.0.to_string()} selected={selected == Some(t.id)}>{ t.name.clone() }</option>
        }
    };
    let id = |f: &str| format!("week-{k}-{f}");
    let name = selected
        .and_then(|id| j.touchpoint(id))
        .map(|t| t.name.clone())
        .unwrap_or_else(|| PL::NoMoment.get(l).to_string());
    let heading = say::week_heading(l, k + 1, picked);
    let number = |v: Option<f64>| v.map(|x| l.number(x, 2)).unwrap_or_default();
    let printed = |v: Option<f64>| v.map_or_else(|| "—".to_string(), |x| decimal(l, x, 2));
    html! {
        <details class="plan-week" data-testid="plan-week" open={current} ref={card}>
            <summary>
                <span class="week-title">{ heading }</span>
                <span class="week-moment-name">{ format!(" — {name}") }</span>
                if let Some(d) = w.decision {
                    <span class={classes!("decision", d.key())}>{ format!(" · {}", say::decision(l, d)) }</span>
                }
            </summary>
            <dl class="print-only week-printed">
                <dt>{ PL::WeekMoment.get(l) }</dt><dd>{ name.clone() }</dd>
                <dt>{ question(l, j.employee_journey) }</dt><dd>{ w.question_answer.clone() }</dd>
                <dt>{ PL::Actions.get(l) }</dt><dd>{ w.actions.clone() }</dd>
                <dt>{ PL::Evaluation.get(l) }</dt><dd>{ w.evaluation.clone() }</dd>
                <dt>{ format!("{} → {}", PL::Before.get(l), PL::After.get(l)) }</dt>
                <dd>{ format!("{} → {}", printed(w.before), printed(w.after)) }</dd>
                <dt>{ PL::Decision.get(l) }</dt>
                <dd>{ w.decision.map_or(PL::DecisionNone.get(l), |d| say::decision(l, d)) }</dd>
                if let Some(r) = w.remembered {
                    <dt>{ PL::Recorded.get(l) }</dt><dd>{ decimal(l, r, 2) }</dd>
                }
            </dl>
            <div class="week-edit">
            <label class="field" for={id("moment")}><span>{ PL::WeekMoment.get(l) }</span></label>
            <select id={id("moment")} data-testid="week-moment" onchange={on_moment}>
                <option value="" selected={selected.is_none()}>{ PL::NoMoment.get(l) }</option>
                { for j.touchpoints.iter().filter(|t| t.moment_of_truth).map(option) }
                <optgroup label={crate::i18n::T::Touchpoints.get(l)}>
                    { for j.touchpoints.iter().filter(|t| !t.moment_of_truth).map(option) }
                </optgroup>
            </select>
            <label class="field stacked" for={id("answer")}>
                <span class="question">{ question(l, j.employee_journey) }</span></label>
            <textarea id={id("answer")} data-testid="week-answer" rows="2"
                placeholder={PL::Answer.get(l)} value={w.question_answer.clone()}
                oninput={edit(WeekEdit::Answer)} />
            <label class="field stacked" for={id("actions")}><span>{ PL::Actions.get(l) }</span></label>
            <textarea id={id("actions")} data-testid="week-actions" rows="2"
                value={w.actions.clone()} oninput={edit(WeekEdit::Actions)} />
            <p class="hint">{ evaluated.map(|d| format!("{} {}", PL::EvaluatedOn.get(l), say::friday(l, d))).unwrap_or_default() }</p>
            <label class="field stacked" for={id("evaluation")}><span>{ PL::Evaluation.get(l) }</span></label>
            <textarea id={id("evaluation")} data-testid="week-evaluation" rows="2"
                value={w.evaluation.clone()} oninput={edit(WeekEdit::Evaluation)} />
            if let Some((r, name)) = moment_now.clone() {
                <p class="week-now">
                    <span class="hint">{ say::rating_now(l, &name, r) }</span>
                    <button type="button" data-testid="week-before-now"
                        onclick={take(WeekEdit::Before(Some(r)))}>{ PL::AsBefore.get(l) }</button>
                    <button type="button" data-testid="week-after-now"
                        onclick={take(WeekEdit::After(Some(r)))}>{ PL::AsAfter.get(l) }</button>
                </p>
            }
            <div class="week-ratings">
                <label class="field"><span>{ PL::Before.get(l) }</span>
                    <input type="text" inputmode="decimal" data-testid="week-before"
                        value={number(w.before)} onchange={rating(WeekEdit::Before)} /></label>
                <label class="field"><span>{ PL::After.get(l) }</span>
                    <input type="text" inputmode="decimal" data-testid="week-after"
                        value={number(w.after)} onchange={rating(WeekEdit::After)} /></label>
                <label class="field"><span>{ PL::Decision.get(l) }</span>
                    <select data-testid="week-decision" onchange={on_decision}>
                        <option value="" selected={w.decision.is_none()}>{ PL::DecisionNone.get(l) }</option>
                        { for Decision::ALL.iter().map(|d| html! {
                            <option value={d.key()} selected={w.decision == Some(*d)}>{ say::decision(l, *d) }</option>
                        }) }
                    </select></label>
            </div>
            if let Some(e) = &*error {
                <p class="field-error" role="alert">{ e.clone() }</p>
            }
            <p class="week-record">
                <button type="button" data-testid="week-record" disabled={p.remembered.is_none()}
                    onclick={on_record}>{ PL::Record.get(l) }</button>
                <button type="button" class="no-print" data-testid="week-print" onclick={on_print}>{ PL::PrintWeek.get(l) }</button>
                if let Some(r) = w.remembered {
                    <span data-testid="week-remembered" data-value={r.to_string()}>
                        { format!(" {}: {}", PL::Recorded.get(l), decimal(l, r, 2)) }</span>
                }
            </p>
            </div>
        </details>
    }
}
