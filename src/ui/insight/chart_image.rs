//! The journey curve as a still picture: the same drawing function as the live canvas,
//! on plotters' SVG backend, shown as an `<img>` (sharp on paper, and nothing to drag).

use crate::chart::{self, CurveData};
use crate::i18n::lanes::facts::lanes_alternative;
use crate::i18n::{Lang, chart_text};
use crate::model::Journey;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

/// The chart of `j` as SVG text, with peak and end labelled in `l`.
pub fn chart_svg(j: &Journey, l: Lang, width: u32, height: u32) -> String {
    let data = CurveData::from_journey(j, l);
    chart::to_svg(&data, width, height)
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
    let alt = [
        chart_text::describe(l, &p.journey),
        lanes_alternative(l, &p.journey),
    ]
    .join(" ")
    .trim()
    .to_string();
    html! {
        <img class="chart-image" data-testid="chart-image" src={(*src).clone()}
            alt={alt} width={p.width.to_string()} height={p.height.to_string()} />
    }
}
