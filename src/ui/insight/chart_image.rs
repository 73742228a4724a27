//! The printed report's picture of the curve: a canvas drawn by the same drawing function
//! and canvas backend as the screen's chart, so the workspace carries no second, SVG copy
//! of the drawing code (8 KB brotli of its program). Its words are the chart's text
//! alternative.

use crate::chart::{self, CurveData};
use crate::i18n::lanes::facts::lanes_alternative;
use crate::i18n::{Lang, chart_text};
use crate::model::Journey;
use crate::ui::use_lang;
use crate::web::canvas::scaled_area;
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// Canvas pixels per CSS pixel of a printed picture. Chromium prints a canvas as the
/// shapes and words drawn on it (sharp at any size, its words in the PDF's text); a
/// browser that prints its pixels gets 1,920 across the page.
pub const PRINT_SCALE: u32 = 2;

#[derive(Properties, PartialEq)]
pub struct ChartImageProps {
    pub journey: Rc<Journey>,
    pub width: u32,
    pub height: u32,
}

/// Draws the curve of `j` on `canvas`.
pub fn draw_chart(canvas: HtmlCanvasElement, j: &Journey, l: Lang, width: u32, height: u32) {
    if let Some(area) = scaled_area(canvas, width, height, PRINT_SCALE) {
        let _ = chart::draw_curve(&area, &CurveData::from_journey(j, l));
    }
}

#[function_component(ChartImage)]
pub fn chart_image(p: &ChartImageProps) -> Html {
    let l = use_lang();
    let canvas = use_node_ref();
    {
        let canvas = canvas.clone();
        use_effect_with(
            (p.journey.clone(), l, p.width, p.height),
            move |(j, l, w, h)| {
                if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                    draw_chart(c, j, *l, *w, *h);
                }
            },
        );
    }
    let alt = [
        chart_text::describe(l, &p.journey),
        lanes_alternative(l, &p.journey),
    ]
    .join(" ")
    .trim()
    .to_string();
    html! {
        <canvas class="chart-image" data-testid="chart-image" role="img" aria-label={alt}
            ref={canvas} />
    }
}
