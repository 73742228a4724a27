//! What separates promoters from detractors: per touchpoint the gap between their
//! averages with its Welch 95% interval, largest first.

use crate::analysis::survey::Driver;
use crate::i18n::survey::{self as say, S};
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DriversListProps {
    pub drivers: Rc<Vec<Driver>>,
}

/// The ranked drivers (`survey-drivers`); nothing when there are none.
#[function_component(DriversList)]
pub fn drivers_list(p: &DriversListProps) -> Html {
    let l = use_lang();
    if p.drivers.is_empty() {
        return html! {};
    }
    let rows = p.drivers.iter().map(|d| {
        html! {
            <tr data-index={d.index.to_string()} data-gap={d.gap.to_string()}>
                <th scope="row">{ d.name.clone() }</th>
                <td class="delta">{ say::signed_fixed(l, d.gap, 1) }</td>
                <td>{ d.ci95.map_or_else(|| "–".to_string(), |c| say::interval(l, c, 1)) }</td>
                <td class="detail">{ say::driver(l, d) }</td>
            </tr>
        }
    });
    html! {
        <section class="survey-card" aria-labelledby="survey-drivers-heading">
            <h3 id="survey-drivers-heading">{ S::DriversTitle.get(l) }</h3>
            <p class="hint">{ S::DriversHint.get(l) }</p>
            <div class="table-scroll">
            <table class="compare-table survey-table" data-testid="survey-drivers">
                <thead><tr>
                    <th scope="col">{ S::Touchpoint.get(l) }</th>
                    <th scope="col">{ S::Gap.get(l) }</th>
                    <th scope="col">{ S::Interval.get(l) }</th>
                    <th scope="col" class="detail">{ S::Averages.get(l) }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            </div>
        </section>
    }
}
