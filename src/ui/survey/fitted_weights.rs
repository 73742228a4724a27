//! The customers' own memory weights: the least-squares fit with R² and its
//! cross-validated error against the journey's rule, and "Use these weights" (disabled,
//! with the reason, when a weight is below zero).

use crate::analysis::survey::Fitted;
use crate::i18n::survey::{self as say, S};
use crate::model::{Action, MemoryModel, fitted_memory};
use crate::ui::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FittedWeightsProps {
    pub fitted: Option<Fitted>,
    /// The journey's memory model now (its other settings are kept).
    pub model: MemoryModel,
    pub on_action: Callback<Action>,
}

/// The fitted weights (`survey-fitted`) and the button `survey-use-weights`.
#[function_component(FittedWeights)]
pub fn fitted_weights(p: &FittedWeightsProps) -> Html {
    let l = use_lang();
    let Some(f) = &p.fitted else {
        return html! {};
    };
    let model = if f.usable {
        fitted_memory(&p.model, f.peak, f.end)
    } else {
        None
    };
    let already = model == Some(p.model);
    let onclick = {
        let on_action = p.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(m) = model {
                on_action.emit(Action::SetMemoryModel(m));
            }
        })
    };
    html! {
        <section class="survey-card" data-testid="survey-fitted" aria-labelledby="survey-fitted-heading">
            <h3 id="survey-fitted-heading">{ S::FittedTitle.get(l) }</h3>
            <p class="formula">{ say::fitted_formula(l, f) }</p>
            <p>{ say::fitted_error(l, f) }</p>
            <p class="hint">{ S::FittedScaleNote.get(l) }</p>
            if say::mean_weight_matters(f) {
                <p class="alert" data-testid="survey-mean-weight">{ say::mean_weight_note(l, f.mean) }</p>
            }
            <button type="button" data-testid="survey-use-weights" disabled={model.is_none() || already}
                aria-describedby={model.is_none().then_some("survey-weights-why")} {onclick}>
                { S::UseWeights.get(l) }
            </button>
            if model.is_none() {
                <p class="hint" id="survey-weights-why" data-testid="survey-weights-why">{ S::WeightsNotUsable.get(l) }</p>
            }
        </section>
    }
}
