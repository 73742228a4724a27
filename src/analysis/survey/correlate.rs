//! The customers' curve (mean, t-based CI, shares around neutral per touchpoint) and the
//! question "does peak-end hold for them?": Pearson r of each predictor with the overall
//! rating (Fisher-z CI), remembered vs mean by Williams' t (Steiger 1980, eq. 7) with Zou's
//! (2007) CI of the difference, and the verdict that follows from that CI.
//!
//! Every function takes a group: the indices of the respondents it covers (everyone, or one
//! segment value), so segments reuse the per-respondent features.

use super::features::{Features, MEAN, PREDICTORS, REMEMBERED};
use super::numerics::{Z95, t_quantile, t_two_sided_p};
use super::{Ci, PeakEndVsMean, Predictor, PredictorName, TouchpointStats, Verdict};
use crate::model::Scale;
use crate::model::survey::SurveyData;

/// Fewest respondents with an overall rating for a verdict.
pub const MIN_FOR_VERDICT: usize = 10;

const NAMES: [PredictorName; PREDICTORS] = [
    PredictorName::Remembered,
    PredictorName::Mean,
    PredictorName::End,
    PredictorName::Peak,
    PredictorName::First,
    PredictorName::Trend,
];

/// Whether a spread is zero up to the rounding of the mean it was measured from.
fn no_spread(ss: f64, n: usize, mean: f64) -> bool {
    ss / n as f64 <= (1e-12 * mean.abs().max(1.0)).powi(2)
}

/// Mean, t-based 95% CI, sd and the shares below / at / above neutral, per touchpoint.
pub fn touchpoints(data: &SurveyData, group: &[u32], scale: &Scale) -> Vec<TouchpointStats> {
    let k = data.touchpoints.len();
    let m = scale.neutral;
    // (n, sum, below, at, above) per touchpoint, then the squared deviations.
    let mut acc = vec![(0usize, 0.0f64, 0usize, 0usize, 0usize); k];
    for &i in group {
        let row = &data.ratings[i as usize * k..(i as usize + 1) * k];
        for (a, &v) in acc.iter_mut().zip(row) {
            if v.is_finite() {
                let v = f64::from(v);
                a.0 += 1;
                a.1 += v;
                a.2 += usize::from(v < m);
                a.3 += usize::from(v == m);
                a.4 += usize::from(v > m);
            }
        }
    }
    let means: Vec<f64> = acc
        .iter()
        .map(|a| if a.0 > 0 { a.1 / a.0 as f64 } else { 0.0 })
        .collect();
    let mut ss = vec![0.0f64; k];
    for &i in group {
        let row = &data.ratings[i as usize * k..(i as usize + 1) * k];
        for ((s, &v), mean) in ss.iter_mut().zip(row).zip(&means) {
            if v.is_finite() {
                let d = f64::from(v) - mean;
                *s += d * d;
            }
        }
    }
    data.touchpoints
        .iter()
        .enumerate()
        .map(|(t, name)| {
            let (n, _, below, at, above) = acc[t];
            let share = |c: usize| if n > 0 { c as f64 / n as f64 } else { 0.0 };
            let mean = means[t];
            let sd = (n >= 2).then(|| {
                if no_spread(ss[t], n, mean) {
                    0.0
                } else {
                    (ss[t] / (n - 1) as f64).sqrt()
                }
            });
            let ci95 = sd.map(|sd| {
                let h = t_quantile(0.975, (n - 1) as f64) * sd / (n as f64).sqrt();
                [mean - h, mean + h]
            });
            TouchpointStats {
                name: name.clone(),
                mean: (n > 0).then_some(mean),
                n,
                ci95,
                sd,
                below: share(below),
                at: share(at),
                above: share(above),
            }
        })
        .collect()
}

/// Means and centred cross-products of overall (index 0) and the predictors (1…), over the
/// respondents of a group who gave an overall rating.
pub struct Moments {
    pub n: usize,
    pub mean: [f64; PREDICTORS + 1],
    /// Σ (xₐ − x̄ₐ)(x_b − x̄_b).
    pub cross: [[f64; PREDICTORS + 1]; PREDICTORS + 1],
}

const VARS: usize = PREDICTORS + 1;

impl Moments {
    #[allow(clippy::needless_range_loop)] // a symmetric matrix, by row and column
    pub fn new(f: &Features, group: &[u32]) -> Moments {
        let value = |i: usize, v: usize| {
            if v == 0 {
                f.overall[i]
            } else {
                f.predictors[v - 1][i]
            }
        };
        let usable = |i: usize| f.overall[i].is_finite() && f.predictors[REMEMBERED][i].is_finite();
        let mut n = 0;
        let mut sum = [0.0; VARS];
        for &i in group {
            let i = i as usize;
            if usable(i) {
                n += 1;
                for (v, s) in sum.iter_mut().enumerate() {
                    *s += value(i, v);
                }
            }
        }
        let mean = sum.map(|s| if n > 0 { s / n as f64 } else { 0.0 });
        let mut cross = [[0.0; VARS]; VARS];
        for &i in group {
            let i = i as usize;
            if usable(i) {
                let mut d = [0.0; VARS];
                for (v, dv) in d.iter_mut().enumerate() {
                    *dv = value(i, v) - mean[v];
                }
                for a in 0..VARS {
                    for b in a..VARS {
                        cross[a][b] += d[a] * d[b];
                    }
                }
            }
        }
        for a in 0..VARS {
            for b in 0..a {
                cross[a][b] = cross[b][a];
            }
        }
        Moments { n, mean, cross }
    }

