//! The customers' own withdrawal weight λ from a survey: per respondent the sum of their
//! positive deviations from neutral P = Σ max(rᵢ − m, 0) and of their negative ones
//! N = Σ min(rᵢ − m, 0) (≤ 0); the overall rating regressed on both by least squares,
//! overall ≈ a + b₊·P + b₋·N; λ̂ = |b₋| / b₊, with a percentile bootstrap 95% interval.
//!
//! An estimate, not a law: it says how these customers' overall verdict weighs the bad
//! against the good moments they rated, under a linear model.

use crate::analysis::survey::MIN_FOR_VERDICT;
use crate::model::survey::SurveyData;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Resamples of the bootstrap.
pub const BOOTSTRAP_RESAMPLES: usize = 1000;
/// The bootstrap's seed: the same survey always gives the same interval.
pub const BOOTSTRAP_SEED: u64 = 0x5EED_0BA4_CC0F_FEE5;
/// Most respondents one resample draws. A larger survey is resampled m out of n (m = this)
/// and the spread of the resampled λ̂s around λ̂ is scaled by √(m/n): a million respondents
/// cost what 20,000 do (docs/SCORING.md).
pub const MAX_RESAMPLE_SIZE: usize = 20_000;

/// λ̂ with its uncertainty.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LambdaEstimate {
    /// |b₋| / b₊.
    pub lambda: f64,
    /// The 2.5th percentile of the bootstrap λ̂s (above [`MAX_RESAMPLE_SIZE`]
    /// respondents, brought back towards λ̂ by √(m/n): docs/SCORING.md).
    pub ci_low: f64,
    /// The 97.5th percentile; `None` when it is unbounded (more than 2.5% of the resamples
    /// give b₊ ≤ 0 or cannot separate P from N).
    pub ci_high: Option<f64>,
    /// Respondents with an overall rating and at least one rated touchpoint.
    pub n: usize,
    /// The weight of the positive deviations.
    pub b_positive: f64,
    /// The weight of the negative deviations (N ≤ 0, so above 0 when bad lowers the verdict).
    pub b_negative: f64,
    pub resamples: usize,
}

/// One respondent: P, N, overall.
type Obs = [f64; 3];

/// SplitMix64 (Steele, Lea & Flood 2014): small, fast, and easy to repeat in the Python
/// reference (`tests/reference/lambda_reference.py`).
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A position in 0..n (multiply-shift; the bias is below n/2⁶⁴).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }
}

/// Least-squares sums of centred observations.
#[derive(Default)]
struct Sums {
    n: f64,
    p: f64,
    q: f64,
    y: f64,
    pp: f64,
    qq: f64,
    pq: f64,
    py: f64,
    qy: f64,
}

impl Sums {
    /// Adds `w` copies of one observation.
    fn add(&mut self, [p, q, y]: Obs, w: f64) {
        self.n += w;
        self.p += w * p;
        self.q += w * q;
        self.y += w * y;
        self.pp += w * p * p;
        self.qq += w * q * q;
        self.pq += w * p * q;
        self.py += w * p * y;
        self.qy += w * q * y;
    }

    /// (b₊, b₋), or `None` when P and N are (nearly) collinear or one does not vary.
    fn coefficients(&self) -> Option<(f64, f64)> {
        let n = self.n;
        let spp = self.pp - self.p * self.p / n;
        let sqq = self.qq - self.q * self.q / n;
        let spq = self.pq - self.p * self.q / n;
        let spy = self.py - self.p * self.y / n;
        let sqy = self.qy - self.q * self.y / n;
        let det = spp * sqq - spq * spq;
        // |corr(P, N)| within 1e-9 of 1, or a column without variance.
        if !(spp > 0.0 && sqq > 0.0 && det > 1e-9 * spp * sqq) {
            return None;
        }
        let bp = (sqq * spy - spq * sqy) / det;
        let bn = (spp * sqy - spq * spy) / det;
        (bp.is_finite() && bn.is_finite()).then_some((bp, bn))
    }
}

/// λ̂ from coefficients; `None` when good moments do not raise the verdict (b₊ ≤ 0).
fn lambda_of(c: Option<(f64, f64)>) -> Option<f64> {
    let (bp, bn) = c?;
    (bp > 0.0).then(|| bn.abs() / bp).filter(|l| l.is_finite())
}

/// The p-th quantile of sorted values, interpolating linearly between order statistics
/// (numpy's default, "linear").
fn quantile(sorted: &[f64], p: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * p;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(sorted.len() - 1);
    let (a, b) = (sorted[lo], sorted[hi]);
    if b == f64::INFINITY {
        return if h == lo as f64 { a } else { b };
    }
    a + (h - lo as f64) * (b - a)
}

