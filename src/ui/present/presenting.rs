//! Presentation mode as the workspace shows it: the presentation itself
//! ([`PresentationView`](super::presentation_view::PresentationView)) is part of the panels
//! program, fetched the first time someone presents, and Esc leaves even before it has
//! arrived.

use crate::i18n::Lang;
use crate::ui::lazy::host::{PanelHost, PanelValue};
use crate::ui::lazy::protocol::Out;
use crate::ui::plain::{Plain, Send};
use crate::web::dom::El;
use crate::web::persistence::Stop;
use crate::web::window_events::listen;
use wasm_bindgen::JsValue;

/// The presentation's place, the whole page while presenting.
pub struct Presenting {
    host: PanelHost,
    _esc: Stop,
}

impl Plain for Presenting {
    type Value = PanelValue;
    type Out = (Out, JsValue);
    const REBUILD_ON_LANG: bool = false;

    fn build(_: Lang, first: &PanelValue, send: Send<(Out, JsValue)>) -> (El, Presenting) {
        // The presentation handles its own keys once shown (and marks Esc as handled);
        // until then, and wherever the focus is, Esc still leaves.
        let leave = send.clone();
        let esc = listen("keydown", move |e: web_sys::KeyboardEvent| {
            if e.key() == "Escape" && !e.default_prevented() {
                leave((Out::Close, JsValue::UNDEFINED));
            }
        });
        let (el, host) = PanelHost::new(first.kind, move |out, with| send((out, with)));
        let part = Presenting {
            host,
            _esc: Stop::new(esc),
        };
        (El::new("div").class("presentation-host").child(el), part)
    }

    fn show(&self, v: &PanelValue) {
        self.host.show(v);
    }
}
