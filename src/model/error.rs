//! Why a change to a journey was refused.

use super::{MAX_PARTICIPANTS, MAX_TOUCHPOINTS, MemoryModelError, ScaleError};
use thiserror::Error;

/// Why an action could not be applied. The journey is left exactly as it was.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum ModelError {
    #[error("there is no touchpoint with id {0}")]
    NoSuchTouchpoint(u32),
    #[error("there is no phase with id {0}")]
    NoSuchPhase(u32),
    #[error("a rating must be a number")]
    RatingNotANumber,
    #[error("a duration must be a number of zero or more")]
    BadDuration,
    #[error("a journey holds at most {MAX_TOUCHPOINTS} touchpoints")]
    TooManyTouchpoints,
    #[error("there is no participant {}", .0 + 1)]
    NoSuchParticipant(usize),
    #[error("a rating must lie within the scale, {min} to {max}")]
    VoteOutsideScale { min: f64, max: f64 },
    #[error("a group round holds at most {} participants", MAX_PARTICIPANTS)]
    TooManyParticipants,
    #[error(transparent)]
    Scale(#[from] ScaleError),
    #[error(transparent)]
    Memory(#[from] MemoryModelError),
}
