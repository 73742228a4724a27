//! A panel in the single file: the workspace there is one program with its panels
//! inside (`--features one-program`, `make single`), so the panel shows at once, with the
//! same messages as on the hosted page, and the file carries yew once.

use super::lazy_panel::{LazyPanelProps, Routes};
use super::panel_root::PanelRoot;
use super::protocol::Out;
use crate::ui::use_lang;
use wasm_bindgen::JsValue;
use yew::prelude::*;

#[function_component(InlinePanel)]
pub fn inline_panel(p: &LazyPanelProps) -> Html {
    let l = use_lang();
    let routes = use_mut_ref(|| Routes::of(p));
    *routes.borrow_mut() = Routes::of(p);
    // One callback for the panel's whole life, sending to the newest props' callbacks.
    let on_out = use_memo((), move |_| {
        Callback::from(move |out: Out| {
            routes.borrow().send(out, JsValue::UNDEFINED);
        })
    });
    html! {
        <div class="lazy-part" data-panel={p.kind.key()}>
            <PanelRoot kind={p.kind} journey={p.journey.clone()} lang={l} focus={p.focus}
                survey={p.survey.clone()} doc={p.doc.clone()} open={p.active} touchpoint={p.touchpoint}
                batch={p.batch.clone()} on_out={(*on_out).clone()} on_files={p.on_files.clone()} />
        </div>
    }
}
