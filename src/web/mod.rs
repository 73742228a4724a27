//! The browser edge: the address (route), the workspace state and its saving, storage,
//! the page's side effects (saving, other tabs, the undo keys) and platform helpers
//! (clipboard, download, language, window events).
//! Never imports `ui`; the pure core never imports this.

pub mod address;
pub mod canvas;
pub mod clipboard;
pub mod dialog;
pub mod dom;
pub mod download;
pub mod drop_zone;
pub mod element_size;
pub mod embed_host;
pub mod lang;
pub mod local_file;
pub mod panels;
pub mod persistence;
pub mod route;
pub mod state;
pub mod storage;
pub mod survey;
pub mod window_events;

/// Today's date in the browser's time zone (`None` outside the years a date may carry).
pub fn today() -> Option<crate::model::Date> {
    let d = js_sys::Date::new_0();
    let (y, m, day) = (d.get_full_year(), d.get_month() + 1, d.get_date());
    crate::model::Date::new(y as i32, m as u8, day as u8).ok()
}
