//! Files dropped anywhere on the page: a hook that listens on the window, tells while
//! files hover (for the overlay) and hands over what was dropped.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

/// The files of a `FileList` (from an `<input type=file>` or a drop).
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Lets files be dropped anywhere on the page, telling `on_drag` while they hover.
/// The listeners are added once, but always call the callbacks of the latest render:
/// those carry what the page has now (the open journey's scale), not what it had when it
/// loaded.
#[hook]
pub fn use_drop(on_files: Callback<Vec<web_sys::File>>, on_drag: Callback<bool>) {
    let latest = use_mut_ref(|| (on_files.clone(), on_drag.clone()));
    *latest.borrow_mut() = (on_files, on_drag);
    use_effect_with((), move |_| {
        // Cloned out before calling: a callback may re-render, which updates `latest`.
        let on_files = {
            let latest = latest.clone();
            move || latest.borrow().0.clone()
        };
        let on_drag = move || latest.borrow().1.clone();
        let has_files = |e: &web_sys::DragEvent| {
            e.data_transfer()
                .map(|d| d.types().includes(&"Files".into(), 0))
                .unwrap_or(false)
        };
        let s = on_drag.clone();
        let over = Closure::<dyn Fn(web_sys::DragEvent)>::new(move |e: web_sys::DragEvent| {
            if has_files(&e) {
                e.prevent_default();
                s().emit(true);
            }
        });
        let s = on_drag.clone();
        let leave = Closure::<dyn Fn(web_sys::DragEvent)>::new(move |e: web_sys::DragEvent| {
            // Leaving for another element inside the page is not leaving the page.
            if e.related_target().is_none() {
                s().emit(false);
            }
        });
        let drop = Closure::<dyn Fn(web_sys::DragEvent)>::new(move |e: web_sys::DragEvent| {
            if has_files(&e) {
                on_drag().emit(false);
                // A drop zone of its own (the survey's) took these files already.
                if e.default_prevented() {
                    return;
                }
                e.prevent_default();
                on_files().emit(files_of(e.data_transfer().and_then(|d| d.files())));
            }
        });
        let window = web_sys::window();
        let each = move |f: &dyn Fn(&web_sys::Window, &str, &js_sys::Function)| {
            if let Some(w) = &window {
                for (name, c) in [
                    ("dragenter", &over),
                    ("dragover", &over),
                    ("dragleave", &leave),
                    ("drop", &drop),
                ] {
                    f(w, name, c.as_ref().unchecked_ref());
                }
            }
        };
        each(&|w, name, f| {
            let _ = w.add_event_listener_with_callback(name, f);
        });
        move || {
            each(&|w, name, f| {
                let _ = w.remove_event_listener_with_callback(name, f);
            });
        }
    });
}
