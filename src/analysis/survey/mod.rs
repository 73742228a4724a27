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
use sums::{Sums, grouped_sums};

/// Most values of one segment column analysed (the largest ones), and so the most curves.
pub const MAX_SEGMENT_CURVES: usize = 6;

/// The whole analysis of a survey under the journey's memory model. `skipped` is what the
/// reader left out (rows without a rated touchpoint), reported as is.
///
/// A memory model that does not validate is replaced by the default rule (the journey's
/// own check refuses such a model, so this only guards hand-made input). A touchpoint scale
/// that does not validate (min ≥ max, not finite) has no neutral point or bounds to score
/// against: the report then holds only the counts, never a guess.
pub fn analyze(data: &SurveyData, model: &MemoryModel, skipped: usize) -> SurveyReport {
    if data.touchpoint_scale.validate().is_err() {
        let k = data.touchpoints.len();
        let rows = features::rows(data);
        let respondents = (0..rows)
            .filter(|i| {
                data.ratings[i * k..(i + 1) * k]
                    .iter()
                    .any(|v| v.is_finite())
            })
            .count();
        return SurveyReport {
            respondents,
            skipped,
            ..SurveyReport::default()
        };
    }
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
    let groups = Groups::new(data, &f);
    // Every touchpoint sum the report needs, in one pass over the ratings: everyone, each
    // segment value analysed, promoters and detractors.
    let k = data.touchpoints.len();
    let sums = grouped_sums(data, all, &data.touchpoint_scale, groups.count, |i, out| {
        groups.of(data, &f, i, out)
    });
    let of = |g: usize| &sums[g * k..(g + 1) * k];
    let drivers = if nps.is_some() {
        nps::drivers(data, of(groups.promoters), of(groups.detractors))
    } else {
        Vec::new()
    };
    let (segments, nps_differences) = segments(data, &f, &groups, &of);
    SurveyReport {
        respondents: all.len(),
        skipped,
        touchpoints: correlate::touchpoints(data, of(0), &data.touchpoint_scale),
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
        lambda: crate::analysis::lanes::estimate_lambda(data),
    }
}

/// The groups the touchpoint sums are made for: 0 is everyone; then each segment column's
/// largest values (at most `MAX_SEGMENT_CURVES`), in report order; then promoters and
/// detractors.
struct Groups {
    /// Per segment column: its values analysed (largest first) with their members.
    columns: Vec<Vec<(usize, Vec<u32>)>>,
    /// Per segment column, per code: the group, if that value is analysed.
    group_of_code: Vec<Vec<Option<usize>>>,
    promoters: usize,
    detractors: usize,
    count: usize,
}

impl Groups {
    fn new(data: &SurveyData, f: &Features) -> Groups {
        let mut next = 1;
        let mut columns = Vec::with_capacity(data.segments.len());
        let mut group_of_code = Vec::with_capacity(data.segments.len());
        for col in &data.segments {
            let code =
                |i: u32| usize::from(col.codes.get(i as usize).copied().unwrap_or(NO_SEGMENT));
            // Sized by a count first, so no member list grows row by row.
            let mut sizes = vec![0usize; col.values.len()];
            for &i in &f.rated {
                if let Some(s) = sizes.get_mut(code(i)) {
                    *s += 1;
                }
            }
            let mut order: Vec<usize> = (0..sizes.len()).filter(|v| sizes[*v] > 0).collect();
            // Largest first; equal sizes keep the column's own order.
            order.sort_by_key(|v| std::cmp::Reverse(sizes[*v]));
            order.truncate(MAX_SEGMENT_CURVES);
            let mut codes = vec![None; col.values.len()];
            let mut values: Vec<(usize, Vec<u32>)> = Vec::with_capacity(order.len());
            for (slot, &v) in order.iter().enumerate() {
                codes[v] = Some(slot);
                values.push((v, Vec::with_capacity(sizes[v])));
            }
            for &i in &f.rated {
                if let Some(Some(slot)) = codes.get(code(i)) {
                    values[*slot].1.push(i);
                }
            }
            group_of_code.push(codes.iter().map(|c| c.map(|slot| next + slot)).collect());
            next += values.len();
            columns.push(values);
        }
        Groups {
            columns,
            group_of_code,
            promoters: next,
            detractors: next + 1,
            count: next + 2,
        }
    }

    /// The groups respondent `i` belongs to.
    fn of(&self, data: &SurveyData, f: &Features, i: u32, out: &mut Vec<usize>) {
        out.push(0);
        for (col, groups) in data.segments.iter().zip(&self.group_of_code) {
            let code = col.codes.get(i as usize).copied().unwrap_or(NO_SEGMENT);
            if let Some(Some(g)) = groups.get(usize::from(code)) {
                out.push(*g);
            }
        }
        match nps::class(f.nps(i as usize)) {
            Some(nps::Class::Promoter) => out.push(self.promoters),
            Some(nps::Class::Detractor) => out.push(self.detractors),
            _ => {}
        }
    }
}

/// Each analysed segment value, like the whole survey, and the NPS difference of every pair
/// of values within a column.
fn segments<'a>(
    data: &SurveyData,
    f: &Features,
    groups: &Groups,
    sums: &impl Fn(usize) -> &'a [Sums],
) -> (Vec<SegmentReport>, Vec<NpsDifference>) {
    let mut reports = Vec::new();
    let mut differences = Vec::new();
    let mut group = 1;
    for (col, values) in data.segments.iter().zip(&groups.columns) {
        let mut scored = Vec::with_capacity(values.len());
        for (v, members) in values {
            let moments = Moments::new(f, members);
            let pev = correlate::peak_end_vs_mean(&moments);
            let nps = nps::nps(f, members, data.nps_scale);
            reports.push(SegmentReport {
                column: col.column.clone(),
                value: col.values[*v].clone(),
                respondents: members.len(),
                predictors: if moments.n > 0 {
                    correlate::predictors(&moments)
                } else {
                    Vec::new()
                },
                verdict: correlate::verdict(&moments, pev.as_ref()),
                peak_end_vs_mean: pev,
                nps: nps.clone(),
                touchpoints: correlate::touchpoints(data, sums(group), &data.touchpoint_scale),
            });
            group += 1;
            scored.push((*v, nps));
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
