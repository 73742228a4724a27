//! The touchpoints in journey order, grouped under their phases, one editable row each,
//! built with plain DOM. A long journey has only the rows near the screen in the page
//! (plus the focused and the open ones); spacers stand for the rest, so the scrollbar
//! stays honest. A change touches only the rows whose touchpoint, place or role changed,
//! and a row keeps its element (and so its focus and what is typed in it) while it stays.
//! The list listens once for all its rows.

use super::row_window::{self, Segment};
use super::touchpoint_row::{Row, RowLook, RowRole};
use crate::analysis;
use crate::i18n::{Lang, Noun, T, counted};
use crate::model::{Action, Journey, TouchpointEdit, TouchpointId};
use crate::ui::after_paint::after_paint;
use crate::ui::lazy::host::{PanelHost, PanelValue};
use crate::ui::lazy::protocol::{Extra, Kind, Out};
use crate::web::dom::{El, on, set_attr, set_hidden, set_text};
use crate::web::window_events::on_scroll_or_resize;
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{
    DragEvent, Element, Event, FocusEvent, HtmlElement, HtmlInputElement, KeyboardEvent,
};

const DRAG_TYPE: &str = "text/x-peakend-touchpoint";

/// One entry of the list: a phase heading before row `usize`, or a row.
#[derive(Clone, Copy, PartialEq)]
enum Item {
    Heading(usize),
    Row(usize),
}

/// Heights measured in the page (pixels from one item's top to the next one's): a closed
/// row, a phase heading, each open row; and the gap between items.
#[derive(Clone, PartialEq)]
struct Measures {
    row: f64,
    heading: f64,
    gap: f64,
    open: BTreeMap<u32, f64>,
}

impl Default for Measures {
    fn default() -> Self {
        Measures {
            row: 44.0,
            heading: 30.0,
            gap: 6.0,
            open: BTreeMap::new(),
        }
    }
}

struct State {
    journey: Rc<Journey>,
    rows: HashMap<u32, Row>,
    /// Phase headings and spacers by key, kept like the rows: an element made anew
    /// before a row would move the row, and with it its focus.
    others: HashMap<String, Element>,
    /// The list's children as last placed, by key.
    placed: Vec<(String, Element)>,
    open: BTreeSet<TouchpointId>,
    focused: Option<TouchpointId>,
    /// A row moved by the keyboard or its buttons: focus goes back to it once it is in
    /// its new place (moving an element drops its focus).
    moved: Option<TouchpointId>,
    view: Range<usize>,
    measures: Measures,
    /// Where each item starts (windowed lists only).
    starts: Vec<f64>,
    /// Stops listening to scrolling (windowed lists only).
    unwatch: Option<Box<dyn FnOnce()>>,
}

struct Inner {
    me: std::rc::Weak<Inner>,
    /// The language the rows were built in: another rebuilds them (the open rows and
    /// the focused one stay so).
    lang: Cell<Lang>,
    list: Element,
    hint: Element,
    empty: Element,
    state: RefCell<State>,
    /// Rendering now (a focus moved by rendering renders nothing more).
    busy: Cell<bool>,
    /// A long list has been measured (after its first paint).
    measured: Cell<bool>,
    /// The measuring after the first paint is asked for.
    waiting: Cell<bool>,
    send: Box<dyn Fn(Action)>,
}

/// The touchpoint rows, as built by [`TouchpointRows::new`].
pub struct TouchpointRows(Rc<Inner>);

impl TouchpointRows {
    /// The list, empty until the first [`TouchpointRows::show`]; `send` gets each change.
    pub fn new(l: Lang, journey: Rc<Journey>, send: impl Fn(Action) + 'static) -> (El, Self) {
        let list = El::new("ol").class("touchpoints").testid("touchpoint-list");
        let hint = El::new("p").class("hint").text(T::RowKeysHint.get(l));
        let empty = El::new("p")
            .class("empty")
            .testid("empty-journey")
            .flag("hidden", true)
            .text(T::EmptyJourney.get(l));
        let inner = Rc::new_cyclic(|me| Inner {
            me: me.clone(),
            lang: Cell::new(l),
            list: list.element().clone(),
            hint: hint.element().clone(),
            empty: empty.element().clone(),
            state: RefCell::new(State {
                journey,
                rows: HashMap::new(),
                others: HashMap::new(),
                placed: Vec::new(),
                open: BTreeSet::new(),
                focused: None,
                moved: None,
                view: 0..row_window::FIRST_VIEW,
                measures: Measures::default(),
                starts: Vec::new(),
                unwatch: None,
            }),
            busy: Cell::new(false),
            measured: Cell::new(false),
            waiting: Cell::new(false),
            send: Box::new(send),
        });
        inner.listen();
        let el = El::new("div")
            .class("touchpoint-rows")
            .children([list, hint, empty]);
        (el, TouchpointRows(inner))
    }

