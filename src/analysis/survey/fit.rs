//! These customers' own memory weights: overall ≈ intercept + b₁·peak + b₂·end + b₃·mean by
//! ordinary least squares, on the touchpoint scale (the overall rating is rescaled onto it,
//! so the weights compare with the memory model's), with R² and the mean absolute error in
//! 10-fold cross-validation (fold = position mod 10, so the same data gives the same
//! folds) next to the error of the journey's own rule.

// Small dense matrices read best with row and column indices.
#![allow(clippy::needless_range_loop)]

use super::Fitted;
use super::correlate::MIN_FOR_VERDICT;
use super::features::{END, Features, MEAN, OVERALL, PEAK, REMEMBERED, VARS};

const FOLDS: usize = 10;
/// Intercept, peak, end, mean.
const P: usize = 4;

type Matrix = [[f64; P]; P];

/// Solves `a·x = b` by Gaussian elimination with partial pivoting; `None` when `a` is
/// (nearly) singular, i.e. the predictors are collinear in these data.
fn solve(mut a: Matrix, mut b: [f64; P]) -> Option<[f64; P]> {
    // A pivot tiny next to its column's own sum of squares means that predictor is (nearly)
    // a combination of the others.
    let diag: [f64; P] = std::array::from_fn(|i| a[i][i].abs());
    for col in 0..P {
        let pivot = (col..P).max_by(|&x, &y| a[x][col].abs().total_cmp(&a[y][col].abs()))?;
        if a[pivot][col].abs().partial_cmp(&(1e-9 * diag[col])) != Some(std::cmp::Ordering::Greater)
        {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        for row in col + 1..P {
            let f = a[row][col] / a[col][col];
            for c in col..P {
                a[row][c] -= f * a[col][c];
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = [0.0; P];
    for row in (0..P).rev() {
        let s: f64 = (row + 1..P).map(|c| a[row][c] * x[c]).sum();
        x[row] = (b[row] - s) / a[row][row];
    }
    x.iter().all(|v| v.is_finite()).then_some(x)
}

/// The least-squares fit over a group's respondents with an overall rating; `None` below
/// `MIN_FOR_VERDICT` of them or when peak, end and mean are collinear (one touchpoint each).
/// `to_overall` converts touchpoint-scale points to overall-scale points (errors are
/// reported on the overall scale).
pub fn fit(f: &Features, group: &[u32], to_overall: f64) -> Option<Fitted> {
    let usable = |i: usize| {
        let x: [f64; VARS] = f.row(i);
        x[OVERALL].is_finite() && x[REMEMBERED].is_finite()
    };
    // Centre on the means so the normal equations are well conditioned.
    let mut n = 0usize;
    let mut mean = [0.0; P];
    for &i in group {
        let i = i as usize;
        if usable(i) {
            n += 1;
            let x = f.row(i);
            for (m, v) in mean.iter_mut().zip([OVERALL, PEAK, END, MEAN]) {
                *m += x[v];
            }
        }
    }
    if n < MIN_FOR_VERDICT {
        return None;
    }
    for m in &mut mean {
        *m /= n as f64;
    }
    let row = |i: usize| -> ([f64; P], f64) {
        let x = f.row(i);
        let z = [1.0, x[PEAK] - mean[1], x[END] - mean[2], x[MEAN] - mean[3]];
        (z, x[OVERALL] - mean[0])
    };
    let mut a = [[[0.0; P]; P]; FOLDS];
    let mut b = [[0.0; P]; FOLDS];
    // j: the fold of the current row, its position among the usable rows mod FOLDS.
    let (mut j, mut rule_err) = (0usize, 0.0);
    for &i in group {
        let i = i as usize;
        if !usable(i) {
            continue;
        }
        let (z, y) = row(i);
        let fold = j;
        for r in 0..P {
            for c in r..P {
                a[fold][r][c] += z[r] * z[c];
            }
            b[fold][r] += z[r] * y;
        }
        let x = f.row(i);
        rule_err += (x[OVERALL] - x[REMEMBERED]).abs();
        // j = position mod FOLDS, counted rather than divided
        j = if j + 1 == FOLDS { 0 } else { j + 1 };
    }
    for fold in &mut a {
        for r in 0..P {
            for c in 0..r {
                fold[r][c] = fold[c][r];
            }
        }
    }
    let total_a = sum_folds(&a, None);
    let total_b = sum_vec(&b, None);
    let beta = solve(total_a, total_b)?;
    let mut cv_beta = [[0.0; P]; FOLDS];
    for (fold, slot) in cv_beta.iter_mut().enumerate() {
        *slot = solve(sum_folds(&a, Some(fold)), sum_vec(&b, Some(fold)))?;
    }
    let predict =
        |beta: &[f64; P], z: &[f64; P]| -> f64 { beta.iter().zip(z).map(|(b, z)| b * z).sum() };
    let (mut sse, mut sst, mut cv_err) = (0.0, 0.0, 0.0);
    j = 0;
    for &i in group {
        let i = i as usize;
        if !usable(i) {
            continue;
        }
        let (z, y) = row(i);
        sse += (y - predict(&beta, &z)).powi(2);
        sst += y * y;
        cv_err += (y - predict(&cv_beta[j], &z)).abs();
        j = if j + 1 == FOLDS { 0 } else { j + 1 };
    }
    if sst <= 0.0 {
        return None;
    }
    let [b0, peak, end, mean_w] = beta;
    let intercept = mean[0] + b0 - peak * mean[1] - end * mean[2] - mean_w * mean[3];
    let out = Fitted {
        peak,
        end,
        mean: mean_w,
        intercept,
        r2: (1.0 - sse / sst).clamp(0.0, 1.0),
        mae_cv: cv_err / n as f64 * to_overall,
        mae_rule: rule_err / n as f64 * to_overall,
        n,
        usable: peak >= 0.0 && end >= 0.0 && mean_w >= 0.0,
    };
    [
        out.peak,
        out.end,
        out.mean,
        out.intercept,
        out.mae_cv,
        out.mae_rule,
    ]
    .iter()
    .all(|v| v.is_finite())
    .then_some(out)
}

/// Σ of the folds' matrices, leaving out one fold if asked.
fn sum_folds(a: &[Matrix; FOLDS], leave_out: Option<usize>) -> Matrix {
    let mut s = [[0.0; P]; P];
    for (f, m) in a.iter().enumerate() {
        if Some(f) != leave_out {
            for r in 0..P {
                for c in 0..P {
                    s[r][c] += m[r][c];
                }
            }
        }
    }
    s
}

fn sum_vec(b: &[[f64; P]; FOLDS], leave_out: Option<usize>) -> [f64; P] {
    let mut s = [0.0; P];
    for (f, v) in b.iter().enumerate() {
        if Some(f) != leave_out {
            for (x, y) in s.iter_mut().zip(v) {
                *x += y;
            }
        }
    }
    s
}
