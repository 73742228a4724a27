//! What a learner does on the embed page: type a rating, start again (a drag on the curve
//! is the curve's, `ui::parts::curve`).

use super::Page;
use super::ratings::Cells;
use crate::model::parse_number;
use crate::web::dom::on;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlElement};

impl Page {
    /// Listens for as long as the page is open.
    pub(super) fn listen(self: &Rc<Self>) {
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
            self.listen_to_fields();
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
