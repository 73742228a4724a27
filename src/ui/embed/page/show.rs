//! What a change rewrites on the embed page: the words and numbers, then the pictures.

use super::Page;
use crate::analysis;
use crate::chart::Theme;
use crate::chart::lanes::{LanesData, draw_lanes, preferred_height};
use crate::i18n::Lang;
use crate::i18n::lanes::L;
use crate::i18n::lanes::facts::{blind_spots, remembered_ours};
use crate::i18n::lanes::text::lanes_summary;
use crate::model::Journey;
use crate::web::canvas::sized;
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
        self.curve.show(&j, None);
        self.draw_lanes(&j);
    }

    /// Rewrites every text that shows a number or a name of a moment; `typed`: the field
    /// a learner is typing in, left as typed.
    pub(super) fn words(&self, j: &Journey, typed: Option<usize>) {
        let l = self.lang;
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

    /// Draws the lanes at their box's width.
    pub(super) fn draw_lanes(&self, j: &Journey) {
        let Some(lanes) = &self.lanes else { return };
        let data = lanes_data(j, self.lang, self.theme, &self.flags);
        let width = lanes.fig.figure.client_width().max(0) as u32;
        let height = preferred_height(&data, width);
        if let Some(backend) = sized(lanes.fig.canvas.clone(), width, height) {
            let _ = draw_lanes(&backend.into_drawing_area(), &data);
        }
        lanes.drawn_width.set(width);
    }
}
