//! The lanes under the journey curve (the emotional bank account, and the promises,
//! failure demand and expectations when the journey has them), shared by the workspace,
//! its presentation and the course embed: a canvas as wide as the curve's, so each mark
//! sits under its touchpoint, with the lanes' key facts in words; then the blind spots
//! (our own rating against the customer's) when the team gave its own ratings, and where
//! the customer's side comes from when a survey supplies it. Hidden while the journey has
//! no lanes to show.

use crate::analysis::lanes::{SurveySide, customer_side, expectations};
use crate::chart::Theme;
use crate::chart::lane_choice::LaneChoice;
use crate::chart::lanes::{LanesData, draw_lanes, preferred_height};
use crate::i18n::lanes::L;
use crate::i18n::lanes::blind_spots::blind_spots;
use crate::i18n::lanes::facts::remembered_ours;
use crate::i18n::lanes::text::lanes_summary;
use crate::i18n::{Lang, survey_lambda};
use crate::model::Journey;
use crate::web::canvas::{pixel_ratio, scaled_area};
use crate::web::dom::{El, set_attr, set_children, set_hidden, set_text};
use crate::web::element_size::{SizeWatch, observe_size};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use web_sys::{Element, HtmlCanvasElement};

/// One note under the lanes: its test id, text and, for the survey's, how many answered.
#[derive(Clone, PartialEq)]
struct Note {
    testid: &'static str,
    text: String,
    respondents: Option<usize>,
}

struct Inner {
    lang: Lang,
    theme: Theme,
    figure: Element,
    canvas: HtmlCanvasElement,
    caption: Element,
    notes: Element,
    /// The notes as last shown: rebuilt only when they change (not at every step of a
    /// drag).
    shown: RefCell<Vec<Note>>,
    data: RefCell<Option<LanesData>>,
    /// The width last drawn at.
    drawn: Cell<u32>,
    /// A size observer draws the first picture once the page has its layout.
    watched: Cell<bool>,
    /// The size watch, stopped when the part goes (a new language, presentation closed).
    watch: RefCell<Option<SizeWatch>>,
    /// The journey shown has lanes to show.
    any: Cell<bool>,
}

/// The lanes, as built by [`LanesFigure::new`].
pub struct LanesFigure(Rc<Inner>);

impl LanesFigure {
    /// The figure, hidden until the first [`LanesFigure::show`] with lanes to show.
    pub fn new(l: Lang, theme: Theme) -> (El, LanesFigure) {
        let canvas = El::new("canvas")
            .testid("journey-lanes")
            .attr("role", "img");
        let caption = El::new("figcaption").testid("lanes-summary");
        let notes = El::new("div").class("lanes-notes");
        let (canvas_el, caption_el, notes_el) = (
            canvas.typed(),
            caption.element().clone(),
            notes.element().clone(),
        );
        let figure = El::new("figure")
            .class("chart lanes")
            .flag("hidden", true)
            .child(canvas)
            .child(caption)
            .child(notes);
        let inner = Rc::new(Inner {
            lang: l,
            theme,
            figure: figure.element().clone(),
            canvas: canvas_el,
            caption: caption_el,
            notes: notes_el,
            shown: RefCell::default(),
            data: RefCell::default(),
            drawn: Cell::new(0),
            watched: Cell::new(false),
            watch: RefCell::default(),
            any: Cell::new(false),
        });
        let me = Rc::downgrade(&inner);
        let redraw = move || {
            if let Some(me) = me.upgrade()
                && me.width() != me.drawn.get()
            {
                me.draw();
            }
        };
        if let Some(watch) = observe_size(&inner.figure, redraw) {
            *inner.watch.borrow_mut() = Some(watch);
            inner.watched.set(true);
        }
        (figure, LanesFigure(inner))
    }

    /// Whether the last journey shown had lanes to show (else the figure is hidden).
    pub fn any(&self) -> bool {
        self.0.any.get()
    }

