//! The printed report's picture of the lanes with their key facts: a canvas drawn at twice
//! its size by the same drawing function and backend as the screen's lanes (see
//! `chart_image`), under the curve's picture and as wide.

use crate::chart::Theme;
use crate::chart::lanes::{LanesData, draw_lanes, preferred_height};
use crate::i18n::Lang;
use crate::i18n::lanes::L;
use crate::i18n::lanes::facts::{LF, lane_facts};
use crate::model::Journey;
use crate::ui::insight::chart_image::PRINT_SCALE;
use crate::web::canvas::scaled_area;
use crate::web::dom::El;

/// The lanes of `j`, `width` CSS pixels wide, with their key facts; `None` without
/// touchpoints.
pub fn lanes_image(l: Lang, j: &Journey, width: u32) -> Option<El> {
    if j.touchpoints.is_empty() {
        return None;
    }
    let data = LanesData::of_journey(j, l, Theme::default());
    let height = preferred_height(&data, width);
    let canvas = El::new("canvas")
        .testid("lanes-image")
        .attr("role", "img")
        .attr("aria-label", L::LanesTitle.get(l));
    if let Some(area) = scaled_area(canvas.typed(), width, height, PRINT_SCALE) {
        let _ = draw_lanes(&area, &data);
    }
    let facts = lane_facts(l, j).into_iter().map(|f| El::new("li").text(&f));
    Some(
        El::new("figure").class("lanes-image").child(canvas).child(
            El::new("figcaption")
                .child(El::new("h2").text(LF::KeyFacts.get(l)))
                .child(El::new("ul").testid("lanes-facts").children(facts)),
        ),
    )
}
