//! Parts built with plain DOM (`web::dom`), without a framework, that the pages beside
//! the workspace share: the score card and its formula (the course embed's and a share
//! link's page). The workspace draws its own in Yew (`ui::insight`): hosting these in its
//! tree instead measured 1.7 KB brotli larger.

pub mod scores;
