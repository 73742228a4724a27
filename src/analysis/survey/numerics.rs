//! The distributions the survey statistics need: the standard normal and Student's t
//! (CDF and quantile), built on ln Γ and the regularised incomplete gamma and beta
//! functions. Written here rather than taken from a crate: the worker's wasm stays small,
//! and each function is checked against scipy's values in the tests below.
//!
//! Accuracy: about 1e-12 relative on the ranges the survey uses (df ≥ 1, p in 1e-12…1 −
//! 1e-12). Never NaN for finite arguments in range; callers check the ranges.

/// z for a two-sided 95% interval. The NPS, Fisher and Zou intervals use this rounded
/// value, as their published formulas do.
pub const Z95: f64 = 1.96;

/// Stirling's correction S(z) = lnΓ(z) − [(z − ½)ln z − z + ½ln 2π] for z ≥ 15:
/// 1/(12z) − 1/(360z³) + 1/(1260z⁵) − 1/(1680z⁷) + 1/(1188z⁹); the next term is below
/// 3e-16 there.
fn stirling_correction(z: f64) -> f64 {
    let inv = 1.0 / z;
    let inv2 = inv * inv;
    inv * (1.0 / 12.0
        + inv2 * (-1.0 / 360.0 + inv2 * (1.0 / 1260.0 + inv2 * (-1.0 / 1680.0 + inv2 / 1188.0))))
}

/// ln Γ(x) for x > 0: Stirling's series after shifting x up to at least 15.
pub fn ln_gamma(x: f64) -> f64 {
    let mut z = x;
    let mut shift = 0.0;
    while z < 15.0 {
        shift += z.ln();
        z += 1.0;
    }
    (z - 0.5) * z.ln() - z + 0.5 * (2.0 * std::f64::consts::PI).ln() + stirling_correction(z)
        - shift
}

/// ln B(a, b) = lnΓ(a) + lnΓ(b) − lnΓ(a + b). With a large argument the two big lnΓ
/// terms nearly cancel, so their difference is taken from Stirling's formula directly:
/// lnΓ(z + s) − lnΓ(z) = s·ln z + (z + s − ½)·ln(1 + s/z) − s + S(z + s) − S(z).
fn ln_beta(a: f64, b: f64) -> f64 {
    let (small, big) = if a < b { (a, b) } else { (b, a) };
    if big < 15.0 {
        return ln_gamma(a) + ln_gamma(b) - ln_gamma(a + b);
    }
    let ratio = small * big.ln() + (big + small - 0.5) * (small / big).ln_1p() - small
        + stirling_correction(big + small)
        - stirling_correction(big);
    ln_gamma(small) - ratio
}

/// Modified Lentz evaluation of a continued fraction b₀ + a₁/(b₁ + a₂/(b₂ + …)) given
/// its terms (aₘ, bₘ) for m ≥ 1, with b₀ = `b0`.
fn lentz(b0: f64, term: impl Fn(usize) -> (f64, f64)) -> f64 {
    const TINY: f64 = 1e-300;
    let mut f = if b0 == 0.0 { TINY } else { b0 };
    let (mut c, mut d) = (f, 0.0);
    for m in 1..20_000 {
        let (a, b) = term(m);
        d = b + a * d;
        if d.abs() < TINY {
            d = TINY;
        }
        c = b + a / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        let delta = c * d;
        f *= delta;
        if (delta - 1.0).abs() < 1e-16 {
            break;
        }
    }
    f
}

/// Regularised upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a), a > 0, x ≥ 0.
pub fn gamma_q(a: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 1.0;
    }
    let front = (a * x.ln() - x - ln_gamma(a)).exp();
    if x < a + 1.0 {
        // Series for P(a, x) = front · Σ xⁿ / (a(a+1)…(a+n)).
        let (mut term, mut sum, mut ap) = (1.0 / a, 1.0 / a, a);
        for _ in 0..10_000 {
            ap += 1.0;
            term *= x / ap;
            sum += term;
            if term.abs() < sum.abs() * 1e-17 {
                break;
            }
        }
        1.0 - front * sum
    } else {
        // Continued fraction for Q: 1/(x+1−a− 1·(1−a)/(x+3−a− 2·(2−a)/(x+5−a− …))).
        let cf = lentz(0.0, |m| {
            if m == 1 {
                (1.0, x + 1.0 - a)
            } else {
                let k = (m - 1) as f64;
                (-k * (k - a), x + 2.0 * k + 1.0 - a)
            }
        });
        front * cf
    }
}

