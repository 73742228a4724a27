//! The workspace's rarely opened panels as a program of their own, fetched the first time
//! one is opened: what the two programs say ([`protocol`]), the workspace's place that
//! loads and feeds a panel ([`host`], and behind a summary [`details_open`]), and the panels
//! program's side ([`guest`], [`panel_root`]). The single file is one program instead
//! (`one-program`): there the same messages go to the panel directly.

pub mod details_open;
pub mod guest;
pub mod host;
pub mod panel_root;
pub mod protocol;
mod read_out;

pub use details_open::{Details, DetailsValue};
pub use protocol::{Kind, StoryFocus};
