//! A `<details>` in the workspace whose inside is a panel of the panels program, built
//! with plain DOM: only its summary is there until it is first opened (or wanted while
//! closed: a stored survey gives the lanes their customer's side). Once opened, the panel
//! stays, with what was typed in it, hidden while the `<details>` is closed; a closed
//! panel is not sent every change (it gets the newest state when it opens again).

use super::host::{PanelHost, PanelValue};
use super::protocol::{Extra, Kind, Out};
use crate::i18n::Lang;
use crate::model::Journey;
use crate::ui::plain::{Plain, Send};
use crate::web::dom::{El, on, set_text};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::{Element, Event};

/// What a [`Details`] shows: its panel's kind, its summary and the journey.
#[derive(Clone, PartialEq)]
pub struct DetailsValue {
    pub kind: Kind,
    /// The `<details>`' classes and test id (`panel settings-panel`, `settings-panel`),
    /// fixed for its life.
    pub class: &'static str,
    pub testid: &'static str,
    /// The summary: the panel's name (a heading when `heading`, fixed for its life), then
    /// what follows it (a count).
    pub summary: String,
    pub heading: bool,
    pub after: String,
    pub journey: Rc<Journey>,
    /// The workspace's language (a new one keeps the panel and what was typed in it).
    pub lang: Lang,
    /// What else the panel is told (a story to show, the survey, the document); whether
    /// it is open is the `<details>`' own.
    pub extra: Extra,
    /// Keep sending changes while closed (the survey's panel gives the lanes their
    /// customer's side).
    pub follow_closed: bool,
    /// Load the inside while closed.
    pub want: bool,
}

impl DetailsValue {
    /// A panel that only shows its name (`summary`) until opened.
    pub fn plain(
        kind: Kind,
        class: &'static str,
        testid: &'static str,
        summary: String,
        journey: Rc<Journey>,
        lang: Lang,
    ) -> DetailsValue {
        DetailsValue {
            kind,
            class,
            testid,
            summary,
            heading: false,
            after: String::new(),
            journey,
            lang,
            extra: Extra::default(),
            follow_closed: false,
            want: false,
        }
    }
}

struct Inner {
    details: Element,
    /// The name, and what follows it.
    name: Element,
    after: Element,
    /// The panel, from the first opening on (closed, it keeps what was typed in it).
    host: RefCell<Option<PanelHost>>,
    latest: RefCell<Option<DetailsValue>>,
    send: Send<(Out, JsValue)>,
}

/// A panel behind its summary; what the panel asks for goes out as it came.
pub struct Details(Rc<Inner>);

impl Inner {
    /// Gives the panel the newest value, making it the first time it is open or wanted.
    fn update(me: &Rc<Inner>) {
        let open = me.details.has_attribute("open");
        let Some(v) = me.latest.borrow().clone() else {
            return;
        };
        if (open || v.want) && me.host.borrow().is_none() {
            let weak = Rc::downgrade(me);
            let (el, host) = PanelHost::new(v.kind, move |out, with| {
                if let Some(me) = weak.upgrade() {
                    (me.send)((out, with));
                }
            });
            let _ = me.details.append_with_node_1(el.element());
            *me.host.borrow_mut() = Some(host);
        }
        if let Some(host) = me.host.borrow().as_ref() {
            host.show(&PanelValue {
                kind: v.kind,
                journey: v.journey.clone(),
                lang: v.lang,
                extra: Extra { open, ..v.extra },
                follow_closed: v.follow_closed,
                batch: None,
            });
        }
    }
}

impl Plain for Details {
    type Value = DetailsValue;
    type Out = (Out, JsValue);
    const REBUILD_ON_LANG: bool = false;

    fn build(_: Lang, first: &DetailsValue, send: Send<(Out, JsValue)>) -> (El, Details) {
        let name = El::new(if first.heading { "h2" } else { "span" });
        let (name_el, after) = (name.element().clone(), El::new("span"));
        let after_el = after.element().clone();
        let details = El::new("details")
            .class(first.class)
            .testid(first.testid)
            .child(El::new("summary").child(name).child(after));
        let inner = Rc::new(Inner {
            details: details.element().clone(),
            name: name_el,
            after: after_el,
            host: RefCell::default(),
            latest: RefCell::default(),
            send,
        });
        let me = Rc::downgrade(&inner);
        on(details.element(), "toggle", move |_: Event| {
            if let Some(me) = me.upgrade() {
                Inner::update(&me);
            }
        });
        (details, Details(inner))
    }

    fn show(&self, v: &DetailsValue) {
        let me = &self.0;
        set_text(&me.name, &v.summary);
        set_text(&me.after, &v.after);
        let before = me.latest.replace(Some(v.clone()));
        // A story chosen under the chart: the panel opens on it, in view.
        let asked =
            v.extra.focus.is_some() && before.is_none_or(|b| b.extra.focus != v.extra.focus);
        if asked {
            let _ = me.details.set_attribute("open", "");
            me.details.scroll_into_view();
        }
        Inner::update(me);
    }
}
