//! The Net Promoter Score with its uncertainty: the raw score, the adjusted-Wald 95%
//! interval, the mix, a warning below 30 answers, the 1–10 caveat, the answers a narrower
//! margin would need, and whether segments differ beyond chance.

use crate::analysis::survey::{Nps, NpsDifference, SegmentReport};
use crate::i18n::signed;
use crate::i18n::survey::{self as say, S};
use crate::model::survey::NpsScale;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

/// Fewer answers than this get a warning.
const FEW: usize = 30;

#[derive(Properties, PartialEq)]
pub struct NpsCardProps {
    pub nps: Option<Nps>,
    #[prop_or_default]
    pub differences: Rc<Vec<NpsDifference>>,
    #[prop_or_default]
    pub segments: Rc<Vec<SegmentReport>>,
}

/// The NPS tile (`survey-nps`, `data-value` = the score).
#[function_component(NpsCard)]
pub fn nps_card(p: &NpsCardProps) -> Html {
    let l = use_lang();
    let Some(nps) = &p.nps else {
        return html! {
            <section class="survey-card survey-nps" aria-labelledby="survey-nps-heading">
                <h3 id="survey-nps-heading">{ S::NpsTitle.get(l) }</h3>
                <p class="empty">{ S::NpsNone.get(l) }</p>
            </section>
        };
    };
    let group = |key: S, n: usize, class: &'static str| {
        html! {
            <li class={class}><span>{ key.get(l) }</span>{ " " }<strong>{ say::share(l, n, nps.n) }</strong></li>
        }
    };
    let differences = p.differences.iter().map(|d| {
        html! {
            <li data-beyond-chance={d.beyond_chance.to_string()}>{ say::nps_difference(l, d) }</li>
        }
    });
    let per_segment: Vec<Html> = p
        .segments
        .iter()
        .filter_map(|s| {
            let n = s.nps.as_ref()?;
            Some(html! { <li>{ say::segment_nps(l, &s.column, &s.value, n) }</li> })
        })
        .collect();
    html! {
        <section class="survey-card survey-nps" data-testid="survey-nps" data-value={nps.score.to_string()}
            aria-labelledby="survey-nps-heading">
            <h3 id="survey-nps-heading">{ S::NpsTitle.get(l) }</h3>
            <p class="value">{ signed(l, nps.score, 0) }</p>
            <p class="pct">{ say::nps_interval(l, nps) }</p>
            <ul class="nps-mix">
                { group(S::Promoters, nps.promoters, "promoters") }
                { group(S::Passives, nps.passives, "passives") }
                { group(S::Detractors, nps.detractors, "detractors") }
            </ul>
            if nps.n < FEW {
                <p class="alert" data-testid="survey-nps-few">{ S::NpsFew.get(l) }</p>
            }
            if nps.scale == NpsScale::OneToTen {
                <p class="alert" data-testid="survey-nps-scale">{ S::NpsOneToTenCaveat.get(l) }</p>
            }
            <p class="hint">{ say::nps_margins(l, nps) }</p>
            if !per_segment.is_empty() {
                <h4>{ S::NpsPerSegment.get(l) }</h4>
                <ul class="nps-differences" data-testid="survey-nps-segments">{ for per_segment }</ul>
            }
            if !p.differences.is_empty() {
                <h4>{ S::NpsDifferencesTitle.get(l) }</h4>
                <ul class="nps-differences" data-testid="survey-nps-differences">{ for differences }</ul>
            }
        </section>
    }
}
