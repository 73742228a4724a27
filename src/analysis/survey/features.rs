//! Per respondent, in one pass: the predictors of the overall rating (remembered, mean,
//! end, peak, first, trend), the overall rating on the touchpoint scale, and the
//! recommend answer. The definitions are the journey engine's (`engine::plain`): a
//! respondent is scored as a journey of the touchpoints they rated, in order, blanks
//! skipped, with equal durations and no marks.
//!
//! Columns of `f64`, one value per respondent, `NaN` where there is none: the only
//! allocations are these columns and one row buffer, never one per respondent.

use crate::analysis::engine::plain;
use crate::model::survey::{NpsScale, SurveyData};
use crate::model::{MemoryModel, Scale};

/// The predictors, in the order of `PredictorName` and of the report's `predictors`.
pub(super) const PREDICTORS: usize = 6;
pub(super) const REMEMBERED: usize = 0;
pub(super) const MEAN: usize = 1;
pub(super) const END: usize = 2;
pub(super) const PEAK: usize = 3;

/// Respondents as columns.
pub(super) struct Features {
    /// Remembered, mean, end, peak, first, trend; `NaN` for a respondent without ratings.
    pub predictors: [Vec<f64>; PREDICTORS],
    /// The overall rating moved linearly onto the touchpoint scale (so fitted weights
    /// compare with the memory model's); `NaN` where not answered.
    pub overall: Vec<f64>,
    /// The recommend answer; `NaN` where not answered or off its scale.
    pub nps: Vec<f64>,
    /// Respondents with at least one rated touchpoint, in file order.
    pub rated: Vec<u32>,
}

/// Where `v` on `from` lands on `to` (same relative place between min and max).
pub(super) fn rescale(v: f64, from: &Scale, to: &Scale) -> f64 {
    to.min + (v - from.min) / (from.max - from.min) * (to.max - to.min)
}

/// The lowest answer the recommend question's scale allows.
pub(super) fn nps_low(scale: NpsScale) -> f64 {
    match scale {
        NpsScale::ZeroToTen => 0.0,
        NpsScale::OneToTen => 1.0,
    }
}

/// Rows of `data` that can be read: whole rows of ratings (a short last row is dropped).
pub(super) fn rows(data: &SurveyData) -> usize {
    let k = data.touchpoints.len();
    data.ratings.len().checked_div(k).unwrap_or(0)
}

pub(super) fn features(data: &SurveyData, model: &MemoryModel) -> Features {
    let n = rows(data);
    let k = data.touchpoints.len();
    let scale = &data.touchpoint_scale;
    let overall_ok = data.overall_scale.validate().is_ok() && scale.validate().is_ok();
    let nps_lo = nps_low(data.nps_scale);
    let mut predictors: [Vec<f64>; PREDICTORS] = Default::default();
    for col in &mut predictors {
        col.reserve_exact(n);
    }
    let mut overall = Vec::with_capacity(n);
    let mut nps = Vec::with_capacity(n);
    let mut rated = Vec::with_capacity(n);
    let mut buf: Vec<f64> = Vec::with_capacity(k);
    for i in 0..n {
        buf.clear();
        buf.extend(
            data.ratings[i * k..(i + 1) * k]
                .iter()
                .filter(|v| v.is_finite())
                .map(|&v| f64::from(v)),
        );
        if buf.is_empty() {
            for col in &mut predictors {
                col.push(f64::NAN);
            }
        } else {
            let p = plain(&buf, scale, model);
            let values = [p.remembered, p.mean, p.end, p.peak, p.first, p.trend];
            for (col, v) in predictors.iter_mut().zip(values) {
                col.push(v);
            }
            rated.push(i as u32);
        }
        let o = data.overall.get(i).map_or(f64::NAN, |&v| f64::from(v));
        overall.push(if o.is_finite() && overall_ok {
            rescale(o, &data.overall_scale, scale)
        } else {
            f64::NAN
        });
        let v = data.nps.get(i).map_or(f64::NAN, |&v| f64::from(v));
        nps.push(if (nps_lo..=10.0).contains(&v) {
            v
        } else {
            f64::NAN
        });
    }
    Features {
        predictors,
        overall,
        nps,
        rated,
    }
}
