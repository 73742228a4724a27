use crate::chart::{self, CurveData, Layout, Theme};
use crate::i18n::{T, chart_text};
use crate::model::{Action, Journey, TouchpointEdit};
use crate::ui::tr;
use crate::ui::use_lang;
use crate::web::canvas::{mark_drawn, sized_backend};
use crate::web::element_size::use_width;
use plotters::prelude::IntoDrawingArea;
use std::rc::Rc;
use web_sys::PointerEvent;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub journey: Rc<Journey>,
    /// The as-is journey, drawn dashed behind a to-be scenario.
    #[prop_or_default]
    pub compare: Option<Rc<Journey>>,
    pub on_action: Callback<Action>,
    /// A drag ended (so it becomes one undo step).
    pub on_seal: Callback<()>,
    /// Type and line sizes; presentation mode draws bigger.
    #[prop_or_default]
    pub theme: Theme,
}

/// The journey curve on a canvas. Points can be dragged up and down to re-rate them; a
/// sentence below is the chart's text alternative.
#[function_component(JourneyChart)]
pub fn journey_chart(p: &Props) -> Html {
    let l = use_lang();
    let box_ref = use_node_ref();
    let canvas_ref = use_node_ref();
    let dragging = use_mut_ref(|| None::<usize>);
    let width = use_width(box_ref.clone());
    let data = use_memo(
        (p.journey.clone(), p.compare.clone(), l, p.theme),
        |(j, c, l, theme)| {
            let mut d = match c {
                Some(as_is) => CurveData::scenario(j, as_is, *l),
                None => CurveData::from_journey(j, *l),
            };
            d.theme = *theme;
            d
        },
    );
    let projector = p.theme.font_px > Theme::default().font_px;
    let height = chart::curve_height(width, projector);
    {
        let canvas_ref = canvas_ref.clone();
        use_effect_with(
            (data.clone(), width, height),
            move |(data, width, height)| {
                if let Some(backend) = sized_backend(&canvas_ref, *width, *height) {
                    let _ = chart::draw_curve(&backend.into_drawing_area(), data);
                    mark_drawn();
                }
            },
        );
    }
    let layout = Layout::new(width, height, p.journey.touchpoints.len(), p.journey.scale);
    let on_down = {
        let (dragging, journey) = (dragging.clone(), p.journey.clone());
        Callback::from(move |e: PointerEvent| {
            let hit = layout.hit(
                &journey.ratings(),
                f64::from(e.offset_x()),
                f64::from(e.offset_y()),
                16.0,
            );
            if let Some(i) = hit {
                e.prevent_default();
                if let Some(c) = e.target_dyn_into::<web_sys::Element>() {
                    let _ = c.set_pointer_capture(e.pointer_id());
                }
                *dragging.borrow_mut() = Some(i);
            }
        })
    };
    let on_move = {
        let (dragging, journey, on_action) =
            (dragging.clone(), p.journey.clone(), p.on_action.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(i) = *dragging.borrow() else { return };
            let Some(t) = journey.touchpoints.get(i) else {
                return;
            };
            let r = layout.rating_at(f64::from(e.offset_y()));
            if r != t.rating {
                on_action.emit(Action::Edit(t.id, TouchpointEdit::Rating(r)));
            }
        })
    };
    let on_up = {
        let (dragging, on_seal) = (dragging.clone(), p.on_seal.clone());
        Callback::from(move |_: PointerEvent| {
            if dragging.borrow_mut().take().is_some() {
                on_seal.emit(());
            }
        })
    };
    let (summary, label) = chart_text::chart_words(l, &p.journey, &data.stories);
    html! {
        <figure class="chart" ref={box_ref}>
            <canvas ref={canvas_ref} data-testid="journey-chart" role="img"
                aria-label={label}
                onpointerdown={on_down} onpointermove={on_move} onpointerup={on_up.clone()}
                onpointercancel={on_up} />
            <figcaption>
                <span data-testid="chart-summary">{ summary }</span>
                { " " }<span class="hint">{ tr(l, T::ChartDragHint) }</span>
                if p.compare.is_some() {
                    { " " }<span class="legend" data-testid="compare-legend">{ tr(l, T::CompareLegend) }</span>
                }
            </figcaption>
        </figure>
    }
}
