use crate::i18n::T;
use crate::model::{
    Action, Journey, MAX_NAME_CHARS, Phase, Scale, Touchpoint, TouchpointEdit, TouchpointId,
};
use crate::ui::lazy::{Kind, LazyPanel};
use crate::ui::tr;
use crate::ui::use_lang;
use std::rc::Rc;
use web_sys::{DragEvent, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

/// Whether this row is the peak or the end, and whether that was marked by hand.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct RowRole {
    pub peak: bool,
    pub end: bool,
    pub peak_marked: bool,
    pub end_marked: bool,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub index: usize,
    pub count: usize,
    pub touchpoint: Touchpoint,
    pub scale: Scale,
    pub phases: Vec<Phase>,
    /// Whether the Details show (the list keeps an open row in the page while it scrolls).
    pub open: bool,
    /// The journey, for the Details (given to an open row only: a closed row is not
    /// redrawn when another touchpoint changes).
    #[prop_or_default]
    pub journey: Option<ForDetails>,
    pub on_toggle: Callback<TouchpointId>,
    pub role: RowRole,
    pub on_action: Callback<Action>,
}

/// The journey as an open row's Details get it. A change makes a new `Rc`, so comparing
/// pointers tells whether it changed, without walking every touchpoint at each render.
#[derive(Clone)]
pub struct ForDetails(pub Rc<Journey>);

