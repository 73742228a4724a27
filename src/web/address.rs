//! The page's own address.

use wasm_bindgen::JsValue;

/// Drops the fragment from the address without reloading, so a reload shows the workspace.
pub fn clear_fragment() {
    if let Some(w) = web_sys::window() {
        let loc = w.location();
        let bare = format!(
            "{}{}",
            loc.pathname().unwrap_or_default(),
            loc.search().unwrap_or_default()
        );
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&bare));
        }
    }
}
