//! Files dropped anywhere on the page, built with plain DOM: an overlay while they hover
//! (in the page only then), then handed on to be imported (the import panel reads them;
//! it is fetched with the panels program). A drop zone of its own (the survey's) keeps
//! the files it took.

use crate::i18n::{Lang, T};
use crate::ui::plain::{Plain, PlainPart, Send};
use crate::web::dom::{El, Held, hold};
use crate::web::drop_zone::files_of;
use std::rc::Rc;
use web_sys::{DragEvent, Element};

/// The overlay's place, and the window's listeners, removed with the part (built again in
/// another language).
pub struct Drop {
    _place: Rc<Element>,
    _listening: Vec<Held>,
}

/// Whether a drag carries files.
fn has_files(e: &DragEvent) -> bool {
    e.data_transfer()
        .is_some_and(|d| d.types().includes(&"Files".into(), 0))
}

impl Plain for Drop {
    type Value = ();
    type Out = Vec<web_sys::File>;

    fn build(l: Lang, _: &(), send: Send<Vec<web_sys::File>>) -> (El, Drop) {
        let place = El::new("div").class("drop-place");
        let overlay = El::new("div")
            .class("drop-overlay")
            .testid("drop-overlay")
            .attr("aria-hidden", "true")
            .child(El::new("p").text(T::DropHere.get(l)));
        let spot = Rc::new(place.element().clone());
        let overlay = overlay.element().clone();
        let alive = Rc::downgrade(&spot);
        let show = move |on: bool| -> bool {
            let Some(spot) = alive.upgrade() else {
                return false;
            };
            if !on {
                overlay.remove();
            } else if overlay.parent_element().is_none() {
                let _ = spot.append_with_node_1(&overlay);
            }
            true
        };
        let show = Rc::new(show);
        let mut listening = Vec::new();
        if let Some(w) = web_sys::window() {
            for event in ["dragenter", "dragover"] {
                let show = show.clone();
                listening.push(hold(&w, event, move |e: DragEvent| {
                    if has_files(&e) && show(true) {
                        e.prevent_default();
                    }
                }));
            }
            let hide = show.clone();
            listening.push(hold(&w, "dragleave", move |e: DragEvent| {
                // Leaving for another element inside the page is not leaving the page.
                if e.related_target().is_none() {
                    hide(false);
                }
            }));
            listening.push(hold(&w, "drop", move |e: DragEvent| {
                if !has_files(&e) || !show(false) {
                    return;
                }
                // A drop zone of its own (the survey's) took these files already.
                if e.default_prevented() {
                    return;
                }
                e.prevent_default();
                let files = files_of(e.data_transfer().and_then(|d| d.files()));
                if !files.is_empty() {
                    send(files);
                }
            }));
        }
        let part = Drop {
            _place: spot,
            _listening: listening,
        };
        (place, part)
    }

    fn show(&self, _: &()) {}
}

/// Files dropped on the page go to `on`.
pub type FileDrop = PlainPart<Drop>;