    /// Shows journey `j` in language `l`.
    pub fn show(&self, j: &Rc<Journey>, l: Lang) {
        let inner = &self.0;
        {
            let mut st = inner.state.borrow_mut();
            st.journey = j.clone();
            if inner.lang.replace(l) != l {
                st.rows.clear();
                st.others.clear();
                for (_, el) in st.placed.drain(..) {
                    el.remove();
                }
                set_text(&inner.hint, T::RowKeysHint.get(l));
                set_text(&inner.empty, T::EmptyJourney.get(l));
            }
        }
        inner.render();
    }
}

/// The list's state and its rows, built or taken again.
impl Inner {
    /// Renders the list: once, and again while measuring changes what a long list shows.
    fn render(&self) {
        self.busy.set(true);
        // A long list's first rows show before anything is measured: the top of the
        // list, about a screenful; measuring widens it right after the first paint.
        if !self.measured.get() {
            self.render_once();
            self.busy.set(false);
            if self.waiting.replace(true) {
                return;
            }
            let me = self.me.clone();
            after_paint(move || {
                if let Some(me) = me.upgrade() {
                    me.measured.set(true);
                    me.render();
                }
            });
            return;
        }
        for _ in 0..4 {
            if !self.render_once() {
                break;
            }
        }
        self.busy.set(false);
        let moved = self.state.borrow_mut().moved.take();
        if let Some(id) = moved {
            self.focus_row(id);
        }
    }

    /// Renders the list as the state says; `true` when a long list measured something
    /// new and must render again.
    fn render_once(&self) -> bool {
        let l = self.lang.get();
        let mut guard = self.state.borrow_mut();
        let st = &mut *guard;
        let j = st.journey.clone();
        let n = j.touchpoints.len();
        set_hidden(&self.list, n == 0);
        set_hidden(&self.hint, n == 0);
        set_hidden(&self.empty, n != 0);
        let class = match index_width(n) {
            Some(w) => format!("touchpoints {w}"),
            None => "touchpoints".to_string(),
        };
        set_attr(&self.list, "class", &class);
        set_attr(&self.list, "aria-label", &counted(l, n, Noun::Touchpoint));
        let items = items(&j);
        let windowed = n > row_window::RENDER_ALL_UP_TO;
        st.open.retain(|id| j.touchpoint(*id).is_some());
        let scores = analysis::score(&j).ok();
        let role = |i: usize| {
            let s = scores.as_ref();
            RowRole {
                peak: s.is_some_and(|s| s.peak == i),
                end: s.is_some_and(|s| s.end == i),
                peak_marked: s.is_some_and(|s| s.peak == i && s.peak_marked),
                end_marked: s.is_some_and(|s| s.end == i && s.end_marked),
            }
        };
        let segments = if windowed {
            st.starts = row_window::starts(&pitches(&items, &j, &st.measures, &st.open));
            let keep: Vec<usize> = items
                .iter()
                .enumerate()
                .filter_map(|(k, it)| match it {
                    Item::Row(i) => {
                        let id = j.touchpoints[*i].id;
                        (Some(id) == st.focused || st.open.contains(&id)).then_some(k)
                    }
                    Item::Heading(_) => None,
                })
                .collect();
            row_window::segments(&st.starts, st.view.clone(), &keep, row_window::KEEP_AROUND)
        } else {
            vec![Segment::Items(0..items.len())]
        };
        // The elements in order: rows kept (or made), headings and spacers made anew.
        let mut wanted: Vec<(String, Element)> = Vec::new();
        let mut shown: BTreeSet<u32> = BTreeSet::new();
        let mut others = HashMap::new();
        let mut keep = |key: String, make: &dyn Fn() -> Element| {
            let el = st.others.remove(&key).unwrap_or_else(make);
            others.insert(key, el.clone());
            el
        };
        for seg in segments {
            match seg {
                Segment::Spacer { items: r, px } => {
                    let el = keep(format!("spacer-{}", r.start), &|| {
                        El::new("li")
                            .class("spacer")
                            .attr("aria-hidden", "true")
                            .element()
                            .clone()
                    });
                    set_attr(&el, "data-px", &format!("{px:.1}"));
                    wanted.push((format!("spacer-{}", r.start), el));
                }
                Segment::Items(r) => {
                    for it in &items[r] {
                        match *it {
                            Item::Heading(i) => {
                                let name = phase_name(l, &j, i);
                                let key = format!("phase-{i}-{name}");
                                wanted.push((key.clone(), keep(key, &|| heading(name))));
                            }
                            Item::Row(i) => {
                                let t = &j.touchpoints[i];
                                let open = st.open.contains(&t.id);
                                let row =
                                    st.rows.entry(t.id.0).or_insert_with(|| Row::new(l, t.id.0));
                                let look = RowLook {
                                    index: i,
                                    count: n,
                                    touchpoint: t.clone(),
                                    scale: j.scale,
                                    role: role(i),
                                    open,
                                };
                                if row.shown.as_ref() != Some(&look) {
                                    row.show(l, &look);
                                }
                                self.details(row, open, &j);
                                shown.insert(t.id.0);
                                wanted.push((format!("row-{}", t.id.0), row.li.clone()));
                            }
                        }
                    }
                }
            }
        }
        // Rows no longer shown are dropped (an open one's panel with it).
        st.rows.retain(|id, _| shown.contains(id));
        st.others = others;
        place(&self.list, &st.placed, &wanted);
        st.placed = wanted;
        if !windowed {
            if let Some(stop) = st.unwatch.take() {
                stop();
            }
            return false;
        }
        if st.unwatch.is_none() {
            let me = self.me.clone();
            let stop = on_scroll_or_resize(move || {
                if let Some(me) = me.upgrade() {
                    me.scrolled();
                }
            });
            st.unwatch = Some(Box::new(stop));
        }
        size_spacers(&self.list, st.measures.gap);
        if !self.measured.get() {
            return false;
        }
        let measured = measure(&self.list, &st.measures);
        let view = in_view(&self.list, &st.starts).unwrap_or_else(|| st.view.clone());
        let again = measured != st.measures || view != st.view;
        st.measures = measured;
        st.view = view;
        again
    }

