//! What the team does with a journey (seeds `000` and `003`): the pattern in the stories,
//! the words they share, the top ten moments of truth, and the norms and run chart of the
//! twelve-week plan. Counts and rankings, defined in `docs/SCORING.md`.

mod filter;
mod moments;
mod stories;
mod words;

pub use filter::{StoryFilter, filtered_newest_first};
pub use moments::{
    Moment, MomentExport, Norm, RunPoint, longest_run, moments_of_truth, norms, run_chart,
};
pub use stories::{
    Patterns, PhaseStories, StoriesExport, Tally, ThemeStories, TouchpointStories,
    TouchpointStoriesExport, counts_per_touchpoint, patterns,
};
pub use words::{MAX_WORDS, MIN_STORIES, StoryLang, Word, recurring_words, story_lang};
