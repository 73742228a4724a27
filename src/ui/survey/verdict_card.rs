//! "Does peak-end hold for your customers?": the verdict sentence, the difference of the
//! two correlations with its interval, the same per segment, and always the reminder that
//! it is a correlation.

use crate::analysis::survey::{PeakEndVsMean, SegmentReport, Verdict};
use crate::i18n::survey::{self as say, S};
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VerdictCardProps {
    pub verdict: Verdict,
    pub comparison: Option<PeakEndVsMean>,
    #[prop_or_default]
    pub segments: Rc<Vec<SegmentReport>>,
}

fn kind(v: &Verdict) -> &'static str {
    match v {
        Verdict::NotEnough => "not-enough",
        Verdict::Better { .. } => "better",
        Verdict::NoBetter { .. } => "no-better",
        Verdict::Worse { .. } => "worse",
    }
}

/// The verdict (`survey-verdict`, `data-kind` = better | no-better | worse | not-enough).
#[function_component(VerdictCard)]
pub fn verdict_card(p: &VerdictCardProps) -> Html {
    let l = use_lang();
    let per_segment = p
        .segments
        .iter()
        .filter(|s| s.verdict != Verdict::NotEnough)
        .map(|s| {
            html! {
                <li data-kind={kind(&s.verdict)}>
                    <strong>{ format!("{} = {}: ", s.column, s.value) }</strong>
                    { say::verdict(l, &s.verdict) }
                </li>
            }
        })
        .collect::<Vec<_>>();
    html! {
        <section class="survey-card survey-verdict" aria-labelledby="survey-verdict-heading">
            <h3 id="survey-verdict-heading">{ S::VerdictTitle.get(l) }</h3>
            <p class="verdict" data-testid="survey-verdict" data-kind={kind(&p.verdict)}>
                { say::verdict(l, &p.verdict) }
            </p>
            if let Some(c) = &p.comparison {
                <p class="hint">{ say::difference(l, c.r_diff, c.ci95, c.p) }</p>
            }
            <p class="not-cause">{ S::NotCause.get(l) }</p>
            if !per_segment.is_empty() {
                <ul class="segment-verdicts" data-testid="survey-segment-verdicts">{ for per_segment }</ul>
            }
        </section>
    }
}
