//! Where a panel of the panels program shows in the workspace, built with plain DOM: an
//! element the panels program mounts the panel into once it is loaded, "Loading…" until
//! then, and a message with a "Try again" button when it cannot be fetched (offline
//! before it was ever cached). Each new journey, language or request goes to the panel
//! while it is shown; what the panel asks for comes back as messages.
//!
//! On the hosted page the panels program is fetched the first time a panel opens
//! (`web::panels`); in the single file (`one-program`) it is part of the same program,
//! and the same messages go to it directly.

use super::protocol::{Extra, Kind, Out, Sent};
use crate::i18n::{Lang, T};
use crate::model::Journey;
use crate::ui::after_paint::after_paint;
use crate::ui::files::batch::FileBatch;
use crate::ui::plain::{Plain, Send};
use crate::web::dom::{El, document, on, set_text};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, MouseEvent};

thread_local! {
    /// Which journey the panels program has (one program for every panel of the page).
    static SENT: RefCell<Sent> = RefCell::default();
}

/// What a panel is given.
#[derive(Clone, PartialEq)]
pub struct PanelValue {
    pub kind: Kind,
    pub journey: Rc<Journey>,
    pub lang: Lang,
    /// What else the panel is told; `extra.open`: whether it is open (a closed one is not
    /// sent every change, and gets the newest state when it opens again).
    pub extra: Extra,
    /// Keep sending changes while closed (the survey gives the lanes their customer's
    /// side whether its panel is open or not).
    pub follow_closed: bool,
    /// Files to import: sent whenever a new batch comes, even to a closed panel.
    pub batch: Option<Rc<FileBatch>>,
}

impl PanelValue {
    /// The state the panel gets, as JSON, and the files that travel beside it.
    fn state(&self) -> (String, JsValue) {
        let state = SENT.with(|s| {
            s.borrow_mut()
                .state(&self.journey, self.lang, self.extra.clone())
                .to_json()
        });
        let files = self
            .batch
            .as_ref()
            .map_or(JsValue::UNDEFINED, |b| b.to_js());
        (state, files)
    }

    /// Whether `next` differs from this one in its journey alone.
    fn only_journey_changed(&self, next: &PanelValue) -> bool {
        !Rc::ptr_eq(&self.journey, &next.journey)
            && self.kind == next.kind
            && self.lang == next.lang
            && self.extra == next.extra
            && self.follow_closed == next.follow_closed
            && self.batch == next.batch
    }
}

/// The panels program, wherever it runs.
#[derive(Clone)]
enum Program {
    #[cfg(not(feature = "one-program"))]
    Fetched(Rc<crate::web::panels::Panels>),
    #[cfg(feature = "one-program")]
    Inline,
}

impl Program {
    /// The program, fetched the first time on the hosted page.
    async fn load() -> Result<Program, String> {
        #[cfg(not(feature = "one-program"))]
        return crate::web::panels::load().await.map(Program::Fetched);
        #[cfg(feature = "one-program")]
        return Ok(Program::Inline);
    }

    fn mount(
        &self,
        kind: Kind,
        root: &Element,
        state: &str,
        host: &js_sys::Function,
        files: &JsValue,
    ) -> Result<u32, String> {
        match self {
            #[cfg(not(feature = "one-program"))]
            Program::Fetched(p) => p.mount(kind.key(), root, state, host, files),
            #[cfg(feature = "one-program")]
            Program::Inline => {
                super::guest::mount(kind.key(), root.clone(), state, host.clone(), files.clone())
            }
        }
    }

    fn update(&self, id: u32, state: &str, files: &JsValue) -> Result<(), String> {
        match self {
            #[cfg(not(feature = "one-program"))]
            Program::Fetched(p) => p.update(id, state, files),
            #[cfg(feature = "one-program")]
            Program::Inline => super::guest::update(id, state, files.clone()),
        }
    }

    fn unmount(&self, id: u32) {
        match self {
            #[cfg(not(feature = "one-program"))]
            Program::Fetched(p) => p.unmount(id),
            #[cfg(feature = "one-program")]
            Program::Inline => super::guest::unmount(id),
        }
    }
}

struct Mounted {
    program: Program,
    id: u32,
    _host: Closure<dyn Fn(String, JsValue)>,
}

struct Inner {
    /// The element the panel is mounted into.
    place: Element,
    /// "Loading…", in the page until the panel is there.
    loading: Element,
    /// Why the panel is not there, with "Try again": in the page only after a failure.
    failed: Element,
    /// The failure's words and its button (in the language of the newest value).
    failure: [Element; 2],
    mounted: RefCell<Option<Mounted>>,
    latest: RefCell<Option<PanelValue>>,
    /// A journey change waits for the next frame (several in one frame travel as one).
    waiting: Cell<bool>,
    send: Box<dyn Fn(Out, JsValue)>,
}

/// A panel's place in the workspace, as built by [`PanelHost::new`].
pub struct PanelHost(Rc<Inner>);

impl PanelHost {
    /// The panel's place, loading the panels program at once; `send` gets the panel's
    /// messages with what travels beside them (the files of [`Out::ImportFiles`]). Its
    /// words come with each value (a new language keeps the panel and what was typed in it).
    pub fn new(kind: Kind, send: impl Fn(Out, JsValue) + 'static) -> (El, PanelHost) {
        let loading = El::new("p").class("hint").attr("role", "status");
        let retry = El::new("button")
            .attr("type", "button")
            .testid("part-retry");
        let why = El::new("p").class("field-error").attr("role", "alert");
        let failure = [why.element().clone(), retry.element().clone()];
        let failed = El::new("div").child(why).child(retry);
        let place = El::new("div");
        let inner = Rc::new(Inner {
            place: place.element().clone(),
            loading: loading.element().clone(),
            failed: failed.element().clone(),
            failure,
            mounted: RefCell::default(),
            latest: RefCell::default(),
            waiting: Cell::new(false),
            send: Box::new(send),
        });
        let me = Rc::downgrade(&inner);
        on(&inner.failure[1], "click", move |_: MouseEvent| {
            if let Some(me) = me.upgrade() {
                // The message goes (a screen reader hears the panel arrive, not an old alert).
                me.failed.remove();
                let _ = me.place.before_with_node_1(&me.loading);
                Inner::load(&me, kind);
            }
        });
        Inner::load(&inner, kind);
        let el = El::new("div")
            .class("lazy-part")
            .attr("data-panel", kind.key())
            .children([loading, place]);
        (el, PanelHost(inner))
    }

