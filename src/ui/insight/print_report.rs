//! The top of the printed report: the title, the chart as a picture (a canvas that prints
//! sharp, see `chart_image`) and, for a journey with lanes of its own, the lanes and their
//! key facts. Only print shows it (see `@media print` in style.css); the scores and "what
//! to fix first" print from the page itself, and the touchpoint table follows them
//! ([`PrintTable`]).
//!
//! The pictures are drawn once editing pauses, or when the browser is about to print,
//! never in the first render: a page opened to be edited shows its rows that much
//! sooner, and the first picture is drawn when the page is idle.

use crate::i18n::lanes::facts::has_lanes;
use crate::i18n::{Lang, T};
use crate::model::Journey;
use crate::ui::insight::chart_image::chart_image;
use crate::ui::insight::lanes_image::lanes_image;
use crate::ui::parts::table::touchpoint_table;
use crate::ui::plain::{Plain, Send};
use crate::web::dom::{El, set_children, set_text};
use crate::web::window_events::listen;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::Element;

/// How long editing (or the page, once opened) must pause before the picture for print is
/// drawn: drawing on every step of a drag would slow the live chart down for a page
/// nobody sees.
const REDRAW_DELAY_MS: i32 = 600;

/// The picture's size on the printed page, in CSS pixels.
const WIDTH: u32 = 960;
const HEIGHT: u32 = 380;

/// A timer's handle and its callback.
type Timer = (i32, Closure<dyn FnMut()>);

/// Runs something once editing pauses for [`REDRAW_DELAY_MS`]: each new `wait` puts it
/// off again. Dropped, it runs nothing.
#[derive(Default)]
struct Pause(RefCell<Option<Timer>>);

impl Pause {
    fn wait(&self, f: impl FnMut() + 'static) {
        self.stop();
        let later = Closure::<dyn FnMut()>::new(f);
        let timer = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                later.as_ref().unchecked_ref(),
                REDRAW_DELAY_MS,
            )
            .ok()
        });
        // The callback is kept until the next wait (it may be running).
        if let Some(t) = timer {
            *self.0.borrow_mut() = Some((t, later));
        }
    }

    fn stop(&self) {
        if let Some((t, _)) = self.0.borrow_mut().take() {
            if let Some(w) = web_sys::window() {
                w.clear_timeout_with_handle(t);
            }
        }
    }
}

impl Drop for Pause {
    fn drop(&mut self) {
        self.stop();
    }
}

struct Inner {
    lang: Lang,
    title: Element,
    pictures: Element,
    latest: RefCell<Option<Rc<Journey>>>,
    /// Draws once editing pauses.
    pause: Pause,
}

impl Inner {
    /// Draws the pictures of the newest journey.
    fn draw(&self) {
        let Some(j) = self.latest.borrow().clone() else {
            return;
        };
        let lanes = has_lanes(&j)
            .then(|| lanes_image(self.lang, &j, WIDTH))
            .flatten()
            .map(|f| {
                El::new("div")
                    .class("print-lanes")
                    .testid("print-lanes")
                    .child(f)
            });
        let chart = chart_image(self.lang, &j, WIDTH, HEIGHT);
        set_children(&self.pictures, std::iter::once(chart).chain(lanes));
    }
}

/// The report's top, with the pictures drawn when editing pauses.
pub struct PrintReport {
    inner: Rc<Inner>,
    /// Stops listening for the browser's `beforeprint`.
    stop: Option<Box<dyn FnOnce()>>,
}

impl Drop for PrintReport {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            stop();
        }
    }
}

impl Plain for PrintReport {
    type Value = Rc<Journey>;
    type Out = ();

    fn build(l: Lang, _: &Rc<Journey>, _: Send<()>) -> (El, PrintReport) {
        let title = El::new("h1");
        let pictures = El::new("div").class("print-pictures");
        let inner = Rc::new(Inner {
            lang: l,
            title: title.element().clone(),
            pictures: pictures.element().clone(),
            latest: RefCell::default(),
            pause: Pause::default(),
        });
        // Printing right after an edit must not show the older picture.
        let me = Rc::downgrade(&inner);
        let stop = listen("beforeprint", move |_: web_sys::Event| {
            if let Some(me) = me.upgrade() {
                me.pause.stop();
                me.draw();
            }
        });
        let el = El::new("header")
            .class("print-only print-report")
            .testid("print-report")
            .child(El::new("p").class("print-kicker").text(T::ReportOf.get(l)))
            .child(title)
            .child(pictures);
        let part = PrintReport {
            inner,
            stop: Some(Box::new(stop)),
        };
        (el, part)
    }

    fn show(&self, j: &Rc<Journey>) {
        let me = &self.inner;
        let title = if j.title.trim().is_empty() {
            T::Untitled.get(me.lang)
        } else {
            &j.title
        };
        set_text(&me.title, title);
        *me.latest.borrow_mut() = Some(j.clone());
        let weak = Rc::downgrade(me);
        me.pause.wait(move || {
            if let Some(me) = weak.upgrade() {
                me.draw();
            }
        });
    }
}

/// Up to this many touchpoints the printed table is always in the page (hidden on screen).
const ALWAYS_UP_TO: usize = 200;

struct TableInner {
    lang: Lang,
    place: Element,
    latest: RefCell<Option<Rc<Journey>>>,
    /// Builds the table once editing pauses.
    pause: Pause,
}

impl TableInner {
    fn fill(&self, printing: bool) {
        let latest = self.latest.borrow();
        let table = latest
            .as_ref()
            .filter(|j| printing || j.touchpoints.len() <= ALWAYS_UP_TO)
            .map(|j| touchpoint_table(self.lang, j));
        set_children(&self.place, table);
    }
}

/// Every touchpoint, for the printed report. It is built again once editing pauses (a
/// drag does not rebuild it at every step), and at once when the browser is about to
/// print. A long journey's table exists only while printing (from the browser's
/// `beforeprint` to its `afterprint`): ten thousand hidden rows would weigh on the page.
pub struct PrintTable {
    inner: Rc<TableInner>,
    stop: Vec<Box<dyn FnOnce()>>,
}

impl Drop for PrintTable {
    fn drop(&mut self) {
        for stop in self.stop.drain(..) {
            stop();
        }
    }
}

impl Plain for PrintTable {
    type Value = Rc<Journey>;
    type Out = ();

    fn build(l: Lang, _: &Rc<Journey>, _: Send<()>) -> (El, PrintTable) {
        let place = El::new("div").class("print-only");
        let inner = Rc::new(TableInner {
            lang: l,
            place: place.element().clone(),
            latest: RefCell::default(),
            pause: Pause::default(),
        });
        let listen_print = |event: &'static str, printing: bool| -> Box<dyn FnOnce()> {
            let me = Rc::downgrade(&inner);
            Box::new(listen(event, move |_: web_sys::Event| {
                if let Some(me) = me.upgrade() {
                    me.pause.stop();
                    me.fill(printing);
                }
            }))
        };
        let stop = vec![
            listen_print("beforeprint", true),
            listen_print("afterprint", false),
        ];
        (place, PrintTable { inner, stop })
    }

    fn show(&self, j: &Rc<Journey>) {
        *self.inner.latest.borrow_mut() = Some(j.clone());
        let weak = Rc::downgrade(&self.inner);
        self.inner.pause.wait(move || {
            if let Some(me) = weak.upgrade() {
                me.fill(false);
            }
        });
    }
}
