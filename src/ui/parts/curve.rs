//! The journey curve every page with a live chart shares (the workspace, its presentation,
//! the course embed): a canvas as wide as its box, points to drag up and down, and the
//! sentences under it that are the chart's text alternative. Drawn once the page has its
//! layout, again when its box changes width, and at every change it is shown; as many
//! canvas pixels per CSS pixel as the screen has, so a projector at 2× shows it sharp.

use crate::chart::{self, CurveData, Layout, Theme};
use crate::i18n::{Lang, T, chart_text};
use crate::model::Journey;
use crate::web::canvas::{mark_drawn, pixel_ratio, scaled_area};
use crate::web::dom::{El, on, set_attr, set_hidden, set_text};
use crate::web::element_size::{SizeWatch, observe_size};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use web_sys::{Element, HtmlCanvasElement, PointerEvent};

/// What a person does to the curve.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CurveEvent {
    /// Touchpoint `index` dragged to `rating` (a step of a drag).
    Rate { index: usize, rating: f64 },
    /// A drag ended.
    Released,
}

struct Inner {
    lang: Lang,
    theme: Theme,
    figure: Element,
    canvas: HtmlCanvasElement,
    summary: Element,
    legend: Element,
    /// What is drawn, and the ratings a drag starts from.
    data: RefCell<Option<CurveData>>,
    /// The size last drawn at, for finding the point under the pointer.
    layout: Cell<Layout>,
    dragging: Cell<Option<usize>>,
    /// A size observer draws the first picture once the page has its layout (before the
    /// first paint, after the words are in place); without one, `show` draws.
    watched: Cell<bool>,
    /// The size watch, stopped when the part goes (a new language, presentation closed).
    watch: RefCell<Option<SizeWatch>>,
    send: Box<dyn Fn(CurveEvent)>,
}

/// The curve, as built by [`Curve::new`].
pub struct Curve(Rc<Inner>);

impl Curve {
    /// The figure, empty until the first [`Curve::show`]; `send` hears each drag
    /// (none when `editable` is off).
    pub fn new(
        l: Lang,
        theme: Theme,
        editable: bool,
        send: impl Fn(CurveEvent) + 'static,
    ) -> (El, Curve) {
        let canvas = El::new("canvas")
            .testid("journey-chart")
            .attr("role", "img");
        let summary = El::new("span").testid("chart-summary");
        let legend = El::new("span")
            .class("legend")
            .testid("compare-legend")
            .flag("hidden", true)
            .text(T::CompareLegend.get(l));
        let (canvas_el, summary_el, legend_el) = (
            canvas.typed::<HtmlCanvasElement>(),
            summary.element().clone(),
            legend.element().clone(),
        );
        let mut caption = El::new("figcaption").child(summary);
        if editable {
            caption = caption
                .text(" ")
                .child(El::new("span").class("hint").text(T::ChartDragHint.get(l)));
        }
        let figure = El::new("figure")
            .class("chart")
            .child(canvas)
            .child(caption.text(" ").child(legend));
        let inner = Rc::new(Inner {
            lang: l,
            theme,
            figure: figure.element().clone(),
            canvas: canvas_el,
            summary: summary_el,
            legend: legend_el,
            data: RefCell::default(),
            layout: Cell::new(Layout::new(0, 0, 0, Default::default())),
            dragging: Cell::new(None),
            watched: Cell::new(false),
            watch: RefCell::default(),
            send: Box::new(send),
        });
        inner.watch_width();
        if editable {
            inner.listen_to_drags();
        }
        (figure, Curve(inner))
    }

    /// Shows `j`, with the as-is journey `compare` dashed behind it when it is a scenario.
    pub fn show(&self, j: &Journey, compare: Option<&Journey>) {
        let inner = &self.0;
        let l = inner.lang;
        let mut data = match compare {
            Some(as_is) => CurveData::scenario(j, as_is, l),
            None => CurveData::from_journey(j, l),
        };
        data.theme = inner.theme;
        let (summary, label) = chart_text::chart_words(l, j, &data.stories);
        set_text(&inner.summary, &summary);
        set_attr(&inner.canvas, "aria-label", &label);
        set_hidden(&inner.legend, compare.is_none());
        *inner.data.borrow_mut() = Some(data);
        if !inner.watched.get() || inner.layout.get().width > 0 {
            inner.draw();
        }
    }
}

impl Inner {
    /// The figure's width now, in CSS pixels.
    fn width(&self) -> u32 {
        self.figure.client_width().max(0) as u32
    }

    /// Draws the curve at the figure's width (nothing before it has one).
    fn draw(&self) {
        let width = self.width();
        let data = self.data.borrow();
        let Some(data) = data.as_ref() else { return };
        let projector = self.theme.font_px > Theme::default().font_px;
        let height = chart::curve_height(width, projector);
        // Through the CSSOM, not a `style` attribute: the page's Content-Security-Policy
        // forbids inline style attributes.
        let _ = self
            .canvas
            .style()
            .set_property("height", &format!("{height}px"));
        self.layout
            .set(Layout::new(width, height, data.ratings.len(), data.scale));
        if width == 0 {
            return;
        }
        if let Some(area) = scaled_area(self.canvas.clone(), width, height, pixel_ratio()) {
            let _ = chart::draw_curve(&area, data);
            mark_drawn();
        }
    }

    /// Draws again whenever the figure changes width (a window, a side panel, a phone
    /// turned); the observer's first call is the first drawing once the page has its
    /// layout.
    fn watch_width(self: &Rc<Self>) {
        let me = Rc::downgrade(self);
        let redraw = move || {
            if let Some(me) = me.upgrade()
                && me.width() != me.layout.get().width
            {
                me.draw();
            }
        };
        if let Some(watch) = observe_size(&self.figure, redraw) {
            *self.watch.borrow_mut() = Some(watch);
            self.watched.set(true);
        }
    }

    /// Dragging a point up or down re-rates it. The listeners hold the curve weakly: a
    /// curve rebuilt (another language, presentation mode closed) is dropped.
    fn listen_to_drags(self: &Rc<Self>) {
        let me = Rc::downgrade(self);
        on(&self.canvas, "pointerdown", move |e: PointerEvent| {
            let Some(me) = me.upgrade() else { return };
            let Some(ratings) = me.data.borrow().as_ref().map(|d| d.ratings.clone()) else {
                return;
            };
            let (x, y) = (f64::from(e.offset_x()), f64::from(e.offset_y()));
            if let Some(i) = me.layout.get().hit(&ratings, x, y, 16.0) {
                e.prevent_default();
                let _ = me.canvas.set_pointer_capture(e.pointer_id());
                me.dragging.set(Some(i));
            }
        });
        let me = Rc::downgrade(self);
        on(&self.canvas, "pointermove", move |e: PointerEvent| {
            let Some(me) = me.upgrade() else { return };
            let Some(index) = me.dragging.get() else {
                return;
            };
            let rating = me.layout.get().rating_at(f64::from(e.offset_y()));
            let now = me
                .data
                .borrow()
                .as_ref()
                .and_then(|d| d.ratings.get(index).copied());
            if now.is_some_and(|now| now != rating) {
                (me.send)(CurveEvent::Rate { index, rating });
            }
        });
        for end in ["pointerup", "pointercancel"] {
            let me = Rc::downgrade(self);
            on(&self.canvas, end, move |_: PointerEvent| {
                let Some(me) = me.upgrade() else { return };
                if me.dragging.take().is_some() {
                    (me.send)(CurveEvent::Released);
                }
            });
        }
    }
}
