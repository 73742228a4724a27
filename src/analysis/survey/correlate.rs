//! The customers' curve (mean, t-based CI, shares around neutral per touchpoint) and the
//! question "does peak-end hold for them?": Pearson r of each predictor with the overall
//! rating (Fisher-z CI), remembered vs mean by Williams' t (Steiger 1980, eq. 7) with Zou's
//! (2007) CI of the difference, and the verdict that follows from that CI.
//!
//! Every function takes a group: the indices of the respondents it covers (everyone, or one
//! segment value), so segments reuse the per-respondent features.

use super::features::{Features, MEAN, OVERALL, PREDICTORS, REMEMBERED, VARS};
use super::numerics::{Z95, t_quantile, t_two_sided_p};
use super::sums::Sums;
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

/// Mean, t-based 95% CI, sd and the shares below / at / above neutral, per touchpoint,
/// from a group's sums (`sums::grouped_sums`).
pub fn touchpoints(data: &SurveyData, sums: &[Sums], scale: &Scale) -> Vec<TouchpointStats> {
    let m = scale.neutral;
    data.touchpoints
        .iter()
        .enumerate()
        .map(|(t, name)| {
            let sum = &sums[t];
            let n = sum.n;
            let above = n - sum.below - sum.at;
            let share = |c: usize| if n > 0 { c as f64 / n as f64 } else { 0.0 };
            let mean = sum.mean(m);
            let ss = sum.ss();
            let sd = (n >= 2).then(|| {
                if no_spread(ss, n, mean) {
                    0.0
                } else {
                    (ss / (n - 1) as f64).sqrt()
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
                below: share(sum.below),
                at: share(sum.at),
                above: share(above),
            }
        })
        .collect()
}

/// What the correlations need over the respondents of a group who gave an overall rating:
/// the means and centred sums of squares of overall and every predictor, the centred
/// cross-products of each predictor with overall, and that of remembered with mean.
pub struct Moments {
    pub n: usize,
    pub mean: [f64; VARS],
    /// Σ (x − x̄)² per variable.
    pub ss: [f64; VARS],
    /// Σ (x − x̄)(overall − mean overall) per variable.
    pub with_overall: [f64; VARS],
    /// Σ (remembered − its mean)(mean − its mean).
    pub remembered_mean: f64,
}

impl Moments {
    #[allow(clippy::needless_range_loop)] // parallel sums, by variable
    pub fn new(f: &Features, group: &[u32]) -> Moments {
        // One pass over sums shifted by the first usable row (ratings are bounded, so the
        // shifted sums keep their precision; equal values give exactly zero spread).
        let usable = |x: &[f64; VARS]| x[OVERALL].is_finite() && x[REMEMBERED].is_finite();
        let Some(shift) = group.iter().map(|&i| f.row(i as usize)).find(|x| usable(x)) else {
            return Moments {
                n: 0,
                mean: [0.0; VARS],
                ss: [0.0; VARS],
                with_overall: [0.0; VARS],
                remembered_mean: 0.0,
            };
        };
        let mut n = 0usize;
        let (mut s1, mut s2, mut so) = ([0.0; VARS], [0.0; VARS], [0.0; VARS]);
        let mut srm = 0.0;
        for &i in group {
            let x = &f.row(i as usize);
            if !usable(x) {
                continue;
            }
            n += 1;
            let mut d = [0.0; VARS];
            for ((d, x), c) in d.iter_mut().zip(x).zip(&shift) {
                *d = x - c;
            }
            for v in 0..VARS {
                s1[v] += d[v];
                s2[v] += d[v] * d[v];
                so[v] += d[v] * d[OVERALL];
            }
            srm += d[REMEMBERED] * d[MEAN];
        }
        let nf = n as f64;
        let mut out = Moments {
            n,
            mean: [0.0; VARS],
            ss: [0.0; VARS],
            with_overall: [0.0; VARS],
            remembered_mean: srm - s1[REMEMBERED] * s1[MEAN] / nf,
        };
        for v in 0..VARS {
            out.mean[v] = shift[v] + s1[v] / nf;
            out.ss[v] = (s2[v] - s1[v] * s1[v] / nf).max(0.0);
            out.with_overall[v] = so[v] - s1[v] * s1[OVERALL] / nf;
        }
        out
    }

    /// Whether variable `v` (a place in `Features::vars`) varies at all.
    pub fn varies(&self, v: usize) -> bool {
        self.n >= 2 && !no_spread(self.ss[v], self.n, self.mean[v])
    }

    fn r_of(&self, a: usize, b: usize, cross: f64) -> Option<f64> {
        if self.n < 3 || !self.varies(a) || !self.varies(b) {
            return None;
        }
        let r = cross / (self.ss[a] * self.ss[b]).sqrt();
        r.is_finite().then(|| r.clamp(-1.0, 1.0))
    }

    /// Pearson r of variable `v` with the overall rating; `None` below 3 respondents or
    /// without spread.
    pub fn r_overall(&self, v: usize) -> Option<f64> {
        self.r_of(OVERALL, v, self.with_overall[v])
    }

    /// Pearson r of remembered with mean.
    pub fn r_remembered_mean(&self) -> Option<f64> {
        self.r_of(REMEMBERED, MEAN, self.remembered_mean)
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
            let r = m.r_overall(p + 1);
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
    // A correlation of exactly ±1 has a zero-width CI and c is then infinite: its cross
    // term is 0 (the limit), not 0·∞.
    let cross = |a: f64, b: f64| {
        if a == 0.0 || b == 0.0 {
            0.0
        } else {
            2.0 * c * a * b
        }
    };
    let low = d
        - ((r12 - l1).powi(2) + (u2 - r13).powi(2) - cross(r12 - l1, u2 - r13))
            .max(0.0)
            .sqrt();
    let high = d
        + ((u1 - r12).powi(2) + (r13 - l2).powi(2) - cross(u1 - r12, r13 - l2))
            .max(0.0)
            .sqrt();
    (low.is_finite() && high.is_finite()).then_some([low, high])
}

/// Remembered vs mean as predictors of the overall rating.
pub fn peak_end_vs_mean(m: &Moments) -> Option<PeakEndVsMean> {
    let r12 = m.r_overall(REMEMBERED)?;
    let r13 = m.r_overall(MEAN)?;
    let r23 = m.r_remembered_mean()?;
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
        (pev, m.r_overall(REMEMBERED), m.r_overall(MEAN))
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
