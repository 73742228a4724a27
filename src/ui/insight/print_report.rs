//! The top of the printed report: the title, the chart as a picture (a canvas that prints
//! sharp, see `chart_image`) and, for a journey with lanes of its own, the lanes and their
//! key facts. Only print shows it (see `@media print` in style.css); the scores and "what to fix first"
//! print from the page itself, and the touchpoint table follows them.
//!
//! The pictures are drawn once editing pauses, or when the browser is about to print,
//! never in the first render: a page opened to be edited shows its rows that much
//! sooner, and the first picture is drawn when the page is idle.

use crate::i18n::T;
use crate::i18n::lanes::facts::has_lanes;
use crate::model::Journey;
use crate::ui::insight::chart_image::ChartImage;
use crate::ui::insight::lanes_image::LanesImage;
use crate::ui::tr;
use crate::ui::use_lang;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

/// How long editing (or the page, once opened) must pause before the picture for print is
/// drawn: drawing SVG on every step of a drag would slow the live chart down for a page
/// nobody sees.
const REDRAW_DELAY_MS: i32 = 600;

#[derive(Properties, PartialEq)]
pub struct PrintReportProps {
    pub journey: Rc<Journey>,
}

#[function_component(PrintReport)]
pub fn print_report(p: &PrintReportProps) -> Html {
    let l = use_lang();
    let shown = use_state(|| None::<Rc<Journey>>);
    {
        let shown = shown.clone();
        use_effect_with(p.journey.clone(), move |j| {
            let (now, later) = (j.clone(), j.clone());
            let (s1, s2) = (shown.clone(), shown);
            let on_timer = Closure::<dyn Fn()>::new(move || s1.set(Some(later.clone())));
            // Printing right after an edit must not show the older picture.
            let on_print = Closure::<dyn Fn()>::new(move || s2.set(Some(now.clone())));
            let window = web_sys::window();
            let timer = window.as_ref().and_then(|w| {
                let _ = w.add_event_listener_with_callback(
                    "beforeprint",
                    on_print.as_ref().unchecked_ref(),
                );
                w.set_timeout_with_callback_and_timeout_and_arguments_0(
                    on_timer.as_ref().unchecked_ref(),
                    REDRAW_DELAY_MS,
                )
                .ok()
            });
            move || {
                if let Some(w) = window {
                    if let Some(t) = timer {
                        w.clear_timeout_with_handle(t);
                    }
                    let _ = w.remove_event_listener_with_callback(
                        "beforeprint",
                        on_print.as_ref().unchecked_ref(),
                    );
                }
                drop(on_timer);
            }
        });
    }
    let title = if p.journey.title.trim().is_empty() {
        tr(l, T::Untitled).to_string()
    } else {
        p.journey.title.clone()
    };
    html! {
        <header class="print-only print-report" data-testid="print-report">
            <p class="print-kicker">{ tr(l, T::ReportOf) }</p>
            <h1>{ title }</h1>
            if let Some(shown) = (*shown).clone() {
                <ChartImage journey={shown.clone()} width={960} height={380} />
                if has_lanes(&shown) {
                    <div class="print-lanes" data-testid="print-lanes">
                        <LanesImage journey={shown} width={960} />
                    </div>
                }
            }
        </header>
    }
}
