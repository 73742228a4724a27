//! The stories printed as cards (`story-cards`), to cut out and sort on a table in a
//! workshop: each card the story, who told it, what it is about, how it felt, its themes.
//! The cards exist only while printing, so ten thousand stories cost nothing on screen.

use super::about_select::About;
use super::sign_class;
use crate::i18n::signed;
use crate::i18n::stories::{ST, told_by};
use crate::model::Journey;
use crate::ui::use_lang;
use crate::web::window_events::listen;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryCardsProps {
    pub journey: Rc<Journey>,
}

/// The button (`story-print-cards`) and, while printing, the cards.
#[function_component(StoryCards)]
pub fn story_cards(p: &StoryCardsProps) -> Html {
    let l = use_lang();
    let printing = use_state(|| false);
    {
        // While the cards exist: the print style shows only them; the browser's
        // `afterprint` (the print dialog closed) takes them away again.
        let printing = printing.clone();
        use_effect_with(*printing, move |on| {
            let body = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.body());
            let mut stop: Option<Box<dyn FnOnce()>> = None;
            if *on && let Some(body) = body.clone() {
                let _ = body.set_attribute("data-print", "stories");
                let done = printing.clone();
                stop = Some(Box::new(listen("afterprint", move |_: web_sys::Event| {
                    done.set(false)
                })));
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }
            move || {
                if let Some(stop) = stop {
                    stop();
                    if let Some(body) = body {
                        let _ = body.remove_attribute("data-print");
                    }
                }
            }
        });
    }
    let on_print = {
        let printing = printing.clone();
        Callback::from(move |_: MouseEvent| printing.set(true))
    };
    let j = &p.journey;
    let neutral = j.scale.neutral;
    let card = |s: &crate::model::Story| {
        let who = told_by(l, s);
        let sign = sign_class(s.valence, neutral);
        html! {
            <li class={classes!("story-card", sign)}>
                <p class="story-card-text">{ s.text.clone() }</p>
                <p class="story-card-meta">
                    { who }
                    if let Some(a) = About::of(s.touchpoint, s.phase).name(j) { { format!(" · {a}") } }
                    { format!(" · {}", signed(l, s.valence, 1)) }
                    if let Some(d) = s.date { { format!(" · {d}") } }
                </p>
                if !s.themes.is_empty() {
                    <p class="story-card-themes">{ s.themes.iter().map(|t| format!("#{t}")).collect::<Vec<_>>().join(" ") }</p>
                }
            </li>
        }
    };
    html! {
        <>
            <button type="button" class="no-print" data-testid="story-print-cards"
                disabled={j.stories.is_empty()} onclick={on_print}>{ ST::PrintCards.get(l) }</button>
            if *printing {
                <ul class="story-cards" data-testid="story-cards">
                    { for j.stories.iter().map(card) }
                </ul>
            }
        </>
    }
}
