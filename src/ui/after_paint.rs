//! What the screen does not need at once waits for the frame that shows the rest.
//!
//! Opening the workspace builds the touchpoints, the chart and the lanes first. The
//! rest (the score card, what to fix first, the panels, the settings and phases inside
//! their closed `<details>`, the printed report) is built right after the browser has
//! painted that first screen: one frame later, out of the way of the rows a person
//! looks at first. Nothing waits for it: it is there before anyone can scroll to it.
//!
//! In the same way, what to fix first follows a change one frame after the chart: on a
//! long journey, ranking every touchpoint again no longer holds back the redrawn curve.
//! So does an open panel of the panels program, unless someone is typing in it.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Calls `f` once the next frame has been painted: a task queued from the frame's
/// animation callback runs after that frame. A hidden page paints nothing, so there
/// `f` runs as the next task.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return f();
    };
    let next_task = {
        let window = window.clone();
        let f = Closure::once_into_js(f);
        move || {
            let _ =
                window.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), 0);
        }
    };
    let hidden = window.document().is_some_and(|d| d.hidden());
    if hidden {
        return next_task();
    }
    let frame: js_sys::Function = Closure::once_into_js(next_task).unchecked_into();
    if window.request_animation_frame(&frame).is_err() {
        // No frames to wait for: the timer alone.
        let _ = frame.call0(&wasm_bindgen::JsValue::UNDEFINED);
    }
}
