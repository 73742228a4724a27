//! One optional number on the journey's scale for a touchpoint: what the customer
//! expected, or our own rating. Empty clears it; a value that is not a number on the
//! scale stays in the field with a message, and the journey is not touched.

use crate::i18n::lanes::touchpoint::{E, lane_value_error, lane_value_hint};
use crate::i18n::{self, Lang};
use crate::model::{Action, Scale, TouchpointEdit, TouchpointId, parse_number};
use crate::ui::use_lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Which of the two values the field edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneValue {
    Expected,
    Ours,
}

impl LaneValue {
    fn edit(self, v: Option<f64>) -> TouchpointEdit {
        match self {
            LaneValue::Expected => TouchpointEdit::Expected(v),
            LaneValue::Ours => TouchpointEdit::Ours(v),
        }
    }

    fn testid(self) -> &'static str {
        match self {
            LaneValue::Expected => "touchpoint-expected",
            LaneValue::Ours => "touchpoint-ours",
        }
    }

    fn label(self) -> E {
        match self {
            LaneValue::Expected => E::Expected,
            LaneValue::Ours => E::Ours,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct LaneValueFieldProps {
    pub which: LaneValue,
    pub id: TouchpointId,
    /// The touchpoint's name, for the label screen readers hear.
    pub name: String,
    pub value: Option<f64>,
    pub scale: Scale,
    pub on_action: Callback<Action>,
}

/// What typed text means: `Some(None)` clears, `Some(Some(v))` sets, `None` is refused.
fn read(scale: &Scale, text: &str) -> Option<Option<f64>> {
    if text.trim().is_empty() {
        return Some(None);
    }
    parse_number(text).filter(|v| scale.contains(*v)).map(Some)
}

/// The field, its hint and, while the typed text is refused, its error.
#[function_component(LaneValueField)]
pub fn lane_value_field(p: &LaneValueFieldProps) -> Html {
    let l: Lang = use_lang();
    // What is being typed, kept while it is not yet a value the journey can hold.
    let draft = use_state(|| None::<String>);
    let (which, id, scale) = (p.which, p.id, p.scale);
    let fid = format!("tp-{}-{}", id.0, p.which.testid());
    let label = p.which.label();
    let expected = which == LaneValue::Expected;
    let on_input = {
        let (on_action, draft) = (p.on_action.clone(), draft.clone());
        Callback::from(move |e: InputEvent| {
            let i: HtmlInputElement = e.target_unchecked_into();
            let text = i.value();
            if let Some(v) = read(&scale, &text) {
                on_action.emit(Action::Edit(id, which.edit(v)));
            }
            draft.set(Some(text));
        })
    };
    let on_blur = {
        let draft = draft.clone();
        Callback::from(move |_: FocusEvent| {
            // A valid value now shows as stored; a refused one stays for correcting.
            if draft.as_deref().is_some_and(|t| read(&scale, t).is_some()) {
                draft.set(None);
            }
        })
    };
    let bad = draft.as_deref().is_some_and(|t| read(&scale, t).is_none());
    let shown = (*draft)
        .clone()
        .unwrap_or_else(|| p.value.map(|v| l.number(v, 6)).unwrap_or_default());
    html! {
        <>
            <label class="field" for={fid.clone()}>{ label.get(l) }</label>
            <input type="text" inputmode="decimal" id={fid.clone()} data-testid={p.which.testid()}
                value={shown} oninput={on_input} onblur={on_blur}
                aria-label={i18n::field_of(l, label.get(l), &p.name)}
                aria-invalid={bad.to_string()}
                aria-describedby={format!("{fid}-hint {fid}-error")} />
            <p class="hint" id={format!("{fid}-hint")}>
                { lane_value_hint(l, expected, scale.min, scale.max) }</p>
            if bad {
                <p class="field-error" role="alert" id={format!("{fid}-error")}
                    data-testid={format!("{}-error", p.which.testid())}>
                    { lane_value_error(l, expected, scale.min, scale.max) }</p>
            }
        </>
    }
}
