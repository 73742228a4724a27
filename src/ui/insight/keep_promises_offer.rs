//! Under the lanes, built with plain DOM: what keeping the promises would do, in one line
//! (contacts, the experienced and the remembered score before and after), and a button
//! that makes that to-be as a scenario of this journey (`Msg::MakePromisesKeptScenario`),
//! which the comparison then shows. Only when there is something to keep: a broken
//! promise or failure demand.

use crate::analysis::lanes::{LaneError, promises_kept_scenario};
use crate::i18n::Lang;
use crate::i18n::lanes::keep_promises::{K, not_made, preview};
use crate::model::Journey;
use crate::ui::plain::{Plain, PlainPart, Send};
use crate::web::dom::{El, on, set_attr, set_hidden, set_text};
use std::cell::Cell;
use std::rc::Rc;
use web_sys::{Element, MouseEvent};

/// The offer (`keep-promises`), its preview (`keep-promises-preview`) and its button
/// (`keep-promises-scenario`), which reports to the workspace.
pub struct KeepPromises {
    lang: Lang,
    section: Element,
    preview: Element,
    /// There is something to keep (else the offer is not in the page).
    offered: Cell<bool>,
}

impl Plain for KeepPromises {
    type Value = Rc<Journey>;
    type Out = ();

    fn build(l: Lang, _: &Rc<Journey>, send: Send<()>) -> (El, KeepPromises) {
        let line = El::new("p")
            .attr("id", "keep-promises-preview")
            .testid("keep-promises-preview");
        let button = El::new("button")
            .attr("type", "button")
            .testid("keep-promises-scenario")
            .attr("aria-describedby", "keep-promises-preview")
            .text(K::MakeScenario.get(l));
        on(button.element(), "click", move |_: MouseEvent| send(()));
        let preview = line.element().clone();
        let el = El::new("section")
            .class("keep-promises")
            .testid("keep-promises")
            .attr("aria-labelledby", "keep-promises-heading")
            .flag("hidden", true)
            .child(
                El::new("h2")
                    .attr("id", "keep-promises-heading")
                    .text(K::OfferHeading.get(l)),
            )
            .child(line)
            .child(button);
        let part = KeepPromises {
            lang: l,
            section: el.element().clone(),
            preview,
            offered: Cell::new(false),
        };
        (el, part)
    }

    fn present(&self) -> bool {
        self.offered()
    }

    fn show(&self, j: &Rc<Journey>) {
        let l = self.lang;
        let (line, contacts, remembered) = match promises_kept_scenario(j) {
            Err(LaneError::NothingToKeep) => {
                set_hidden(&self.section, true);
                self.offered.set(false);
                return;
            }
            Ok(s) => (
                preview(l, &s),
                (s.contacts_after as i64 - s.contacts_before as i64).to_string(),
                s.remembered.change.to_string(),
            ),
            Err(e) => (not_made(l, &e).to_string(), String::new(), String::new()),
        };
        set_hidden(&self.section, false);
        self.offered.set(true);
        set_text(&self.preview, &line);
        set_attr(&self.preview, "data-contacts-change", &contacts);
        set_attr(&self.preview, "data-remembered-change", &remembered);
    }
}

impl KeepPromises {
    fn offered(&self) -> bool {
        self.offered.get()
    }
}

/// The offer for a journey (`value`); its button goes to `on`.
pub type KeepPromisesOffer = PlainPart<KeepPromises>;
