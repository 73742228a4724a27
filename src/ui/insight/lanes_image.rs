//! The printed report's picture of the lanes with their key facts: a canvas drawn at twice
//! its size by the same drawing function and backend as the screen's lanes (see
//! `chart_image`), under the curve's picture and as wide.

use crate::chart::Theme;
use crate::chart::lanes::{LanesData, draw_lanes, preferred_height};
use crate::i18n::lanes::L;
use crate::i18n::lanes::facts::{LF, lane_facts};
use crate::model::Journey;
use crate::ui::insight::chart_image::PRINT_SCALE;
use crate::ui::use_lang;
use crate::web::canvas::scaled_area;
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LanesImageProps {
    pub journey: Rc<Journey>,
    pub width: u32,
}

#[function_component(LanesImage)]
pub fn lanes_image(p: &LanesImageProps) -> Html {
    let l = use_lang();
    let canvas = use_node_ref();
    let picture = use_memo((p.journey.clone(), l, p.width), |(j, l, w)| {
        let data = LanesData::of_journey(j, *l, Theme::default());
        let h = preferred_height(&data, *w);
        (data, h, lane_facts(*l, j))
    });
    {
        let (canvas, picture) = (canvas.clone(), picture.clone());
        use_effect_with((picture.clone(), p.width), move |(_, w)| {
            let (data, h, _) = &*picture;
            if let Some(area) = canvas
                .cast::<HtmlCanvasElement>()
                .and_then(|c| scaled_area(c, *w, *h, PRINT_SCALE))
            {
                let _ = draw_lanes(&area, data);
            }
        });
    }
    let (_, _, facts) = &*picture;
    if p.journey.touchpoints.is_empty() {
        return html! {};
    }
    html! {
        <figure class="lanes-image">
            <canvas data-testid="lanes-image" role="img" aria-label={L::LanesTitle.get(l)}
                ref={canvas} />
            <figcaption>
                <h2>{ LF::KeyFacts.get(l) }</h2>
                <ul data-testid="lanes-facts">
                    { for facts.iter().map(|f| html! { <li>{ f.clone() }</li> }) }
                </ul>
            </figcaption>
        </figure>
    }
}
