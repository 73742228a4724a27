//! The survey screen: bring in a survey export, map its columns, and see what the
//! customers' answers say about the journey (the verdict, the curve, NPS, weights,
//! drivers). Components show the analysis; none computes a statistic.

pub mod bad_answers;
pub mod column_roles;
pub mod customer_lambda;
pub mod drivers_list;
pub mod file_chooser;
pub mod fitted_weights;
pub mod mapping_step;
pub mod nps_card;
pub mod predictors_table;
pub mod reading_progress;
pub mod survey_chart;
pub mod survey_panel;
pub mod survey_results;
pub mod survey_view;
pub mod touchpoint_match;
pub mod verdict_card;

pub use survey_panel::respondents_after;
pub use survey_view::{SurveyView, SurveyViewProps};
