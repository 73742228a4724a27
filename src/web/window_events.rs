//! Listening to the window from an effect: one helper, so every listener is removed when
//! its effect ends.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Calls `f` for every `event` of type `E` on the window, until the returned function is
/// called (return it from `use_effect` as the cleanup).
pub fn listen<E: JsCast + 'static>(event: &'static str, f: impl Fn(E) + 'static) -> impl FnOnce() {
    let closure = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
        if let Ok(e) = e.dyn_into::<E>() {
            f(e);
        }
    });
    let window = web_sys::window();
    if let Some(w) = &window {
        let _ = w.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    }
    move || {
        if let Some(w) = window {
            let _ = w.remove_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        }
    }
}

/// Calls `f` whenever anything in the page scrolls (the window or any scrolling element: a
/// capturing listener, as scroll events do not bubble) or the window changes size, until the
/// returned function is called.
pub fn on_scroll_or_resize(f: impl Fn() + 'static) -> impl FnOnce() {
    let closure = Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| f());
    let window = web_sys::window();
    if let Some(w) = &window {
        let cb = closure.as_ref().unchecked_ref();
        let _ = w.add_event_listener_with_callback_and_bool("scroll", cb, true);
        let _ = w.add_event_listener_with_callback("resize", cb);
    }
    move || {
        if let Some(w) = window {
            let cb = closure.as_ref().unchecked_ref();
            let _ = w.remove_event_listener_with_callback_and_bool("scroll", cb, true);
            let _ = w.remove_event_listener_with_callback("resize", cb);
        }
    }
}
