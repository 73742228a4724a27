//! A journey opened from a share link, read-only.

pub mod shared_view;
