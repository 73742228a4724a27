//! What the journey means: the chart, the scores, what to fix first, the comparison, the printed report.

pub mod chart_image;
pub mod compare_panel;
pub mod fix_first_list;
pub mod journey_chart;
pub mod journey_lanes;
pub mod keep_promises_offer;
pub mod lanes_image;
pub mod print_report;
pub mod score_card;
