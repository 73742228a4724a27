//! "How is this calculated?": the remembered score's formula with the journey's own
//! moments and numbers, the honest caveat and the sources. Shows what
//! `analysis::formula` returns; computes nothing.

use crate::analysis::Formula;
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
    let tps = &p.journey.touchpoints;
    let name = |i: usize| tps.get(i).map_or("", |t| t.name.as_str());
    let rating = |i: usize| tps.get(i).map_or(0.0, |t| t.rating);
    let trend = (f.trend_weight > 0.0).then_some((f.trend_weight, f.trend));
    let peak_line = match f.split {
        Some((best, worst)) => i18n::formula_split(
            l,
            (name(best), rating(best)),
            (name(worst), rating(worst)),
            f.peak_term,
        ),
        None => i18n::formula_peak(l, name(f.peak), rating(f.peak), f.peak_marked),
    };
    let end_line = i18n::formula_end(
        l,
        name(f.end),
        rating(f.end),
        f.end_marked,
        f.end_window,
        f.end_term,
    );
    html! {
        <details class="score-formula" data-testid="score-formula">
            <summary>{ tr(l, T::FormulaSummary) }</summary>
            <p class="formula" data-testid="formula-remembered">
                { i18n::formula_remembered(l, (f.peak_share, f.end_share),
                    (f.peak_term, f.end_term), trend, f.remembered) }
            </p>
            <ul class="formula-parts">
                <li data-testid="formula-peak" data-index={f.peak.to_string()}
                    data-marked={f.peak_marked.to_string()}>{ peak_line }</li>
                <li data-testid="formula-end" data-index={f.end.to_string()}
                    data-marked={f.end_marked.to_string()}>{ end_line }</li>
                if let Some((w, t)) = trend {
                    <li data-testid="formula-trend">{ i18n::formula_trend(l, w, t) }</li>
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