impl PartialEq for ForDetails {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

const DRAG_TYPE: &str = "text/x-peakend-touchpoint";

/// Arrow keys on a focused row: ↑/↓ rate, Alt+↑/↓ move. The number field keeps its own arrows.
fn on_row_key(p: &Props) -> Callback<KeyboardEvent> {
    let (on_action, id, index, count) = (p.on_action.clone(), p.touchpoint.id, p.index, p.count);
    Callback::from(move |e: KeyboardEvent| {
        let in_number = e
            .target_dyn_into::<HtmlInputElement>()
            .is_some_and(|i| i.type_() == "number");
        let step = match e.key().as_str() {
            "ArrowUp" => 1,
            "ArrowDown" => -1,
            _ => return,
        };
        if e.alt_key() {
            e.prevent_default();
            let to = if step > 0 {
                index.checked_sub(1)
            } else {
                Some(index + 1)
            };
            if let Some(to) = to.filter(|t| *t < count) {
                on_action.emit(Action::Move { id, to });
            }
        } else if !in_number && !e.ctrl_key() && !e.meta_key() {
            e.prevent_default();
            on_action.emit(Action::NudgeRating(id, step));
        }
    })
}

fn drop_target(p: &Props) -> (Callback<DragEvent>, Callback<DragEvent>) {
    let over = Callback::from(|e: DragEvent| {
        let ours = e
            .data_transfer()
            .is_some_and(|d| d.types().includes(&DRAG_TYPE.into(), 0));
        if ours {
            e.prevent_default();
        }
    });
    let (on_action, to) = (p.on_action.clone(), p.index);
    let drop = Callback::from(move |e: DragEvent| {
        let id = e
            .data_transfer()
            .and_then(|d| d.get_data(DRAG_TYPE).ok())
            .and_then(|s| s.parse::<u32>().ok());
        if let Some(id) = id {
            e.prevent_default();
            on_action.emit(Action::Move {
                id: TouchpointId(id),
                to,
            });
        }
    });
    (over, drop)
}

/// Keeps ↑/↓ inside the Details from reaching the row (which would rate or move it).
fn keep_arrows() -> Callback<KeyboardEvent> {
    Callback::from(|e: KeyboardEvent| {
        if matches!(e.key().as_str(), "ArrowUp" | "ArrowDown") {
            e.stop_propagation();
        }
    })
}

/// One touchpoint: drag handle, name, rating, peak/end marks, and its actions.
#[function_component(TouchpointRow)]
pub fn touchpoint_row(p: &Props) -> Html {
    let l = use_lang();
    let open = p.open;
    let t = &p.touchpoint;
    let id = t.id;
    let act = |a: Action| p.on_action.reform(move |_: MouseEvent| a.clone());
    let on_name = p.on_action.reform(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::Edit(id, TouchpointEdit::Name(input.value()))
    });
    // A number input reports NaN while a value is half typed ("-"); wait for a number.
    let on_rating = {
        let on_action = p.on_action.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let v = input.value_as_number();
            if v.is_finite() {
                on_action.emit(Action::Edit(id, TouchpointEdit::Rating(v)));
            }
        })
    };
    let on_drag_start = Callback::from(move |e: DragEvent| {
        if let Some(d) = e.data_transfer() {
            let _ = d.set_data(DRAG_TYPE, &id.0.to_string());
            d.set_effect_allowed("move");
        }
    });
    let (on_drag_over, on_drop) = drop_target(p);
    let label = format!("{} {}: {}", tr(l, T::TouchpointName), p.index + 1, t.name);
    let tone = if t.rating > p.scale.neutral {
        "good"
    } else if t.rating < p.scale.neutral {
        "bad"
    } else {
        "neutral"
    };
    let mark = |testid: &str, on: bool, marked: bool, short: T, long: T, action: Action| {
        let title = if on && !marked {
            format!("{} ({})", tr(l, long), tr(l, T::AutoPeakEnd))
        } else {
            tr(l, long).to_string()
        };
        html! {
            <button type="button" class={classes!("mark", testid.to_string(), on.then_some("on"), marked.then_some("marked"))}
                data-testid={testid.to_string()} aria-pressed={marked.to_string()}
                aria-label={format!("{title}: {}", t.name)} title={title} onclick={act(action)}>
                { tr(l, short) }
            </button>
        }
    };
    let r = p.role;
    html! {
        <li class={classes!("touchpoint", tone, t.moment_of_truth.then_some("mot"))} data-testid="touchpoint"
            data-id={id.0.to_string()} tabindex="0" aria-label={label.clone()}
            aria-setsize={p.count.to_string()} aria-posinset={(p.index + 1).to_string()}
            onkeydown={on_row_key(p)} ondragover={on_drag_over} ondrop={on_drop}>
            <span class="grip" draggable="true" ondragstart={on_drag_start}
                title={tr(l, T::DragToReorder)} aria-hidden="true">{ "⠿" }</span>
            <span class="index" aria-hidden="true">{ p.index + 1 }</span>
            <input type="text" class="name" data-testid="touchpoint-name"
                aria-label={format!("{} {}", tr(l, T::TouchpointName), p.index + 1)}
                value={t.name.clone()} oninput={on_name} maxlength={MAX_NAME_CHARS.to_string()} />
            <input type="number" class="rating" data-testid="touchpoint-rating"
                aria-label={format!("{}: {}", tr(l, T::Rating), t.name)}
                min={p.scale.min.to_string()} max={p.scale.max.to_string()} step={p.scale.step.to_string()}
                value={t.rating.to_string()} oninput={on_rating} />
            <div class="row-tools">
                { mark("mark-peak", r.peak, r.peak_marked, T::PeakShort, T::MarkPeak, Action::TogglePeakMark(id)) }
                { mark("mark-end", r.end, r.end_marked, T::EndShort, T::MarkEnd, Action::ToggleEndMark(id)) }
                <button type="button" class="icon" data-testid="move-up" disabled={p.index == 0}
                    aria-label={format!("{}: {}", tr(l, T::MoveUp), t.name)} title={tr(l, T::MoveUp)}
                    onclick={act(Action::Move { id, to: p.index.saturating_sub(1) })}>{ "↑" }</button>
                <button type="button" class="icon" data-testid="move-down" disabled={p.index + 1 >= p.count}
                    aria-label={format!("{}: {}", tr(l, T::MoveDown), t.name)} title={tr(l, T::MoveDown)}
                    onclick={act(Action::Move { id, to: p.index + 1 })}>{ "↓" }</button>
                <button type="button" class="icon" data-testid="insert-after"
                    aria-label={format!("{}: {}", tr(l, T::InsertAfter), t.name)} title={tr(l, T::InsertAfter)}
                    onclick={act(Action::AddTouchpoint { name: tr(l, T::NewTouchpointName).into(), rating: p.scale.neutral, after: Some(id) })}>{ "+" }</button>
                <button type="button" class="icon" data-testid="duplicate-touchpoint"
                    aria-label={format!("{}: {}", tr(l, T::DuplicateShort), t.name)} title={tr(l, T::DuplicateTouchpoint)}
                    onclick={act(Action::Duplicate(id))}>{ tr(l, T::DuplicateShort) }</button>
                <button type="button" class="details-toggle" data-testid="touchpoint-details-toggle"
                    aria-expanded={open.to_string()} aria-controls={format!("tp-{}-details", id.0)}
                    aria-label={format!("{}: {}", tr(l, T::ShowDetails), t.name)}
                    onclick={p.on_toggle.reform(move |_: MouseEvent| id)}>
                    { if open { "▾ " } else { "▸ " } }{ tr(l, T::ShowDetails) }</button>
                <button type="button" class="icon delete" data-testid="delete-touchpoint"
                    aria-label={format!("{}: {}", tr(l, T::DeleteTouchpoint), t.name)}
                    title={tr(l, T::DeleteTouchpoint)} onclick={act(Action::Remove(id))}>{ "✕" }</button>
            </div>
            if open {
                // The arrows belong to the fields in the Details (a select's options), not the row.
                <div class="details" id={format!("tp-{}-details", id.0)} onkeydown={keep_arrows()}>
                    // Part of the panels program, fetched the first time a row opens.
                    if let Some(ForDetails(j)) = &p.journey {
                        <LazyPanel kind={Kind::Details} journey={j.clone()} touchpoint={Some(id)}
                            on_action={p.on_action.clone()} />
                    }
                </div>
            }
        </li>
    }
}
