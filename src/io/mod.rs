//! Reading and writing journeys: the JSON file format, and later CSV and share links.
//!
//! Pure Rust: never imports yew, web-sys or wasm-bindgen.

pub mod csv;
pub mod embed_ratings;
pub mod ics;
pub mod import;
pub mod json;
pub mod legacy;
pub mod link;
pub mod mermaid;
pub mod share;
pub mod survey;
