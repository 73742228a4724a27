//! The course embed's page (`embed.html`, and `?embed` in the single file and the SCORM
//! package): a preset or the journey in the link, which learners re-rate by dragging a
//! point or typing a number; a damaged link is explained, never replaced.
//!
//! Built with `web::dom` instead of yew: a course page that hundreds of learners open
//! downloads the chart, the scores and the lanes, not a framework. The page is built once;
//! a change rewrites only what shows a number (the curve, the lanes, the tiles, the
//! formula, the fields), so focus, an open disclosure and a half-typed rating stay as
//! they are. Writes nothing to storage unless the address says `save`, and keeps working
//! when storage throws (sandboxed frames).

mod parts;

use crate::analysis;
use crate::chart::lanes::{LanesData, draw_lanes, preferred_height};
use crate::chart::{self, CurveData, Layout, Theme};
use crate::i18n::lanes::L;
use crate::i18n::lanes::facts::{blind_spots, remembered_ours};
use crate::i18n::lanes::text::lanes_summary;
use crate::i18n::{Lang, T, chart_text, share as say};
use crate::model::{self, Journey, TouchpointEdit, TouchpointId, parse_number};
use crate::ui::embed::embed_subject::{Subject, subject};
use crate::web::canvas::{mark_drawn, sized};
use crate::web::dom::{El, document, on, set_children, set_hidden};
use crate::web::element_size::observe_size;
use crate::web::embed_host::{report_height, set_page_flags};
use crate::web::route::{EmbedFlags, Route};
use crate::web::storage;
use plotters::prelude::IntoDrawingArea;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use web_sys::{Element, HtmlInputElement, PointerEvent};

/// Shows the embed the address asks for in the page's `<body>`.
pub fn run(route: &Route, flags: EmbedFlags) {
    let lang = route.lang.unwrap_or_else(crate::web::lang::browser_lang);
    set_page_flags(lang, route.dark);
    let mut class = String::from("embed");
    for (on, name) in [(flags.read_only, " static"), (flags.plain, " plain")] {
        if on {
            class.push_str(name);
        }
    }
    let main = El::new("main").class(&class).testid("embed-view");
    let root = main.element().clone();
    if let Some(body) = document().body() {
        let _ = body.append_with_node_1(&root);
    }
    match subject(route, &flags, lang) {
        Ok(s) => Page::start(&root, s, flags, lang, route.dark),
        Err(e) => {
            let alert = El::new("div")
                .class("alert")
                .attr("role", "alert")
                .testid("embed-error")
                .child(El::new("p").text(&say::open_error(lang, &e)));
            let heading = El::new("h1")
                .class("visually-hidden")
                .text(T::SharedHeading.get(lang));
            set_children(&root, [heading, alert]);
        }
    }
    report_height(&root);
}

/// The lanes figure and the notes under it.
struct Lanes {
    fig: parts::Figure,
    notes: Element,
}

/// The embed while a learner plays with it.
struct Page {
    lang: Lang,
    flags: EmbedFlags,
    theme: Theme,
    subject: Subject,
    journey: RefCell<Journey>,
    chart: parts::Figure,
    /// The curve's size as last drawn, for finding the point under the pointer.
    layout: Cell<Layout>,
    /// The touchpoint being dragged.
    dragging: Cell<Option<usize>>,
    lanes: Option<Lanes>,
    /// The tiles, or `None` for a journey without a score (a rating never changes that).
    tiles: Option<[parts::Tile; 3]>,
    formula: Option<parts::Formula>,
    /// Per touchpoint, its rating field (or its value, read-only).
    cells: Vec<Element>,
    reset: Option<Element>,
}

