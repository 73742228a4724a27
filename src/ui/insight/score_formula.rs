//! "How is this calculated?": the remembered score's formula with the journey's own
//! moments and numbers, the honest caveat and the sources. Shows what
//! `analysis::formula` returns; computes nothing.

use crate::analysis::Formula;
use crate::i18n::score_text::formula_text;
use crate::i18n::{self, T};
use crate::model::Journey;
use crate::ui::tr;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScoreFormulaProps {
    pub journey: Rc<Journey>,
    pub formula: Formula,
}

/// A disclosure under the score card.
#[function_component(ScoreFormula)]
pub fn score_formula(p: &ScoreFormulaProps) -> Html {
    let l = use_lang();
    let f = &p.formula;
    let text = formula_text(l, &p.journey, f);
    html! {
        <details class="score-formula" data-testid="score-formula">
            <summary>{ tr(l, T::FormulaSummary) }</summary>
            <p class="formula" data-testid="formula-remembered">
                { text.remembered }
            </p>
            <ul class="formula-parts">
                <li data-testid="formula-peak" data-index={f.peak.to_string()}
                    data-marked={f.peak_marked.to_string()}>{ text.peak }</li>
                <li data-testid="formula-end" data-index={f.end.to_string()}
                    data-marked={f.end_marked.to_string()}>{ text.end }</li>
                if let Some(trend) = text.trend {
                    <li data-testid="formula-trend">{ trend }</li>
                }
                <li>{ tr(l, T::FormulaExperienced) }</li>
            </ul>
            <p class="caveat"><strong>{ tr(l, T::FormulaNotMeasurement) }</strong></p>
            <p class="caveat" data-testid="formula-caveat">{ tr(l, T::FormulaCaveat) }</p>
            <h4>{ tr(l, T::FormulaSources) }</h4>
            <ul class="sources">
                { for i18n::SOURCES.iter().map(|s| html! { <li>{ *s }</li> }) }
            </ul>
        </details>
    }
}
