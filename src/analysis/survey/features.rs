//! Per respondent, in one pass: the predictors of the overall rating (remembered, mean,
//! end, peak, first, trend), the overall rating on the touchpoint scale, and the
//! recommend answer. The definitions are the journey engine's (`engine::plain`): a
//! respondent is scored as a journey of the touchpoints they rated, in order, blanks
//! skipped, with equal durations and no marks.
//!
//! One fixed-size row of `f64` per respondent (`NaN` where there is none), so the passes
//! over a group read memory in order: the only allocations are these rows and one row
//! buffer, never one per respondent.

use crate::analysis::engine::plain;
use crate::model::survey::{NpsScale, SurveyData};
use crate::model::{MemoryModel, Scale};

/// The predictors, in the order of `PredictorName` and of the report's `predictors`.
pub(super) const PREDICTORS: usize = 6;
/// Overall, then the predictors.
pub(super) const VARS: usize = PREDICTORS + 1;
/// Places in a row.
pub(super) const OVERALL: usize = 0;
pub(super) const REMEMBERED: usize = 1;
pub(super) const MEAN: usize = 2;
pub(super) const END: usize = 3;
pub(super) const PEAK: usize = 4;

/// Respondents as rows.
pub(super) struct Features {
    /// Per respondent: the overall rating moved linearly onto the touchpoint scale (so
    /// fitted weights compare with the memory model's; `NaN` where not answered), then
    /// remembered, mean, end, peak, first, trend (`NaN` for a respondent without ratings).
    ///
    /// Kept as `f32` (ratings and their means need far fewer than 7 digits) so a million
    /// respondents take 28 MB here rather than 56; every sum over them is in `f64`.
    vars: Box<[[f32; VARS]]>,
    /// The recommend answer; `NaN` where not answered or off its scale.
    nps: Box<[f32]>,
    /// Respondents with at least one rated touchpoint, in file order.
    pub rated: Vec<u32>,
}

impl Features {
    /// Respondent `i`'s overall rating and predictors, in `f64` for the sums.
    #[inline]
    pub fn row(&self, i: usize) -> [f64; VARS] {
        self.vars[i].map(f64::from)
    }

    /// Respondent `i`'s recommend answer (`NaN` where none).
    #[inline]
    pub fn nps(&self, i: usize) -> f64 {
        f64::from(self.nps[i])
    }
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
    // Sized up front and written by index: no push (and no growth check) per respondent.
    let mut vars = vec![[f32::NAN; VARS]; n];
    let mut nps = vec![f32::NAN; n];
    let mut rated = vec![0u32; n];
    let mut n_rated = 0;
    let mut buf = vec![0.0f64; k].into_boxed_slice();
    let rows = data.ratings.chunks_exact(k.max(1)).take(n);
    for (i, ((row, x), answer)) in rows.zip(&mut vars).zip(&mut nps).enumerate() {
        // Compact the rated values to the front: each value is written at the next free
        // place and the place is kept only when the value is a rating (no branch).
        let mut len = 0;
        for &v in row {
            buf[len] = f64::from(v);
            len += usize::from(v.is_finite());
        }
        let o = data.overall.get(i).map_or(f64::NAN, |&v| f64::from(v));
        x[OVERALL] = if o.is_finite() && overall_ok {
            rescale(o, &data.overall_scale, scale) as f32
        } else {
            f32::NAN
        };
        if len > 0 {
            let p = plain(&buf[..len], scale, model);
            x[REMEMBERED..].copy_from_slice(&[
                p.remembered as f32,
                p.mean as f32,
                p.end as f32,
                p.peak as f32,
                p.first as f32,
                p.trend as f32,
            ]);
            rated[n_rated] = i as u32;
            n_rated += 1;
        }
        let v = data.nps.get(i).map_or(f64::NAN, |&v| f64::from(v));
        if (nps_lo..=10.0).contains(&v) {
            *answer = v as f32;
        }
    }
    rated.truncate(n_rated);
    // Boxed slices: indexing them is the built-in slice index, which the size-optimised
    // build inlines (`Vec`'s `Index` stays a call per respondent there).
    Features {
        vars: vars.into_boxed_slice(),
        nps: nps.into_boxed_slice(),
        rated,
    }
}
