//! Under the chart, built with plain DOM: one button per touchpoint with stories
//! (`story-marker`), the keyboard's way to the badges the chart draws; choosing one opens
//! the stories at that touchpoint. Not in the page when no story is about a touchpoint.
//! One listener serves every button; the buttons are made again only when the counts or
//! the names change (not at every step of a drag).

use crate::analysis::practice::counts_per_touchpoint;
use crate::i18n::Lang;
use crate::i18n::stories::{ST, marker};
use crate::model::{Journey, TouchpointId};
use crate::ui::plain::{Plain, PlainPart, Send};
use crate::web::dom::{El, on, set_hidden};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent};

/// The markers' row.
pub struct Markers {
    lang: Lang,
    /// The row: its hint, then a button per touchpoint with stories.
    nav: Element,
    /// What the buttons show now: each marked touchpoint, its name and count.
    shown: RefCell<Vec<(TouchpointId, String, usize)>>,
}

impl Plain for Markers {
    type Value = Rc<Journey>;
    type Out = TouchpointId;

    fn build(l: Lang, _: &Rc<Journey>, send: Send<TouchpointId>) -> (El, Markers) {
        let nav = El::new("nav")
            .class("story-markers")
            .attr("aria-label", ST::Markers.get(l))
            .testid("story-markers")
            .flag("hidden", true)
            .child(
                El::new("span")
                    .class("hint")
                    .text(ST::Markers.get(l))
                    .text(":"),
            );
        on(nav.element(), "click", move |e: MouseEvent| {
            let id = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest("[data-testid='story-marker']").ok().flatten())
                .and_then(|b| b.get_attribute("data-id"))
                .and_then(|s| s.parse().ok());
            if let Some(id) = id {
                send(TouchpointId(id));
            }
        });
        let part = Markers {
            lang: l,
            nav: nav.element().clone(),
            shown: RefCell::default(),
        };
        (nav, part)
    }

    fn present(&self) -> bool {
        !self.nav.has_attribute("hidden")
    }

    fn show(&self, j: &Rc<Journey>) {
        let l = self.lang;
        let counts = counts_per_touchpoint(j);
        let marked: Vec<(TouchpointId, String, usize)> = j
            .touchpoints
            .iter()
            .zip(&counts)
            .filter(|(_, n)| **n > 0)
            .map(|(t, n)| (t.id, t.name.clone(), *n))
            .collect();
        set_hidden(&self.nav, marked.is_empty());
        if *self.shown.borrow() == marked {
            return;
        }
        // The hint stays; the buttons after it are made again.
        while self.nav.child_element_count() > 1 {
            if let Some(last) = self.nav.last_element_child() {
                last.remove();
            }
        }
        for (id, name, n) in &marked {
            let button = El::new("button")
                .attr("type", "button")
                .class("story-marker")
                .testid("story-marker")
                .attr("data-touchpoint", name)
                .attr("data-id", &id.0.to_string())
                .child(
                    El::new("span")
                        .class("badge")
                        .attr("aria-hidden", "true")
                        .text(&crate::i18n::number::count(l, *n)),
                )
                .child(
                    El::new("span")
                        .class("visually-hidden")
                        .text(&marker(l, name, *n)),
                )
                .child(
                    El::new("span")
                        .attr("aria-hidden", "true")
                        .text(&format!(" {name}")),
                );
            let _ = self.nav.append_with_node_1(button.element());
        }
        *self.shown.borrow_mut() = marked;
    }
}

/// The story markers of a journey (`value`); a chosen touchpoint goes to `on`.
pub type StoryMarkers = PlainPart<Markers>;