impl Page {
    fn start(root: &Element, subject: Subject, flags: EmbedFlags, lang: Lang, dark: bool) {
        let journey = if flags.save {
            storage::load_embed(&subject.key, &subject.journey)
        } else {
            subject.journey.clone()
        };
        let (curve, chart) = parts::curve(lang);
        let lanes = (!flags.lanes.is_empty()).then(parts::lanes);
        let (card, tiles, formula) = match analysis::score(&journey) {
            Ok(_) => {
                let (card, tiles) = parts::score_card(lang);
                let (formula, f) = parts::formula(lang);
                (vec![card, formula], Some(tiles), Some(f))
            }
            Err(_) => (vec![parts::no_score(lang)], None, None),
        };
        let (ratings, cells) = parts::ratings(lang, &journey, flags.read_only);
        let source = subject
            .preset
            .filter(|_| !flags.plain)
            .map(|p| parts::source(lang, p));
        let reset = (!flags.read_only).then(|| parts::reset(lang));
        let reset_el = reset.as_ref().map(|r| r.element().clone());
        let scores_heading = El::new("h2")
            .class("visually-hidden")
            .text(T::Scores.get(lang));
        let mut all = vec![
            parts::header(lang, subject.preset, &journey, flags.plain),
            curve,
        ];
        let lanes = lanes.map(|(el, fig, notes)| {
            all.push(el);
            Lanes { fig, notes }
        });
        all.push(scores_heading);
        all.extend(card);
        all.push(ratings);
        all.push(
            El::new("footer")
                .class("embed-foot")
                .maybe(source)
                .maybe(reset),
        );
        set_children(root, all);
        let n = journey.touchpoints.len();
        let page = Rc::new(Page {
            lang,
            theme: Theme {
                dark,
                ..Theme::default()
            },
            layout: Cell::new(Layout::new(0, 0, n, journey.scale)),
            journey: RefCell::new(journey),
            subject,
            chart,
            dragging: Cell::new(None),
            lanes,
            tiles,
            formula,
            cells,
            reset: reset_el,
            flags,
        });
        // The words now; the pictures when the page has its layout (the size observer's
        // first call, just before the first paint), so the page is in place sooner.
        page.words(&page.journey.borrow(), None);
        page.listen();
    }

    /// After a change: the words and numbers, then the pictures.
    fn show(&self, typed: Option<usize>) {
        let j = self.journey.borrow();
        self.words(&j, typed);
        self.draw(&j);
    }

    /// Rewrites every text that shows a number; `typed`: the field a learner is typing
    /// in, left as typed (it may read `-` for a moment, or a value the scale will clamp).
    fn words(&self, j: &Journey, typed: Option<usize>) {
        let l = self.lang;
        let stories = CurveData::from_journey(j, l).stories;
        let (summary, label) = chart_text::chart_words(l, j, &stories);
        self.chart.caption.set_text_content(Some(&summary));
        let _ = self.chart.canvas.set_attribute("aria-label", &label);
        if let Some(lanes) = &self.lanes {
            let data = self.lanes_data(j);
            let empty = j.touchpoints.is_empty() || data.lanes.is_empty();
            set_hidden(&lanes.fig.figure, empty);
            let summary = lanes_summary(l, &data);
            lanes.fig.caption.set_text_content(Some(&summary));
            let label = format!("{}. {}", L::LanesTitle.get(l), summary);
            let _ = lanes.fig.canvas.set_attribute("aria-label", &label);
            set_children(
                &lanes.notes,
                parts::lane_notes(blind_spots(l, j), remembered_ours(l, j)),
            );
        }
        if let (Some(tiles), Ok(s)) = (&self.tiles, analysis::score(j)) {
            parts::show_scores(l, tiles, &s);
        }
        if let Some(f) = &self.formula {
            parts::show_formula(l, f, j);
        }
        for (i, (cell, t)) in self.cells.iter().zip(&j.touchpoints).enumerate() {
            if typed == Some(i) {
                continue;
            }
            if self.flags.read_only {
                cell.set_text_content(Some(&l.number(t.rating, 1)));
            } else {
                wasm_bindgen::JsCast::unchecked_ref::<HtmlInputElement>(cell)
                    .set_value(&t.rating.to_string());
            }
        }
        if let Some(reset) = &self.reset {
            set_hidden(reset, *j == self.subject.journey);
        }
    }

    fn lanes_data(&self, j: &Journey) -> LanesData {
        LanesData::of_journey_with(j, self.lang, self.theme, &[]).only(self.flags.lanes)
    }

