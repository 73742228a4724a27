//! The workspace screen: the page a consultant works in (header, library, toolbar), assembling the editor and the insight.

pub mod app;
pub mod journey_header;
pub mod journey_toolbar;
pub mod library_panel;
pub mod page;
pub mod screen;
pub mod status;
