//! The presentation mode for a projector.

pub mod presentation_view;
pub mod presenting;
pub mod story_slide;
