//! The lanes under the journey curve (the emotional bank account, and the promises,
//! failure demand and expectations when the journey has them), on a canvas as wide as
//! the curve's so each mark sits under its touchpoint, with the lanes' key facts in words;
//! then the blind spots (our own rating against the customer's) when the team gave its own
//! ratings, and where the customer's side comes from when a survey supplies it.

use crate::analysis::lanes::{SurveySide, customer_side, expectations};
use crate::chart::Theme;
use crate::chart::lane_choice::LaneChoice;
use crate::chart::lanes::{LanesData, draw_lanes, preferred_height};
use crate::i18n::lanes::L;
use crate::i18n::lanes::blind_spots::blind_spots;
use crate::i18n::lanes::facts::remembered_ours;
use crate::i18n::lanes::text::lanes_summary;
use crate::i18n::survey_lambda;
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
    /// The attached survey's means as the customer's side, when it matched touchpoints.
    #[prop_or_default]
    pub survey: Option<Rc<SurveySide>>,
}

/// The lanes (`journey-lanes`), drawn from `analysis::lanes` by `chart::lanes`; the blind
/// spots (`lanes-blind-spots`) and the customer's side (`lanes-customer-side`).
#[function_component(JourneyLanes)]
pub fn journey_lanes(p: &JourneyLanesProps) -> Html {
    let l = use_lang();
    let box_ref = use_node_ref();
    let canvas_ref = use_node_ref();
    let width = use_width(box_ref.clone());
    // The survey only where it fits this journey (its touchpoints may have changed since).
    let side = p
        .survey
        .clone()
        .filter(|s| s.means.len() == p.journey.touchpoints.len() && s.matched() > 0);
    let data = use_memo(
        (p.journey.clone(), side.clone(), l, p.only, p.theme),
        |(j, side, l, only, theme)| {
            let means = side.as_ref().map_or(&[][..], |s| &s.means[..]);
            let d = LanesData::of_journey_with(j, *l, *theme, means);
            match only {
                Some(c) => d.only(*c),
                None => d,
            }
        },
    );
    let spots = use_memo((p.journey.clone(), side.clone()), |(j, side)| {
        let ours: Vec<Option<f64>> = j.touchpoints.iter().map(|t| t.ours).collect();
        if ours.iter().all(Option::is_none) {
            return None;
        }
        let means = side.as_ref().map_or(&[][..], |s| &s.means[..]);
        let theirs = customer_side(&j.ratings(), means).ok()?;
        expectations(&theirs, &[], &ours, &j.scale, &j.memory)
            .ok()
            .map(|x| x.blind_spots)
    });
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
    let compares = spots.is_some() || p.journey.touchpoints.iter().any(|t| t.expected.is_some());
    html! {
        <figure class="chart lanes" ref={box_ref}>
            <canvas ref={canvas_ref} data-testid="journey-lanes" role="img"
                aria-label={format!("{}. {}", L::LanesTitle.get(l), summary)} />
            <figcaption data-testid="lanes-summary">{ summary }</figcaption>
            if let Some(spots) = spots.as_ref() {
                <p class="lanes-note" data-testid="lanes-blind-spots">
                    { blind_spots(l, spots, &data.labels) }</p>
            }
            if let Some(we) = remembered_ours(l, &p.journey) {
                <p class="lanes-note" data-testid="lanes-remembered-ours">{ we }</p>
            }
            if let (Some(s), true) = (side.as_ref(), compares) {
                <p class="lanes-note hint" data-testid="lanes-customer-side" data-respondents={s.respondents.to_string()}>
                    { survey_lambda::customer_side(l, s.respondents, s.matched(), s.means.len()) }</p>
            }
        </figure>
    }
}
