//! The guided interview of seed 001: the interviews done with a journey's customers, and
//! the five questions asked one at a time, each answer linked to the touchpoints it
//! speaks about. Shows and dispatches only; the rules live in `model::interview`.

pub mod interview_form;
pub mod interview_list;
pub mod interview_panel;
pub mod question_step;
pub mod touchpoint_links;
