//! What a learner does on the embed page: drag a point, type a rating, start again; and
//! a new width, which redraws the pictures.

use super::Page;
use super::ratings::Cells;
use crate::model::parse_number;
use crate::web::dom::on;
use crate::web::element_size::observe_size;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlElement, PointerEvent};

impl Page {
    /// Listens for as long as the page is open.
    pub(super) fn listen(self: &Rc<Self>) {
        // The observer's first call draws the pictures; later ones only when the width
        // changed (a taller caption or the canvas's own height need no new drawing).
        let page = self.clone();
        let redraw = move || {
            let width = page.chart.figure.client_width().max(0) as u32;
            if width != page.drawn_width() {
                page.draw(&page.journey.borrow());
            }
        };
        match observe_size(&self.chart.figure, redraw) {
            Some(watch) => std::mem::forget(watch),
            None => self.draw(&self.journey.borrow()),
        }
        if let Some(reset) = &self.reset {
            let page = self.clone();
            on(reset, "click", move |_: Event| {
                page.replace(page.subject.journey.clone(), None);
                // The button hides itself: the keyboard goes on from the first rating.
                if let Cells::Fields(fields) = &page.cells
                    && let Some(first) = fields.first()
                {
                    let _ = first.unchecked_ref::<HtmlElement>().focus();
                }
            });
        }
        if !self.flags.read_only {
            self.listen_to_drags();
            self.listen_to_fields();
        }
    }

    /// Dragging a point up or down re-rates it.
    fn listen_to_drags(self: &Rc<Self>) {
        let canvas = &self.chart.canvas;
        let page = self.clone();
        on(canvas, "pointerdown", move |e: PointerEvent| {
            let ratings = page.journey.borrow().ratings();
            let (x, y) = (f64::from(e.offset_x()), f64::from(e.offset_y()));
            if let Some(i) = page.layout.get().hit(&ratings, x, y, 16.0) {
                e.prevent_default();
                let _ = page.chart.canvas.set_pointer_capture(e.pointer_id());
                page.dragging.set(Some(i));
            }
        });
        let page = self.clone();
        on(canvas, "pointermove", move |e: PointerEvent| {
            let Some(i) = page.dragging.get() else { return };
            let r = page.layout.get().rating_at(f64::from(e.offset_y()));
            let now = page.journey.borrow().touchpoints.get(i).map(|t| t.rating);
            if now.is_some_and(|now| now != r) {
                page.rate(i, r, None);
            }
        });
        for end in ["pointerup", "pointercancel"] {
            let page = self.clone();
            on(canvas, end, move |_: PointerEvent| page.dragging.set(None));
        }
    }

    /// Typing a rating re-rates its moment at once; leaving the field shows the rating it
    /// stands for (a value outside the scale, clamped).
    fn listen_to_fields(self: &Rc<Self>) {
        let Cells::Fields(fields) = &self.cells else {
            return;
        };
        for (i, field) in fields.iter().enumerate() {
            let page = self.clone();
            let typed = field.clone();
            on(field, "input", move |_: Event| {
                if let Some(r) = parse_number(&typed.value()) {
                    let r = page.journey.borrow().scale.clamp(r);
                    page.rate(i, r, Some(i));
                }
            });
            let page = self.clone();
            on(field, "change", move |_: Event| {
                page.words(&page.journey.borrow(), None);
            });
        }
    }
}
