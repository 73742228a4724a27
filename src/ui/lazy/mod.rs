//! The workspace's rarely opened panels as a program of their own, fetched the first time
//! one is opened: what the two programs say ([`protocol`]), the workspace's placeholder
//! that loads and feeds a panel ([`lazy_panel`], [`fetched_panel`]), and the panels
//! program's side ([`guest`], [`panel_root`]). The single file is one program instead
//! (`one-program`): there the placeholder shows the panel itself (`inline_panel`).

pub mod details_open;
#[cfg(not(feature = "one-program"))]
pub mod fetched_panel;
pub mod guest;
#[cfg(feature = "one-program")]
pub mod inline_panel;
pub mod lazy_panel;
pub mod panel_root;
pub mod protocol;
// The single file's one program hands messages over as they are, without JSON.
#[cfg(any(test, not(feature = "one-program")))]
mod read_out;

pub use details_open::{DetailsOpen, LazyDetails, use_details_open};
/// The panel as the workspace places it: fetched on the hosted page, inline in the single
/// file.
#[cfg(not(feature = "one-program"))]
pub use fetched_panel::FetchedPanel as LazyPanel;
#[cfg(feature = "one-program")]
pub use inline_panel::InlinePanel as LazyPanel;
pub use protocol::{Kind, StoryFocus};
