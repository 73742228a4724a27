//! The screens and parts a user sees. Each component shows data and dispatches actions;
//! no score or rule is computed here.

mod add_touchpoint_form;
mod app;
mod chart_image;
mod compare_panel;
mod dialog;
mod download;
mod drop_zone;
mod embed_dialog;
mod embed_host;
mod embed_ratings;
mod embed_view;
mod file_import;
mod files_panel;
mod fix_first_list;
mod group_results;
mod group_round;
mod importing;
mod journey_chart;
mod journey_header;
mod journey_toolbar;
mod library_panel;
mod memory_model_setting;
mod participant_setup;
mod paste_votes;
mod phase_editor;
mod presentation_view;
mod print_report;
mod root;
mod scale_setting;
mod score_card;
mod score_formula;
mod share_link;
mod shared_view;
mod touchpoint_details;
mod touchpoint_list;
mod touchpoint_row;
mod touchpoint_table;
mod vote_input;
mod window_events;
mod workspace_hooks;

pub use app::{App, AppProps};
pub use compare_panel::{ComparePanel, ComparePanelProps};
pub use fix_first_list::{FixFirstList, FixFirstListProps};
pub use journey_chart::JourneyChart;
pub use memory_model_setting::{MemoryModelSetting, MemoryModelSettingProps};
pub use phase_editor::{PhaseEditor, PhaseEditorProps};
pub use root::{Root, RootProps};
pub use scale_setting::{ScaleSetting, ScaleSettingProps};
pub use score_card::{ScoreCard, ScoreCardProps};
pub use score_formula::{ScoreFormula, ScoreFormulaProps};
pub use touchpoint_details::{TouchpointDetails, TouchpointDetailsProps};
pub use touchpoint_list::TouchpointList;

use crate::i18n::{Lang, T};
use yew::prelude::*;

/// The interface language, provided once by [`App`].
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// Shorthand for a translated string inside `html!`.
pub fn tr(lang: Lang, key: T) -> &'static str {
    key.get(lang)
}
