//! Per touchpoint, over a group of respondents: how many rated it, Σ(v − m), Σ(v − m)² and
//! how many rated below and at the neutral point m. The curve, its shares and the drivers
//! are all made from these.
//!
//! The hot loop of the analysis (every cell of every group), so whole-number ratings on
//! the scale are counted in a histogram (one increment per cell) and only other values
//! are summed one by one. Both give exactly the same sums for whole numbers.

use crate::model::Scale;
use crate::model::survey::SurveyData;

/// Most steps a scale may have for the histogram (0–100 is 101).
const MAX_BINS: usize = 101;

/// One touchpoint's sums, shifted by the neutral point.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Sums {
    pub n: usize,
    pub s1: f64,
    pub s2: f64,
    pub below: usize,
    pub at: usize,
}

impl Sums {
    fn add(&mut self, d: f64, count: usize) {
        let c = count as f64;
        self.n += count;
        self.s1 += c * d;
        self.s2 += c * d * d;
        self.below += if d < 0.0 { count } else { 0 };
        self.at += if d == 0.0 { count } else { 0 };
    }

    /// The mean rating (with `m` the neutral point the sums are shifted by).
    pub fn mean(&self, m: f64) -> f64 {
        if self.n > 0 {
            m + self.s1 / self.n as f64
        } else {
            0.0
        }
    }

    /// Σ (v − v̄)².
    pub fn ss(&self) -> f64 {
        (self.s2 - self.s1 * self.s1 / self.n.max(1) as f64).max(0.0)
    }

    /// The sample variance (n − 1); 0 below two ratings.
    pub fn var(&self) -> f64 {
        if self.n >= 2 {
            self.ss() / (self.n - 1) as f64
        } else {
            0.0
        }
    }
}

/// The sums of every touchpoint for `groups` groups at once, in one pass over `rows`:
/// `groups_of(i, out)` puts the groups respondent `i` belongs to in `out` (each below
/// `groups`). Returns `groups × touchpoints` sums, group by group. The curve, every
/// segment's curve and the drivers come from one read of the ratings.
pub fn grouped_sums(
    data: &SurveyData,
    rows: &[u32],
    scale: &Scale,
    groups: usize,
    mut groups_of: impl FnMut(u32, &mut Vec<usize>),
) -> Vec<Sums> {
    let k = data.touchpoints.len();
    let m = scale.neutral;
    let lo = scale.min;
    let whole = lo.fract() == 0.0 && scale.max.fract() == 0.0;
    let bins = if whole && scale.max - lo < MAX_BINS as f64 {
        (scale.max - lo) as usize + 1
    } else {
        0
    };
    // Boxed slices: their indexing is inlined in the size-optimised build, `Vec`'s is not.
    let mut counts = vec![0u32; groups * k * bins].into_boxed_slice();
    let mut sums = vec![Sums::default(); groups * k].into_boxed_slice();
    let mut member: Vec<usize> = Vec::with_capacity(8);
    let lo32 = lo as f32;
    for &i in rows {
        let Some(row) = data.ratings.get(i as usize * k..(i as usize + 1) * k) else {
            continue;
        };
        member.clear();
        groups_of(i, &mut member);
        member.retain(|g| *g < groups);
        for (t, &v) in row.iter().enumerate() {
            // The bin of a whole number on the scale; NaN, fractions and values off the
            // scale fail the round trip or the range and take the slow path.
            let b = v - lo32;
            let bi = b as i32;
            if bi as f32 == b && (bi as usize) < bins {
                for &g in &member {
                    counts[(g * k + t) * bins + bi as usize] += 1;
                }
            } else if v.is_finite() {
                let d = f64::from(v) - m;
                for &g in &member {
                    sums[g * k + t].add(d, 1);
                }
            }
        }
    }
    for (gt, s) in sums.iter_mut().enumerate() {
        for b in 0..bins {
            let c = counts[gt * bins + b] as usize;
            if c > 0 {
                s.add(lo + b as f64 - m, c);
            }
        }
    }
    sums.into_vec()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::survey::MISSING;

    /// The histogram and the one-by-one path give the sums a plain loop gives, for whole
    /// numbers, fractions, values off the scale and blanks alike.
    #[test]
    fn histogram_and_slow_path_agree_with_a_plain_sum() {
        let scale = Scale::new(1.0, 5.0, None).unwrap();
        let values = [
            1.0, 5.0, 3.0, 2.5, MISSING, 7.0, 0.0, 3.0, 4.0, -0.0, 4.75, 2.0,
        ];
        let data = SurveyData {
            touchpoints: vec!["a".into(), "b".into()],
            ratings: values.to_vec(),
            overall: vec![MISSING; 6],
            ..Default::default()
        };
        // Group 0: everyone; group 1: rows 1, 3, 5; group 7 does not exist (ignored).
        let sums = grouped_sums(&data, &[0, 1, 2, 3, 4, 5], &scale, 2, |i, out| {
            out.push(0);
            if i % 2 == 1 {
                out.extend([1, 7]);
            }
        });
        assert_eq!(sums.len(), 4);
        for (gt, s) in sums.iter().enumerate() {
            let (g, t) = (gt / 2, gt % 2);
            let col: Vec<f64> = values
                .iter()
                .enumerate()
                .filter(|(c, _)| c % 2 == t && (g == 0 || (c / 2) % 2 == 1))
                .map(|(_, v)| *v)
                .filter(|v| v.is_finite())
                .map(|v| f64::from(v) - 3.0)
                .collect();
            assert_eq!(s.n, col.len());
            assert!((s.s1 - col.iter().sum::<f64>()).abs() < 1e-12);
            assert!((s.s2 - col.iter().map(|d| d * d).sum::<f64>()).abs() < 1e-12);
            assert_eq!(s.below, col.iter().filter(|d| **d < 0.0).count());
            assert_eq!(s.at, col.iter().filter(|d| **d == 0.0).count());
        }
        // Respondents past the end of the data are ignored, not a panic.
        let none = grouped_sums(&data, &[9], &scale, 1, |_, out| out.push(0));
        assert_eq!(none[0].n, 0);
    }
}
