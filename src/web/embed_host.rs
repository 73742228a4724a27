//! How an embedded Peakend talks to the page around it: it tells the host its height,
//! and answers only a `{"peakend": "ping"}` from its own parent with that height again.
//!
//! The height message is a bare number, never any journey data. Nothing is done when the
//! page is not in a frame.

use crate::i18n::Lang;
use crate::web::element_size::observe_size;
use crate::web::lang::set_page_lang;
use js_sys::{Object, Reflect};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, MessageEvent, Window};

/// The parent window, when this page runs inside a frame.
fn parent_frame(w: &Window) -> Option<Window> {
    let parent = w.parent().ok().flatten()?;
    (!Object::is(&parent, w)).then_some(parent)
}

/// Whether a message is the one request the embed understands: `{"peakend": "ping"}`.
fn is_ping(data: &JsValue) -> bool {
    data.is_object()
        && Reflect::get(data, &JsValue::from_str("peakend"))
            .ok()
            .and_then(|v| v.as_string())
            .is_some_and(|v| v == "ping")
}

/// Posts the height of `el` to the parent window whenever it changes, as a number only,
/// and again when the parent pings; for as long as the page is open. Nothing outside a
/// frame.
pub fn report_height(el: &Element) {
    let Some(w) = web_sys::window() else { return };
    let Some(parent) = parent_frame(&w) else {
        return;
    };
    let post = {
        let (el, parent) = (el.clone(), parent.clone());
        Rc::new(move || {
            let h = el.get_bounding_client_rect().height().ceil();
            if h > 0.0 {
                let _ = parent.post_message(&JsValue::from_f64(h), "*");
            }
        })
    };
    // The observer also fires once when it starts, which sends the first height.
    match observe_size(el, {
        let post = post.clone();
        move || post()
    }) {
        Some(watch) => std::mem::forget(watch),
        None => post(),
    }
    let heard = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
        let from_parent = e.source().is_some_and(|s| Object::is(&s, &parent));
        if from_parent && is_ping(&e.data()) {
            post();
        }
    });
    let _ = w.add_event_listener_with_callback("message", heard.as_ref().unchecked_ref());
    heard.forget();
}

/// Sets `<html lang>` and the dark theme on the whole page (the body's colours follow).
pub fn set_page_flags(lang: Lang, dark: bool) {
    set_page_lang(lang);
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("data-embed", "");
        if dark {
            let _ = el.set_attribute("data-theme", "dark");
        }
    }
}
