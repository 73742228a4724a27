//! What a change rewrites on the embed page: the words and numbers, then the pictures.

use super::Page;
use crate::analysis;
use crate::chart::lanes::{LanesData, draw_lanes, preferred_height};
use crate::chart::{self, CurveData, Layout, Theme};
use crate::i18n::lanes::L;
use crate::i18n::lanes::facts::{blind_spots, remembered_ours};
use crate::i18n::lanes::text::lanes_summary;
use crate::i18n::{Lang, chart_text};
use crate::model::Journey;
use crate::web::canvas::{mark_drawn, sized};
use crate::web::dom::{set_attr, set_children, set_hidden, set_text};
use crate::web::route::EmbedFlags;
use plotters::prelude::IntoDrawingArea;

/// The lanes the address asks for, of `j`.
pub(super) fn lanes_data(j: &Journey, l: Lang, theme: Theme, flags: &EmbedFlags) -> LanesData {
    LanesData::of_journey_with(j, l, theme, &[]).only(flags.lanes)
}

impl Page {
    /// After a change: the words and numbers, then the pictures.
    pub(super) fn show(&self, typed: Option<usize>) {
        let j = self.journey.borrow();
        self.words(&j, typed);
        self.draw(&j);
    }

    /// Rewrites every text that shows a number or a name of a moment; `typed`: the field
    /// a learner is typing in, left as typed.
    pub(super) fn words(&self, j: &Journey, typed: Option<usize>) {
        let l = self.lang;
        let stories = analysis::practice::counts_per_touchpoint(j);
        let (summary, label) = chart_text::chart_words(l, j, &stories);
        set_text(&self.chart.caption, &summary);
        set_attr(&self.chart.canvas, "aria-label", &label);
        if let Some(lanes) = &self.lanes {
            let data = lanes_data(j, l, self.theme, &self.flags);
            let summary = lanes_summary(l, &data);
            set_text(&lanes.fig.caption, &summary);
            let label = format!("{}. {}", L::LanesTitle.get(l), summary);
            set_attr(&lanes.fig.canvas, "aria-label", &label);
            let texts = (blind_spots(l, j), remembered_ours(l, j));
            if *lanes.shown.borrow() != texts {
                set_children(
                    &lanes.notes,
                    super::parts::lane_notes(texts.0.clone(), texts.1.clone()),
                );
                *lanes.shown.borrow_mut() = texts;
            }
        }
        if let (Some(card), Ok(s)) = (&self.card, analysis::score(j)) {
            card.tiles.show(l, &s);
            card.formula
                .show(l, j, &analysis::formula_from_scores(j, &s));
        }
        self.cells.show(l, j, typed);
        let unchanged = *j == self.subject.journey;
        if let Some(reset) = &self.reset {
            set_hidden(reset, unchanged);
        }
        // Hidden by its attribute, in every browser (the stylesheet's `:has` rule is only
        // for browsers that have it).
        set_hidden(
            &self.footer,
            !self.has_source && (unchanged || self.reset.is_none()),
        );
    }

    /// Draws the curve and the lanes at their boxes' widths.
    pub(super) fn draw(&self, j: &Journey) {
        let width = self.chart.figure.client_width().max(0) as u32;
        let height = chart::curve_height(width, false);
        let mut data = CurveData::from_journey(j, self.lang);
        data.theme = self.theme;
        if let Some(backend) = sized(self.chart.canvas.clone(), width, height) {
            let _ = chart::draw_curve(&backend.into_drawing_area(), &data);
            mark_drawn();
        }
        self.layout
            .set(Layout::new(width, height, j.touchpoints.len(), j.scale));
        if let Some(lanes) = &self.lanes {
            let data = lanes_data(j, self.lang, self.theme, &self.flags);
            let width = lanes.fig.figure.client_width().max(0) as u32;
            let height = preferred_height(&data, width);
            if let Some(backend) = sized(lanes.fig.canvas.clone(), width, height) {
                let _ = draw_lanes(&backend.into_drawing_area(), &data);
            }
        }
    }

    /// The width the curve was last drawn at.
    pub(super) fn drawn_width(&self) -> u32 {
        self.layout.get().width
    }
}