/// The distinct observations, and for each respondent which one is theirs.
fn kinds(obs: &[Obs]) -> (Vec<Obs>, Vec<u32>) {
    let mut index: HashMap<[u64; 3], u32> = HashMap::new();
    let mut kinds = Vec::new();
    let kind_of = obs
        .iter()
        .map(|o| {
            *index.entry(o.map(f64::to_bits)).or_insert_with(|| {
                kinds.push(*o);
                // At most one kind per respondent, and respondents are indexed by u32.
                (kinds.len() - 1) as u32
            })
        })
        .collect();
    (kinds, kind_of)
}

/// The respondents usable for λ: an overall rating and at least one rated touchpoint.
fn observations(data: &SurveyData) -> Vec<Obs> {
    let k = data.touchpoints.len();
    let m = data.touchpoint_scale.neutral;
    let rows = data
        .ratings
        .len()
        .checked_div(k)
        .unwrap_or(0)
        .min(data.overall.len());
    let mut out = Vec::with_capacity(rows);
    for i in 0..rows {
        let y = f64::from(data.overall[i]);
        if !y.is_finite() {
            continue;
        }
        let (mut p, mut q, mut rated) = (0.0, 0.0, false);
        for &r in &data.ratings[i * k..(i + 1) * k] {
            if r.is_finite() {
                let d = f64::from(r) - m;
                rated = true;
                if d > 0.0 {
                    p += d;
                } else {
                    q += d;
                }
            }
        }
        if rated {
            out.push([p, q, y]);
        }
    }
    out
}

/// λ̂ from a survey with [`BOOTSTRAP_RESAMPLES`] resamples from [`BOOTSTRAP_SEED`].
/// `None` with fewer than `MIN_FOR_VERDICT` usable respondents, an invalid touchpoint
/// scale, P and N that cannot be told apart, b₊ ≤ 0, or when even the interval's lower
/// end is unbounded (more than 97.5% of the resamples fail).
pub fn estimate_lambda(data: &SurveyData) -> Option<LambdaEstimate> {
    estimate_lambda_with(data, BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED)
}

/// [`estimate_lambda`] with a chosen number of resamples (at least 1) and seed.
pub fn estimate_lambda_with(
    data: &SurveyData,
    resamples: usize,
    seed: u64,
) -> Option<LambdaEstimate> {
    estimate(data, resamples, seed, MAX_RESAMPLE_SIZE)
}

