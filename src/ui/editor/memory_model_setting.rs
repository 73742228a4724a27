//! How the remembered score is formed: the weights of peak and end, the end window, split
//! peaks and the trend, with a way back to the classic rule. Emits `SetMemoryModel`.

use crate::i18n::settings::SE;
use crate::model::{Action, MAX_END_WINDOW, MemoryModel, MemoryModelError, parse_number};
use crate::ui::use_lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MemoryModelSettingProps {
    pub model: MemoryModel,
    pub on_action: Callback<Action>,
}

/// What the form holds while it is being edited.
#[derive(Clone, PartialEq)]
struct Draft {
    /// Peak weight, end weight, end window, trend weight.
    texts: [String; 4],
    split: bool,
}

impl Draft {
    /// Reads the form: refs 0, 1, 2, 4 are text fields, ref 3 the split-peaks checkbox.
    fn read(refs: &[NodeRef; 5]) -> Draft {
        let input = |i: usize| refs[i].cast::<HtmlInputElement>();
        let text = |i: usize| input(i).map(|x| x.value()).unwrap_or_default();
        Draft {
            texts: [text(0), text(1), text(2), text(4)],
            split: input(3).is_some_and(|x| x.checked()),
        }
    }
}

/// The typed fields, read into a checked model; `Err` is the message to show.
fn read_model(
    peak: &str,
    end: &str,
    window: &str,
    split: bool,
    trend: &str,
) -> Result<MemoryModel, SE> {
    let num = |s: &str| parse_number(s).ok_or(SE::MemoryNotANumber);
    let (peak_weight, end_weight, trend_weight) = (num(peak)?, num(end)?, num(trend)?);
    let k = num(window)?;
    if k.fract() != 0.0 || k < 1.0 || k > f64::from(MAX_END_WINDOW) {
        return Err(SE::MemoryBadWindow);
    }
    let m = MemoryModel {
        peak_weight,
        end_weight,
        // Checked above: a whole number in 1..=MAX_END_WINDOW.
        end_window: k as u32,
        split_peaks: split,
        trend_weight,
    };
    m.validate().map_err(|e| match e {
        MemoryModelError::BadWeight => SE::MemoryBadWeight,
        MemoryModelError::NoWeight => SE::MemoryNoWeight,
        MemoryModelError::EmptyEndWindow => SE::MemoryBadWindow,
    })?;
    Ok(m)
}

/// The memory model's settings as a small form.
#[function_component(MemoryModelSetting)]
pub fn memory_model_setting(p: &MemoryModelSettingProps) -> Html {
    let l = use_lang();
    let error = use_state(|| None::<SE>);
    // The fields as typed (yew controls inputs, so typed text lives here until applied);
    // cleared when the model changes.
    let drafts = use_state(|| None::<Draft>);
    {
        let drafts = drafts.clone();
        use_effect_with(p.model, move |_| drafts.set(None));
    }
    let refs = [
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    ];
    let on_apply = {
        let (error, refs, on_action) = (error.clone(), refs.clone(), p.on_action.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let d = Draft::read(&refs);
            let [peak, end, window, trend] = &d.texts;
            match read_model(peak, end, window, d.split, trend) {
                Ok(m) => {
                    error.set(None);
                    on_action.emit(Action::SetMemoryModel(m));
                }
                Err(t) => error.set(Some(t)),
            }
        })
    };
    let on_reset = {
        let (error, on_action) = (error.clone(), p.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            error.set(None);
            on_action.emit(Action::SetMemoryModel(MemoryModel::default()));
        })
    };
    let on_type = {
        let (drafts, refs) = (drafts.clone(), refs.clone());
        Callback::from(move |_: Event| drafts.set(Some(Draft::read(&refs))))
    };
    let on_text = on_type.reform(|e: InputEvent| Event::from(e));
    let m = p.model;
    let d = (*drafts).clone().unwrap_or_else(|| Draft {
        texts: [
            l.number(m.peak_weight, 6),
            l.number(m.end_weight, 6),
            m.end_window.to_string(),
            l.number(m.trend_weight, 6),
        ],
        split: m.split_peaks,
    });
    let bad = error.is_some().to_string();
    let field = |i: usize, key: SE, testid: &str, value: &String| {
        html! {
            <label class="field"><span>{ key.get(l) }</span>
                <input type="text" inputmode="decimal" ref={refs[i].clone()} data-testid={testid.to_string()}
                    value={value.clone()} oninput={on_text.clone()} aria-invalid={bad.clone()} /></label>
        }
    };
    html! {
        <form class="memory-model" data-testid="memory-model" onsubmit={on_apply} novalidate=true>
            <h3>{ SE::MemoryTitle.get(l) }</h3>
            <p class="hint">{ SE::MemoryHint.get(l) }</p>
            { field(0, SE::MemoryPeakWeight, "memory-peak-weight", &d.texts[0]) }
            { field(1, SE::MemoryEndWeight, "memory-end-weight", &d.texts[1]) }
            { field(2, SE::MemoryEndWindow, "memory-end-window", &d.texts[2]) }
            <label class="check">
                <input type="checkbox" ref={refs[3].clone()} data-testid="memory-split-peaks"
                    checked={d.split} onchange={on_type} />
                { SE::MemorySplitPeaks.get(l) }
            </label>
            { field(4, SE::MemoryTrendWeight, "memory-trend-weight", &d.texts[3]) }
            if let Some(t) = *error {
                <p class="field-error" role="alert" data-testid="memory-error">{ t.get(l) }</p>
            }
            <div class="buttons">
                <button type="submit" data-testid="memory-apply">{ SE::MemoryApply.get(l) }</button>
                <button type="button" data-testid="memory-reset" onclick={on_reset}
                    disabled={m.is_default()}>{ SE::MemoryReset.get(l) }</button>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_settings_become_a_checked_model() {
        let m = read_model("1", "3", "2", true, "0,5").unwrap();
        assert_eq!((m.peak_weight, m.end_weight, m.end_window), (1.0, 3.0, 2));
        assert!(m.split_peaks && m.trend_weight == 0.5);
        assert_eq!(
            read_model("x", "1", "1", false, "0"),
            Err(SE::MemoryNotANumber)
        );
        assert_eq!(
            read_model("0", "0", "1", false, "0"),
            Err(SE::MemoryNoWeight)
        );
        assert_eq!(
            read_model("−1", "1", "1", false, "0"),
            Err(SE::MemoryBadWeight)
        );
        assert_eq!(
            read_model("1", "1", "1,5", false, "0"),
            Err(SE::MemoryBadWindow)
        );
        assert_eq!(
            read_model("1", "1", "0", false, "0"),
            Err(SE::MemoryBadWindow)
        );
    }
}
