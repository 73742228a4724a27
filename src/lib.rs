//! Peakend: map a customer journey, rate each touchpoint, and see how it will be
//! remembered (the peak-end rule) next to how it was lived.
//!
//! The pure core (`model`, `analysis`, `io`, `chart`, `i18n`, `presets`) has no web
//! imports and is tested natively; `web` is the browser edge (state, storage, platform
//! helpers, hooks) and `ui` the screens, one folder each. Dependencies run `ui → web → core`.

pub mod analysis;
pub mod chart;
pub mod i18n;
pub mod io;
pub mod model;
pub mod presets;
pub mod ui;
pub mod web;

pub use ui::{App, Root, RootProps};

/// Mounts the app into the page's `<body>`, showing what the address asks for.
pub fn run() {
    let location = web_sys::window().map(|w| w.location());
    let get = |f: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
        location
            .as_ref()
            .and_then(|l| f(l).ok())
            .unwrap_or_default()
    };
    let route = web::route::Route::parse(
        &get(web_sys::Location::search),
        &get(web_sys::Location::hash),
    );
    yew::Renderer::<Root>::with_props(RootProps { route }).render();
}
