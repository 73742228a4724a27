//! The screens and parts a user sees. Each component shows data and dispatches actions;
//! no score or rule is computed here.

mod add_touchpoint_form;
mod app;
mod download;
mod journey_chart;
mod journey_header;
mod journey_toolbar;
mod library_panel;
mod score_card;
mod touchpoint_list;
mod touchpoint_row;

pub use app::App;
pub use journey_chart::JourneyChart;
pub use score_card::ScoreCard;
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
