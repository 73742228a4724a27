//! The journey as the customers rated it, on a canvas drawn by `chart::survey`, with a
//! choice of segment column for up to six curves, and the numbers as a table (the chart's
//! text alternative).

use crate::analysis::survey::SurveyReport;
use crate::chart::survey::{SurveyChartData, draw_survey};
use crate::i18n::number::{count, decimal};
use crate::i18n::survey::{self as say, S};
use crate::model::Scale;
use crate::ui::use_lang;
use crate::web::canvas::sized_backend;
use crate::web::element_size::use_width;
use plotters::prelude::IntoDrawingArea;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SurveyChartProps {
    pub report: Rc<SurveyReport>,
    /// The scale the touchpoints were rated on.
    pub scale: Scale,
}

/// The picker's value for "promoters and detractors" (no column can be named this).
const NPS_GROUPS: &str = "\u{1}nps";

/// The segment columns of a report, in order of first appearance.
fn columns(report: &SurveyReport) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in &report.segments {
        if !out.contains(&s.column) {
            out.push(s.column.clone());
        }
    }
    out
}

/// The canvas (`survey-chart`), the segment picker and the table.
#[function_component(SurveyChart)]
pub fn survey_chart(p: &SurveyChartProps) -> Html {
    let l = use_lang();
    let box_ref = use_node_ref();
    let canvas_ref = use_node_ref();
    let width = use_width(box_ref.clone());
    let segment = use_state(|| None::<String>);
    let data = use_memo(
        (p.report.clone(), p.scale, (*segment).clone(), l),
        |(r, scale, seg, l)| {
            let data = SurveyChartData::new(r, *scale, seg.as_deref(), S::ChartAll.get(*l), *l);
            if seg.as_deref() == Some(NPS_GROUPS) {
                data.with_nps_groups(r, [S::Promoters.get(*l), S::Detractors.get(*l)])
            } else {
                data
            }
        },
    );
    let height =
        (f64::from(width) * if width < 600 { 0.8 } else { 0.45 }).clamp(260.0, 420.0) as u32;
    {
        let canvas_ref = canvas_ref.clone();
        use_effect_with(
            (data.clone(), width, height),
            move |(data, width, height)| {
                if let Some(backend) = sized_backend(&canvas_ref, *width, *height) {
                    let _ = draw_survey(&backend.into_drawing_area(), data);
                }
            },
        );
    }
    let cols = columns(&p.report);
    let on_segment = {
        let segment = segment.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            segment.set((!v.is_empty()).then_some(v));
        })
    };
    let summary = say::chart_summary(l, &p.report.touchpoints);
    let rows = p.report.touchpoints.iter().map(|t| {
        let dash = || "–".to_string();
        let pct = |v: f64| format!("{}%", say::fixed(l, v * 100.0, 0));
        html! {
            <tr>
                <th scope="row">{ t.name.clone() }</th>
                <td>{ t.mean.map_or_else(dash, |m| decimal(l, m, 2)) }</td>
                <td>{ t.ci95.map_or_else(dash, |c| say::interval(l, c, 2)) }</td>
                <td>{ count(l, t.n) }</td>
                <td>{ pct(t.below) }</td>
                <td>{ pct(t.above) }</td>
            </tr>
        }
    });
    html! {
        <section class="survey-card survey-curve" aria-labelledby="survey-chart-heading">
            <h3 id="survey-chart-heading">{ S::ChartTitle.get(l) }</h3>
            if !cols.is_empty() || !p.report.drivers.is_empty() {
                <label class="field inline">
                    <span>{ S::ChartSegment.get(l) }</span>
                    <select data-testid="survey-segment" onchange={on_segment}>
                        <option value="" selected={segment.is_none()}>{ S::ChartAll.get(l) }</option>
                        { for cols.iter().map(|c| html! {
                            <option value={c.clone()} selected={segment.as_deref() == Some(c.as_str())}>{ c.clone() }</option>
                        }) }
                        if !p.report.drivers.is_empty() {
                            <option value={NPS_GROUPS} selected={segment.as_deref() == Some(NPS_GROUPS)}>
                                { S::ChartNpsGroups.get(l) }</option>
                        }
                    </select>
                </label>
            }
            <figure class="chart" ref={box_ref}>
                <canvas ref={canvas_ref} data-testid="survey-chart" role="img"
                    aria-label={format!("{}. {}", S::ChartTitle.get(l), summary)} />
                <figcaption>{ summary }{ " " }<span class="hint">{ S::ChartBandHint.get(l) }</span></figcaption>
            </figure>
            <details class="survey-numbers">
                <summary>{ S::ChartTable.get(l) }</summary>
                <table class="compare-table survey-table" data-testid="survey-touchpoints">
                    <thead><tr>
                        <th scope="col">{ S::Touchpoint.get(l) }</th>
                        <th scope="col">{ S::Average.get(l) }</th>
                        <th scope="col">{ S::Interval.get(l) }</th>
                        <th scope="col">{ S::Answers.get(l) }</th>
                        <th scope="col">{ S::Below.get(l) }</th>
                        <th scope="col">{ S::Above.get(l) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </details>
        </section>
    }
}
