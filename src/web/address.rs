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

/// Sends the visitor on to `page`, a page beside this one (`embed.html` for `?embed…`,
/// `shared.html` for a share link), with the same query and fragment, as the page's
/// inline script does before this program loads (build/postbuild.mjs); for an address
/// that reached the program anyway.
#[cfg(not(feature = "one-program"))]
pub fn go_to_page(page: &str, query: &str, fragment: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(&format!("{page}{query}{fragment}"));
    }
}

/// The workspace's address from the receiver's page of a share link (`query`: that
/// page's): beside it when served, the page itself in the single file; with `copy`, the
/// link whose journey the workspace adds to its library.
pub fn workspace_address(query: &str, copy: Option<&str>) -> String {
    let query = crate::web::route::workspace_query(query, copy.is_some());
    let fragment = copy.map(|t| format!("#{t}")).unwrap_or_default();
    #[cfg(not(feature = "one-program"))]
    let page = "index.html".to_string();
    #[cfg(feature = "one-program")]
    let page = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    format!("{page}{query}{fragment}")
}

/// Opens `address` (a new entry in the history: Back returns here).
pub fn go_to(address: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().assign(address);
    }
}

/// Drops `?copy` and the fragment from the address once the copy is made, so a reload
/// shows the workspace and copies nothing twice.
pub fn forget_copy() {
    if let Some(w) = web_sys::window() {
        let loc = w.location();
        let query = crate::web::route::workspace_query(&loc.search().unwrap_or_default(), false);
        let bare = format!("{}{query}", loc.pathname().unwrap_or_default());
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&bare));
        }
    }
}
