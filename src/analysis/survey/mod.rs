//! Survey statistics: per respondent peak, end, mean, first, trough, trend and the
//! remembered score; across respondents the customers' curve with its uncertainty, whether
//! the remembered score predicts the overall verdict better than the mean (Pearson r,
//! Fisher CIs, Williams' t), fitted weights, NPS with an adjusted-Wald CI, and what
//! separates promoters from detractors, per segment. Definitions: `docs/SCORING.md`.
//!
//! Pure Rust, run in the survey worker and by `analyze --survey`. Never NaN in the report.

mod correlate;
mod features;
mod fit;
mod nps;
pub mod numerics;
mod report;
mod sums;

pub use correlate::{MIN_FOR_VERDICT, fisher_ci, williams_t, zou_ci};
pub use nps::{from_counts as nps_from_counts, welch_ci};
pub use report::*;

use crate::model::MemoryModel;
use crate::model::survey::{NO_SEGMENT, SurveyData};
use correlate::Moments;
use features::Features;

/// Most values of one segment column analysed (the largest ones), and so the most curves.
pub const MAX_SEGMENT_CURVES: usize = 6;

/// The whole analysis of a survey under the journey's memory model. `skipped` is what the
/// reader left out (rows without a rated touchpoint), reported as is.
///
/// A memory model that does not validate is replaced by the default rule (the journey's
/// own check refuses such a model, so this only guards hand-made input).
pub fn analyze(data: &SurveyData, model: &MemoryModel, skipped: usize) -> SurveyReport {
    let model = if model.validate().is_ok() {
        *model
    } else {
        MemoryModel::default()
    };
    let f = features::features(data, &model);
    let all = &f.rated;
    let moments = Moments::new(&f, all);
    let peak_end_vs_mean = correlate::peak_end_vs_mean(&moments);
    let verdict = correlate::verdict(&moments, peak_end_vs_mean.as_ref());
    let nps = nps::nps(&f, all, data.nps_scale);
    let to_overall = (data.overall_scale.max - data.overall_scale.min)
        / (data.touchpoint_scale.max - data.touchpoint_scale.min);
    let fitted = if to_overall.is_finite() && to_overall > 0.0 {
        fit::fit(&f, all, to_overall)
    } else {
        None
    };
    let drivers = if nps.is_some() {
        nps::drivers(data, &f, all)
    } else {
        Vec::new()
    };
    let (segments, nps_differences) = segments(data, &f);
    SurveyReport {
        respondents: all.len(),
        skipped,
        touchpoints: correlate::touchpoints(data, all, &data.touchpoint_scale),
        predictors: if moments.n > 0 {
            correlate::predictors(&moments)
        } else {
            Vec::new()
        },
        peak_end_vs_mean,
        fitted,
        nps,
        drivers,
        segments,
        nps_differences,
        verdict,
    }
}

/// Each segment column's largest values (at most `MAX_SEGMENT_CURVES`), analysed like the
/// whole survey, and the NPS difference of every pair of them.
fn segments(data: &SurveyData, f: &Features) -> (Vec<SegmentReport>, Vec<NpsDifference>) {
    let mut reports = Vec::new();
    let mut differences = Vec::new();
    for col in &data.segments {
        let mut members: Vec<Vec<u32>> = vec![Vec::new(); col.values.len()];
        for &i in &f.rated {
            let code = col.codes.get(i as usize).copied().unwrap_or(NO_SEGMENT);
            if let Some(m) = members.get_mut(usize::from(code)) {
                m.push(i);
            }
        }
        let mut order: Vec<usize> = (0..members.len())
            .filter(|v| !members[*v].is_empty())
            .collect();
        // Largest first; equal sizes keep the column's own order.
        order.sort_by_key(|v| std::cmp::Reverse(members[*v].len()));
        order.truncate(MAX_SEGMENT_CURVES);
        let mut scored = Vec::with_capacity(order.len());
        for &v in &order {
            let group = &members[v];
            let moments = Moments::new(f, group);
            let pev = correlate::peak_end_vs_mean(&moments);
            let nps = nps::nps(f, group, data.nps_scale);
            reports.push(SegmentReport {
                column: col.column.clone(),
                value: col.values[v].clone(),
                respondents: group.len(),
                predictors: if moments.n > 0 {
                    correlate::predictors(&moments)
                } else {
                    Vec::new()
                },
                verdict: correlate::verdict(&moments, pev.as_ref()),
                peak_end_vs_mean: pev,
                nps: nps.clone(),
                touchpoints: correlate::touchpoints(data, group, &data.touchpoint_scale),
            });
            scored.push((v, nps));
        }
        for (x, (va, a)) in scored.iter().enumerate() {
            for (vb, b) in &scored[x + 1..] {
                if let (Some(a), Some(b)) = (a, b) {
                    differences.push(nps::difference(
                        &col.column,
                        &col.values[*va],
                        a,
                        &col.values[*vb],
                        b,
                    ));
                }
            }
        }
    }
    (reports, differences)
}
