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

/// Sends `?embed…` on to the course embed's own page beside this one (`embed.html`), with
/// the same query and fragment, as the page's inline script does before this program
/// loads (build/postbuild.mjs); for an address that reached the program anyway.
#[cfg(not(feature = "one-program"))]
pub fn go_to_embed_page(query: &str, fragment: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w
            .location()
            .replace(&format!("embed.html{query}{fragment}"));
    }
}