    /// Shows the lanes of `j` (only those of `only`, when given), with a survey's means as
    /// the customer's side where it fits the journey.
    pub fn show(&self, j: &Journey, only: Option<LaneChoice>, survey: Option<&SurveySide>) {
        let inner = &self.0;
        let l = inner.lang;
        // The survey only where it fits this journey (its touchpoints may have changed since).
        let side = survey.filter(|s| s.means.len() == j.touchpoints.len() && s.matched() > 0);
        let means = side.map_or(&[][..], |s| &s.means[..]);
        let mut data = LanesData::of_journey_with(j, l, inner.theme, means);
        if let Some(c) = only {
            data = data.only(c);
        }
        let none = j.touchpoints.is_empty() || data.lanes.is_empty();
        set_hidden(&inner.figure, none);
        inner.any.set(!none);
        if none {
            *inner.data.borrow_mut() = None;
            return;
        }
        let summary = lanes_summary(l, &data);
        set_text(&inner.caption, &summary);
        set_attr(
            &inner.canvas,
            "aria-label",
            &format!("{}. {}", L::LanesTitle.get(l), summary),
        );
        inner.note(notes(l, j, &data, means, side));
        *inner.data.borrow_mut() = Some(data);
        if !inner.watched.get() || inner.drawn.get() > 0 {
            inner.draw();
        }
    }
}

/// The notes under the lanes of `j`.
fn notes(
    l: Lang,
    j: &Journey,
    data: &LanesData,
    means: &[Option<f64>],
    side: Option<&SurveySide>,
) -> Vec<Note> {
    let ours: Vec<Option<f64>> = j.touchpoints.iter().map(|t| t.ours).collect();
    let spots = if ours.iter().all(Option::is_none) {
        None
    } else {
        customer_side(&j.ratings(), means)
            .ok()
            .and_then(|theirs| expectations(&theirs, &[], &ours, &j.scale, &j.memory).ok())
            .map(|x| x.blind_spots)
    };
    let compares = spots.is_some() || j.touchpoints.iter().any(|t| t.expected.is_some());
    let mut notes = Vec::new();
    if let Some(spots) = &spots {
        notes.push(Note {
            testid: "lanes-blind-spots",
            text: blind_spots(l, spots, &data.labels),
            respondents: None,
        });
    }
    if let Some(we) = remembered_ours(l, j) {
        notes.push(Note {
            testid: "lanes-remembered-ours",
            text: we,
            respondents: None,
        });
    }
    if let (Some(s), true) = (side, compares) {
        notes.push(Note {
            testid: "lanes-customer-side",
            text: survey_lambda::customer_side(l, s.respondents, s.matched(), s.means.len()),
            respondents: Some(s.respondents),
        });
    }
    notes
}

impl Inner {
    fn width(&self) -> u32 {
        self.figure.client_width().max(0) as u32
    }

    /// Shows `notes`, unless they are the ones shown.
    fn note(&self, notes: Vec<Note>) {
        if *self.shown.borrow() == notes {
            return;
        }
        set_children(
            &self.notes,
            notes.iter().map(|n| {
                let p = El::new("p").testid(n.testid).text(&n.text);
                match n.respondents {
                    Some(r) => p
                        .class("lanes-note hint")
                        .attr("data-respondents", &r.to_string()),
                    None => p.class("lanes-note"),
                }
            }),
        );
        *self.shown.borrow_mut() = notes;
    }

    /// Draws the lanes at the figure's width (nothing before it has one).
    fn draw(&self) {
        let data = self.data.borrow();
        let Some(data) = data.as_ref() else { return };
        let width = self.width();
        let height = preferred_height(data, width);
        let _ = self
            .canvas
            .style()
            .set_property("height", &format!("{height}px"));
        self.drawn.set(width);
        if width == 0 {
            return;
        }
        if let Some(area) = scaled_area(self.canvas.clone(), width, height, pixel_ratio()) {
            let _ = draw_lanes(&area, data);
        }
    }
}
