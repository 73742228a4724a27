//! A chart's canvas sized to its box, ready for `chart`'s drawing functions.

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};
use yew::NodeRef;

/// Sizes the canvas behind `canvas_ref` to `width` × `height` pixels and returns a
/// backend to draw on; `None` while it is not mounted or has no width yet.
pub fn sized_backend(canvas_ref: &NodeRef, width: u32, height: u32) -> Option<CanvasBackend> {
    sized(canvas_ref.cast::<HtmlCanvasElement>()?, width, height)
}

/// Sizes `canvas` to `width` × `height` pixels and returns a backend to draw on; `None`
/// while it has no width.
pub fn sized(canvas: HtmlCanvasElement, width: u32, height: u32) -> Option<CanvasBackend> {
    // Through the CSSOM, not a `style` attribute: the page's Content-Security-Policy
    // forbids inline style attributes.
    let _ = canvas
        .style()
        .set_property("height", &format!("{height}px"));
    if width == 0 {
        return None;
    }
    canvas.set_width(width);
    canvas.set_height(height);
    CanvasBackend::with_canvas_object(canvas)
}

/// Sizes `canvas` to `width` × `height` CSS pixels of `scale` canvas pixels each (sharp on
/// paper) and returns an area of `width` × `height` to draw on: the context scales what is
/// drawn, so the drawing functions lay it out exactly as on screen. `None` without a 2D
/// context.
pub fn scaled_area(
    canvas: HtmlCanvasElement,
    width: u32,
    height: u32,
    scale: u32,
) -> Option<DrawingArea<CanvasBackend, Shift>> {
    canvas.set_width(width * scale);
    canvas.set_height(height * scale);
    let context: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    let k = f64::from(scale);
    context.set_transform(k, 0.0, 0.0, k, 0.0, 0.0).ok()?;
    let area = CanvasBackend::with_canvas_object(canvas)?.into_drawing_area();
    Some(area.shrink((0, 0), (width, height)))
}

/// Canvas pixels per CSS pixel for a sharp picture on this screen: its ratio, rounded up,
/// at most 3.
pub fn pixel_ratio() -> u32 {
    let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
    (ratio.ceil() as u32).clamp(1, 3)
}

/// Leaves a mark the browser's performance timeline shows (used to measure redraws).
pub fn mark_drawn() {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark("peakend:drawn");
    }
}
