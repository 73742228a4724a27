//! The printed report's picture of the curve: a canvas drawn by the same drawing function
//! and canvas backend as the screen's chart, so the workspace carries no second, SVG copy
//! of the drawing code (8 KB brotli of its program). Its words are the chart's text
//! alternative.

use crate::chart::{self, CurveData};
use crate::i18n::lanes::facts::lanes_alternative;
use crate::i18n::{Lang, chart_text};
use crate::model::Journey;
use crate::web::canvas::scaled_area;
use crate::web::dom::El;
use web_sys::HtmlCanvasElement;

/// Canvas pixels per CSS pixel of a printed picture. Chromium prints a canvas as the
/// shapes and words drawn on it (sharp at any size, its words in the PDF's text); a
/// browser that prints its pixels gets 1,920 across the page.
pub const PRINT_SCALE: u32 = 2;

/// Draws the curve of `j` on `canvas`.
pub fn draw_chart(canvas: HtmlCanvasElement, j: &Journey, l: Lang, width: u32, height: u32) {
    if let Some(area) = scaled_area(canvas, width, height, PRINT_SCALE) {
        let _ = chart::draw_curve(&area, &CurveData::from_journey(j, l));
    }
}

/// The curve of `j` as a picture of `width` × `height` CSS pixels.
pub fn chart_image(l: Lang, j: &Journey, width: u32, height: u32) -> El {
    let alt = [chart_text::describe(l, j), lanes_alternative(l, j)]
        .join(" ")
        .trim()
        .to_string();
    let canvas = El::new("canvas")
        .class("chart-image")
        .testid("chart-image")
        .attr("role", "img")
        .attr("aria-label", &alt);
    draw_chart(canvas.typed(), j, l, width, height);
    canvas
}
