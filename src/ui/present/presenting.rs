//! Presentation mode as the workspace shows it: the presentation itself
//! ([`PresentationView`](super::presentation_view::PresentationView)) is part of the panels
//! program, fetched the first time someone presents, and Esc leaves even before it has
//! arrived.

use crate::model::{Action, Journey};
use crate::ui::lazy::{Kind, LazyPanel};
use crate::web::window_events::listen;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresentingProps {
    pub journey: Rc<Journey>,
    pub on_action: Callback<Action>,
    pub on_seal: Callback<()>,
    pub on_exit: Callback<()>,
}

#[function_component(Presenting)]
pub fn presenting(p: &PresentingProps) -> Html {
    {
        // The presentation handles its own keys once shown (and marks Esc as handled);
        // until then, and wherever the focus is, Esc still leaves.
        let on_exit = p.on_exit.clone();
        use_effect_with((), move |_| {
            listen("keydown", move |e: web_sys::KeyboardEvent| {
                if e.key() == "Escape" && !e.default_prevented() {
                    on_exit.emit(());
                }
            })
        });
    }
    html! {
        <div class="presentation-host">
            <LazyPanel kind={Kind::Present} journey={p.journey.clone()} on_action={p.on_action.clone()}
                on_seal={p.on_seal.clone()} on_close={p.on_exit.clone()} />
        </div>
    }
}
