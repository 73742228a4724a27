//! Files and links: the import/export panel, dropping files on the page, the import
//! panel, the share link.

pub mod batch;
pub mod file_drop;
pub mod file_import;
pub mod files_panel;
pub mod importing;
pub mod share_link;
