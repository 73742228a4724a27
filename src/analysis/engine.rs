//! The arithmetic behind [`super::score`] and [`super::fix_first`], kept in one place so
//! "what if this one rating were different?" uses exactly the definitions of the score.
//!
//! Every candidate search breaks ties towards the earliest touchpoint; for the peak, a
//! moment below neutral first wins over an equally intense one above it (bad weighs more
//! than good: Baumeister, Bratslavsky, Finkenauer & Vohs 2001).

use super::{NoScore, Scores, tidy};
use crate::model::{Journey, MemoryModel, Scale};

/// How strongly a moment qualifies: compared first by the value, then by the tie-breaker.
type Key = (f64, f64);

/// A candidate moment: its index and how strongly it qualifies (higher wins).
type Cand = Option<(usize, Key)>;

/// The stronger of two candidates; on equal strength the earlier index.
fn pick(a: Cand, b: Cand) -> Cand {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some(a), Some(b)) => {
            if b.1 > a.1 || (b.1 == a.1 && b.0 < a.0) {
                Some(b)
            } else {
                Some(a)
            }
        }
    }
}

/// The peak's key around neutral `m`: intensity, and on a tie the moment below neutral.
fn peak_key(m: f64, r: f64) -> Key {
    ((r - m).abs(), if r < m { 1.0 } else { 0.0 })
}

/// R from its pieces under a memory model, kept inside the scale (the trend term can push
/// past a rating).
fn remember(mm: &MemoryModel, scale: &Scale, peak_term: f64, end_term: f64, rise: f64) -> f64 {
    let (wp, we) = (mm.peak_weight, mm.end_weight);
    let level = (wp * peak_term + we * end_term) / (wp + we);
    (level + mm.trend_weight * rise).clamp(scale.min, scale.max)
}

/// What [`super::score`] finds in a journey with these ratings, equal durations and no
/// marks: the survey analysis asks this once per respondent, so it takes a slice and
/// allocates nothing. `r` must be non-empty and finite; `mm` valid.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Plain {
    /// The peak's rating (most intense, sign kept; ties as in `score`).
    pub peak: f64,
    /// The end term: the mean of the last `end_window` ratings.
    pub end: f64,
    /// The plain mean (E with equal durations).
    pub mean: f64,
    pub first: f64,
    /// The lowest rating.
    pub trough: f64,
    /// Rise of the least-squares line over the second half (`Scores::trend`).
    pub trend: f64,
    /// R under `mm` (`Scores::remembered`).
    pub remembered: f64,
}

pub(crate) fn plain(r: &[f64], scale: &Scale, mm: &MemoryModel) -> Plain {
    let m = scale.neutral;
    // The same choices `pick` makes with `peak_key`, tracked by value and written out
    // (this runs once per survey respondent): a moment wins when it is more intense, or
    // as intense and below neutral where the one so far is not; on an equal key the
    // earlier moment stays, and an equal key means an equal rating.
    let (mut r_peak, mut r_best, mut r_worst) = (r[0], r[0], r[0]);
    let mut peak = (r[0] - m).abs();
    let (mut above, mut below, mut sum) = (0usize, 0usize, 0.0);
    for &v in r {
        let intensity = (v - m).abs();
        // Non-short-circuit `|` and `&`: a select, not a branch that random data mispredicts.
        let wins = (intensity > peak) | ((intensity == peak) & (v < m) & (r_peak >= m));
        peak = if wins { intensity } else { peak };
        r_peak = if wins { v } else { r_peak };
        r_best = if v > r_best { v } else { r_best };
        r_worst = if v < r_worst { v } else { r_worst };
        above += usize::from(v > m);
        below += usize::from(v < m);
        sum += v;
    }
    let split = mm.split_peaks && above > 0 && below > 0;
    let peak_term = if split {
        (r_best + r_worst) / 2.0
    } else {
        r_peak
    };
    let k = (mm.end_window as usize).clamp(1, r.len());
    let end = r[r.len() - k..].iter().sum::<f64>() / k as f64;
    let trend = Trend::new(r).rise;
    Plain {
        peak: r_peak,
        end,
        mean: (sum / r.len() as f64).clamp(r_worst, r_best),
        first: r[0],
        trough: r_worst,
        trend,
        remembered: remember(mm, scale, peak_term, end, trend),
    }
}

/// Best candidate of `0..i` and of `i+1..n` for every i, so the best "of all the others"
/// is known in O(1) when one rating is changed.
pub(super) struct Around {
    before: Vec<Cand>,
    after: Vec<Cand>,
}

