//! The remembered score over the weeks (`plan-run-chart`): an inline SVG run chart with the
//! median and the norms marked, and its text alternative.

use crate::analysis::practice::{longest_run, run_chart};
use crate::chart::run::{layout, polyline};
use crate::i18n::number::decimal;
use crate::i18n::plan::{self as say, PL};
use crate::model::Journey;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RunChartProps {
    pub journey: Rc<Journey>,
}

const WIDTH: f64 = 560.0;
const HEIGHT: f64 = 180.0;

#[function_component(RunChart)]
pub fn run_chart_view(p: &RunChartProps) -> Html {
    let l = use_lang();
    let j = &p.journey;
    let Some(plan) = j.plan.as_ref() else {
        return Html::default();
    };
    let (points, median) = run_chart(plan);
    let body = match median {
        None => html! { <p class="hint">{ PL::RunNone.get(l) }</p> },
        Some(m) => {
            let g = layout(&points, Some(m), plan.weeks.len(), &j.scale, WIDTH, HEIGHT);
            let (run, shift) = longest_run(&points, m);
            let words: Vec<(usize, f64, bool)> = points
                .iter()
                .map(|p| (p.week, p.remembered, p.norm))
                .collect();
            let alt = say::run_summary(l, &words, m, run, shift);
            html! {
                <figure>
                    <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-label={alt.clone()}
                        class="run-chart" preserveAspectRatio="xMidYMid meet">
                        { for g.grid.iter().map(|(y, v)| html! {
                            <g class="grid">
                                <line x1={crate::chart::run::MARGIN_LEFT.to_string()} x2={(WIDTH - crate::chart::run::MARGIN_RIGHT).to_string()}
                                    y1={y.to_string()} y2={y.to_string()} />
                                <text x={(crate::chart::run::MARGIN_LEFT - 6.0).to_string()} y={(y + 4.0).to_string()} text-anchor="end">{ decimal(l, *v, 1) }</text>
                            </g>
                        }) }
                        { for g.ticks.iter().map(|(x, w)| html! {
                            <text class="tick" x={x.to_string()} y={(HEIGHT - 8.0).to_string()} text-anchor="middle">{ format!("{} {w}", PL::WeekShort.get(l)) }</text>
                        }) }
                        if let Some(y) = g.median_y {
                            <line class="median" x1={crate::chart::run::MARGIN_LEFT.to_string()} x2={(WIDTH - crate::chart::run::MARGIN_RIGHT).to_string()}
                                y1={y.to_string()} y2={y.to_string()} />
                            <text class="median-label" x={(WIDTH - crate::chart::run::MARGIN_RIGHT).to_string()} y={(y - 4.0).to_string()} text-anchor="end">{ format!("{} {}", PL::Median.get(l), decimal(l, m, 2)) }</text>
                        }
                        <polyline class="run" points={polyline(&g)} />
                        { for g.points.iter().map(|(x, y, w, norm)| html! {
                            <circle class={classes!("run-point", norm.then_some("norm"))} data-week={w.to_string()}
                                cx={x.to_string()} cy={y.to_string()} r={if *norm { "6" } else { "4" }} />
                        }) }
                    </svg>
                    <figcaption class="visually-hidden">{ alt }</figcaption>
                </figure>
            }
        }
    };
    html! {
        <section class="plan-run" data-testid="plan-run-chart" aria-labelledby="plan-run-title">
            <h3 id="plan-run-title">{ PL::RunTitle.get(l) }</h3>
            { body }
        </section>
    }
}
