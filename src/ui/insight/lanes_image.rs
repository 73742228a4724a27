//! The lanes as a still picture with their key facts in words: the same drawing function
//! as the lanes panel's canvas, on plotters' SVG backend, shown as an `<img>` (sharp on
//! paper). The printed report and the shared view show it.

use crate::chart::Theme;
use crate::chart::lanes::{LanesData, lanes_svg, preferred_height};
use crate::i18n::lanes::L;
use crate::i18n::lanes::facts::{LF, lane_facts};
use crate::model::Journey;
use crate::ui::use_lang;
use crate::web::element_size::use_width;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LanesImageProps {
    pub journey: Rc<Journey>,
    /// The drawing's width in pixels: the chart's above, so each mark sits under its
    /// touchpoint when both are scaled to the same box.
    #[prop_or(960)]
    pub width: u32,
    /// On a narrow screen, draw as wide as the picture shows instead, so the legends wrap
    /// and the words stay readable (the paper report keeps one width).
    #[prop_or_default]
    pub fit_narrow: bool,
}

/// Narrower than this on screen counts as a phone.
const NARROW: u32 = 600;
/// Narrower than this, the lanes are drawn at this width and scaled down.
const NARROWEST: u32 = 320;

/// The lanes (`lanes-image`) and their facts (`lanes-facts`), one sentence per item.
#[function_component(LanesImage)]
pub fn lanes_image(p: &LanesImageProps) -> Html {
    let l = use_lang();
    let box_ref = use_node_ref();
    let measured = use_width(box_ref.clone());
    let width = if p.fit_narrow && measured > 0 && measured < NARROW {
        measured.max(NARROWEST)
    } else {
        p.width
    };
    let picture = use_memo((p.journey.clone(), l, width), |(j, l, w)| {
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
        <figure class="lanes-image" ref={box_ref}>
            <img data-testid="lanes-image" src={src.clone()} alt={L::LanesTitle.get(l)}
                width={width.to_string()} height={height.to_string()} />
            <figcaption>
                <h2>{ LF::KeyFacts.get(l) }</h2>
                <ul data-testid="lanes-facts">
                    { for facts.iter().map(|f| html! { <li>{ f.clone() }</li> }) }
                </ul>
            </figcaption>
        </figure>
    }
}