    /// Opens or closes row `row`'s Details: the panel of the panels program inside.
    fn details(&self, row: &mut Row, open: bool, j: &Rc<Journey>) {
        let Some(id) = row.shown.as_ref().map(|s| s.touchpoint.id) else {
            return;
        };
        if !open {
            if let Some((el, _)) = row.details.take() {
                el.remove();
            }
            return;
        }
        if row.details.is_none() {
            let me = self.me.clone();
            let (el, host) = PanelHost::new(Kind::Details, move |out, _| {
                // The Details' changes go where the row's go.
                if let (Out::Do(a), Some(me)) = (out, me.upgrade()) {
                    me.act(a.into());
                }
            });
            let details = El::new("div")
                .class("details")
                .attr("id", &format!("tp-{}-details", id.0))
                .child(el);
            // The arrows belong to the fields in the Details (a select's options), not to
            // the row or anything above it.
            on(details.element(), "keydown", |e: KeyboardEvent| {
                if matches!(e.key().as_str(), "ArrowUp" | "ArrowDown") {
                    e.stop_propagation();
                }
            });
            let _ = row.li.append_with_node_1(details.element());
            row.details = Some((details.element().clone(), host));
        }
        if let Some((_, host)) = &row.details {
            host.show(&PanelValue {
                kind: Kind::Details,
                journey: j.clone(),
                lang: self.lang.get(),
                extra: Extra {
                    touchpoint: Some(id),
                    ..Extra::default()
                },
                follow_closed: false,
                batch: None,
            });
        }
    }

    /// The page scrolled or changed size: a long list renders what came into view.
    fn scrolled(&self) {
        if self.busy.get() {
            return;
        }
        let changed = {
            let mut st = self.state.borrow_mut();
            match in_view(&self.list, &st.starts) {
                Some(r) if r != st.view => {
                    st.view = r;
                    true
                }
                _ => false,
            }
        };
        if changed {
            self.render();
        }
    }

