//! The journey's rating scale: a preset or custom bounds. A new scale is applied only
//! after the user confirms, because every rating moves with it (Undo brings them back).

use crate::i18n;
use crate::i18n::settings::SE;
use crate::model::{Action, Scale, ScaleError, parse_number};
use crate::ui::use_lang;
use crate::web::dialog::confirm;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScaleSettingProps {
    pub scale: Scale,
    pub on_action: Callback<Action>,
}

const CUSTOM: &str = "custom";

fn error_text(e: &ScaleError) -> SE {
    match e {
        ScaleError::NotFinite => SE::ScaleNotANumber,
        ScaleError::Inverted => SE::ScaleInverted,
        ScaleError::NeutralOutside => SE::ScaleNeutralOutside,
        ScaleError::BadStep => SE::ScaleTooNarrow,
        ScaleError::TooWide => SE::ScaleTooWide,
    }
}

/// Reads the custom bounds; `Err` names what is wrong, in a key of the strings table.
fn read_custom(min: &str, max: &str, neutral: &str) -> Result<Scale, SE> {
    let (Some(min), Some(max)) = (parse_number(min), parse_number(max)) else {
        return Err(SE::ScaleNotANumber);
    };
    let neutral = match neutral.trim() {
        "" => None,
        t => Some(parse_number(t).ok_or(SE::ScaleNeutralNotANumber)?),
    };
    Scale::new(min, max, neutral).map_err(|e| error_text(&e))
}

/// A labelled picker of scales with a custom form.
#[function_component(ScaleSetting)]
pub fn scale_setting(p: &ScaleSettingProps) -> Html {
    let l = use_lang();
    let presets = Scale::presets();
    let preset_at = presets.iter().position(|s| *s == p.scale);
    let custom = use_state(|| preset_at.is_none());
    let error = use_state(|| None::<SE>);
    // The custom fields as typed (inputs are controlled by yew, so typed text lives here
    // until it is applied); cleared when the scale changes.
    let drafts = use_state(|| None::<[String; 3]>);
    {
        let drafts = drafts.clone();
        use_effect_with(p.scale, move |_| drafts.set(None));
    }
    let (select_ref, min_ref, max_ref, neutral_ref) = (
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    );
    let selected = match (*custom, preset_at) {
        (false, Some(i)) => i.to_string(),
        _ => CUSTOM.to_string(),
    };
    // Asks first; emits only when the scale really changes and the user agrees.
    let propose = {
        let (on_action, now) = (p.on_action.clone(), p.scale);
        move |to: Scale| -> bool {
            if to == now {
                return true;
            }
            let asked = i18n::scale_confirm(l, &i18n::scale_range(l, to.min, to.max));
            let yes = confirm(&asked);
            if yes {
                on_action.emit(Action::SetScale(to));
            }
            yes
        }
    };
    let on_change = {
        let (custom, error, propose) = (custom.clone(), error.clone(), propose.clone());
        let (select_ref, selected) = (select_ref.clone(), selected.clone());
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let v = select.value();
            error.set(None);
            if v == CUSTOM {
                custom.set(true);
                return;
            }
            let Some(to) = v.parse::<usize>().ok().and_then(|i| presets.get(i)) else {
                return;
            };
            if propose(*to) {
                custom.set(false);
            } else if let Some(s) = select_ref.cast::<HtmlSelectElement>() {
                // Cancelled: show the scale that is still in force.
                s.set_value(&selected);
            }
        })
    };
    let on_apply = {
        let (error, refs) = (
            error.clone(),
            (min_ref.clone(), max_ref.clone(), neutral_ref.clone()),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = |r: &NodeRef| {
                r.cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            match read_custom(&text(&refs.0), &text(&refs.1), &text(&refs.2)) {
                Ok(to) => {
                    error.set(None);
                    propose(to);
                }
                Err(t) => error.set(Some(t)),
            }
        })
    };
    let on_type = {
        let (drafts, refs) = (
            drafts.clone(),
            [min_ref.clone(), max_ref.clone(), neutral_ref.clone()],
        );
        Callback::from(move |_: InputEvent| {
            drafts.set(Some(refs.clone().map(|r| {
                r.cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            })));
        })
    };
    let s = p.scale;
    let [min_text, max_text, neutral_text] = (*drafts)
        .clone()
        .unwrap_or_else(|| [s.min, s.max, s.neutral].map(|v| l.number(v, 6)));
    html! {
        <div class="scale-setting" data-testid="scale-setting">
            <label class="field">
                <span>{ SE::ScaleLabel.get(l) }</span>
                <select ref={select_ref} data-testid="scale-select" onchange={on_change}>
                    { for presets.iter().enumerate().map(|(i, ps)| html! {
                        <option value={i.to_string()} selected={selected == i.to_string()}>
                            { i18n::scale_range(l, ps.min, ps.max) }
                        </option>
                    }) }
                    <option value={CUSTOM} selected={selected == CUSTOM}>{ SE::ScaleCustom.get(l) }</option>
                </select>
            </label>
            if *custom {
                <form class="scale-custom" onsubmit={on_apply} novalidate=true>
                    <label class="field"><span>{ SE::ScaleMin.get(l) }</span>
                        <input type="text" inputmode="decimal" ref={min_ref} data-testid="scale-min"
                            value={min_text} oninput={on_type.clone()} aria-invalid={error.is_some().to_string()} /></label>
                    <label class="field"><span>{ SE::ScaleMax.get(l) }</span>
                        <input type="text" inputmode="decimal" ref={max_ref} data-testid="scale-max"
                            value={max_text} oninput={on_type.clone()} aria-invalid={error.is_some().to_string()} /></label>
                    <label class="field"><span>{ SE::ScaleNeutral.get(l) }</span>
                        <input type="text" inputmode="decimal" ref={neutral_ref} data-testid="scale-neutral"
                            value={neutral_text} oninput={on_type.clone()} aria-describedby="scale-neutral-hint" /></label>
                    <button type="submit" data-testid="scale-apply">{ SE::ScaleApply.get(l) }</button>
                    <p id="scale-neutral-hint" class="hint">{ SE::ScaleNeutralHint.get(l) }</p>
                    if let Some(t) = *error {
                        <p class="field-error" role="alert" data-testid="scale-error">{ t.get(l) }</p>
                    }
                </form>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_bounds_are_read_the_way_people_type_them() {
        assert_eq!(
            read_custom("0", "10", ""),
            Scale::new(0.0, 10.0, None).map_err(|_| SE::ScaleInverted)
        );
        assert_eq!(read_custom("−10", "0", "0").unwrap().neutral, 0.0);
        assert_eq!(read_custom("5", "5", ""), Err(SE::ScaleInverted));
        assert_eq!(read_custom("a", "5", ""), Err(SE::ScaleNotANumber));
        assert_eq!(read_custom("0", "5", "x"), Err(SE::ScaleNeutralNotANumber));
        assert_eq!(read_custom("0", "5", "7"), Err(SE::ScaleNeutralOutside));
        assert_eq!(read_custom("0", "0,5", ""), Err(SE::ScaleTooNarrow));
    }
}
