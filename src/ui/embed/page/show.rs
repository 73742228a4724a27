//! What a change rewrites on the embed page: the words and numbers, then the pictures.

use super::Page;
use crate::chart::Theme;
use crate::chart::lanes::LanesData;
use crate::i18n::Lang;
use crate::model::Journey;
use crate::web::dom::set_hidden;
use crate::web::route::EmbedFlags;

/// The lanes the address asks for, of `j`.
pub(super) fn lanes_data(j: &Journey, l: Lang, theme: Theme, flags: &EmbedFlags) -> LanesData {
    LanesData::of_journey_with(j, l, theme, &[]).only(flags.lanes)
}

impl Page {
    /// After a change: the words and numbers, then the pictures.
    pub(super) fn show(&self, typed: Option<usize>) {
        let j = self.journey.borrow();
        self.words(&j, typed);
        self.pictures(&j);
    }

    /// The curve and the lanes of `j`.
    pub(super) fn pictures(&self, j: &Journey) {
        self.curve.show(j, None);
        if let Some(lanes) = &self.lanes {
            lanes.show(j, Some(self.flags.lanes), None);
        }
    }

    /// Rewrites every text that shows a number or a name of a moment; `typed`: the field
    /// a learner is typing in, left as typed.
    pub(super) fn words(&self, j: &Journey, typed: Option<usize>) {
        let l = self.lang;
        self.scores.show(j);
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
}
