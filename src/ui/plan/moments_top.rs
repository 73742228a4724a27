//! The top ten moments of truth (`moments-top`): Peakend's ranking with its evidence, and
//! the team's own order (move up and down; kept with the plan).

use crate::analysis::lanes::SurveySide;
use crate::analysis::practice::{Moment, moments_of_truth};
use crate::i18n::number::decimal;
use crate::i18n::plan::PL;
use crate::model::{Action, Journey, PlanAction, TouchpointId};
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MomentsTopProps {
    pub journey: Rc<Journey>,
    pub on_action: Callback<Action>,
    /// The attached survey, for its promoter–detractor gaps.
    #[prop_or_default]
    pub survey: Option<Rc<SurveySide>>,
}

/// The order after moving position `k` by `by` (−1 up, +1 down): the shown order with one
/// swap, so the team's order becomes what they see.
fn moved(shown: &[TouchpointId], k: usize, by: isize) -> Option<Vec<TouchpointId>> {
    let to = k.checked_add_signed(by).filter(|t| *t < shown.len())?;
    let mut order = shown.to_vec();
    order.swap(k, to);
    Some(order)
}

#[function_component(MomentsTop)]
pub fn moments_top(p: &MomentsTopProps) -> Html {
    let l = use_lang();
    // The survey's gaps only while they fit this journey's touchpoints.
    let gaps: Vec<Option<f64>> = p
        .survey
        .as_ref()
        .map(|s| s.promoter_gaps.clone())
        .filter(|g| g.len() == p.journey.touchpoints.len())
        .unwrap_or_default();
    let with_gaps = gaps.iter().any(Option::is_some);
    let moments = use_memo((p.journey.clone(), gaps), |(j, gaps)| {
        moments_of_truth(j, gaps).unwrap_or_default()
    });
    if moments.is_empty() {
        return html! {
            <div class="moments-top" data-testid="moments-top">
                <h3>{ PL::TopTitle.get(l) }</h3>
                <p class="hint">{ PL::TopNone.get(l) }</p>
            </div>
        };
    }
    let has_plan = p.journey.plan.is_some();
    let team_set = p.journey.plan.as_ref().is_some_and(|pl| !pl.top.is_empty());
    let shown: Vec<TouchpointId> = moments.iter().map(|m| m.id).collect();
    let row = |k: usize, m: &Moment| {
        let mover = |by: isize, label: PL, glyph: &'static str| {
            let order = moved(&shown, k, by);
            let disabled = order.is_none();
            let on_action = p.on_action.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                if let Some(o) = order.clone() {
                    on_action.emit(Action::Plan(PlanAction::SetTop(o)));
                }
            });
            html! {
                <button type="button" class="icon" {disabled} {onclick}
                    aria-label={format!("{}: {}", label.get(l), m.name)}
                    data-testid={if by < 0 { "moment-up" } else { "moment-down" }}>{ glyph }</button>
            }
        };
        html! {
            <tr data-testid="moment-row" data-name={m.name.clone()}>
                <td>{ k + 1 }</td>
                <th scope="row">{ m.name.clone() }</th>
                <td class="num">{ decimal(l, m.delta_remembered, 2) }</td>
                <td class="num">{ m.negative_stories }</td>
                <td class="num">{ m.failure_demand_caused }</td>
                if with_gaps {
                    <td class="num">{ m.promoter_gap.map(|g| decimal(l, g, 1)).unwrap_or_default() }</td>
                }
                if has_plan {
                    <td class="movers">
                        { mover(-1, PL::MoveUp, "↑") }
                        { mover(1, PL::MoveDown, "↓") }
                    </td>
                }
            </tr>
        }
    };
    let reset = {
        let on_action = p.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::Plan(PlanAction::SetTop(Vec::new())))
        })
    };
    html! {
        <div class="moments-top" data-testid="moments-top">
            <h3>{ PL::TopTitle.get(l) }</h3>
            <table class="data">
                <caption>{ PL::TopCaption.get(l) }</caption>
                <thead><tr>
                    <th scope="col">{ PL::ColRank.get(l) }</th>
                    <th scope="col">{ PL::ColMoment.get(l) }</th>
                    <th scope="col">{ PL::ColDeltaR.get(l) }</th>
                    <th scope="col">{ PL::ColNegative.get(l) }</th>
                    <th scope="col">{ PL::ColFailure.get(l) }</th>
                    if with_gaps { <th scope="col">{ PL::ColGap.get(l) }</th> }
                    if has_plan { <th scope="col">{ PL::ColTeam.get(l) }</th> }
                </tr></thead>
                <tbody>{ for moments.iter().enumerate().map(|(k, m)| row(k, m)) }</tbody>
            </table>
            if team_set {
                <button type="button" data-testid="moments-reset" onclick={reset}>{ PL::ResetOrder.get(l) }</button>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_swaps_with_the_neighbour_and_stops_at_the_ends() {
        let ids = [TouchpointId(1), TouchpointId(2), TouchpointId(3)];
        assert_eq!(
            moved(&ids, 1, -1),
            Some(vec![TouchpointId(2), TouchpointId(1), TouchpointId(3)])
        );
        assert_eq!(moved(&ids, 0, -1), None);
        assert_eq!(moved(&ids, 2, 1), None);
    }
}
