//! The workspace's side of a panel of the panels program in its yew tree: what the
//! workspace gives it ([`LazyPanelProps`]), its place (`host`, plain DOM) and where its
//! messages go ([`Routes::send`]).

use super::host::{PanelHost, PanelValue};
use super::protocol::{Extra, Kind, Out, StoryFocus};
use crate::analysis::lanes::SurveySide;
use crate::i18n::Lang;
use crate::model::{Action, Journey, TouchpointId};
use crate::ui::files::batch::FileBatch;
use crate::ui::plain::{Plain, PlainPart, Send};
use crate::ui::use_lang;
use crate::web::dom::El;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LazyPanelProps {
    pub kind: Kind,
    pub journey: Rc<Journey>,
    /// Whether the panel is open: a closed one is not sent every change (it gets the
    /// newest state when it opens again), unless `follow_closed`.
    #[prop_or(true)]
    pub active: bool,
    /// Keep sending changes while closed (the survey gives the lanes their customer's
    /// side whether its panel is open or not).
    #[prop_or_default]
    pub follow_closed: bool,
    /// The open journey's document id (for the survey, stored with it).
    #[prop_or_default]
    pub doc: Option<String>,
    #[prop_or_default]
    pub focus: Option<StoryFocus>,
    /// The touchpoint whose Details these are (the Details').
    #[prop_or_default]
    pub touchpoint: Option<TouchpointId>,
    #[prop_or_default]
    pub survey: Option<Rc<SurveySide>>,
    /// Files to import (the import panel's): sent whenever a new batch comes, even to a
    /// panel that is not `active`.
    #[prop_or_default]
    pub batch: Option<Rc<FileBatch>>,
    #[prop_or_default]
    pub on_action: Callback<Action>,
    #[prop_or_default]
    pub on_close: Callback<()>,
    /// The changes since the last undo step make one (a drag ended).
    #[prop_or_default]
    pub on_seal: Callback<()>,
    /// Every other message (a new journey, the survey's news).
    #[prop_or_default]
    pub on_out: Callback<Out>,
    /// Files to import (picked in the files panel).
    #[prop_or_default]
    pub on_files: Callback<Vec<web_sys::File>>,
}

/// Where a panel's messages go: the newest props' callbacks.
#[derive(Clone)]
struct Routes {
    on_action: Callback<Action>,
    on_close: Callback<()>,
    on_seal: Callback<()>,
    on_out: Callback<Out>,
    on_files: Callback<Vec<web_sys::File>>,
}

impl Routes {
    fn of(p: &LazyPanelProps) -> Routes {
        Routes {
            on_action: p.on_action.clone(),
            on_close: p.on_close.clone(),
            on_seal: p.on_seal.clone(),
            on_out: p.on_out.clone(),
            on_files: p.on_files.clone(),
        }
    }

    /// Sends message `out` (with `with`, the files of [`Out::ImportFiles`]) on its way.
    fn send(&self, out: Out, with: JsValue) {
        match out {
            Out::Do(a) => self.on_action.emit(a.into()),
            Out::Close => self.on_close.emit(()),
            Out::Seal => self.on_seal.emit(()),
            Out::ImportFiles => self.on_files.emit(FileBatch::from_js(0, &with).files),
            other => self.on_out.emit(other),
        }
    }
}

impl Plain for PanelHost {
    type Value = PanelValue;
    type Out = (Out, JsValue);
    const REBUILD_ON_LANG: bool = false;

    fn build(_: Lang, first: &PanelValue, send: Send<(Out, JsValue)>) -> (El, Self) {
        PanelHost::new(first.kind, move |out, with| send((out, with)))
    }

    fn show(&self, v: &PanelValue) {
        PanelHost::show(self, v);
    }
}

/// A panel of the panels program: "Loading…" until it is there.
#[function_component(LazyPanel)]
pub fn lazy_panel(p: &LazyPanelProps) -> Html {
    let lang = use_lang();
    let routes = use_mut_ref(|| Routes::of(p));
    *routes.borrow_mut() = Routes::of(p);
    // One callback for the panel's whole life, sending to the newest props' callbacks.
    let on = use_memo((), move |_| {
        Callback::from(move |(out, with): (Out, JsValue)| {
            // Cloned out first: a callback may render again, which sets the newest routes.
            let now = routes.borrow().clone();
            now.send(out, with);
        })
    });
    let value = PanelValue {
        kind: p.kind,
        journey: p.journey.clone(),
        lang,
        extra: Extra {
            focus: p.focus,
            survey: p.survey.as_deref().cloned(),
            doc: p.doc.clone(),
            open: p.active,
            files: p.batch.as_ref().map(|b| b.seq),
            touchpoint: p.touchpoint,
        },
        follow_closed: p.follow_closed,
        batch: p.batch.clone(),
    };
    html! { <PlainPart<PanelHost> {value} on={(*on).clone()} /> }
}
