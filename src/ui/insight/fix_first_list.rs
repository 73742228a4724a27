//! "What to fix first": the ranking from `analysis::fix_first` in plain sentences, the
//! part every page shares (`ui::parts::fix_first`).

use crate::i18n::Lang;
use crate::model::Journey;
use crate::ui::parts::fix_first::{FixFirst, fix_first};
use crate::ui::plain::{Plain, PlainPart, Send};
use crate::web::dom::El;
use std::rc::Rc;

impl Plain for FixFirst {
    type Value = Rc<Journey>;
    type Out = ();
    /// A frame after the chart: ranking ten thousand touchpoints again would otherwise
    /// hold back the redrawn curve on every step of a drag.
    const LATER: bool = true;

    fn build(l: Lang, _: &Rc<Journey>, _: Send<()>) -> (El, Self) {
        fix_first(l)
    }

    fn show(&self, j: &Rc<Journey>) {
        FixFirst::show(self, j);
    }
}

/// What to fix first in a journey (`value`).
pub type FixFirstList = PlainPart<FixFirst>;
