//! The yew adapter around the pure model: a `Reducible` that applies [`Action`]s through
//! [`model::apply`] and keeps undo history. No side effects here; saving is an effect.

use crate::model::{self, Action, History, Journey, ModelError};
use std::rc::Rc;
use yew::Reducible;

/// What the workspace holds: the journey with its undo history, and the last refusal.
#[derive(Clone, Debug, PartialEq)]
pub struct Workspace {
    pub history: History<Journey>,
    /// Why the last action was refused, if it was (shown to the user, work unchanged).
    pub refused: Option<ModelError>,
}

impl Workspace {
    pub fn new(journey: Journey) -> Self {
        Workspace {
            history: History::new(journey),
            refused: None,
        }
    }

    pub fn journey(&self) -> &Journey {
        self.history.present()
    }
}

/// Messages the workspace understands.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    Do(Action),
    Undo,
    Redo,
    /// Replace the journey without an undo step (a newer copy, a fresh start).
    Reset(Journey),
}

impl Reducible for Workspace {
    type Action = Msg;

    fn reduce(mut self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let ws = Rc::make_mut(&mut self);
        ws.refused = None;
        match msg {
            Msg::Do(action) => {
                let key = action.coalesce_key();
                let mut next = ws.history.present().clone();
                match model::apply(&mut next, action) {
                    Ok(()) => ws.history.commit(next, key),
                    Err(e) => ws.refused = Some(e),
                }
            }
            Msg::Undo => {
                ws.history.undo();
            }
            Msg::Redo => {
                ws.history.redo();
            }
            Msg::Reset(j) => ws.history.reset(j),
        }
        self
    }
}
