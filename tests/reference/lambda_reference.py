"""Independent reference values for λ from a survey (tests/analysis_lanes.rs).

Makes tests/reference/lambda_200.csv: 200 respondents, 6 touchpoints on 1–5 (neutral 3,
about 10% left blank), an overall rating on 1–10 drawn as
round(6 + 0.6·P + 1.5·N + noise) clipped to 1–10, where P and N are each respondent's sums of
positive and negative deviations from neutral (so λ is about 2.5). Then computes, with numpy
and from the definition in docs/SCORING.md (not from the Rust code):

- b₊, b₋ by numpy.linalg.lstsq of overall on [1, P, N]; λ̂ = |b₋| / b₊;
- the percentile bootstrap: 1,000 resamples drawn with SplitMix64 from the seed
  0x5EED0BA4CC0FFEE5, a position being (next() · n) >> 64, respondents in file order; each
  resample refitted with lstsq; numpy.percentile(…, [2.5, 97.5]) (method "linear").

Run:
    python3 -m venv /tmp/venv-bank && /tmp/venv-bank/bin/pip install numpy
    /tmp/venv-bank/bin/python tests/reference/lambda_reference.py
(made with numpy 2.4.6.)
"""
import csv
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
CSV = HERE / "lambda_200.csv"
N, K, NEUTRAL = 200, 6, 3.0
MASK = (1 << 64) - 1
SEED = 0x5EED0BA4CC0FFEE5
RESAMPLES = 1000

rng = np.random.default_rng(2026)
ratings = rng.integers(1, 6, size=(N, K)).astype(float)
ratings[rng.random((N, K)) < 0.1] = np.nan
ratings[np.all(np.isnan(ratings), axis=1), 0] = 3.0  # everyone rates something
dev = ratings - NEUTRAL
P = np.nansum(np.where(dev > 0, dev, 0.0), axis=1)
Q = np.nansum(np.where(dev < 0, dev, 0.0), axis=1)
overall = np.clip(np.round(6 + 0.6 * P + 1.5 * Q + rng.normal(0, 1.2, N)), 1, 10)

with open(CSV, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow([f"t{i + 1}" for i in range(K)] + ["overall"])
    for row, y in zip(ratings, overall):
        w.writerow(["" if np.isnan(v) else int(v) for v in row] + [int(y)])


def fit(idx):
    X = np.column_stack([np.ones(len(idx)), P[idx], Q[idx]])
    b, _, rank, _ = np.linalg.lstsq(X, overall[idx], rcond=None)
    if rank < 3 or b[1] <= 0:
        return None, b
    return abs(b[2]) / b[1], b


lam, b = fit(np.arange(N))

state = SEED


def next_u64():
    global state
    state = (state + 0x9E3779B97F4A7C15) & MASK
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


boot = []
for _ in range(RESAMPLES):
    idx = np.array([(next_u64() * N) >> 64 for _ in range(N)])
    l, _ = fit(idx)
    boot.append(np.inf if l is None else l)
lo, hi = np.percentile(np.array(boot), [2.5, 97.5])
print(f"n = {N}")
print(f"b_positive = {b[1]!r}")
print(f"b_negative = {b[2]!r}")
print(f"lambda = {lam!r}")
print(f"ci = [{lo!r}, {hi!r}]")
print(f"failed resamples = {sum(np.isinf(boot))}")