    /// Sends change `a`; a row moved gets its focus back in its new place.
    fn act(&self, a: Action) {
        if let Action::Move { id, to } = &a {
            let mut st = self.state.borrow_mut();
            let n = st.journey.touchpoints.len();
            let now = st.journey.touchpoints.iter().position(|t| t.id == *id);
            // A move that changes nothing (a row dropped on itself) renders nothing, and
            // must not pull the focus back later.
            if now.is_some_and(|now| now != (*to).min(n.saturating_sub(1))) {
                st.moved = Some(*id);
            }
        }
        (self.send)(a);
    }

    /// The row `target` is in (not inside its Details, which are the panel's), with its
    /// touchpoint's place in the journey.
    fn row_of(&self, target: Option<web_sys::EventTarget>) -> Option<(TouchpointId, usize)> {
        let el: Element = target?.dyn_into().ok()?;
        if el.closest(".details").ok().flatten().is_some() {
            return None;
        }
        let li = el.closest("[data-testid='touchpoint']").ok().flatten()?;
        let id = TouchpointId(li.get_attribute("data-id")?.parse().ok()?);
        let index = (self.state.borrow().journey.touchpoints.iter()).position(|t| t.id == id)?;
        Some((id, index))
    }

    /// Listens to every row at once, for as long as the list lasts.
    fn listen(&self) {
        let list = &self.list;
        let me = self.me.clone();
        on(list, "keydown", move |e: KeyboardEvent| {
            if let Some(me) = me.upgrade() {
                me.key(&e);
            }
        });
        let me = self.me.clone();
        on(list, "input", move |e: Event| {
            if let Some(me) = me.upgrade() {
                me.typed(&e);
            }
        });
        let me = self.me.clone();
        on(list, "click", move |e: Event| {
            if let Some(me) = me.upgrade() {
                me.clicked(&e);
            }
        });
        let me = self.me.clone();
        on(list, "focusin", move |e: FocusEvent| {
            if let Some(me) = me.upgrade() {
                me.focused(&e);
            }
        });
        let me = self.me.clone();
        on(list, "dragstart", move |e: DragEvent| {
            let (Some(me), Some(d)) = (me.upgrade(), e.data_transfer()) else {
                return;
            };
            // Only the grip drags a row (text dragged out of a field stays a text drag).
            let from_grip = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest(".grip").ok().flatten())
                .is_some();
            if !from_grip {
                return;
            }
            if let Some((id, _)) = me.row_of(e.target()) {
                let _ = d.set_data(DRAG_TYPE, &id.0.to_string());
                d.set_effect_allowed("move");
            }
        });
        on(list, "dragover", |e: DragEvent| {
            let ours = e
                .data_transfer()
                .is_some_and(|d| d.types().includes(&DRAG_TYPE.into(), 0));
            if ours {
                e.prevent_default();
            }
        });
        let me = self.me.clone();
        on(list, "drop", move |e: DragEvent| {
            let Some(me) = me.upgrade() else { return };
            let dragged = e
                .data_transfer()
                .and_then(|d| d.get_data(DRAG_TYPE).ok())
                .and_then(|s| s.parse::<u32>().ok());
            if let (Some(id), Some((_, to))) = (dragged, me.row_of(e.target())) {
                e.prevent_default();
                me.act(Action::Move {
                    id: TouchpointId(id),
                    to,
                });
            }
        });
    }

    /// Arrow keys on a focused row: ↑/↓ rate, Alt+↑/↓ move. The number field keeps its
    /// own arrows.
    fn key(&self, e: &KeyboardEvent) {
        let step = match e.key().as_str() {
            "ArrowUp" => 1,
            "ArrowDown" => -1,
            _ => return,
        };
        let Some((id, index)) = self.row_of(e.target()) else {
            return;
        };
        let in_number = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            .is_some_and(|i| i.type_() == "number");
        if e.alt_key() {
            e.prevent_default();
            let count = self.state.borrow().journey.touchpoints.len();
            let to = if step > 0 {
                index.checked_sub(1)
            } else {
                Some(index + 1)
            };
            if let Some(to) = to.filter(|t| *t < count) {
                self.act(Action::Move { id, to });
            }
        } else if !in_number && !e.ctrl_key() && !e.meta_key() {
            e.prevent_default();
            self.act(Action::NudgeRating(id, step));
        }
    }

    /// A name or a rating typed in a row. A number field reports NaN while a value is
    /// half typed ("-"): it waits for a number.
    fn typed(&self, e: &Event) {
        let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let Some((id, _)) = self.row_of(e.target()) else {
            return;
        };
        let edit = match input.get_attribute("data-testid").as_deref() {
            Some("touchpoint-name") => TouchpointEdit::Name(input.value()),
            Some("touchpoint-rating") if input.value_as_number().is_finite() => {
                TouchpointEdit::Rating(input.value_as_number())
            }
            _ => return,
        };
        self.act(Action::Edit(id, edit));
    }

    /// A row's button.
    fn clicked(&self, e: &Event) {
        let Some(button) = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("button").ok().flatten())
        else {
            return;
        };
        let Some((id, index)) = self.row_of(e.target()) else {
            return;
        };
        let action = match button.get_attribute("data-testid").as_deref() {
            Some("mark-peak") => Action::TogglePeakMark(id),
            Some("mark-end") => Action::ToggleEndMark(id),
            Some("move-up") => Action::Move {
                id,
                to: index.saturating_sub(1),
            },
            Some("move-down") => Action::Move { id, to: index + 1 },
            Some("insert-after") => Action::AddTouchpoint {
                name: T::NewTouchpointName.get(self.lang.get()).into(),
                rating: self.state.borrow().journey.scale.neutral,
                after: Some(id),
            },
            Some("duplicate-touchpoint") => Action::Duplicate(id),
            Some("delete-touchpoint") => Action::Remove(id),
            Some("touchpoint-details-toggle") => {
                {
                    let mut st = self.state.borrow_mut();
                    if !st.open.remove(&id) {
                        st.open.insert(id);
                    }
                }
                self.render();
                return;
            }
            _ => return,
        };
        self.act(action);
    }

    /// Focus came into a row: a long list keeps that row in the page.
    fn focused(&self, e: &FocusEvent) {
        let Some((id, _)) = self.row_of(e.target()) else {
            return;
        };
        let (changed, windowed) = {
            let mut st = self.state.borrow_mut();
            let changed = st.focused != Some(id);
            st.focused = Some(id);
            (
                changed,
                st.journey.touchpoints.len() > row_window::RENDER_ALL_UP_TO,
            )
        };
        if changed && windowed && !self.busy.get() {
            self.render();
        }
    }

    /// Focuses row `id`, when it is in the page.
    fn focus_row(&self, id: TouchpointId) {
        let li = self.state.borrow().rows.get(&id.0).map(|r| r.li.clone());
        if let Some(li) = li {
            let _ = li.unchecked_ref::<HtmlElement>().focus();
        }
    }
}

