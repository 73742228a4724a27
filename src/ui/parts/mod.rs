//! Parts built with plain DOM (`web::dom`), without a framework, that every page shares:
//! the score card and its formula, what to fix first. The course embed and a share link's
//! page build them directly; the workspace places them in its yew tree (`ui::plain`).

pub mod curve;
pub mod fix_first;
pub mod lanes;
pub mod scores;
