use super::story_slide::StorySlide;
use crate::chart::Theme;
use crate::i18n::T;
use crate::i18n::lanes::facts::{LF, has_lanes};
use crate::i18n::stories::ST;
use crate::model::{Action, Journey};
use crate::ui::FixFirstList;
use crate::ui::JourneyChart;
use crate::ui::ScoreCard;
use crate::ui::insight::journey_chart::{ChartOut, ChartValue};
use crate::ui::insight::journey_lanes::{JourneyLanes, LanesValue};
use crate::ui::tr;
use crate::ui::use_lang;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::KeyboardEvent;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub journey: Rc<Journey>,
    pub on_action: Callback<Action>,
    pub on_seal: Callback<()>,
    pub on_exit: Callback<()>,
}

/// Type and lines readable from the back of a room.
const PROJECTOR: Theme = Theme {
    font_px: 22,
    line_px: 6,
    point_px: 9,
    dark: false,
};

/// Asks for full screen; the browser may refuse (no click behind it), which is harmless,
/// so the refusal is caught rather than left as an unhandled rejection.
fn request_fullscreen(el: &web_sys::HtmlElement) {
    let Ok(f) = js_sys::Reflect::get(el, &"requestFullscreen".into()) else {
        return;
    };
    let Ok(f) = f.dyn_into::<js_sys::Function>() else {
        return;
    };
    if let Ok(p) = f.call0(el).and_then(|p| p.dyn_into::<js_sys::Promise>()) {
        let ignore = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
        let _ = p.catch(&ignore);
        // One small closure per entry into presentation mode, kept for the promise.
        ignore.forget();
    }
}

fn leave_fullscreen() {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        if d.fullscreen_element().is_some() {
            d.exit_fullscreen();
        }
    }
}

/// Presentation mode: the curve, the scores and what to fix first on one screen, in
/// large type, with the lanes under the curve. ←/→ pick a touchpoint, ↑/↓ re-rate it,
/// L shows or hides the lanes, S shows the stories one at a time (←/→ then move between
/// them), Esc leaves.
#[function_component(PresentationView)]
pub fn presentation_view(p: &Props) -> Html {
    let l = use_lang();
    let selected = use_state(|| p.journey.touchpoints.len().saturating_sub(1));
    // Shown from the start for a journey with lanes of its own; L hides them when the
    // slide gets crowded.
    let lanes = use_state(|| has_lanes(&p.journey));
    // S shows the stories one at a time in place of the side column; ←/→ then move
    // between stories instead of touchpoints.
    let stories = use_state(|| false);
    let story = use_state(|| 0usize);
    let root = use_node_ref();
    {
        let root = root.clone();
        use_effect_with((), move |_| {
            if let Some(el) = root.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
                request_fullscreen(&el);
            }
            leave_fullscreen
        });
    }
    let n = p.journey.touchpoints.len();
    let sel = (*selected).min(n.saturating_sub(1));
    let on_key = {
        let (selected, lanes, on_action, on_exit, journey) = (
            selected.clone(),
            lanes.clone(),
            p.on_action.clone(),
            p.on_exit.clone(),
            p.journey.clone(),
        );
        let (stories, story) = (stories.clone(), story.clone());
        Callback::from(move |e: KeyboardEvent| {
            let id = journey.touchpoints.get(sel).map(|t| t.id);
            let told = journey.stories.len();
            let plain = !(e.ctrl_key() || e.meta_key() || e.alt_key());
            match (e.key().as_str(), id) {
                ("Escape", _) => on_exit.emit(()),
                ("s" | "S", _) if plain && told > 0 => stories.set(!*stories),
                ("ArrowLeft" | "PageUp", _) if *stories => story.set(story.saturating_sub(1)),
                ("ArrowRight" | "PageDown", _) if *stories => {
                    story.set((*story + 1).min(told.saturating_sub(1)))
                }
                ("ArrowLeft", _) if sel > 0 => selected.set(sel - 1),
                ("ArrowRight", _) if sel + 1 < n => selected.set(sel + 1),
                ("ArrowUp", Some(id)) => on_action.emit(Action::NudgeRating(id, 1)),
                ("ArrowDown", Some(id)) => on_action.emit(Action::NudgeRating(id, -1)),
                ("l" | "L", _) if plain => lanes.set(!*lanes),
                _ => return,
            }
            e.prevent_default();
        })
    };
    let current = p.journey.touchpoints.get(sel);
    let toggle = {
        let lanes = lanes.clone();
        Callback::from(move |_: MouseEvent| lanes.set(!*lanes))
    };
    let toggle_word = if *lanes { LF::HideLanes } else { LF::ShowLanes };
    let toggle_stories = {
        let stories = stories.clone();
        Callback::from(move |_: MouseEvent| stories.set(!*stories))
    };
    let stories_word = if *stories {
        ST::PresentHide
    } else {
        ST::PresentShow
    };
    let on_chart = {
        let (on_action, on_seal) = (p.on_action.clone(), p.on_seal.clone());
        Callback::from(move |o: ChartOut| match o.action() {
            Some(a) => on_action.emit(a),
            None => on_seal.emit(()),
        })
    };
    html! {
        <div class="presentation" data-testid="presentation" tabindex="-1" ref={root} onkeydown={on_key}
            role="region" aria-label={tr(l, T::Present)}>
            <div class="presentation-head">
                <h1>{ p.journey.title.clone() }</h1>
                <button type="button" data-testid="present-lanes-toggle" aria-pressed={lanes.to_string()}
                    onclick={toggle}>{ toggle_word.get(l) }</button>
                if !p.journey.stories.is_empty() {
                    <button type="button" data-testid="present-stories-toggle" aria-pressed={stories.to_string()}
                        onclick={toggle_stories}>{ stories_word.get(l) }</button>
                }
                <button type="button" data-testid="exit-presentation"
                    onclick={p.on_exit.reform(|_: MouseEvent| ())}>{ tr(l, T::ExitPresentation) }</button>
            </div>
            <div class="presentation-body">
                <div class="presentation-chart">
                    <JourneyChart value={ChartValue { journey: p.journey.clone(), compare: None, theme: PROJECTOR }}
                        on={on_chart} />
                    if *lanes {
                        <JourneyLanes value={LanesValue { journey: p.journey.clone(), survey: None, theme: PROJECTOR }} />
                    }
                    if let Some(t) = current {
                        <p class="selected" data-testid="presentation-selected" aria-live="polite">
                            { format!("{} {}: {} ({})", tr(l, T::TouchpointName), sel + 1, t.name, l.number(t.rating, 1)) }
                        </p>
                    }
                    <p class="hint">{ tr(l, T::PresentKeys) }</p>
                </div>
                <div class="presentation-side">
                    if *stories {
                        <StorySlide journey={p.journey.clone()} index={*story} />
                    } else {
                        <h2 class="visually-hidden">{ tr(l, T::Scores) }</h2>
                        <ScoreCard value={p.journey.clone()} />
                        <FixFirstList value={p.journey.clone()} />
                    }
                </div>
            </div>
        </div>
    }
}