/// Phase headings and rows, top to bottom.
fn items(j: &Journey) -> Vec<Item> {
    let mut out = Vec::with_capacity(j.touchpoints.len() + j.phases.len() + 1);
    let mut last_phase = None;
    for (i, t) in j.touchpoints.iter().enumerate() {
        if !j.phases.is_empty() && (i == 0 || t.phase != last_phase) {
            out.push(Item::Heading(i));
        }
        last_phase = t.phase;
        out.push(Item::Row(i));
    }
    out
}

/// Each item's pitch as measured (an open row's own, the others' alike).
fn pitches(items: &[Item], j: &Journey, m: &Measures, open: &BTreeSet<TouchpointId>) -> Vec<f64> {
    items
        .iter()
        .map(|it| match it {
            Item::Heading(_) => m.heading,
            Item::Row(i) => {
                let id = j.touchpoints[*i].id;
                match m.open.get(&id.0) {
                    Some(px) if open.contains(&id) => *px,
                    _ => m.row,
                }
            }
        })
        .collect()
}

/// The name of the phase row `i` starts.
fn phase_name(l: Lang, j: &Journey, i: usize) -> &str {
    j.touchpoints[i]
        .phase
        .and_then(|p| j.phase(p))
        .map_or(T::NoPhase.get(l), |p| p.name.as_str())
}

/// A phase's heading.
fn heading(name: &str) -> Element {
    El::new("li")
        .class("phase-heading")
        .attr("aria-hidden", "true")
        .text(name)
        .element()
        .clone()
}

/// Makes `wanted` the children of `list`, in order, moving only what is out of place: an
/// element that stays where it is keeps its focus. `placed`: the children as last placed,
/// by key.
fn place(list: &Element, placed: &[(String, Element)], wanted: &[(String, Element)]) {
    // What goes is taken out first, so what stays is not moved past it.
    let keep: BTreeSet<&str> = wanted.iter().map(|(k, _)| k.as_str()).collect();
    for (k, el) in placed {
        if !keep.contains(k.as_str()) {
            el.remove();
        }
    }
    let mut at = list.first_element_child();
    for (_, el) in wanted {
        if at.as_ref() == Some(el) {
            at = el.next_element_sibling();
        } else {
            let _ = list.insert_before(el, at.as_ref().map(|a| a.unchecked_ref()));
        }
    }
    while let Some(extra) = at {
        at = extra.next_element_sibling();
        extra.remove();
    }
}

