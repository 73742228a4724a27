//! The lanes under the journey curve (the emotional bank account, and the promises,
//! failure demand and expectations when the journey has them), on a canvas as wide as
//! the curve's so each mark sits under its touchpoint, with the lanes' key facts in words.

use crate::chart::Theme;
use crate::chart::lane_choice::LaneChoice;
use crate::chart::lanes::{LanesData, draw_lanes, preferred_height};
use crate::i18n::lanes::L;
use crate::i18n::lanes_text::lanes_summary;
use crate::model::Journey;
use crate::ui::use_lang;
use crate::web::canvas::sized_backend;
use crate::web::element_size::use_width;
use plotters::prelude::IntoDrawingArea;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JourneyLanesProps {
    pub journey: Rc<Journey>,
    /// Only these lanes (the embed's `lanes=`); `None`: every lane the journey has.
    #[prop_or_default]
    pub only: Option<LaneChoice>,
    /// Type and line sizes; presentation mode draws bigger, `?dark` draws dark.
    #[prop_or_default]
    pub theme: Theme,
}

/// The lanes (`journey-lanes`), drawn from `analysis::lanes` by `chart::lanes`.
#[function_component(JourneyLanes)]
pub fn journey_lanes(p: &JourneyLanesProps) -> Html {
    let l = use_lang();
    let box_ref = use_node_ref();
    let canvas_ref = use_node_ref();
    let width = use_width(box_ref.clone());
    let data = use_memo(
        (p.journey.clone(), l, p.only, p.theme),
        |(j, l, only, theme)| {
            let d = LanesData::of_journey(j, *l, *theme);
            match only {
                Some(c) => d.only(*c),
                None => d,
            }
        },
    );
    let height = preferred_height(&data, width);
    {
        let canvas_ref = canvas_ref.clone();
        use_effect_with(
            (data.clone(), width, height),
            move |(data, width, height)| {
                if let Some(backend) = sized_backend(&canvas_ref, *width, *height) {
                    let _ = draw_lanes(&backend.into_drawing_area(), data);
                }
            },
        );
    }
    if p.journey.touchpoints.is_empty() || data.lanes.is_empty() {
        return html! {};
    }
    let summary = lanes_summary(l, &data);
    html! {
        <figure class="chart lanes" ref={box_ref}>
            <canvas ref={canvas_ref} data-testid="journey-lanes" role="img"
                aria-label={format!("{}. {}", L::LanesTitle.get(l), summary)} />
            <figcaption data-testid="lanes-summary">{ summary }</figcaption>
        </figure>
    }
}
