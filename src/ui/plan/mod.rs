//! The moments of truth and the twelve weeks of attention (seed `003`): the ranked top ten,
//! the plan's weeks, the norms kept, and the remembered score over the weeks.

pub mod moments_top;
pub mod norms_list;
pub mod plan_board;
pub mod plan_panel;
pub mod plan_start;
pub mod run_chart;
pub mod week_card;
