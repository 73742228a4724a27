use crate::analysis::{self, Scores};
use crate::i18n::{self, Lang, T};
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
    let shown = if signed && value > 0.0 {
        format!("+{}", l.number(value, 1))
    } else {
        l.number(value, 1)
    };
    let pct_text = if signed {
        i18n::gap_points(l, pct)
    } else {
        format!("{} {}", l.number(pct, 0), tr(l, T::OutOf100))
    };
    html! {
        <div class="score" data-testid={testid.to_string()} data-value={value.to_string()}
            data-percent={pct.to_string()}>
            <h3>{ tr(l, label) }</h3>
            <p class="value">{ shown }</p>
            <p class="pct">{ pct_text }</p>
            <p class="explain">{ explain.to_string() }</p>
        </div>
    }
}

fn gap_text(l: Lang, s: &Scores) -> &'static str {
    if s.gap_pct < -0.5 {
        tr(l, T::GapExplainWorse)
    } else if s.gap_pct > 0.5 {
        tr(l, T::GapExplainBetter)
    } else {
        tr(l, T::GapExplainNone)
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
                    { tile(l, "score-gap", T::Gap, s.gap, s.gap_pct, gap_text(l, s), true) }
                </div>
                <ScoreFormula journey={p.journey.clone()}
                    formula={analysis::formula_from_scores(&p.journey, s)} />
            </>
        },
    }
}
