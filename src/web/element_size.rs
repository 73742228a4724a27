//! Following an element's size: a `ResizeObserver` that stops when dropped, and a hook that
//! keeps a component's width current whatever changed it (the window, a side panel, the
//! layout), not only on window resize.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

/// Watches an element's size until dropped.
pub struct SizeWatch {
    observer: web_sys::ResizeObserver,
    _on_resize: Closure<dyn Fn()>,
}

impl Drop for SizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `f` whenever `el` changes size, and once when watching starts. `None` where the
/// browser has no `ResizeObserver`.
pub fn observe_size(el: &web_sys::Element, f: impl Fn() + 'static) -> Option<SizeWatch> {
    let on_resize = Closure::<dyn Fn()>::new(f);
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(el);
    Some(SizeWatch {
        observer,
        _on_resize: on_resize,
    })
}

/// The width of `node`'s element in CSS pixels, kept current as its box changes width.
#[hook]
pub fn use_width(node: NodeRef) -> u32 {
    // `_eq`: a change of height alone (the canvas redrawn taller) renders nothing again.
    let width = use_state_eq(|| 0u32);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let el = node.cast::<web_sys::Element>();
            let measure = {
                let el = el.clone();
                move || {
                    if let Some(el) = &el {
                        width.set(el.client_width().max(0) as u32);
                    }
                }
            };
            measure();
            let watch = el.and_then(|el| observe_size(&el, measure));
            move || drop(watch)
        });
    }
    *width
}