impl Around {
    fn new(n: usize, key: impl Fn(usize) -> Key) -> Around {
        let mut before = vec![None; n];
        let mut after = vec![None; n];
        let mut acc = None;
        for (i, slot) in before.iter_mut().enumerate() {
            *slot = acc;
            acc = pick(acc, Some((i, key(i))));
        }
        acc = None;
        for i in (0..n).rev() {
            after[i] = acc;
            acc = pick(acc, Some((i, key(i))));
        }
        Around { before, after }
    }

    /// The winner when touchpoint `i` has strength `k` and all others keep theirs.
    fn with(&self, i: usize, k: Key) -> usize {
        let others = pick(self.before[i], self.after[i]);
        pick(others, Some((i, k))).map_or(i, |c| c.0)
    }
}

/// Least-squares line over the last ⌈n/2⌉ touchpoints (x = position).
struct Trend {
    first: usize,
    x_mean: f64,
    sxx: f64,
    /// Window length − 1.
    span: f64,
    /// Rise over the window: slope × (window length − 1).
    rise: f64,
}

impl Trend {
    fn new(r: &[f64]) -> Trend {
        let n = r.len();
        let first = n / 2;
        let len = n - first;
        if len < 2 {
            return Trend {
                first,
                x_mean: 0.0,
                sxx: 0.0,
                span: 0.0,
                rise: 0.0,
            };
        }
        let x_mean = (first + n - 1) as f64 / 2.0;
        let y_mean = r[first..].iter().sum::<f64>() / len as f64;
        let (mut sxy, mut sxx) = (0.0, 0.0);
        for (i, y) in r.iter().enumerate().skip(first) {
            let dx = i as f64 - x_mean;
            sxy += dx * (y - y_mean);
            sxx += dx * dx;
        }
        let span = (len - 1) as f64;
        Trend {
            first,
            x_mean,
            sxx,
            span,
            rise: sxy / sxx * span,
        }
    }

    /// The rise if rating `i` moved by `delta` (the slope is linear in each rating).
    fn with(&self, i: usize, delta: f64) -> f64 {
        if self.sxx == 0.0 || i < self.first {
            return self.rise;
        }
        self.rise + delta * (i as f64 - self.x_mean) / self.sxx * self.span
    }
}

/// A journey checked and prepared for scoring.
pub(super) struct Engine<'a> {
    pub(super) j: &'a Journey,
    pub(super) r: Vec<f64>,
    /// Weights of the experienced mean: the durations (all 0 → all 1; divided by the
    /// largest when their sum would overflow).
    w: Vec<f64>,
    w_sum: f64,
    e_sum: f64,
    mm: MemoryModel,
    m: f64,
    peak_mark: Option<usize>,
    end_marked: bool,
    end: usize,
    end_first: usize,
    end_sum: f64,
    above: usize,
    below: usize,
    trend: Trend,
}

/// The pieces R is built from.
struct Parts {
    /// The most intense moment, ignoring a mark.
    auto_peak: usize,
    peak: usize,
    best: usize,
    worst: usize,
    peak_term: f64,
    end_term: f64,
    split: bool,
    rise: f64,
}

