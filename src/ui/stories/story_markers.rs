//! Under the chart, built with plain DOM: one button per touchpoint with stories
//! (`story-marker`), the keyboard's way to the badges the chart draws; choosing one opens
//! the stories at that touchpoint. Hidden when no story is about a touchpoint.

use crate::analysis::practice::counts_per_touchpoint;
use crate::i18n::Lang;
use crate::i18n::stories::{ST, marker};
use crate::model::{Journey, TouchpointId};
use crate::ui::plain::{Plain, PlainPart, Send};
use crate::web::dom::{El, on, set_hidden};
use std::rc::Rc;
use web_sys::{Element, MouseEvent};

/// The markers' row.
pub struct Markers {
    lang: Lang,
    /// The row: its hint, then a button per touchpoint with stories.
    nav: Element,
    send: Send<TouchpointId>,
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
        let part = Markers {
            lang: l,
            nav: nav.element().clone(),
            send,
        };
        (nav, part)
    }

    fn present(&self) -> bool {
        !self.nav.has_attribute("hidden")
    }

    fn show(&self, j: &Rc<Journey>) {
        let l = self.lang;
        let counts = counts_per_touchpoint(j);
        let any = counts.iter().any(|n| *n > 0);
        set_hidden(&self.nav, !any);
        // The hint stays; the buttons after it are made again.
        while self.nav.child_element_count() > 1 {
            if let Some(last) = self.nav.last_element_child() {
                last.remove();
            }
        }
        for (t, n) in j.touchpoints.iter().zip(&counts).filter(|(_, n)| **n > 0) {
            let id = t.id;
            let button = El::new("button")
                .attr("type", "button")
                .class("story-marker")
                .testid("story-marker")
                .attr("data-touchpoint", &t.name)
                .child(
                    El::new("span")
                        .class("badge")
                        .attr("aria-hidden", "true")
                        .text(&crate::i18n::number::count(l, *n)),
                )
                .child(
                    El::new("span")
                        .class("visually-hidden")
                        .text(&marker(l, &t.name, *n)),
                )
                .child(
                    El::new("span")
                        .attr("aria-hidden", "true")
                        .text(&format!(" {}", t.name)),
                );
            let send = self.send.clone();
            on(button.element(), "click", move |_: MouseEvent| send(id));
            let _ = self.nav.append_with_node_1(button.element());
        }
    }
}

/// The story markers of a journey (`value`); a chosen touchpoint goes to `on`.
pub type StoryMarkers = PlainPart<Markers>;
