//! How an embedded Peakend talks to the page around it: it tells the host its height,
//! and answers only a `{"peakend": "ping"}` from its own parent with that height again.
//!
//! The height message is a bare number, never any journey data. Nothing is done when the
//! page is not in a frame.

use crate::i18n::Lang;
use crate::web::element_size::observe_size;
use crate::web::lang::use_page_lang;
use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, MessageEvent, Window};
use yew::prelude::*;

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

/// Posts the height of `node` to the parent window whenever it changes, as a number only.
#[hook]
pub fn use_report_height(node: NodeRef) {
    use_effect_with(node, |node| {
        let window = web_sys::window();
        let parent = window.as_ref().and_then(parent_frame);
        let el = node.cast::<Element>();
        let mut watch = None;
        let mut on_message = None;
        if let (Some(w), Some(parent), Some(el)) = (&window, parent, el) {
            let post = {
                let el = el.clone();
                move || {
                    let h = el.get_bounding_client_rect().height().ceil();
                    if h > 0.0 {
                        let _ = parent.post_message(&JsValue::from_f64(h), "*");
                    }
                }
            };
            let post = std::rc::Rc::new(post);
            // The observer also fires once when it starts, which sends the first height.
            watch = observe_size(&el, {
                let post = post.clone();
                move || post()
            });
            if watch.is_none() {
                post();
            }
            let heard = Closure::<dyn Fn(MessageEvent)>::new({
                let post = post.clone();
                let parent = w.parent().ok().flatten();
                move |e: MessageEvent| {
                    let from_parent = match (e.source(), &parent) {
                        (Some(s), Some(p)) => Object::is(&s, p),
                        _ => false,
                    };
                    if from_parent && is_ping(&e.data()) {
                        post();
                    }
                }
            });
            let _ = w.add_event_listener_with_callback("message", heard.as_ref().unchecked_ref());
            on_message = Some(heard);
        }
        move || {
            drop(watch);
            if let (Some(w), Some(heard)) = (window, &on_message) {
                let _ = w
                    .remove_event_listener_with_callback("message", heard.as_ref().unchecked_ref());
            }
            drop(on_message);
        }
    });
}

/// Sets `<html lang>` and the dark theme on the whole page (the body's colours follow).
#[hook]
pub fn use_page_flags(lang: Lang, dark: bool) {
    use_page_lang(lang);
    use_effect_with(dark, |dark| {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = el.set_attribute("data-embed", "");
            if *dark {
                let _ = el.set_attribute("data-theme", "dark");
            } else {
                let _ = el.remove_attribute("data-theme");
            }
        }
    });
}
