//! Files and links: the import/export panel, the import flow, the share link.

pub mod file_import;
pub mod files_panel;
pub mod importing;
pub mod share_link;
