//! Parts built with plain DOM (`web::dom`), without a framework, that every page shares:
//! the score card and its formula, what to fix first, the curve, the lanes, the table of
//! touchpoints. The pages build them directly; the presentation places them in its yew
//! tree (`ui::plain`).

pub mod curve;
pub mod fix_first;
pub mod lanes;
pub mod scores;
pub mod table;
