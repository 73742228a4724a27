//! The journey curve as a still picture: the same drawing function as the live canvas,
//! on plotters' SVG backend, shown as an `<img>` (sharp on paper, and nothing to drag).

use crate::analysis;
use crate::chart::{self, CurveData};
use crate::i18n::{self, Lang, T};
use crate::model::Journey;
use crate::ui::tr;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

/// The chart of `j` as SVG text, with peak and end labelled in `l`.
pub fn chart_svg(j: &Journey, l: Lang, width: u32, height: u32) -> String {
    let mut data = CurveData::from_journey(j, tr(l, T::Peak), tr(l, T::End));
    data.lang = l;
    chart::to_svg(&data, width, height)
}

/// The sentence that stands in for the chart for screen readers.
pub fn chart_alt(j: &Journey, l: Lang) -> String {
    match analysis::score(j) {
        Ok(s) => {
            let name = |i: usize| j.touchpoints.get(i).map_or("", |t| t.name.as_str());
            i18n::chart_summary(
                l,
                (name(s.peak), s.peak_rating),
                (name(s.end), s.end_rating),
                j.touchpoints.len(),
            )
        }
        Err(_) => tr(l, T::ChartSummaryEmpty).to_string(),
    }
}

#[derive(Properties, PartialEq)]
pub struct ChartImageProps {
    pub journey: Rc<Journey>,
    #[prop_or(1100)]
    pub width: u32,
    #[prop_or(420)]
    pub height: u32,
}

#[function_component(ChartImage)]
pub fn chart_image(p: &ChartImageProps) -> Html {
    let l = use_lang();
    let src = use_memo((p.journey.clone(), l, p.width, p.height), |(j, l, w, h)| {
        let svg = chart_svg(j, *l, *w, *h);
        format!(
            "data:image/svg+xml;charset=utf-8,{}",
            js_sys::encode_uri_component(&svg)
        )
    });
    html! {
        <img class="chart-image" data-testid="chart-image" src={(*src).clone()}
            alt={chart_alt(&p.journey, l)} width={p.width.to_string()} height={p.height.to_string()} />
    }
}