/// The estimate, each resample drawing at most `max_size` respondents.
fn estimate(
    data: &SurveyData,
    resamples: usize,
    seed: u64,
    max_size: usize,
) -> Option<LambdaEstimate> {
    if data.touchpoint_scale.validate().is_err() || resamples == 0 {
        return None;
    }
    let mut obs = observations(data);
    let n = obs.len();
    // Respondents are counted in u32 in the resamples.
    if n < MIN_FOR_VERDICT || u32::try_from(n).is_err() {
        return None;
    }
    // Centre on the means first, so the sums of squares do not cancel in the resamples.
    let mean: [f64; 3] = std::array::from_fn(|c| obs.iter().map(|o| o[c]).sum::<f64>() / n as f64);
    for o in &mut obs {
        for c in 0..3 {
            o[c] -= mean[c];
        }
    }
    let mut all = Sums::default();
    obs.iter().for_each(|o| all.add(*o, 1.0));
    let (bp, bn) = all.coefficients()?;
    let lambda = lambda_of(Some((bp, bn)))?;
    let mut rng = SplitMix(seed);
    // Ratings on a scale repeat: respondents with the same (P, N, overall) are one kind,
    // and a resample is a count per kind. Drawing a respondent then costs one increment in
    // a small table instead of nine sums; the draws are the same as one by one.
    let (kinds, kind_of) = kinds(&obs);
    let mut counts = vec![0u32; kinds.len()];
    let size = n.min(max_size.max(MIN_FOR_VERDICT));
    let mut boot: Vec<f64> = (0..resamples)
        .map(|_| {
            counts.fill(0);
            for _ in 0..size {
                counts[kind_of[rng.below(n)] as usize] += 1;
            }
            let mut s = Sums::default();
            for (o, c) in kinds.iter().zip(&counts) {
                if *c > 0 {
                    s.add(*o, f64::from(*c));
                }
            }
            // A resample where good does not count, or P and N merge: λ unbounded.
            lambda_of(s.coefficients()).unwrap_or(f64::INFINITY)
        })
        .collect();
    boot.sort_by(f64::total_cmp);
    // m out of n: the resampled λ̂s spread √(n/m) times wider than λ̂ varies.
    let shrink = |q: f64| {
        if size == n || !q.is_finite() {
            q
        } else {
            lambda + (size as f64 / n as f64).sqrt() * (q - lambda)
        }
    };
    let low = shrink(quantile(&boot, 0.025));
    let high = shrink(quantile(&boot, 0.975));
    // Nearly every resample unbounded: these data cannot pin λ down at all.
    if !low.is_finite() {
        return None;
    }
    Some(LambdaEstimate {
        lambda,
        ci_low: low,
        ci_high: high.is_finite().then_some(high),
        n,
        b_positive: bp,
        b_negative: bn,
        resamples,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Scale;

    /// A survey on 1–5 (neutral 3) of whole rows.
    fn survey(rows: &[(&[f32], f32)]) -> SurveyData {
        let k = rows[0].0.len();
        SurveyData {
            touchpoints: (0..k).map(|i| format!("t{i}")).collect(),
            ratings: rows.iter().flat_map(|r| r.0.iter().copied()).collect(),
            overall: rows.iter().map(|r| r.1).collect(),
            nps: vec![f32::NAN; rows.len()],
            touchpoint_scale: Scale::new(1.0, 5.0, None).unwrap(),
            overall_scale: Scale::new(1.0, 10.0, None).unwrap(),
            ..SurveyData::default()
        }
    }

    #[test]
    fn an_exact_linear_verdict_gives_its_lambda() {
        // overall = 6 + 1·P + 3·N exactly (N ≤ 0): λ = 3, and every resample agrees.
        let ratings: [[f32; 3]; 12] = [
            [5.0, 4.0, 3.0],
            [1.0, 2.0, 4.0],
            [4.0, 4.0, 1.0],
            [2.0, 5.0, 3.0],
            [3.0, 3.0, 2.0],
            [5.0, 1.0, 5.0],
            [4.0, 2.0, 2.0],
            [1.0, 1.0, 4.0],
            [5.0, 5.0, 5.0],
            [2.0, 3.0, 4.0],
            [3.0, 4.0, 1.0],
            [4.0, 1.0, 3.0],
        ];
        let rows: Vec<(&[f32], f32)> = ratings
            .iter()
            .map(|r| {
                let (mut p, mut q) = (0.0, 0.0);
                for v in r {
                    let d = v - 3.0;
                    if d > 0.0 { p += d } else { q += d }
                }
                (&r[..], 6.0 + p + 3.0 * q)
            })
            .collect();
        let e = estimate_lambda_with(&survey(&rows), 200, 1).unwrap();
        assert!((e.lambda - 3.0).abs() < 1e-9, "{e:?}");
        assert!((e.b_positive - 1.0).abs() < 1e-9 && (e.b_negative - 3.0).abs() < 1e-9);
        assert!((e.ci_low - 3.0).abs() < 1e-9, "{e:?}");
        assert!((e.ci_high.unwrap() - 3.0).abs() < 1e-9, "{e:?}");
        assert_eq!(e.n, 12);
    }

    #[test]
    fn too_few_or_unusable_respondents_give_none() {
        let r: &[f32] = &[5.0, 1.0];
        let rows = vec![(r, 5.0); MIN_FOR_VERDICT - 1];
        assert_eq!(estimate_lambda(&survey(&rows)), None);
        // Nobody below neutral: N never varies, so its weight is unknown.
        let good: Vec<(&[f32], f32)> = (0..12)
            .map(|i| {
                (
                    if i % 2 == 0 {
                        &[5.0f32, 4.0][..]
                    } else {
                        &[4.0f32, 3.0][..]
                    },
                    i as f32,
                )
            })
            .collect();
        assert_eq!(estimate_lambda(&survey(&good)), None);
    }

    #[test]
    fn good_moments_that_lower_the_verdict_give_none() {
        // overall = 6 − 1·P + 2·N: b₊ < 0, λ is not defined.
        let ratings: [[f32; 2]; 10] = [
            [5.0, 3.0],
            [4.0, 1.0],
            [1.0, 2.0],
            [3.0, 5.0],
            [2.0, 4.0],
            [5.0, 5.0],
            [1.0, 1.0],
            [4.0, 2.0],
            [2.0, 3.0],
            [3.0, 1.0],
        ];
        let rows: Vec<(&[f32], f32)> = ratings
            .iter()
            .map(|r| {
                let p: f32 = r.iter().map(|v| (v - 3.0).max(0.0)).sum();
                let q: f32 = r.iter().map(|v| (v - 3.0).min(0.0)).sum();
                (&r[..], 6.0 - p + 2.0 * q)
            })
            .collect();
        assert_eq!(estimate_lambda(&survey(&rows)), None);
    }

    #[test]
    fn an_interval_that_cannot_close_has_no_upper_end() {
        // Only the first respondent rated anything above neutral: every resample that
        // leaves them out ((11/12)¹² ≈ 35% of them) cannot weigh the good, so λ is
        // unbounded there and the 97.5th percentile with it.
        let ratings: [[f32; 2]; 12] = [
            [5.0, 3.0],
            [1.0, 3.0],
            [2.0, 2.0],
            [3.0, 1.0],
            [2.0, 3.0],
            [1.0, 1.0],
            [3.0, 2.0],
            [1.0, 2.0],
            [2.0, 1.0],
            [3.0, 3.0],
            [1.0, 3.0],
            [2.0, 2.0],
        ];
        let noise = [
            0.0, 0.5, -0.5, 0.0, 0.5, 0.0, -0.5, 0.5, 0.0, -0.5, 0.0, 0.5,
        ];
        let rows: Vec<(&[f32], f32)> = ratings
            .iter()
            .zip(noise)
            .map(|(r, e)| {
                let q: f32 = r.iter().map(|v| (v - 3.0).min(0.0)).sum();
                let p: f32 = r.iter().map(|v| (v - 3.0).max(0.0)).sum();
                (&r[..], 6.0 + p + 2.0 * q + e)
            })
            .collect();
        let e = estimate_lambda(&survey(&rows)).unwrap();
        assert_eq!(e.ci_high, None, "{e:?}");
        assert!(e.ci_low.is_finite() && e.ci_low > 0.0, "{e:?}");
    }

    /// A noisy survey of `n` respondents on 1–5 whose verdict weighs bad moments twice.
    fn noisy(n: usize) -> SurveyData {
        let mut r = SplitMix(7);
        let mut ratings = Vec::with_capacity(n * 3);
        let mut overall = Vec::with_capacity(n);
        for _ in 0..n {
            let (mut p, mut q) = (0.0, 0.0);
            for _ in 0..3 {
                let v = 1 + r.below(5);
                let d = v as f32 - 3.0;
                if d > 0.0 {
                    p += d
                } else {
                    q += d
                }
                ratings.push(v as f32);
            }
            let noise = r.below(5) as f32 - 2.0;
            overall.push(6.0 + p + 2.0 * q + noise);
        }
        SurveyData {
            touchpoints: vec!["a".into(), "b".into(), "c".into()],
            ratings,
            overall,
            nps: vec![f32::NAN; n],
            touchpoint_scale: Scale::new(1.0, 5.0, None).unwrap(),
            overall_scale: Scale::new(1.0, 10.0, None).unwrap(),
            ..SurveyData::default()
        }
    }

    #[test]
    fn resampling_m_out_of_n_gives_about_the_full_interval() {
        let data = noisy(20_000);
        let full = estimate(&data, 400, 3, usize::MAX).unwrap();
        let part = estimate(&data, 400, 3, 2_000).unwrap();
        assert_eq!(
            full.lambda, part.lambda,
            "the estimate itself uses everyone"
        );
        assert!((full.lambda - 2.0).abs() < 0.1, "{full:?}");
        let width = full.ci_high.unwrap() - full.ci_low;
        assert!(width > 0.0 && width < 0.5, "{full:?}");
        assert!(
            (part.ci_low - full.ci_low).abs() < 0.25 * width,
            "{part:?} vs {full:?}"
        );
        let high = part.ci_high.unwrap();
        assert!(
            (high - full.ci_high.unwrap()).abs() < 0.25 * width,
            "{part:?} vs {full:?}"
        );
    }

    #[test]
    fn quantiles_interpolate_like_numpy() {
        // numpy.percentile([1, 2, 3, 4], [2.5, 97.5]) = [1.075, 3.925]
        let v = [1.0, 2.0, 3.0, 4.0];
        assert!((quantile(&v, 0.025) - 1.075).abs() < 1e-12);
        assert!((quantile(&v, 0.975) - 3.925).abs() < 1e-12);
        assert_eq!(quantile(&[1.0, f64::INFINITY], 0.975), f64::INFINITY);
    }

    #[test]
    fn splitmix_matches_its_published_first_values() {
        // SplitMix64 from seed 0: the first output is 0xE220A8397B1DCDAF (as in the
        // reference implementation of Vigna's xoshiro seeding).
        let mut r = SplitMix(0);
        assert_eq!(r.next(), 0xE220_A839_7B1D_CDAF);
    }
}
