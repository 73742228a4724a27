use super::{tr, use_lang};
use crate::analysis;
use crate::chart::{self, CurveData};
use crate::i18n::{self, T};
use crate::model::Journey;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub journey: Rc<Journey>,
}

/// Keeps the canvas as wide as its box, redrawing when the window resizes.
#[hook]
fn use_width(node: NodeRef) -> u32 {
    let width = use_state(|| 0u32);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let measure = {
                let node = node.clone();
                move || {
                    if let Some(el) = node.cast::<web_sys::Element>() {
                        width.set(el.client_width().max(0) as u32);
                    }
                }
            };
            measure();
            let listener = Closure::<dyn Fn()>::new(measure);
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ =
                    w.add_event_listener_with_callback("resize", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = window {
                    let _ = w.remove_event_listener_with_callback(
                        "resize",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    *width
}

/// The journey curve on a canvas, with a sentence and a table as its text alternative.
#[function_component(JourneyChart)]
pub fn journey_chart(p: &Props) -> Html {
    let l = use_lang();
    let box_ref = use_node_ref();
    let canvas_ref = use_node_ref();
    let width = use_width(box_ref.clone());
    let data = use_memo((p.journey.clone(), l), |(j, l)| {
        CurveData::from_journey(j, tr(*l, T::Peak), tr(*l, T::End))
    });
    // Taller on a phone, so ratings stay apart; never taller than a projector can show.
    let ratio = if width < 600 { 0.8 } else { 0.5 };
    let height = (f64::from(width) * ratio).clamp(260.0, 440.0) as u32;
    {
        let canvas_ref = canvas_ref.clone();
        use_effect_with(
            (data.clone(), width, height),
            move |(data, width, height)| {
                if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                    // Through the CSSOM, not a `style` attribute: the page's
                    // Content-Security-Policy forbids inline style attributes.
                    let _ = canvas
                        .style()
                        .set_property("height", &format!("{height}px"));
                    if *width > 0 {
                        canvas.set_width(*width);
                        canvas.set_height(*height);
                        if let Some(backend) = CanvasBackend::with_canvas_object(canvas) {
                            let _ = chart::draw_curve(&backend.into_drawing_area(), data);
                        }
                    }
                }
            },
        );
    }
    let j = &p.journey;
    let summary = match analysis::score(j) {
        Ok(s) => i18n::chart_summary(
            l,
            (&j.touchpoints[s.peak].name, j.touchpoints[s.peak].rating),
            (&j.touchpoints[s.end].name, j.touchpoints[s.end].rating),
            j.touchpoints.len(),
        ),
        Err(_) => tr(l, T::ChartSummaryEmpty).to_string(),
    };
    html! {
        <figure class="chart" ref={box_ref}>
            <canvas ref={canvas_ref} data-testid="journey-chart" role="img"
                aria-label={format!("{}. {}", tr(l, T::Chart), summary)} />
            <figcaption data-testid="chart-summary">{ summary }</figcaption>
        </figure>
    }
}