/// Reads the rendered items' pitches, sets the spacers' heights (through the CSSOM: the
/// page's security policy refuses `style` attributes) and returns what was measured.
fn measure(list: &Element, old: &Measures) -> Measures {
    let kids = list.children();
    let top = |e: &Element| e.get_bounding_client_rect().top();
    let (mut rows, mut heads, mut gaps) = (Vec::new(), Vec::new(), Vec::new());
    let mut open = BTreeMap::new();
    for k in 0..kids.length() {
        let Some(el) = kids.item(k) else { continue };
        let Some(next) = el.next_element_sibling() else {
            continue;
        };
        let pitch = top(&next) - top(&el);
        let class = el.class_name();
        if class.contains("phase-heading") {
            heads.push(pitch);
        } else if class.contains("touchpoint") {
            gaps.push(pitch - el.get_bounding_client_rect().height());
            if el.query_selector(".details").ok().flatten().is_some() {
                if let Some(id) = el
                    .get_attribute("data-id")
                    .and_then(|s| s.parse::<u32>().ok())
                {
                    open.insert(id, pitch);
                }
            } else {
                rows.push(pitch);
            }
        }
    }
    let mean = |xs: &[f64], old: f64| {
        if xs.is_empty() {
            old
        } else {
            let m = xs.iter().sum::<f64>() / xs.len() as f64;
            // Under a pixel of difference: keep the old figure (no endless re-rendering).
            if (m - old).abs() < 1.0 { old } else { m }
        }
    };
    let mut out = Measures {
        row: mean(&rows, old.row),
        heading: mean(&heads, old.heading),
        gap: mean(&gaps, old.gap),
        open: old.open.clone(),
    };
    for (id, px) in open {
        let keep = out.open.get(&id).is_some_and(|o| (o - px).abs() < 1.0);
        if !keep {
            out.open.insert(id, px);
        }
    }
    out
}

/// Gives every spacer the height its `data-px` asks for.
fn size_spacers(list: &Element, gap: f64) {
    let Ok(spacers) = list.query_selector_all(":scope > li.spacer") else {
        return;
    };
    for k in 0..spacers.length() {
        let Some(el) = spacers
            .item(k)
            .and_then(|n| n.dyn_into::<HtmlElement>().ok())
        else {
            continue;
        };
        let px = el
            .get_attribute("data-px")
            .and_then(|s| crate::model::parse_decimal(&s))
            .unwrap_or(0.0);
        let _ = el
            .style()
            .set_property("height", &format!("{}px", (px - gap).max(0.0)));
    }
}

/// The items in view of the screen, widened by the margin (see [`row_window::around_view`]).
fn in_view(list: &Element, starts: &[f64]) -> Option<Range<usize>> {
    let h = web_sys::window()?.inner_height().ok()?.as_f64()?;
    let top = -list.get_bounding_client_rect().top();
    Some(row_window::around_view(
        starts,
        top,
        top + h,
        row_window::MARGIN,
        row_window::STEP,
    ))
}

/// The class that widens the number column so the largest row number fits (the page's
/// style sets the width; no style attribute passes its security policy).
fn index_width(n: usize) -> Option<&'static str> {
    match n {
        0..=99 => None,
        100..=999 => Some("digits-3"),
        1_000..=9_999 => Some("digits-4"),
        _ => Some("digits-5"),
    }
}

impl crate::ui::plain::Plain for TouchpointRows {
    /// The journey, and the language (a new one keeps the list: see [`TouchpointRows::show`]).
    type Value = (Rc<Journey>, Lang);
    type Out = Action;
    const REBUILD_ON_LANG: bool = false;

    fn build(_: Lang, first: &Self::Value, send: crate::ui::plain::Send<Action>) -> (El, Self) {
        TouchpointRows::new(first.1, first.0.clone(), move |a| send(a))
    }

    fn show(&self, (j, l): &Self::Value) {
        TouchpointRows::show(self, j, *l);
    }
}

/// The touchpoint rows of a journey in a language (`value`); each change goes to `on`.
pub type TouchpointList = crate::ui::plain::PlainPart<TouchpointRows>;
