"""Reference values for src/analysis/survey/numerics.rs, computed with scipy.

Run: python3 -m venv /tmp/venv && /tmp/venv/bin/pip install numpy scipy
     /tmp/venv/bin/python tests/reference/survey_numerics.py
The printed values are pasted into the `against_scipy` test.
"""
from scipy import special, stats

print("ln_gamma", [repr(float(special.gammaln(x))) for x in (0.5, 1.0, 7.5, 50000.5)])
print("normal_cdf", [repr(float(stats.norm.cdf(x))) for x in (1.96, -3.0)])
print("normal_quantile", [repr(float(stats.norm.ppf(p))) for p in (0.975, 0.001, 1e-10)])
print("t_cdf", [repr(float(stats.t.cdf(t, df))) for t, df in ((2.0, 3.0), (-1.5, 10.0), (1.0, 1.0))])
print("t_quantile", [repr(float(stats.t.ppf(p, df))) for p, df in
                     ((0.975, 1), (0.975, 2), (0.975, 9), (0.975, 29), (0.975, 99999), (0.025, 5))])
print("t_two_sided_p", [repr(float(2 * stats.t.sf(abs(t), df))) for t, df in ((2.5, 97), (12.0, 99997))])
