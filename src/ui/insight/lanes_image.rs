//! The lanes as a still picture with their key facts in words: the same drawing function
//! as the lanes panel's canvas, on plotters' SVG backend, shown as an `<img>` (sharp on
//! paper). The printed report and the shared view show it.

use crate::chart::Theme;
use crate::chart::lanes::{LanesData, lanes_svg, preferred_height};
use crate::i18n::lanes::L;
use crate::i18n::lanes_facts::{LF, lane_facts};
use crate::model::Journey;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LanesImageProps {
    pub journey: Rc<Journey>,
    #[prop_or(960)]
    pub width: u32,
}

/// The lanes (`lanes-image`) and their facts (`lanes-facts`), one sentence per item.
#[function_component(LanesImage)]
pub fn lanes_image(p: &LanesImageProps) -> Html {
    let l = use_lang();
    let picture = use_memo((p.journey.clone(), l, p.width), |(j, l, w)| {
        let data = LanesData::of_journey(j, *l, Theme::default());
        let h = preferred_height(&data, *w);
        let svg = lanes_svg(&data, *w, h);
        let src = format!(
            "data:image/svg+xml;charset=utf-8,{}",
            js_sys::encode_uri_component(&svg)
        );
        (src, h, lane_facts(*l, j))
    });
    let (src, height, facts) = &*picture;
    if p.journey.touchpoints.is_empty() {
        return html! {};
    }
    html! {
        <figure class="lanes-image">
            <img data-testid="lanes-image" src={src.clone()} alt={L::LanesTitle.get(l)}
                width={p.width.to_string()} height={height.to_string()} />
            <figcaption>
                <h2>{ LF::KeyFacts.get(l) }</h2>
                <ul data-testid="lanes-facts">
                    { for facts.iter().map(|f| html! { <li>{ f.clone() }</li> }) }
                </ul>
            </figcaption>
        </figure>
    }
}
