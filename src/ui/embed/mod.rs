//! The compact embed for course pages, and the dialog that writes its snippet.

pub mod embed_dialog;
pub mod embed_lanes_choice;
pub mod embed_subject;
pub mod page;