/// The standard normal CDF Φ(x), through erfc(t) = Q(½, t²).
pub fn normal_cdf(x: f64) -> f64 {
    let t = x / std::f64::consts::SQRT_2;
    let tail = 0.5 * gamma_q(0.5, t * t);
    if x < 0.0 { tail } else { 1.0 - tail }
}

/// The standard normal density.
fn normal_pdf(x: f64) -> f64 {
    (-0.5 * x * x).exp() / (2.0 * std::f64::consts::PI).sqrt()
}

/// The standard normal quantile Φ⁻¹(p), 0 < p < 1: a rational first guess (Abramowitz &
/// Stegun 26.2.23, error < 5e-4) polished by Newton steps on Φ.
pub fn normal_quantile(p: f64) -> f64 {
    if !(p > 0.0 && p < 1.0) {
        return if p <= 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let q = p.min(1.0 - p);
    let t = (-2.0 * q.ln()).sqrt();
    let guess = t
        - (2.515517 + 0.802853 * t + 0.010328 * t * t)
            / (1.0 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
    // Solve in the lower tail (x < 0), where Φ has no cancellation.
    let mut x = -guess;
    for _ in 0..8 {
        let step = (normal_cdf(x) - q) / normal_pdf(x);
        x -= step;
        if step.abs() < 1e-15 * x.abs().max(1.0) {
            break;
        }
    }
    if p < 0.5 { x } else { -x }
}

/// Regularised incomplete beta I_x(a, b), a, b > 0, 0 ≤ x ≤ 1.
pub fn inc_beta(a: f64, b: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let front = (a * x.ln() + b * (-x).ln_1p() - ln_beta(a, b)).exp();
    // The continued fraction converges fast for x below its mean; use symmetry above.
    if x < (a + 1.0) / (a + b + 2.0) {
        front * beta_cf(a, b, x) / a
    } else {
        1.0 - front * beta_cf(b, a, 1.0 - x) / b
    }
}

/// The continued fraction of I_x(a, b) (without its front factor): 1/(1+ d₁/(1+ d₂/(1+ …)))
/// with d₂ₘ = m(b−m)x/((a+2m−1)(a+2m)), d₂ₘ₊₁ = −(a+m)(a+b+m)x/((a+2m)(a+2m+1)).
fn beta_cf(a: f64, b: f64, x: f64) -> f64 {
    lentz(0.0, |k| {
        if k == 1 {
            return (1.0, 1.0);
        }
        let j = k - 1; // d_j
        let m = (j / 2) as f64;
        let d = if j % 2 == 0 {
            m * (b - m) * x / ((a + 2.0 * m - 1.0) * (a + 2.0 * m))
        } else {
            -(a + m) * (a + b + m) * x / ((a + 2.0 * m) * (a + 2.0 * m + 1.0))
        };
        (d, 1.0)
    })
}

/// Student's t CDF with `df` > 0 degrees of freedom.
pub fn t_cdf(t: f64, df: f64) -> f64 {
    if t.is_infinite() {
        return if t > 0.0 { 1.0 } else { 0.0 };
    }
    if df > 1e7 {
        return normal_cdf(t);
    }
    // P(|T| > |t|) = I_{df/(df+t²)}(df/2, ½)
    let tail = 0.5 * inc_beta(df / 2.0, 0.5, df / (df + t * t));
    if t < 0.0 { tail } else { 1.0 - tail }
}

/// Two-sided p of a t statistic: P(|T| ≥ |t|).
pub fn t_two_sided_p(t: f64, df: f64) -> f64 {
    if df > 1e7 {
        return 2.0 * normal_cdf(-t.abs());
    }
    inc_beta(df / 2.0, 0.5, df / (df + t * t)).clamp(0.0, 1.0)
}

/// Student's t density.
fn t_pdf(t: f64, df: f64) -> f64 {
    // Γ((ν+1)/2)/Γ(ν/2) = 1/(B(ν/2, ½)·√π)
    let ln = -ln_beta(df / 2.0, 0.5) - 0.5 * df.ln() - (df + 1.0) / 2.0 * (t * t / df).ln_1p();
    ln.exp()
}

/// Student's t quantile for 0 < p < 1: Newton steps on the CDF from a Cornish-Fisher
/// start, kept inside a bracket that bisection narrows when a step would leave it.
pub fn t_quantile(p: f64, df: f64) -> f64 {
    if !(p > 0.0 && p < 1.0) || df.is_nan() || df <= 0.0 {
        return f64::NAN;
    }
    if p == 0.5 {
        return 0.0;
    }
    if df > 1e7 {
        return normal_quantile(p);
    }
    // Solve for the upper quantile of q = max(p, 1 − p) and mirror.
    let q = p.max(1.0 - p);
    let z = normal_quantile(q);
    let z3 = z * z * z;
    let mut x =
        z + (z3 + z) / (4.0 * df) + (5.0 * z3 * z * z + 16.0 * z3 + 3.0 * z) / (96.0 * df * df);
    let (mut lo, mut hi): (f64, f64) = (0.0, f64::INFINITY);
    for _ in 0..200 {
        let f = t_cdf(x, df) - q;
        if f > 0.0 {
            hi = hi.min(x);
        } else {
            lo = lo.max(x);
        }
        let mut next = x - f / t_pdf(x, df);
        if next <= lo || next >= hi || !next.is_finite() {
            next = if hi.is_finite() {
                (lo + hi) / 2.0
            } else {
                2.0 * x.max(1.0)
            };
        }
        if (next - x).abs() <= 1e-14 * x.abs() {
            x = next;
            break;
        }
        x = next;
    }
    if p < 0.5 { -x } else { x }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tol: f64) {
        assert!(
            (a - b).abs() <= tol * b.abs().max(1.0),
            "{a} vs {b} (tol {tol})"
        );
    }

    /// Reference values from scipy 1.x (`scipy.special.gammaln`, `scipy.stats.norm`,
    /// `scipy.stats.t`), printed by `tests/reference/survey_reference.py --numerics`.
    #[test]
    fn against_scipy() {
        close(ln_gamma(0.5), 0.5723649429247, 1e-14);
        close(ln_gamma(1.0), 0.0, 1e-14);
        close(ln_gamma(7.5), 7.534364236758734, 1e-14);
        close(ln_gamma(50_000.5), 490_989.8331582141, 1e-14);
        close(normal_cdf(1.96), 0.9750021048517795, 1e-14);
        close(normal_cdf(-3.0), 0.0013498980316300933, 1e-13);
        close(normal_quantile(0.975), 1.959963984540054, 1e-14);
        close(normal_quantile(0.001), -3.090232306167813, 1e-14);
        close(normal_quantile(1e-10), -6.361340902404056, 1e-13);
        close(t_cdf(2.0, 3.0), 0.9303370157205785, 1e-13);
        close(t_cdf(-1.5, 10.0), 0.08225366322272007, 1e-13);
        close(t_cdf(1.0, 1.0), 0.75, 1e-14);
        close(t_quantile(0.975, 1.0), 12.706204736174694, 1e-12);
        close(t_quantile(0.975, 2.0), 4.302652729749462, 1e-12);
        close(t_quantile(0.975, 9.0), 2.262157162798205, 1e-12);
        close(t_quantile(0.975, 29.0), 2.045229642132703, 1e-12);
        close(t_quantile(0.975, 99_999.0), 1.9599877077718442, 1e-12);
        close(t_quantile(0.025, 5.0), -2.5705818356363155, 1e-12);
        close(t_two_sided_p(2.5, 97.0), 0.014097275563370908, 1e-11);
        // Far in the tail the relative accuracy is what matters.
        let p = t_two_sided_p(12.0, 99_997.0);
        assert!((p / 3.744511704928993e-33 - 1.0).abs() < 1e-9, "{p}");
    }

    #[test]
    fn quantile_inverts_cdf() {
        for df in [1.0, 2.0, 3.5, 10.0, 57.0, 1e4, 1e6] {
            for p in [1e-9, 0.01, 0.2, 0.5, 0.8, 0.975, 0.999_999] {
                let x = t_quantile(p, df);
                close(t_cdf(x, df), p, 1e-10);
            }
        }
    }
}
