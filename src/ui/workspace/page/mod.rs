//! The workspace's page, built with plain DOM: the library (`web::state::Workspace`) and
//! the screen ([`Screen`]) as state, and a slot (`ui::slot`) for every part of the page. A message
//! (a typed name, a dragged rating, a panel opened) changes the state; the page then shows
//! it in a microtask, part by part, each part touched only when what it shows changed.
//! After each showing come the side effects: saving, trying again, `<html lang>`.
//!
//! Messages wait in a queue until the showing: a part reporting from inside its own
//! `show` never finds the state in use.

mod parts;
mod show;

use super::screen::{Screen, View};
use crate::i18n::Lang;
use crate::io::json;
use crate::model::Journey;
use crate::presets;
use crate::ui::after_paint::after_paint;
use crate::ui::lazy::Kind;
use crate::ui::lazy::host::PanelValue;
use crate::web::dom::document;
use crate::web::download::{download, file_name};
use crate::web::lang::set_page_lang;
use crate::web::persistence::{self, Dispatch, Stop};
use crate::web::state::{Doc, Msg, SaveStatus, Workspace};
use crate::web::storage::{self, Channel, Db, load_survey};
use parts::Parts;
use show::{Now, show_editor, show_insight, show_top};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use web_sys::{Element, Node};

/// What the page is told. (A few at a time, gone once taken: the size of a new journey
/// inside `Ws` costs nothing worth a box.)
#[allow(clippy::large_enum_variant)]
pub enum Event {
    /// A change to the library or the open journey.
    Ws(Msg),
    Screen(View),
    /// Save the open journey as a file.
    Export,
    /// Save every journey of the library as one file.
    ExportLibrary,
    /// Add the example journey (in the screen's language) and open it.
    LoadExample,
}

/// What the last side effects saw, to run each again only when it changed.
#[derive(Default)]
struct Seen {
    save: Option<(u64, Option<u64>)>,
    retry: Option<(bool, u64)>,
    lang: Option<Lang>,
    journey: Option<Rc<Journey>>,
    survey_doc: Option<String>,
}

/// The workspace's page.
pub struct Page {
    ws: RefCell<Workspace>,
    screen: RefCell<Screen>,
    db: Option<Db>,
    channel: Option<Channel>,
    parts: RefCell<Parts>,
    /// Where the page is: the root, and the nodes of the workspace between two marks
    /// (taken out of the page while presenting).
    root: Element,
    marks: (Node, Node),
    away: RefCell<Vec<Node>>,
    queue: RefCell<Vec<Event>>,
    scheduled: Cell<bool>,
    seen: RefCell<Seen>,
    /// The side effects that run until stopped (a failed save's retry, the undo keys…).
    retry: RefCell<Option<Stop>>,
    listening: RefCell<Vec<Stop>>,
}

impl Page {
    /// The workspace in `root` (at its end), showing `ws` in `screen`.
    pub fn new(
        root: &Element,
        ws: Workspace,
        screen: Screen,
        db: Option<Db>,
        channel: Option<Channel>,
    ) -> Rc<Page> {
        let marks: (Node, Node) = (
            document().create_comment("workspace").into(),
            document().create_comment("/workspace").into(),
        );
        let _ = root.append_child(&marks.0);
        let page = Rc::new_cyclic(|me: &Weak<Page>| {
            let parts = Parts::new(root, me, &marks.1);
            Page {
                ws: RefCell::new(ws),
                screen: RefCell::new(screen),
                db,
                channel,
                parts: RefCell::new(parts),
                root: root.clone(),
                marks,
                away: RefCell::default(),
                queue: RefCell::default(),
                scheduled: Cell::new(false),
                seen: RefCell::default(),
                retry: RefCell::default(),
                listening: RefCell::default(),
            }
        });
        let dispatch = page.dispatch();
        page.listening.borrow_mut().extend([
            persistence::follow_other_tabs(&dispatch, page.db.clone(), page.channel.clone()),
            persistence::undo_keys(&dispatch),
        ]);
        page.show();
        let me = Rc::downgrade(&page);
        after_paint(move || {
            if let Some(p) = me.upgrade() {
                p.send(Event::Screen(View::Rest));
            }
        });
        page
    }

    /// Where the side effects send the workspace's messages.
    fn dispatch(self: &Rc<Page>) -> Dispatch {
        let me = Rc::downgrade(self);
        Rc::new(move |m| {
            if let Some(p) = me.upgrade() {
                p.send(Event::Ws(m));
            }
        })
    }

