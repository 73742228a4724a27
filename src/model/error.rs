//! Why a change to a journey was refused.

use super::{
    BankError, MAX_INTERVIEWS, MAX_PARTICIPANTS, MAX_PROMISES, MAX_TOUCHPOINTS, MemoryModelError,
    ScaleError,
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
    #[error("a journey keeps at most {MAX_INTERVIEWS} interviews")]
    TooManyInterviews,
    #[error("there is no interview with id {0}")]
    NoSuchInterview(u32),
    #[error("“{0}” is not a date of the form YYYY-MM-DD")]
    BadDate(String),
    #[error("there is no story {}", .0 + 1)]
    NoSuchStory(usize),
    #[error("a journey keeps at most {} stories", super::MAX_STORIES)]
    TooManyStories,
    #[error("a plan starts on a Friday, the day the first moment is picked")]
    NotAFriday,
    #[error("this journey has no plan yet")]
    NoPlan,
    #[error("this journey already has a plan")]
    PlanExists,
    #[error("the plan has no week {}", .0 + 1)]
    NoSuchWeek(usize),
    #[error("a plan holds at most {} weeks", super::MAX_PLAN_WEEKS)]
    TooManyWeeks,
    #[error(
        "the team's top holds at most {} different moments of truth",
        super::TOP_MOMENTS
    )]
    TooManyMoments,
    #[error(transparent)]
    Date(#[from] super::DateError),
    #[error(transparent)]
    Bank(#[from] BankError),
    #[error(transparent)]
    Scale(#[from] ScaleError),
    #[error(transparent)]
    Memory(#[from] MemoryModelError),
}
