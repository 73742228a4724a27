//! The lanes under the journey curve in the workspace and its presentation: the part
//! every page with lanes shares (`ui::parts::lanes`), with the attached survey's means
//! as the customer's side.

use crate::analysis::lanes::SurveySide;
use crate::chart::Theme;
use crate::i18n::Lang;
use crate::model::Journey;
use crate::ui::parts::lanes::LanesFigure;
use crate::ui::plain::{Plain, PlainPart, Send};
use crate::web::dom::El;
use std::rc::Rc;

/// What the lanes show.
#[derive(Clone, PartialEq)]
pub struct LanesValue {
    pub journey: Rc<Journey>,
    /// The attached survey's means as the customer's side, when it matched touchpoints.
    pub survey: Option<Rc<SurveySide>>,
    /// Type and line sizes (fixed for the figure's life): presentation mode draws bigger.
    pub theme: Theme,
}

impl Plain for LanesFigure {
    type Value = LanesValue;
    type Out = ();

    fn build(l: Lang, first: &LanesValue, _: Send<()>) -> (El, Self) {
        LanesFigure::new(l, first.theme)
    }

    fn show(&self, v: &LanesValue) {
        LanesFigure::show(self, &v.journey, None, v.survey.as_deref());
    }

    fn present(&self) -> bool {
        self.any()
    }
}

/// The lanes of a journey (`value`).
pub type JourneyLanes = PlainPart<LanesFigure>;
