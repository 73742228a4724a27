//! Why a change to a journey was refused.

use super::{
    BankError, MAX_PARTICIPANTS, MAX_PROMISES, MAX_TOUCHPOINTS, MemoryModelError, ScaleError,
};
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
    #[error("an expectation or our own rating must be a number within the scale, {min} to {max}")]
    OutsideScale { min: f64, max: f64 },
    #[error("a touchpoint carries at most {MAX_PROMISES} promises")]
    TooManyPromises,
    #[error("touchpoint {id} has no promise {}", .index + 1)]
    NoSuchPromise { id: u32, index: usize },
    #[error("the contact that caused this one (touchpoint {0}) no longer exists")]
    NoSuchCause(u32),
    #[error("a contact cannot be caused by itself")]
    CausedBySelf,
    #[error("only a failure demand contact has a cause")]
    CauseWithoutFailureDemand,
    #[error(transparent)]
    Bank(#[from] BankError),
    #[error(transparent)]
    Scale(#[from] ScaleError),
    #[error(transparent)]
    Memory(#[from] MemoryModelError),
}
