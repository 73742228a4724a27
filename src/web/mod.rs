//! The browser edge: the address (route), the workspace state and its saving, storage,
//! and platform helpers (clipboard, download, language, window events) and hooks.
//! Never imports `ui`; the pure core never imports this.

pub mod address;
pub mod canvas;
pub mod clipboard;
pub mod dialog;
pub mod download;
pub mod drop_zone;
pub mod element_size;
pub mod embed_host;
pub mod lang;
pub mod local_file;
pub mod persistence;
pub mod route;
pub mod state;
pub mod storage;
pub mod survey;
pub mod window_events;
