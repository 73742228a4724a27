//! The panels program (`panels.html`'s wasm): the rarely opened screens of the workspace
//! (stories, the twelve-week plan, interviews, the group round, the embed dialog, the
//! survey, import and export, the settings, the phases, a touchpoint's Details and
//! presentation mode), fetched the first time one of them is opened, so the workspace's first visit
//! downloads less. It shares the library crate; the workspace talks to it through these
//! exports (`peakend::ui::lazy`).

use wasm_bindgen::prelude::*;

fn main() {
    // Nothing to start: the workspace mounts panels when they are opened.
}

/// Mounts panel `kind` into `root` with `state` (JSON); `host` receives its messages;
/// `files` are the files to import that go with the state (or `undefined`).
#[wasm_bindgen]
pub fn mount(
    kind: &str,
    root: web_sys::Element,
    state: &str,
    host: js_sys::Function,
    files: JsValue,
) -> Result<u32, JsValue> {
    peakend::ui::lazy::guest::mount(kind, root, state, host, files)
        .map_err(|e| JsValue::from_str(&e))
}

/// Gives mount `id` a new state (JSON), with its files as for `mount`.
#[wasm_bindgen]
pub fn update(id: u32, state: &str, files: JsValue) -> Result<(), JsValue> {
    peakend::ui::lazy::guest::update(id, state, files).map_err(|e| JsValue::from_str(&e))
}

/// Takes mount `id` away.
#[wasm_bindgen]
pub fn unmount(id: u32) {
    peakend::ui::lazy::guest::unmount(id);
}
