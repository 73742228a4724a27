//! The workspace's rarely opened panels as a program of their own, fetched the first time
//! one is opened: what the two programs say ([`protocol`]), the workspace's placeholder
//! that loads and feeds a panel ([`lazy_panel`]), and the panels program's side
//! ([`guest`], [`panel_root`]).

pub mod guest;
pub mod lazy_panel;
pub mod panel_root;
pub mod protocol;

pub use lazy_panel::LazyPanel;
pub use protocol::{Kind, StoryFocus};
