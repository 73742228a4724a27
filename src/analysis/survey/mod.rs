//! Survey statistics: per respondent peak, end, mean, first, trough, trend and the
//! remembered score; across respondents the customers' curve with its uncertainty, whether
//! the remembered score predicts the overall verdict better than the mean (Pearson r,
//! Fisher CIs, Williams' t), fitted weights, NPS with an adjusted-Wald CI, and what
//! separates promoters from detractors, per segment. Definitions: `docs/SCORING.md`.
//!
//! Pure Rust, run in the survey worker and by `analyze --survey`. Never NaN in the report.

mod report;

pub use report::*;
