//! Which per-respondent score goes with the overall rating: Pearson r, its Fisher-z 95%
//! interval and n, one row per predictor.

use crate::analysis::survey::{Predictor, PredictorName};
use crate::i18n::number::count;
use crate::i18n::survey::{self as say, S};
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PredictorsTableProps {
    pub predictors: Rc<Vec<Predictor>>,
}

/// The predictor's key as `analyze --survey` writes it.
fn key(n: PredictorName) -> &'static str {
    match n {
        PredictorName::Remembered => "remembered",
        PredictorName::Mean => "mean",
        PredictorName::End => "end",
        PredictorName::Peak => "peak",
        PredictorName::First => "first",
        PredictorName::Trend => "trend",
    }
}

/// The predictors table (`survey-predictors`).
#[function_component(PredictorsTable)]
pub fn predictors_table(p: &PredictorsTableProps) -> Html {
    let l = use_lang();
    let body = if p.predictors.is_empty() {
        html! { <p class="empty">{ S::NoOverall.get(l) }</p> }
    } else {
        let rows = p.predictors.iter().map(|x| {
            let dash = || "–".to_string();
            html! {
                <tr data-name={key(x.name)}>
                    <th scope="row">{ say::predictor(l, x.name) }</th>
                    <td>{ x.r.map_or_else(dash, |r| say::fixed(l, r, 2)) }</td>
                    <td>{ x.ci95.map_or_else(dash, |c| say::interval(l, c, 2)) }</td>
                    <td>{ count(l, x.n) }</td>
                </tr>
            }
        });
        html! {
            <table class="compare-table survey-table" data-testid="survey-predictors">
                <thead><tr>
                    <th scope="col">{ S::Predictor.get(l) }</th>
                    <th scope="col">{ "r" }</th>
                    <th scope="col">{ S::Interval.get(l) }</th>
                    <th scope="col">{ "n" }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        }
    };
    html! {
        <section class="survey-card" aria-labelledby="survey-predictors-heading">
            <h3 id="survey-predictors-heading">{ S::PredictorsTitle.get(l) }</h3>
            { body }
        </section>
    }
}