    /// Gives the panel `v` (at once, a frame later, or when it opens: see the module).
    pub fn show(&self, v: &PanelValue) {
        let inner = &self.0;
        let l = v.lang;
        set_text(&inner.loading, T::PartLoading.get(l));
        set_text(&inner.failure[0], T::PartFailed.get(l));
        set_text(&inner.failure[1], T::TryAgain.get(l));
        let before = inner.latest.replace(Some(v.clone()));
        if inner.mounted.borrow().is_none() {
            return;
        }
        let new_batch = v.batch.is_some() && before.as_ref().is_none_or(|b| b.batch != v.batch);
        if !(v.extra.open || v.follow_closed || new_batch) {
            return;
        }
        let journey_only = before.as_ref().is_some_and(|b| b.only_journey_changed(v));
        if journey_only && !inner.typing_in() {
            // A change made in the workspace reaches the panel a frame after the
            // workspace shows it (a long journey's redrawn curve does not wait for the
            // panel); what someone types in the panel comes back to it at once.
            if !inner.waiting.replace(true) {
                let me = Rc::downgrade(inner);
                after_paint(move || {
                    if let Some(me) = me.upgrade() {
                        me.waiting.set(false);
                        me.update();
                    }
                });
            }
        } else {
            inner.update();
        }
    }
}

impl Inner {
    /// Whether the keyboard focus is inside the panel.
    fn typing_in(&self) -> bool {
        document()
            .active_element()
            .is_some_and(|a| self.place.contains(Some(&a)))
    }

    /// Loads the panels program and mounts the panel with the newest value.
    fn load(me: &Rc<Inner>, kind: Kind) {
        let me = Rc::downgrade(me);
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = Program::load().await;
            let Some(me) = me.upgrade() else { return };
            match loaded.and_then(|program| me.mount(kind, program)) {
                Ok(mounted) => {
                    *me.mounted.borrow_mut() = Some(mounted);
                    me.loading.remove();
                }
                Err(e) => {
                    web_sys::console::warn_1(&format!("Peakend: {e}").into());
                    me.loading.remove();
                    let _ = me.place.before_with_node_1(&me.failed);
                }
            }
        });
    }

    fn mount(self: &Rc<Inner>, kind: Kind, program: Program) -> Result<Mounted, String> {
        let me: Weak<Inner> = Rc::downgrade(self);
        // Read in a microtask: the panel's own event handler finishes first.
        let host = Closure::<dyn Fn(String, JsValue)>::new(move |text: String, with| {
            let me = me.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match super::read_out::read(&text) {
                    Ok(out) => {
                        if let Some(me) = me.upgrade() {
                            (me.send)(out, with);
                        }
                    }
                    Err(e) => web_sys::console::warn_1(
                        &format!("Peakend: a panel's message was not understood: {e}").into(),
                    ),
                }
            });
        });
        let (state, files) = self
            .latest
            .borrow()
            .as_ref()
            .map(PanelValue::state)
            .ok_or("a panel with nothing to show")?;
        let id = program
            .mount(
                kind,
                &self.place,
                &state,
                host.as_ref().unchecked_ref(),
                &files,
            )
            .inspect_err(|_| SENT.with(|s| s.borrow_mut().forget()))?;
        Ok(Mounted {
            program,
            id,
            _host: host,
        })
    }

    /// Gives the mounted panel the newest value; when the panels program lacks the
    /// journey (it was sent to a mount since taken away), once more with the journey.
    fn update(&self) {
        let (mounted, latest) = (self.mounted.borrow(), self.latest.borrow());
        let (Some(m), Some(v)) = (mounted.as_ref(), latest.as_ref()) else {
            return;
        };
        let (state, files) = v.state();
        if m.program.update(m.id, &state, &files).is_err() {
            SENT.with(|s| s.borrow_mut().forget());
            let (state, files) = v.state();
            if let Err(e) = m.program.update(m.id, &state, &files) {
                web_sys::console::warn_1(&format!("Peakend: a panel missed a change: {e}").into());
            }
        }
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        if let Some(m) = self.mounted.get_mut().take() {
            m.program.unmount(m.id);
        }
    }
}

impl Plain for PanelHost {
    type Value = PanelValue;
    type Out = (Out, JsValue);
    const REBUILD_ON_LANG: bool = false;

    fn build(_: Lang, first: &PanelValue, send: Send<(Out, JsValue)>) -> (El, Self) {
        PanelHost::new(first.kind, move |out, with| send((out, with)))
    }

    fn show(&self, v: &PanelValue) {
        PanelHost::show(self, v);
    }
}

impl PanelValue {
    /// What panel `kind` is given when it is all there is of it (the files panel, the
    /// group round, presentation mode): the journey, the language, nothing else.
    pub fn of(kind: Kind, journey: Rc<Journey>, lang: Lang) -> PanelValue {
        PanelValue {
            kind,
            journey,
            lang,
            extra: Extra::default(),
            follow_closed: false,
            batch: None,
        }
    }
}