    /// Takes `e` in; the page shows it (with whatever else came meanwhile) in a microtask.
    pub fn send(self: &Rc<Page>, e: Event) {
        self.queue.borrow_mut().push(e);
        if self.scheduled.replace(true) {
            return;
        }
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            me.scheduled.set(false);
            let events = me.queue.take();
            for e in events {
                me.take(e);
            }
            me.show();
        });
    }

    /// Changes the state by `e`.
    fn take(&self, e: Event) {
        match e {
            Event::LoadExample => {
                let l = self.screen.borrow().lang;
                self.ws.borrow_mut().update(Msg::Create {
                    journey: presets::telecom(l),
                    based_on: None,
                });
            }
            Event::Ws(m) => self.ws.borrow_mut().update(m),
            Event::Screen(View::Lang(l)) => {
                storage::save_lang(l);
                self.screen.borrow_mut().update(View::Lang(l));
                self.ws.borrow_mut().update(Msg::SetLang(l));
            }
            Event::Screen(v) => self.screen.borrow_mut().update(v),
            Event::Export => {
                let j = self.ws.borrow().shared();
                let text = json::write_journey(&j);
                download(&file_name(&j.title, "json"), "application/json", &text);
            }
            Event::ExportLibrary => {
                let library = library_copy(&self.ws.borrow());
                download(
                    "peakend-journeys.json",
                    "application/json",
                    &json::write_library(&library),
                );
            }
        }
    }

    /// Shows the state, then runs the side effects that depend on what changed.
    fn show(self: &Rc<Page>) {
        let s = self.screen.borrow().clone();
        let now = Now::of(&self.ws.borrow(), &s);
        let l = s.lang;
        self.place_workspace(!s.presenting);
        let mut p = self.parts.borrow_mut();
        if s.presenting {
            let v = PanelValue::of(Kind::Present, now.journey.clone(), l);
            p.present.show(l, &v);
        } else {
            p.present.clear();
            show_top(&mut p, &s, &now);
            show_editor(&mut p, &s, &now.journey);
            show_insight(&mut p, &s, &now);
        }
        drop(p);
        self.effects(&s, now.journey, &now.current);
    }

    /// Takes the workspace out of the page while presenting, and back after.
    fn place_workspace(&self, shown: bool) {
        let mut away = self.away.borrow_mut();
        if shown {
            for n in away.drain(..) {
                let _ = self.root.insert_before(&n, Some(&self.marks.1));
            }
            return;
        }
        if !away.is_empty() {
            return;
        }
        while let Some(n) = self.marks.0.next_sibling().filter(|n| n != &self.marks.1) {
            let _ = self.root.remove_child(&n);
            away.push(n);
        }
    }

    /// The side effects of the state now.
    fn effects(self: &Rc<Page>, s: &Screen, journey: Rc<Journey>, current: &str) {
        let dispatch = self.dispatch();
        let mut seen = self.seen.borrow_mut();
        let (save, retry) = {
            let ws = self.ws.borrow();
            let failing = ws.status != SaveStatus::Saved && ws.unsaved();
            ((ws.generation, ws.saving), (failing, ws.attempted))
        };
        if seen.save != Some(save) {
            seen.save = Some(save);
            persistence::save(
                &self.ws.borrow(),
                self.db.as_ref(),
                self.channel.as_ref(),
                &dispatch,
            );
        }
        if seen.retry != Some(retry) {
            seen.retry = Some(retry);
            let again = retry.0.then(|| persistence::retry_and_warn(&dispatch));
            *self.retry.borrow_mut() = again;
        }
        if seen.lang != Some(s.lang) {
            seen.lang = Some(s.lang);
            set_page_lang(s.lang);
        }
        // A share link in the address holds the journey as it was when shared. Once the
        // journey changes, the address lets go of it, so a reload opens the workspace and
        // not an old copy.
        let before = seen.journey.replace(journey.clone());
        if before.is_some_and(|b| !Rc::ptr_eq(&b, &journey)) {
            let hash = web_sys::window().and_then(|w| w.location().hash().ok());
            if hash.is_some_and(|h| h.len() > 1) {
                crate::web::address::clear_fragment();
            }
        }
        // A journey with a stored survey: its panel loads at once (the lanes show the
        // survey's means).
        if seen.survey_doc.as_deref() != Some(current) {
            seen.survey_doc = Some(current.to_string());
            if let Some(db) = self.db.clone().filter(|_| !s.survey_wanted) {
                let (doc, me) = (current.to_string(), Rc::downgrade(self));
                wasm_bindgen_futures::spawn_local(async move {
                    if matches!(load_survey(&db, &doc).await, Ok(Some(_))) {
                        if let Some(p) = me.upgrade() {
                            p.send(Event::Screen(View::WantSurvey));
                        }
                    }
                });
            }
        }
    }
}

/// Every journey of the library, the open one as it is now: for the files panel's library
/// export, made only when asked for (it copies every journey).
fn library_copy(ws: &Workspace) -> Vec<Journey> {
    let open = ws.journey();
    let journey = |d: &Doc| {
        if d.id == ws.current {
            open.clone()
        } else {
            Journey::clone(&d.journey)
        }
    };
    ws.docs.iter().map(journey).collect()
}
