//! Copying text to the clipboard: one helper for every "Copy" button.

use wasm_bindgen::JsCast;

/// Copies `text`; `false` when the browser has no clipboard here (an insecure context,
/// some frames) or refuses, so the caller can show the text to copy by hand.
pub async fn copy_text(text: &str) -> bool {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    // Absent outside secure contexts: look before calling.
    let Ok(clip) = js_sys::Reflect::get(&nav, &"clipboard".into()) else {
        return false;
    };
    let Ok(clip) = clip.dyn_into::<web_sys::Clipboard>() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(clip.write_text(text))
        .await
        .is_ok()
}
