//! The screens and parts a user sees, one folder per screen. Each component shows data and dispatches actions;
//! no score or rule is computed here.

pub mod after_paint;
pub mod editor;
pub mod embed;
pub mod files;
pub mod insight;
pub mod interview;
pub mod lazy;
pub mod parts;
pub mod plain;
pub mod plan;
pub mod present;
pub mod shared;
pub mod slot;
pub mod stories;
pub mod survey;
pub mod workshop;
pub mod workspace;

pub use editor::memory_model_setting::{MemoryModelSetting, MemoryModelSettingProps};
pub use editor::phase_editor::{PhaseEditor, PhaseEditorProps};
pub use editor::scale_setting::{ScaleSetting, ScaleSettingProps};
pub use editor::touchpoint_details::{TouchpointDetails, TouchpointDetailsProps};
pub use editor::touchpoint_lanes::{TouchpointLanes, TouchpointLanesProps};
pub use editor::touchpoint_list::TouchpointList;
pub use insight::compare_panel::ComparePanel;
pub use insight::fix_first_list::FixFirstList;
pub use insight::journey_chart::JourneyChart;
pub use insight::score_card::ScoreCard;

use crate::i18n::{Lang, T};
use yew::prelude::*;

/// The interface language, provided once by the panels program's root.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// Shorthand for a translated string inside `html!`.
pub fn tr(lang: Lang, key: T) -> &'static str {
    key.get(lang)
}
