//! The state of a `<details>` whose inside is a lazily loaded panel: whether it is open
//! now (a closed panel is not sent every change), and whether its inside is wanted (once
//! opened it stays, with what was typed in it, hidden while the panel is closed); and
//! [`LazyDetails`], such a `<details>` when its summary is all the workspace shows.

use super::host::{PanelHost, PanelValue};
use super::protocol::{Extra, Kind, Out};
use crate::i18n::Lang;
use crate::model::{Action, Journey};
use crate::ui::plain::{Plain, PlainPart, Send};
use crate::web::dom::{El, on, set_text};
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{Element, Event};
use yew::prelude::*;

pub struct DetailsOpen {
    pub open: bool,
    pub wanted: bool,
    /// For the `<details>`'s `ontoggle`.
    pub on_toggle: Callback<Event>,
    /// Opens it from elsewhere (the element's `open` attribute is the caller's to set).
    pub show: Callback<()>,
    /// Wants the inside while closed (a stored survey gives the lanes their customer's side).
    pub want: Callback<()>,
}

#[hook]
pub fn use_details_open() -> DetailsOpen {
    let open = use_state(|| false);
    let wanted = use_state(|| false);
    let set = |now: Option<bool>| {
        let (open, wanted) = (open.setter(), wanted.setter());
        move || {
            if let Some(now) = now {
                open.set(now);
            }
            if now != Some(false) {
                wanted.set(true);
            }
        }
    };
    let on_toggle = {
        let (open, wanted) = (open.setter(), wanted.setter());
        Callback::from(move |e: Event| {
            let now = e
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|d| d.has_attribute("open"));
            open.set(now);
            if now {
                wanted.set(true);
            }
        })
    };
    let show = set(Some(true));
    let want = set(None);
    DetailsOpen {
        open: *open,
        wanted: *wanted,
        on_toggle,
        show: Callback::from(move |_: ()| show()),
        want: Callback::from(move |_: ()| want()),
    }
}

/// What a [`LazyDetails`] shows: its panel's kind, its summary (the panel's name, with a
/// count where it has one) and the journey.
#[derive(Clone, PartialEq)]
pub struct DetailsValue {
    pub kind: Kind,
    /// The `<details>`' classes and test id (`panel settings-panel`, `settings-panel`),
    /// fixed for its life.
    pub class: &'static str,
    pub testid: &'static str,
    pub summary: String,
    pub journey: Rc<Journey>,
    /// The workspace's language (a new one keeps the panel and what was typed in it).
    pub lang: Lang,
}

struct Inner {
    details: Element,
    summary: Element,
    /// The panel, from the first opening on (closed, it keeps what was typed in it).
    host: RefCell<Option<PanelHost>>,
    latest: RefCell<Option<DetailsValue>>,
    send: Send<Action>,
}

/// A panel in the workspace that is only its summary there, built with plain DOM: its
/// inside comes from the panels program the first time it is opened (the settings, the
/// phase editor, the interviews).
pub struct Details(Rc<Inner>);

impl Inner {
    /// Gives the panel the newest value, opening it the first time.
    fn update(me: &Rc<Inner>) {
        let open = me.details.has_attribute("open");
        let Some(v) = me.latest.borrow().clone() else {
            return;
        };
        if open && me.host.borrow().is_none() {
            let weak = Rc::downgrade(me);
            let (el, host) = PanelHost::new(v.kind, move |out, _| {
                if let (Out::Do(a), Some(me)) = (out, weak.upgrade()) {
                    (me.send)(a.into());
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
                extra: Extra {
                    open,
                    ..Extra::default()
                },
                follow_closed: false,
                batch: None,
            });
        }
    }
}

impl Plain for Details {
    type Value = DetailsValue;
    type Out = Action;
    const REBUILD_ON_LANG: bool = false;

    fn build(_: Lang, first: &DetailsValue, send: Send<Action>) -> (El, Details) {
        let summary = El::new("summary");
        let details = El::new("details")
            .class(first.class)
            .testid(first.testid)
            .child(summary);
        let inner = Rc::new(Inner {
            details: details.element().clone(),
            summary: details
                .element()
                .first_element_child()
                .unwrap_or_else(|| details.element().clone()),
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
        set_text(&self.0.summary, &v.summary);
        *self.0.latest.borrow_mut() = Some(v.clone());
        Inner::update(&self.0);
    }
}

/// A lazily loaded panel behind its summary (`value`); its changes go to `on`.
pub type LazyDetails = PlainPart<Details>;
