//! The outcome of a group round: each touchpoint's mean, spread, range and count, and
//! the touchpoints the room disagrees on most. Numbers come from `analysis::group`.

use crate::analysis::{self, VoteStats};
use crate::i18n::group::G;
use crate::i18n::{Lang, T};
use crate::model::Journey;
use crate::ui::tr;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

/// How many disputed touchpoints are named.
const TOP: usize = 3;

#[derive(Properties, PartialEq)]
pub struct GroupResultsProps {
    pub journey: Rc<Journey>,
}

fn range(l: Lang, s: &VoteStats) -> String {
    format!("{} – {}", l.number(s.min, 2), l.number(s.max, 2))
}

#[function_component(GroupResults)]
pub fn group_results(p: &GroupResultsProps) -> Html {
    let l = use_lang();
    let stats = use_memo(p.journey.clone(), |j| {
        (analysis::group_stats(j), analysis::most_disputed(j, TOP))
    });
    let (all, disputed) = &*stats;
    let j = &p.journey;
    let name = |i: usize| j.touchpoints.get(i).map_or("", |t| t.name.as_str());
    let rows = j.touchpoints.iter().zip(all).enumerate().map(|(i, (t, s))| {
        let hot = disputed.iter().any(|d| d.index == i);
        let cells = match s {
            Some(s) => html! {
                <>
                    <td data-testid="group-mean-cell" data-value={s.mean.to_string()}>{ l.number(s.mean, 2) }</td>
                    <td data-value={s.spread.to_string()}>{ l.number(s.spread, 2) }</td>
                    <td>{ range(l, s) }</td>
                    <td>{ s.n }</td>
                </>
            },
            None => html! { <><td>{ "–" }</td><td>{ "–" }</td><td>{ "–" }</td><td>{ 0 }</td></> },
        };
        html! {
            <tr class={classes!(hot.then_some("disputed"))} data-testid="group-result" key={t.id.0}>
                <th scope="row">{ t.name.clone() }{ hot.then_some(" ⚑") }</th>
                { cells }
            </tr>
        }
    });
    let disputed_list = if disputed.is_empty() {
        html! { <p class="empty">{ G::NoDisputes.get(l) }</p> }
    } else {
        html! {
            <>
                <p class="hint">{ G::MostDisputedIntro.get(l) }</p>
                <ol data-testid="most-disputed">
                    { for disputed.iter().map(|s| html! {
                        <li data-testid="disputed-item" data-index={s.index.to_string()}>
                            <strong>{ name(s.index) }</strong>
                            { format!(" — {} {} ({})", G::GroupSpread.get(l).to_lowercase(), l.number(s.spread, 2), range(l, s)) }
                        </li>
                    }) }
                </ol>
            </>
        }
    };
    html! {
        <div class="group-results">
            <table data-testid="group-results">
                <caption>{ G::GroupResults.get(l) }</caption>
                <thead><tr>
                    <th scope="col">{ tr(l, T::TouchpointName) }</th>
                    <th scope="col">{ G::GroupMean.get(l) }</th>
                    <th scope="col">{ G::GroupSpread.get(l) }</th>
                    <th scope="col">{ G::GroupMinMax.get(l) }</th>
                    <th scope="col">{ G::GroupCount.get(l) }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <p class="hint">{ G::GroupSpreadHint.get(l) }</p>
            <h3>{ "⚑ " }{ G::MostDisputed.get(l) }</h3>
            { disputed_list }
        </div>
    }
}
