//! Peakend: map a customer journey, rate each touchpoint, and see how it will be
//! remembered (the peak-end rule) next to how it was lived.
//!
//! The pure core (`model`, `analysis`, `io`, `chart`, `i18n`, `presets`) has no web
//! imports and is tested natively; `state`, `storage` and `components` are the browser edge.

pub mod analysis;
pub mod chart;
pub mod components;
pub mod i18n;
pub mod io;
pub mod model;
pub mod presets;
pub mod state;
pub mod storage;

pub use components::App;

/// Mounts the app into the page's `<body>`.
pub fn run() {
    yew::Renderer::<App>::new().render();
}