    /// Whether variable `v` (0 = overall, 1… = predictors) varies at all.
    pub fn varies(&self, v: usize) -> bool {
        self.n >= 2 && !no_spread(self.cross[v][v], self.n, self.mean[v])
    }

    /// Pearson r of variables `a` and `b`; `None` below 3 respondents or without spread.
    pub fn r(&self, a: usize, b: usize) -> Option<f64> {
        if self.n < 3 || !self.varies(a) || !self.varies(b) {
            return None;
        }
        let r = self.cross[a][b] / (self.cross[a][a] * self.cross[b][b]).sqrt();
        r.is_finite().then(|| r.clamp(-1.0, 1.0))
    }
}

/// Fisher-z 95% CI of r from n pairs: tanh(atanh r ± 1.96/√(n − 3)); `None` for n ≤ 3.
pub fn fisher_ci(r: f64, n: usize) -> Option<Ci> {
    if n <= 3 {
        return None;
    }
    let z = r.clamp(-1.0, 1.0).atanh();
    let h = Z95 / ((n - 3) as f64).sqrt();
    Some([(z - h).tanh(), (z + h).tanh()])
}

/// r of every predictor with the overall rating, in `PredictorName` order.
pub fn predictors(m: &Moments) -> Vec<Predictor> {
    NAMES
        .iter()
        .enumerate()
        .map(|(p, &name)| {
            let r = m.r(0, p + 1);
            Predictor {
                name,
                r,
                ci95: r.and_then(|r| fisher_ci(r, m.n)),
                n: m.n,
            }
        })
        .collect()
}

/// Williams' t for r₁₂ − r₁₃, two correlations sharing variable 1, with r₂₃ between the
/// others (Steiger 1980, eq. 7); df = n − 3. `None` where it is undefined (n ≤ 3, or the
/// two predictors are the same variable).
pub fn williams_t(r12: f64, r13: f64, r23: f64, n: usize) -> Option<f64> {
    if n <= 3 {
        return None;
    }
    let nf = n as f64;
    let det = 1.0 - r12 * r12 - r13 * r13 - r23 * r23 + 2.0 * r12 * r13 * r23;
    let rbar = (r12 + r13) / 2.0;
    let denom = 2.0 * (nf - 1.0) / (nf - 3.0) * det + rbar * rbar * (1.0 - r23).powi(3);
    let t = (r12 - r13) * ((nf - 1.0) * (1.0 + r23) / denom).sqrt();
    (denom > 0.0 && t.is_finite()).then_some(t)
}

/// Zou's (2007) 95% CI of r₁₂ − r₁₃ for overlapping correlations, from each one's
/// Fisher CI and the correlation between the two estimates.
pub fn zou_ci(r12: f64, r13: f64, r23: f64, n: usize) -> Option<Ci> {
    let [l1, u1] = fisher_ci(r12, n)?;
    let [l2, u2] = fisher_ci(r13, n)?;
    let c = ((r23 - 0.5 * r12 * r13) * (1.0 - r12 * r12 - r13 * r13 - r23 * r23) + r23.powi(3))
        / ((1.0 - r12 * r12) * (1.0 - r13 * r13));
    let d = r12 - r13;
    let low = d
        - ((r12 - l1).powi(2) + (u2 - r13).powi(2) - 2.0 * c * (r12 - l1) * (u2 - r13))
            .max(0.0)
            .sqrt();
    let high = d
        + ((u1 - r12).powi(2) + (r13 - l2).powi(2) - 2.0 * c * (u1 - r12) * (r13 - l2))
            .max(0.0)
            .sqrt();
    (low.is_finite() && high.is_finite()).then_some([low, high])
}

/// Remembered vs mean as predictors of the overall rating.
pub fn peak_end_vs_mean(m: &Moments) -> Option<PeakEndVsMean> {
    let r12 = m.r(0, REMEMBERED + 1)?;
    let r13 = m.r(0, MEAN + 1)?;
    let r23 = m.r(REMEMBERED + 1, MEAN + 1)?;
    let t = williams_t(r12, r13, r23, m.n)?;
    let ci95 = zou_ci(r12, r13, r23, m.n)?;
    let df = (m.n - 3) as f64;
    Some(PeakEndVsMean {
        r_diff: r12 - r13,
        ci95,
        williams_t: t,
        df,
        p: t_two_sided_p(t, df),
    })
}

/// The verdict: better / no better / worse by where the CI of r_diff lies, once at least
/// `MIN_FOR_VERDICT` respondents gave an overall rating.
pub fn verdict(m: &Moments, pev: Option<&PeakEndVsMean>) -> Verdict {
    let (Some(pev), Some(r_remembered), Some(r_mean)) =
        (pev, m.r(0, REMEMBERED + 1), m.r(0, MEAN + 1))
    else {
        return Verdict::NotEnough;
    };
    if m.n < MIN_FOR_VERDICT {
        return Verdict::NotEnough;
    }
    let n = m.n;
    if pev.ci95[0] > 0.0 {
        Verdict::Better {
            n,
            r_remembered,
            r_mean,
        }
    } else if pev.ci95[1] < 0.0 {
        Verdict::Worse {
            n,
            r_remembered,
            r_mean,
        }
    } else {
        Verdict::NoBetter {
            n,
            r_remembered,
            r_mean,
        }
    }
}
