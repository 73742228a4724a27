//! The journey curve in the workspace and its presentation: the part every page with a
//! live chart shares (`ui::parts::curve`). A drag re-rates the touchpoint under it, and
//! its end makes the drag one undo step.

use crate::chart::Theme;
use crate::i18n::Lang;
use crate::model::{Action, Journey, TouchpointEdit, TouchpointId};
use crate::ui::parts::curve::{Curve, CurveEvent};
use crate::ui::plain::{Plain, PlainPart, Send};
use crate::web::dom::El;
use std::cell::RefCell;
use std::rc::Rc;

/// What the curve shows.
#[derive(Clone, PartialEq)]
pub struct ChartValue {
    pub journey: Rc<Journey>,
    /// The as-is journey, drawn dashed behind a to-be scenario.
    pub compare: Option<Rc<Journey>>,
    /// Type and line sizes (fixed for the chart's life): presentation mode draws bigger.
    pub theme: Theme,
}

impl ChartValue {
    /// The workspace's curve of `journey`.
    pub fn of(journey: Rc<Journey>, compare: Option<Rc<Journey>>) -> ChartValue {
        ChartValue {
            journey,
            compare,
            theme: Theme::default(),
        }
    }
}

/// What a drag on the curve asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartOut {
    /// A new rating for the touchpoint under the pointer.
    Rate(TouchpointId, f64),
    /// The drag ended: its steps make one undo step.
    Seal,
}

/// The curve and the journey it shows (to know which touchpoint a drag moves).
pub struct ChartPart {
    curve: Curve,
    shown: Rc<RefCell<Rc<Journey>>>,
}

impl Plain for ChartPart {
    type Value = ChartValue;
    type Out = ChartOut;

    fn build(l: Lang, first: &ChartValue, send: Send<ChartOut>) -> (El, Self) {
        let shown = Rc::new(RefCell::new(first.journey.clone()));
        let journey = shown.clone();
        let (el, curve) = Curve::new(l, first.theme, true, move |e| match e {
            CurveEvent::Rate { index, rating } => {
                let id = journey.borrow().touchpoints.get(index).map(|t| t.id);
                if let Some(id) = id {
                    send(ChartOut::Rate(id, rating));
                }
            }
            CurveEvent::Released => send(ChartOut::Seal),
        });
        (el, ChartPart { curve, shown })
    }

    fn show(&self, v: &ChartValue) {
        *self.shown.borrow_mut() = v.journey.clone();
        self.curve.show(&v.journey, v.compare.as_deref());
    }
}

impl ChartOut {
    /// The change to the journey a drag step asks for (`None`: the drag ended).
    pub fn action(&self) -> Option<Action> {
        match *self {
            ChartOut::Rate(id, r) => Some(Action::Edit(id, TouchpointEdit::Rating(r))),
            ChartOut::Seal => None,
        }
    }
}

/// The journey curve (`value`); drags report to `on`.
pub type JourneyChart = PlainPart<ChartPart>;
