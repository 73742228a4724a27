//! The score card (remembered, experienced and the gap, each with one plain line) and the
//! formula behind it one click away: the part every page shares (`ui::parts::scores`).

use crate::i18n::Lang;
use crate::model::Journey;
use crate::ui::parts::scores::JourneyScores;
use crate::ui::plain::{Plain, PlainPart, Send};
use crate::web::dom::El;
use std::rc::Rc;

impl Plain for JourneyScores {
    type Value = Rc<Journey>;
    type Out = ();

    fn build(l: Lang, _: &Rc<Journey>, _: Send<()>) -> (El, Self) {
        JourneyScores::new(l)
    }

    fn show(&self, j: &Rc<Journey>) {
        JourneyScores::show(self, j);
    }
}

/// The score card of a journey (`value`).
pub type ScoreCard = PlainPart<JourneyScores>;
