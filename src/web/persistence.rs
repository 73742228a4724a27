//! The workspace's side effects, as hooks: saving after changes, following other tabs,
//! and the undo keys. The reducer stays pure; these talk to the browser.

use crate::web::state::{Msg, Workspace};
use crate::web::storage;
use crate::web::window_events::listen;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

/// How long typing or dragging may pause before the change is written.
const SAVE_DELAY_MS: i32 = 300;

/// Writes what changed to storage shortly after every change (at once when the page is
/// hidden or closed), and reports back.
#[hook]
pub fn use_persistence(ws: UseReducerHandle<Workspace>) {
    let generation = ws.generation;
    use_effect_with(generation, move |_| {
        // Saved once: by the timer, or earlier when the page is hidden or closed.
        let pending = Rc::new(Cell::new(true));
        let save = Rc::new(move || {
            if pending.replace(false) {
                save_now(&ws);
            }
        });
        let on_timer = Closure::<dyn Fn()>::new({
            let save = save.clone();
            move || save()
        });
        let stop_listening = listen("pagehide", move |_: web_sys::Event| save());
        let window = web_sys::window();
        let timer = window.as_ref().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                on_timer.as_ref().unchecked_ref(),
                SAVE_DELAY_MS,
            )
            .ok()
        });
        move || {
            if let (Some(w), Some(t)) = (window, timer) {
                w.clear_timeout_with_handle(t);
            }
            stop_listening();
            drop(on_timer);
        }
    });
}

fn save_now(ws: &UseReducerHandle<Workspace>) {
    {
        let results: Vec<_> = ws
            .dirty
            .iter()
            .filter_map(|id| {
                let doc = ws.doc(id)?;
                let journey = if *id == ws.current {
                    ws.journey()
                } else {
                    &doc.journey
                };
                Some((id.clone(), storage::save_doc(id, doc.rev, journey)))
            })
            .collect();
        for id in &ws.removed {
            storage::remove_doc(id);
        }
        let index_ok = storage::save_index(
            ws.docs
                .iter()
                .map(|d| (d.id.clone(), d.updated, d.based_on.clone())),
            &ws.current,
        )
        .is_ok();
        ws.dispatch(Msg::Persisted(results, index_ok));
    }
}

/// Follows what other tabs write, so two tabs never silently overwrite each other.
#[hook]
pub fn use_other_tabs(dispatch: UseReducerDispatcher<Workspace>) {
    use_effect_with((), move |_| {
        listen("storage", move |e: web_sys::StorageEvent| {
            let Some(key) = e.key() else { return };
            if storage::is_index_key(&key) {
                if let Ok((docs, _)) = storage::load_library() {
                    dispatch.dispatch(Msg::Discovered(docs));
                }
            } else if let Some(id) = key.strip_prefix(&storage::doc_key("")) {
                if let Ok(newest) = storage::load_doc(id) {
                    dispatch.dispatch(Msg::External(id.to_string(), newest));
                }
            }
        })
    });
}

/// Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, anywhere on the page.
#[hook]
pub fn use_undo_keys(dispatch: UseReducerDispatcher<Workspace>) {
    use_effect_with((), move |_| {
        listen("keydown", move |e: web_sys::KeyboardEvent| {
            if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
                return;
            }
            let msg = match (e.key().to_lowercase().as_str(), e.shift_key()) {
                ("z", false) => Msg::Undo,
                ("z", true) | ("y", false) => Msg::Redo,
                _ => return,
            };
            e.prevent_default();
            dispatch.dispatch(msg);
        })
    });
}