    /// Draws the curve and the lanes at their boxes' widths.
    fn draw(&self, j: &Journey) {
        let width = self.chart.figure.client_width().max(0) as u32;
        // Taller on a phone, so ratings stay apart.
        let ratio = if width < 600 { 0.8 } else { 0.5 };
        let height = (f64::from(width) * ratio).clamp(260.0, 440.0) as u32;
        let mut data = CurveData::from_journey(j, self.lang);
        data.theme = self.theme;
        if let Some(backend) = sized(self.chart.canvas.clone(), width, height) {
            let _ = chart::draw_curve(&backend.into_drawing_area(), &data);
            mark_drawn();
        }
        self.layout
            .set(Layout::new(width, height, j.touchpoints.len(), j.scale));
        let Some(lanes) = &self.lanes else { return };
        let data = self.lanes_data(j);
        let width = lanes.fig.figure.client_width().max(0) as u32;
        if data.lanes.is_empty() || width == 0 {
            return;
        }
        let height = preferred_height(&data, width);
        if let Some(backend) = sized(lanes.fig.canvas.clone(), width, height) {
            let _ = draw_lanes(&backend.into_drawing_area(), &data);
        }
    }

    /// A learner's new rating for touchpoint `i`.
    fn rate(&self, i: usize, rating: f64, typed: Option<usize>) {
        let mut next = self.journey.borrow().clone();
        let Some(id) = next.touchpoints.get(i).map(|t| t.id) else {
            return;
        };
        if model::edit_touchpoint(&mut next, id, TouchpointEdit::Rating(rating)).is_err() {
            return;
        }
        if self.flags.save {
            // A frame without storage simply does not keep the changes.
            let _ = storage::save_embed(&self.subject.key, &next);
        }
        *self.journey.borrow_mut() = next;
        self.show(typed);
    }

    fn rating_of(&self, i: usize) -> Option<(TouchpointId, f64)> {
        self.journey
            .borrow()
            .touchpoints
            .get(i)
            .map(|t| (t.id, t.rating))
    }

    /// Dragging points, typing ratings, "Start again", and a new width.
    fn listen(self: &Rc<Self>) {
        let page = self.clone();
        match observe_size(&self.chart.figure, move || {
            page.draw(&page.journey.borrow())
        }) {
            Some(watch) => std::mem::forget(watch),
            None => self.draw(&self.journey.borrow()),
        }
        if let Some(reset) = &self.reset {
            let page = self.clone();
            on(reset, "click", move |_: web_sys::Event| {
                *page.journey.borrow_mut() = page.subject.journey.clone();
                if page.flags.save {
                    let _ = storage::save_embed(&page.subject.key, &page.subject.journey);
                }
                page.show(None);
            });
        }
        if self.flags.read_only {
            return;
        }
        let canvas: &Element = &self.chart.canvas;
        let page = self.clone();
        on(canvas, "pointerdown", move |e: PointerEvent| {
            let ratings = page.journey.borrow().ratings();
            let (x, y) = (f64::from(e.offset_x()), f64::from(e.offset_y()));
            if let Some(i) = page.layout.get().hit(&ratings, x, y, 16.0) {
                e.prevent_default();
                let _ = page.chart.canvas.set_pointer_capture(e.pointer_id());
                page.dragging.set(Some(i));
            }
        });
        let page = self.clone();
        on(canvas, "pointermove", move |e: PointerEvent| {
            let Some(i) = page.dragging.get() else { return };
            let r = page.layout.get().rating_at(f64::from(e.offset_y()));
            if page.rating_of(i).is_some_and(|(_, now)| now != r) {
                page.rate(i, r, None);
            }
        });
        for end in ["pointerup", "pointercancel"] {
            let page = self.clone();
            on(canvas, end, move |_: PointerEvent| page.dragging.set(None));
        }
        for (i, cell) in self.cells.iter().enumerate() {
            let page = self.clone();
            on(cell, "input", move |e: web_sys::Event| {
                let input: HtmlInputElement = wasm_bindgen::JsCast::unchecked_into(
                    e.target().expect("an input event has a target"),
                );
                if let Some(r) = parse_number(&input.value()) {
                    let r = page.journey.borrow().scale.clamp(r);
                    page.rate(i, r, Some(i));
                }
            });
            // Once the field is left, it shows the rating it stands for (a clamped value).
            let page = self.clone();
            on(cell, "change", move |_: web_sys::Event| page.show(None));
        }
    }
}