impl<'a> Engine<'a> {
    pub(super) fn new(j: &'a Journey) -> Result<Engine<'a>, NoScore> {
        let tps = &j.touchpoints;
        if tps.is_empty() {
            return Err(NoScore::NoTouchpoints);
        }
        if j.scale.validate().is_err() {
            return Err(NoScore::BadScale);
        }
        if j.memory.validate().is_err() {
            return Err(NoScore::BadMemoryModel);
        }
        for (index, t) in tps.iter().enumerate() {
            if !t.rating.is_finite() {
                return Err(NoScore::RatingNotANumber { index });
            }
            if !(t.duration.is_finite() && t.duration >= 0.0) {
                return Err(NoScore::BadDuration { index });
            }
        }
        let r = j.ratings();
        let n = r.len();
        let m = j.scale.neutral;
        let d_sum: f64 = tps.iter().map(|t| t.duration).sum();
        let d_max = tps.iter().map(|t| t.duration).fold(0.0, f64::max);
        let w: Vec<f64> = if d_sum == 0.0 {
            vec![1.0; n]
        } else if d_sum.is_finite() {
            tps.iter().map(|t| t.duration).collect()
        } else {
            // Durations near f64::MAX: scale them down rather than overflow to ∞/∞.
            tps.iter().map(|t| t.duration / d_max).collect()
        };
        let w_sum = w.iter().sum();
        let e_sum = w.iter().zip(&r).map(|(w, r)| w * r).sum();
        let peak_mark = j.marks.peak.and_then(|id| j.index_of(id));
        let end_mark = j.marks.end.and_then(|id| j.index_of(id));
        let end = end_mark.unwrap_or(n - 1);
        // validate() bounds end_window to 1..=MAX_END_WINDOW, so the cast is lossless.
        let k = (j.memory.end_window as usize).clamp(1, end + 1);
        let end_first = end + 1 - k;
        let end_sum = r[end_first..=end].iter().sum();
        Ok(Engine {
            j,
            above: r.iter().filter(|x| **x > m).count(),
            below: r.iter().filter(|x| **x < m).count(),
            trend: Trend::new(&r),
            r,
            w,
            w_sum,
            e_sum,
            mm: j.memory,
            m,
            peak_mark,
            end_marked: end_mark.is_some(),
            end,
            end_first,
            end_sum,
        })
    }

    pub(super) fn len(&self) -> usize {
        self.r.len()
    }

    fn intensity(&self, r: f64) -> f64 {
        (r - self.m).abs()
    }

    /// The peak's key: intensity, and on a tie the moment below neutral.
    fn peak_key(&self, r: f64) -> Key {
        peak_key(self.m, r)
    }

    /// R from its pieces, kept inside the scale (the trend term can push past a rating).
    fn remembered(&self, p: &Parts) -> f64 {
        remember(&self.mm, &self.j.scale, p.peak_term, p.end_term, p.rise)
    }

    /// The pieces of R when rating `i` is `new` (or as the journey stands: `None`).
    fn parts(&self, over: Option<(usize, f64)>, around: Option<&[Around; 3]>) -> Parts {
        let r = |i: usize| match over {
            Some((o, v)) if o == i => v,
            _ => self.r[i],
        };
        let (peak, best, worst) = match (over, around) {
            (Some((i, v)), Some([pk, bs, ws])) => (
                pk.with(i, self.peak_key(v)),
                bs.with(i, (v, 0.0)),
                ws.with(i, (-v, 0.0)),
            ),
            _ => {
                let all = |key: &dyn Fn(usize) -> Key| {
                    (0..self.len()).fold(None, |acc, i| pick(acc, Some((i, key(i)))))
                };
                let first = |c: Cand| c.map_or(0, |c| c.0);
                (
                    first(all(&|i| self.peak_key(r(i)))),
                    first(all(&|i| (r(i), 0.0))),
                    first(all(&|i| (-r(i), 0.0))),
                )
            }
        };
        let (mut above, mut below) = (self.above, self.below);
        let mut end_sum = self.end_sum;
        let mut rise = self.trend.rise;
        if let Some((i, v)) = over {
            let old = self.r[i];
            above = above + usize::from(v > self.m) - usize::from(old > self.m);
            below = below + usize::from(v < self.m) - usize::from(old < self.m);
            if (self.end_first..=self.end).contains(&i) {
                end_sum += v - old;
            }
            rise = self.trend.with(i, v - old);
        }
        let split = self.mm.split_peaks && self.peak_mark.is_none() && above > 0 && below > 0;
        let auto_peak = peak;
        let peak = self.peak_mark.unwrap_or(peak);
        let peak_term = if split {
            (r(best) + r(worst)) / 2.0
        } else {
            r(peak)
        };
        let k = (self.end + 1 - self.end_first) as f64;
        Parts {
            auto_peak,
            peak,
            best,
            worst,
            peak_term,
            end_term: end_sum / k,
            split,
            rise,
        }
    }

    /// E when rating `i` is `new`, kept inside [worst, best] against rounding in the last
    /// bit (a mean can never lie outside its values).
    fn experienced(&self, over: Option<(usize, f64)>, p: &Parts) -> f64 {
        let value = |k: usize| match over {
            Some((i, v)) if i == k => v,
            _ => self.r[k],
        };
        let sum = match over {
            Some((i, v)) => self.e_sum + self.w[i] * (v - self.r[i]),
            None => self.e_sum,
        };
        (sum / self.w_sum).clamp(value(p.worst), value(p.best))
    }

    pub(super) fn scores(&self) -> Scores {
        let p = self.parts(None, None);
        let s = &self.j.scale;
        let remembered = self.remembered(&p);
        let experienced = self.experienced(None, &p);
        let gap = remembered - experienced;
        let top = self.intensity(self.r[p.auto_peak]);
        let peak_ties = (0..self.len())
            .filter(|i| self.intensity(self.r[*i]) == top)
            .collect();
        let side = |above: bool| {
            (0..self.len())
                .filter(|i| {
                    if above {
                        self.r[*i] > self.m
                    } else {
                        self.r[*i] < self.m
                    }
                })
                .fold(None, |acc, i| {
                    pick(acc, Some((i, (self.intensity(self.r[i]), 0.0))))
                })
                .map(|c| c.0)
        };
        let total_duration = self
            .j
            .touchpoints
            .iter()
            .map(|t| t.duration)
            .sum::<f64>()
            .min(f64::MAX);
        let total = self
            .j
            .touchpoints
            .iter()
            .map(|t| t.duration * (t.rating - self.m))
            .sum::<f64>()
            .clamp(-f64::MAX, f64::MAX);
        Scores {
            remembered,
            experienced,
            gap,
            remembered_pct: tidy(s.to_percent(remembered)),
            experienced_pct: tidy(s.to_percent(experienced)),
            gap_pct: tidy(s.delta_to_percent(gap)),
            peak: p.peak,
            end: self.end,
            best: p.best,
            worst: p.worst,
            total,
            total_duration,
            peak_ties,
            peak_marked: self.peak_mark.is_some(),
            end_marked: self.end_marked,
            peak_rating: p.peak_term,
            end_rating: p.end_term,
            end_window_first: self.end_first,
            positive_peak: side(true),
            negative_peak: side(false),
            split_peaks_applied: p.split,
            trend: p.rise,
            trend_pct: tidy(s.delta_to_percent(p.rise)),
        }
    }

    /// Prefix/suffix winners for peak, best and worst, for repeated "what if" questions.
    pub(super) fn around(&self) -> [Around; 3] {
        let n = self.len();
        [
            Around::new(n, |i| self.peak_key(self.r[i])),
            Around::new(n, |i| (self.r[i], 0.0)),
            Around::new(n, |i| (-self.r[i], 0.0)),
        ]
    }

    /// (R, E) if rating `i` were `new`; `around` must come from [`Engine::around`].
    pub(super) fn what_if(&self, i: usize, new: f64, around: &[Around; 3]) -> (f64, f64) {
        let over = Some((i, new));
        let p = self.parts(over, Some(around));
        (self.remembered(&p), self.experienced(over, &p))
    }

    /// (R, E) as the journey stands.
    pub(super) fn current(&self) -> (f64, f64) {
        let p = self.parts(None, None);
        (self.remembered(&p), self.experienced(None, &p))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::score;

    /// `plain` is what `score` says of a journey with the same ratings (equal durations, no
    /// marks), for every memory model variant: one definition, two entry points.
    #[test]
    fn plain_agrees_with_score() {
        let mut x: u64 = 7;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let models = [
            MemoryModel::default(),
            MemoryModel {
                peak_weight: 2.0,
                end_weight: 1.0,
                end_window: 3,
                split_peaks: true,
                trend_weight: 0.5,
            },
            MemoryModel {
                peak_weight: 0.0,
                end_weight: 1.0,
                end_window: 2,
                split_peaks: false,
                trend_weight: 1.0,
            },
        ];
        for case in 0..600 {
            let n = 1 + (next() % 9) as usize;
            let mut j = Journey::new("t");
            j.scale = Scale::new(1.0, 10.0, None).unwrap();
            j.memory = models[case % models.len()];
            for i in 0..n {
                let r = 1.0 + (next() % 10) as f64;
                let t = j.new_touchpoint(format!("t{i}"), r);
                j.touchpoints.push(t);
            }
            let s = score(&j).unwrap();
            let p = plain(&j.ratings(), &j.scale, &j.memory);
            let r = j.ratings();
            assert_eq!(p.remembered, s.remembered, "{r:?}");
            assert_eq!(p.mean, s.experienced, "{r:?}");
            assert_eq!(p.trend, s.trend, "{r:?}");
            assert_eq!(p.end, s.end_rating, "{r:?}");
            assert_eq!(p.peak, r[s.peak], "{r:?}");
            assert_eq!(p.trough, r[s.worst], "{r:?}");
            assert_eq!(p.first, r[0]);
        }
    }
}
