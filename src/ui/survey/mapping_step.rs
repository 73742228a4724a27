//! The mapping step: what was detected, what each column means, the touchpoints in journey
//! order, the three scales (with the 1–10 NPS caveat), and "Apply mapping", which re-reads
//! the file with the user's mapping.

use crate::i18n::survey::{self as say, S};
use crate::i18n::{T, scale_range};
use crate::model::Scale;
use crate::model::survey::{Detected, Mapping, NpsScale, Shape};
use crate::ui::survey::column_roles::ColumnRoles;
use crate::ui::{tr, use_lang};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MappingStepProps {
    pub detected: Rc<Detected>,
    /// The mapping the data was read with.
    pub mapping: Mapping,
    pub on_remap: Callback<Mapping>,
    /// The file is at hand (picked in this visit); after a reload only the numbers are.
    #[prop_or(true)]
    pub can_remap: bool,
}

/// The scales a survey question uses, with `now` added when it is another one.
fn scale_choices(now: Scale) -> Vec<Scale> {
    let mut out = Scale::presets().to_vec();
    if let Ok(seven) = Scale::new(1.0, 7.0, None) {
        out.push(seven);
    }
    if !out.contains(&now) {
        out.push(now);
    }
    out
}

fn scale_picker(
    l: crate::i18n::Lang,
    label: S,
    testid: &'static str,
    now: Scale,
    on: Callback<Scale>,
) -> Html {
    let choices = scale_choices(now);
    let onchange = {
        let choices = choices.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(s) = v.parse::<usize>().ok().and_then(|i| choices.get(i)) {
                on.emit(*s);
            }
        })
    };
    html! {
        <label class="field">
            <span>{ label.get(l) }</span>
            <select data-testid={testid} {onchange}>
                { for choices.iter().enumerate().map(|(i, s)| html! {
                    <option value={i.to_string()} selected={*s == now}>{ scale_range(l, s.min, s.max) }</option>
                }) }
            </select>
        </label>
    }
}

/// The whole mapping step (`survey-mapping`), folded away once the data has been read.
#[function_component(MappingStep)]
pub fn mapping_step(p: &MappingStepProps) -> Html {
    let l = use_lang();
    let draft = use_state(|| p.mapping.clone());
    {
        let draft = draft.clone();
        use_effect_with(p.mapping.clone(), move |m| draft.set(m.clone()));
    }
    let m = (*draft).clone();
    let set = {
        let draft = draft.clone();
        Callback::from(move |m: Mapping| draft.set(m))
    };
    let with = |f: fn(&mut Mapping, Scale)| {
        let (m, set) = (m.clone(), set.clone());
        Callback::from(move |s: Scale| {
            let mut m = m.clone();
            f(&mut m, s);
            set.emit(m);
        })
    };
    let on_nps = {
        let (m, set) = (m.clone(), set.clone());
        Callback::from(move |e: Event| {
            let mut m = m.clone();
            m.nps_scale = match e
                .target_unchecked_into::<HtmlSelectElement>()
                .value()
                .as_str()
            {
                "1-10" => NpsScale::OneToTen,
                _ => NpsScale::ZeroToTen,
            };
            set.emit(m);
        })
    };
    let names: Vec<String> = match m.shape {
        Shape::Wide => m
            .touchpoints
            .iter()
            .map(|c| {
                p.detected
                    .columns
                    .get(*c)
                    .map_or_else(String::new, crate::io::survey::column_label)
            })
            .collect(),
        Shape::Long => m.items.clone(),
    };
    let count = names.len();
    let order = names.into_iter().enumerate().map(|(i, name)| {
        let mover = |by: isize| {
            let (m, set) = (m.clone(), set.clone());
            Callback::from(move |_: MouseEvent| {
                let mut m = m.clone();
                m.move_touchpoint(i, by);
                set.emit(m);
            })
        };
        html! {
            <li data-testid="survey-order-item">
                <span class="name">{ name.clone() }</span>
                <button type="button" class="icon" aria-label={format!("{}: {name}", tr(l, T::MoveUp))}
                    disabled={i == 0} onclick={mover(-1)}>{ "↑" }</button>
                <button type="button" class="icon" aria-label={format!("{}: {name}", tr(l, T::MoveDown))}
                    disabled={i + 1 == count} onclick={mover(1)}>{ "↓" }</button>
            </li>
        }
    });
    let changed = m != p.mapping;
    let apply = {
        let (m, on_remap) = (m.clone(), p.on_remap.clone());
        Callback::from(move |_: MouseEvent| on_remap.emit(m.clone()))
    };
    html! {
        <details class="survey-mapping" data-testid="survey-mapping">
            <summary>{ S::ColumnsTitle.get(l) }</summary>
            <p>{ say::detected(l, &p.detected) }</p>
            <p class="hint">{ S::ColumnsHint.get(l) }</p>
            <ColumnRoles detected={p.detected.clone()} mapping={m.clone()} on_change={set.clone()} />
            <h3>{ S::OrderTitle.get(l) }</h3>
            <ol class="survey-order">{ for order }</ol>
            <div class="survey-scales">
                { scale_picker(l, S::TouchpointScale, "survey-touchpoint-scale", m.touchpoint_scale, with(|m, s| m.touchpoint_scale = s)) }
                { scale_picker(l, S::OverallScale, "survey-overall-scale", m.overall_scale, with(|m, s| m.overall_scale = s)) }
                <label class="field">
                    <span>{ S::NpsScaleLabel.get(l) }</span>
                    <select data-testid="survey-nps-scale-select" onchange={on_nps}>
                        <option value="0-10" selected={m.nps_scale == NpsScale::ZeroToTen}>{ say::nps_scale(l, NpsScale::ZeroToTen) }</option>
                        <option value="1-10" selected={m.nps_scale == NpsScale::OneToTen}>{ say::nps_scale(l, NpsScale::OneToTen) }</option>
                    </select>
                </label>
            </div>
            if m.nps_scale == NpsScale::OneToTen {
                <p class="hint">{ S::NpsOneToTenCaveat.get(l) }</p>
            }
            if !p.can_remap {
                <p class="hint" data-testid="survey-remap-needs-file">{ S::RemapNeedsFile.get(l) }</p>
            }
            if count == 0 {
                <p class="field-error" role="alert">{ S::NoTouchpointChosen.get(l) }</p>
            }
            <button type="button" class="primary" data-testid="survey-apply-mapping"
                disabled={count == 0 || !changed || !p.can_remap} onclick={apply}>{ S::ApplyMapping.get(l) }</button>
        </details>
    }
}
