//! The workspace's entry: opens the library (IndexedDB, with the move from the old
//! `localStorage` layout), then shows the page. Opening takes a few milliseconds; until
//! then the page shows nothing that could be typed into and lost.

use super::page::{Event, Page};
use super::screen::Screen;
use crate::i18n::Lang;
use crate::io::share;
use crate::model::Journey;
use crate::presets;
use crate::web::address::forget_copy;
use crate::web::dom::{El, on};
use crate::web::lang::browser_lang;
use crate::web::route::Route;
use crate::web::state::{Clock, Msg, SaveStatus, Workspace};
use crate::web::storage::{self, Channel, Opened};
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::Element;

/// The journey "Make my own copy" asked for (`?copy#j1.…`, from the receiver's page of a
/// share link), read once; the address lets go of it, so a reload copies nothing twice.
fn copied(route: &Route) -> Option<Journey> {
    if !route.copy {
        return None;
    }
    forget_copy();
    // The receiver's page opened this very link, so it reads; if it somehow does not, the
    // workspace opens as it was.
    route.shared.as_deref().map(share::open)?.ok()
}

/// What the page starts with, once the library is open.
struct Setup {
    root: Element,
    lang: Lang,
    present: bool,
    adopt: Option<Journey>,
}

impl Setup {
    /// Shows the page over the opened library (one copy of this in the program, however
    /// the library was opened).
    #[inline(never)]
    fn open(self, opened: Opened) -> Rc<Page> {
        let channel = opened.db.as_ref().and_then(|_| Channel::open());
        let library = opened.library.clone();
        let lang = self.lang;
        let mut ws = Workspace::new(library, presets::telecom(lang), lang, Clock::browser());
        if let Some(e) = &opened.error {
            ws.status = SaveStatus::after(e);
        }
        let screen = Screen::new(lang, self.present);
        let page = Page::new(&self.root, ws, screen, opened.db, channel);
        if let Some(journey) = self.adopt {
            page.send(Event::Ws(Msg::Create {
                journey,
                based_on: None,
            }));
        }
        page
    }
}

/// The workspace once its library is open: kept here (its parts hold it only weakly).
/// The browser's page keeps it for its life; [`Started::stop`] ends it (its listeners,
/// its side effects, its panels), as a test does before the next.
#[derive(Clone, Default)]
pub struct Started(Rc<RefCell<Option<Rc<Page>>>>);

impl Started {
    fn keep(&self, page: Rc<Page>) {
        *self.0.borrow_mut() = Some(page);
    }

    pub fn stop(&self) {
        let page = self.0.borrow_mut().take();
        drop(page);
    }
}

/// Shows the workspace at the end of `root`, as the address (`route`) asks, once the
/// library is open. A shared journey's page is not this: `crate::run` sends a share link
/// there first.
pub fn start(root: Element, route: &Route) -> Started {
    let setup = Setup {
        adopt: copied(route),
        lang: route.lang.unwrap_or_else(browser_lang),
        present: route.present,
        root,
    };
    // Usually the page's boot script has read the library already: no waiting at all.
    let started = Started::default();
    match storage::open_now() {
        Some(opened) => started.keep(setup.open(opened)),
        None => {
            let waiting = El::new("main").class("workspace").attr("aria-busy", "true");
            let placeholder = waiting.element().clone();
            let _ = setup.root.append_with_node_1(&placeholder);
            let later = started.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let opened = storage::open().await;
                placeholder.remove();
                later.keep(setup.open(opened));
            });
        }
    }
    started
}

/// A link pasted into the address bar of an open tab only changes the fragment: loads the
/// page again, which shows the link's page.
pub fn reload_on_new_link() {
    if let Some(w) = web_sys::window() {
        on(&w, "hashchange", |_: web_sys::Event| {
            let Some(location) = web_sys::window().map(|w| w.location()) else {
                return;
            };
            let hash = location.hash().unwrap_or_default();
            if !hash.trim_start_matches('#').trim().is_empty() {
                let _ = location.reload();
            }
        });
    }
}
