use crate::analysis;
use crate::i18n::{Noun, T, counted};
use crate::model::{Action, Journey, TouchpointId};
use crate::ui::editor::row_window::{self, Segment};
use crate::ui::editor::touchpoint_row::{ForDetails, RowRole, TouchpointRow};
use crate::ui::tr;
use crate::ui::use_lang;
use crate::web::window_events::on_scroll_or_resize;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub journey: Rc<Journey>,
    pub on_action: Callback<Action>,
}

/// Puts focus back on a row after it moved (moving a DOM node drops its focus).
fn refocus(id: TouchpointId) {
    let selector = format!("[data-testid='touchpoint'][data-id='{}']", id.0);
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// One entry of the list: a phase heading before row `usize`, or a row.
#[derive(Clone, Copy, PartialEq)]
enum Item {
    Heading(usize),
    Row(usize),
}

/// Heights measured in the page (pixels from one item's top to the next one's): a closed
/// row, a phase heading, each open row; and the gap between items.
#[derive(Clone, PartialEq)]
struct Measures {
    row: f64,
    heading: f64,
    gap: f64,
    open: BTreeMap<u32, f64>,
}

impl Default for Measures {
    fn default() -> Self {
        Measures {
            row: 44.0,
            heading: 30.0,
            gap: 6.0,
            open: BTreeMap::new(),
        }
    }
}

/// Reads the rendered items' pitches, sets the spacers' heights (through the CSSOM: the
/// page's security policy refuses `style` attributes) and returns what was measured.
fn measure(list: &web_sys::Element, old: &Measures) -> Measures {
    let kids = list.children();
    let top = |e: &web_sys::Element| e.get_bounding_client_rect().top();
    let (mut rows, mut heads, mut gaps) = (Vec::new(), Vec::new(), Vec::new());
    let mut open = BTreeMap::new();
    for k in 0..kids.length() {
        let Some(el) = kids.item(k) else { continue };
        let Some(next) = el.next_element_sibling() else {
            continue;
        };
        let pitch = top(&next) - top(&el);
        let class = el.class_name();
        if class.contains("phase-heading") {
            heads.push(pitch);
        } else if class.contains("touchpoint") {
            gaps.push(pitch - el.get_bounding_client_rect().height());
            if el.query_selector(".details").ok().flatten().is_some() {
                if let Some(id) = el
                    .get_attribute("data-id")
                    .and_then(|s| s.parse::<u32>().ok())
                {
                    open.insert(id, pitch);
                }
            } else {
                rows.push(pitch);
            }
        }
    }
    let mean = |xs: &[f64], old: f64| {
        if xs.is_empty() {
            old
        } else {
            let m = xs.iter().sum::<f64>() / xs.len() as f64;
            // Under a pixel of difference: keep the old figure (no endless re-rendering).
            if (m - old).abs() < 1.0 { old } else { m }
        }
    };
    let mut out = Measures {
        row: mean(&rows, old.row),
        heading: mean(&heads, old.heading),
        gap: mean(&gaps, old.gap),
        open: old.open.clone(),
    };
    for (id, px) in open {
        let keep = out.open.get(&id).is_some_and(|o| (o - px).abs() < 1.0);
        if !keep {
            out.open.insert(id, px);
        }
    }
    out
}

/// Gives every spacer the height its `data-px` asks for.
fn size_spacers(list: &web_sys::Element, gap: f64) {
    let Ok(spacers) = list.query_selector_all(":scope > li.spacer") else {
        return;
    };
    for k in 0..spacers.length() {
        let Some(el) = spacers
            .item(k)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let px = el
            .get_attribute("data-px")
            .and_then(|s| crate::model::parse_decimal(&s))
            .unwrap_or(0.0);
        let _ = el
            .style()
            .set_property("height", &format!("{}px", (px - gap).max(0.0)));
    }
}

/// The items in view of the screen, widened by the margin (see [`row_window::around_view`]).
fn in_view(list: &web_sys::Element, starts: &[f64]) -> Option<std::ops::Range<usize>> {
    let h = web_sys::window()?.inner_height().ok()?.as_f64()?;
    let top = -list.get_bounding_client_rect().top();
    Some(row_window::around_view(
        starts,
        top,
        top + h,
        row_window::MARGIN,
        row_window::STEP,
    ))
}

/// The touchpoints in journey order, grouped under their phases, one editable row each.
/// A long journey renders only the rows near the screen (plus the focused and open ones);
/// spacers stand for the rest, so the scrollbar stays honest.
#[function_component(TouchpointList)]
pub fn touchpoint_list(p: &Props) -> Html {
    let l = use_lang();
    let moved = use_state(|| None::<TouchpointId>);
    let focused = use_state_eq(|| None::<TouchpointId>);
    let open = use_state(BTreeSet::<TouchpointId>::new);
    let view = use_state_eq(|| 0..row_window::FIRST_VIEW);
    let measures = use_state_eq(Measures::default);
    let starts_now = use_mut_ref(Vec::<f64>::new);
    let list_ref = use_node_ref();
    let scores = use_memo(p.journey.clone(), |j| analysis::score(j).ok());
    {
        let moved = moved.clone();
        use_effect_with(((*moved), p.journey.clone()), move |(m, _)| {
            if let Some(id) = m {
                refocus(*id);
                moved.set(None);
            }
        });
    }
    let on_action = use_callback(p.on_action.clone(), {
        let moved = moved.setter();
        move |a: Action, on_action| {
            if let Action::Move { id, .. } = &a {
                moved.set(Some(*id));
            }
            on_action.emit(a);
        }
    });
    let on_toggle = use_callback(open.clone(), |id: TouchpointId, open| {
        let mut now = (**open).clone();
        if !now.remove(&id) {
            now.insert(id);
        }
        open.set(now);
    });
    let on_focus_in = {
        let focused = focused.clone();
        Callback::from(move |e: FocusEvent| {
            let id = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|t| t.closest("[data-testid='touchpoint']").ok().flatten())
                .and_then(|row| row.get_attribute("data-id"))
                .and_then(|s| s.parse::<u32>().ok());
            if let Some(id) = id {
                focused.set(Some(TouchpointId(id)));
            }
        })
    };
    let j = &p.journey;
    // Phase headings and rows, top to bottom.
    let items: Vec<Item> = {
        let mut out = Vec::with_capacity(j.touchpoints.len() + j.phases.len() + 1);
        let mut last_phase = None;
        for (i, t) in j.touchpoints.iter().enumerate() {
            if !j.phases.is_empty() && (i == 0 || t.phase != last_phase) {
                out.push(Item::Heading(i));
            }
            last_phase = t.phase;
            out.push(Item::Row(i));
        }
        out
    };
    let windowed = j.touchpoints.len() > row_window::RENDER_ALL_UP_TO;
    let starts = if windowed {
        let m = &*measures;
        let pitches: Vec<f64> = items
            .iter()
            .map(|it| match it {
                Item::Heading(_) => m.heading,
                Item::Row(i) => {
                    if open.is_empty() {
                        return m.row;
                    }
                    let id = j.touchpoints[*i].id;
                    match m.open.get(&id.0) {
                        Some(px) if open.contains(&id) => *px,
                        _ => m.row,
                    }
                }
            })
            .collect();
        row_window::starts(&pitches)
    } else {
        Vec::new()
    };
    *starts_now.borrow_mut() = starts.clone();
    // When what is rendered changed shape (not on a rating change: that moves no row):
    // spacers sized, heights measured, the view's rows checked.
    {
        let (list_ref, measures, view, starts_now) = (
            list_ref.clone(),
            measures.clone(),
            view.clone(),
            starts_now.clone(),
        );
        let shape = (
            items.len(),
            (*view).clone(),
            *focused,
            (*open).clone(),
            (*measures).clone(),
            windowed,
        );
        use_effect_with(shape, move |_| {
            if let Some(list) = list_ref.cast::<web_sys::Element>().filter(|_| windowed) {
                size_spacers(&list, measures.gap);
                measures.set(measure(&list, &measures));
                if let Some(r) = in_view(&list, &starts_now.borrow()) {
                    view.set(r);
                }
            }
        });
    }
    {
        let (list_ref, view, starts_now) = (list_ref.clone(), view.clone(), starts_now.clone());
        use_effect_with(windowed, move |on| {
            let stop: Option<Box<dyn FnOnce()>> = on.then(|| {
                let f = on_scroll_or_resize(move || {
                    let Some(list) = list_ref.cast::<web_sys::Element>() else {
                        return;
                    };
                    if let Some(r) = in_view(&list, &starts_now.borrow()) {
                        view.set(r);
                    }
                });
                Box::new(f) as Box<dyn FnOnce()>
            });
            move || {
                if let Some(stop) = stop {
                    stop();
                }
            }
        });
    }
    if j.touchpoints.is_empty() {
        return html! { <p class="empty" data-testid="empty-journey">{ tr(l, T::EmptyJourney) }</p> };
    }
    let role = |i: usize| {
        let s = (*scores).as_ref();
        RowRole {
            peak: s.is_some_and(|s| s.peak == i),
            end: s.is_some_and(|s| s.end == i),
            peak_marked: s.is_some_and(|s| s.peak == i && s.peak_marked),
            end_marked: s.is_some_and(|s| s.end == i && s.end_marked),
        }
    };
    let n = j.touchpoints.len();
    let item_html = |it: &Item| match *it {
        Item::Heading(i) => {
            let name = j.touchpoints[i]
                .phase
                .and_then(|p| j.phase(p))
                .map(|p| p.name.clone())
                .unwrap_or_else(|| tr(l, T::NoPhase).to_string());
            html! {
                <li class="phase-heading" key={format!("phase-{i}-{name}")} aria-hidden="true">{ name }</li>
            }
        }
        Item::Row(i) => {
            let t = &j.touchpoints[i];
            let is_open = open.contains(&t.id);
            html! {
                <TouchpointRow key={t.id.0} index={i} count={n} touchpoint={t.clone()} scale={j.scale}
                    phases={j.phases.clone()} journey={is_open.then(|| ForDetails(p.journey.clone()))}
                    role={role(i)} open={is_open}
                    on_toggle={on_toggle.clone()} on_action={on_action.clone()} />
            }
        }
    };
    let rows: Vec<Html> = if windowed {
        // The focused row and the open ones stay in the page wherever the view is.
        let keep: Vec<usize> = items
            .iter()
            .enumerate()
            .filter_map(|(k, it)| match it {
                Item::Row(i) => {
                    let id = j.touchpoints[*i].id;
                    (Some(id) == *focused || (!open.is_empty() && open.contains(&id))).then_some(k)
                }
                Item::Heading(_) => None,
            })
            .collect();
        row_window::segments(&starts, (*view).clone(), &keep, row_window::KEEP_AROUND)
            .into_iter()
            .flat_map(|seg| match seg {
                Segment::Spacer { items: r, px } => vec![html! {
                    <li class="spacer" key={format!("spacer-{}", r.start)} aria-hidden="true"
                        data-px={format!("{px:.1}")}></li>
                }],
                Segment::Items(r) => items[r].iter().map(&item_html).collect(),
            })
            .collect()
    } else {
        items.iter().map(&item_html).collect()
    };
    html! {
        <>
            <ol class={classes!("touchpoints", index_width(n))} data-testid="touchpoint-list"
                aria-label={counted(l, n, Noun::Touchpoint)} ref={list_ref} onfocusin={on_focus_in}>
                { for rows }
            </ol>
            <p class="hint">{ tr(l, T::RowKeysHint) }</p>
        </>
    }
}

/// The class that widens the number column so the largest row number fits (the page's
/// style sets the width; no style attribute passes its security policy).
fn index_width(n: usize) -> Option<&'static str> {
    match n {
        0..=99 => None,
        100..=999 => Some("digits-3"),
        1_000..=9_999 => Some("digits-4"),
        _ => Some("digits-5"),
    }
}
