use crate::analysis;
use crate::i18n::score_text::{gap_explain, tile_text};
use crate::i18n::{Lang, T};
use crate::model::Journey;
use crate::ui::insight::score_formula::ScoreFormula;
use crate::ui::tr;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScoreCardProps {
    pub journey: Rc<Journey>,
}

fn tile(
    l: Lang,
    testid: &str,
    label: T,
    value: f64,
    pct: f64,
    explain: &str,
    signed: bool,
) -> Html {
    let text = tile_text(l, value, pct, signed);
    html! {
        <div class="score" data-testid={testid.to_string()} data-value={value.to_string()}
            data-percent={pct.to_string()}>
            <h3>{ tr(l, label) }</h3>
            <p class="value">{ text.shown }</p>
            <p class="pct">{ text.pct }</p>
            <p class="explain">{ explain.to_string() }</p>
        </div>
    }
}

/// Remembered, experienced and the gap between them, each with one plain line, and the
/// formula behind them one click away.
#[function_component(ScoreCard)]
pub fn score_card(p: &ScoreCardProps) -> Html {
    let l = use_lang();
    let scores = use_memo(p.journey.clone(), |j| analysis::score(j));
    match &*scores {
        Err(_) => html! {
            <div class="score-card empty" data-testid="score-card">
                <p>{ tr(l, T::NoScore) }</p>
            </div>
        },
        Ok(s) => html! {
            <>
                <div class="score-card" data-testid="score-card" aria-live="polite">
                    { tile(l, "score-remembered", T::Remembered, s.remembered, s.remembered_pct,
                        tr(l, T::RememberedExplain), false) }
                    { tile(l, "score-experienced", T::Experienced, s.experienced, s.experienced_pct,
                        tr(l, T::ExperiencedExplain), false) }
                    { tile(l, "score-gap", T::Gap, s.gap, s.gap_pct, gap_explain(l, s), true) }
                </div>
                <ScoreFormula journey={p.journey.clone()}
                    formula={analysis::formula_from_scores(&p.journey, s)} />
            </>
        },
    }
}
