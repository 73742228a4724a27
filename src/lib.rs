//! Peakend: map a customer journey, rate each touchpoint, and see how it will be
//! remembered (the peak-end rule) next to how it was lived.
//!
//! The pure core (`model`, `analysis`, `io`, `chart`, `i18n`, `presets`) has no web
//! imports and is tested natively; `web` is the browser edge (state, storage, platform
//! helpers, side effects) and `ui` the screens, one folder each. Dependencies run `ui → web → core`.

pub mod analysis;
pub mod chart;
pub mod i18n;
pub mod io;
pub mod model;
pub mod presets;
pub mod ui;
pub mod web;

/// The page address's query and fragment (empty outside a browser).
fn address() -> (String, String) {
    let location = web_sys::window().map(|w| w.location());
    let get = |f: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
        location
            .as_ref()
            .and_then(|l| f(l).ok())
            .unwrap_or_default()
    };
    (get(web_sys::Location::search), get(web_sys::Location::hash))
}

/// Mounts the app into the page's `<body>`, showing what the address asks for.
pub fn run() {
    let (query, fragment) = address();
    let route = web::route::Route::parse(&query, &fragment);
    // A served page has its own, far smaller embed page; the single file and the SCORM
    // package (`one-program`) have none beside them and show the embed themselves.
    #[cfg(not(feature = "one-program"))]
    if matches!(route.view, web::route::View::Embed(_)) {
        web::address::go_to_page("embed.html", &query, &fragment);
        return;
    }
    #[cfg(feature = "one-program")]
    if let web::route::View::Embed(flags) = &route.view {
        ui::embed::page::run(&route, flags.clone());
        return;
    }
    // A share link: the receiver's read-only page (beside this one when served; the page
    // itself in the single file), not the workspace, until they make their own copy.
    if route.opens_shared_page() {
        #[cfg(not(feature = "one-program"))]
        web::address::go_to_page("shared.html", &query, &fragment);
        #[cfg(feature = "one-program")]
        ui::shared::run(&route, &query);
        return;
    }
    let Some(body) = web::dom::document().body() else {
        return;
    };
    // The workspace lasts as long as the browser's page.
    std::mem::forget(ui::workspace::app::start(body.into(), &route));
    ui::workspace::app::reload_on_new_link();
}

/// Mounts only the course embed (the `embed` binary, `embed.html`): the chart, the score
/// card, the lanes and the presets, or the journey of a shared link. Nothing of the
/// workspace is reachable from here, so none of it is in that binary.
pub fn run_embed() {
    let (query, fragment) = address();
    let (route, flags) = web::route::Route::parse_embed(&query, &fragment);
    ui::embed::page::run(&route, flags);
}

/// Mounts only the receiver's page of a share link (the `shared` binary, `shared.html`):
/// the journey read-only and "Make my own copy". Nothing of the workspace is reachable
/// from here either.
pub fn run_shared() {
    let (query, fragment) = address();
    ui::shared::run(&web::route::Route::parse(&query, &fragment), &query);
}
