//! A chart's canvas sized to its box, ready for `chart`'s drawing functions.

use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
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

/// Leaves a mark the browser's performance timeline shows (used to measure redraws).
pub fn mark_drawn() {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark("peakend:drawn");
    }
}
