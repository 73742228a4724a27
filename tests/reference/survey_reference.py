"""Independent reference values for the survey statistics (tests/analysis_survey.rs).

Reads tests/reference/survey_300.csv (made by `node build/gen-survey.mjs 300
tests/reference/survey_300.csv --seed 2026`) with pandas and computes every statistic of
`analysis::survey::analyze` under the default memory model (½ peak + ½ last moment) with
numpy and scipy, written from the formulas in docs/SCORING.md, not from the Rust code:

- per respondent peak / end / mean / first / trend / remembered (trend: numpy.polyfit over
  the second half of the rated touchpoints);
- touchpoint means with scipy.stats.t.interval;
- Pearson r with scipy.stats.pearsonr; the Fisher CI with z = 1.96 as in the formula;
- Williams' t (Steiger 1980 eq. 7), its p from scipy.stats.t.sf, Zou's (2007) CI;
- OLS with numpy.linalg.lstsq, 10-fold CV (fold = position mod 10), MAE of the rule;
- NPS, adjusted-Wald CI and margins; differences between segment values;
- drivers with scipy.stats.ttest_ind(equal_var=False).confidence_interval().

Run:
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install numpy scipy pandas
    /tmp/venv/bin/python tests/reference/survey_reference.py > tests/reference/survey_300.expected.json
(made with numpy 2.x, scipy 1.17.1, pandas 2.x.)
"""
import json
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats

HERE = Path(__file__).parent
df = pd.read_csv(HERE / "survey_300.csv")
TP = list(df.columns[3:15])
OVERALL, NPS = "Overall satisfaction", "Recommend (NPS)"
LO, HI = 1.0, 5.0  # touchpoint scale
NEUTRAL = (LO + HI) / 2
O_LO, O_HI = 1.0, 10.0  # overall scale
Z = 1.96


def features(row):
    r = [float(v) for v in row if not math.isnan(v)]
    if not r:
        return None
    # peak: largest |r − m|; below neutral wins a tie; then the earliest
    peak = r[0]
    for v in r[1:]:
        if abs(v - NEUTRAL) > abs(peak - NEUTRAL) or (
            abs(v - NEUTRAL) == abs(peak - NEUTRAL) and v < NEUTRAL and peak >= NEUTRAL
        ):
            peak = v
    end = r[-1]
    half = r[len(r) // 2:]
    if len(half) >= 2:
        slope = np.polyfit(np.arange(len(half)), half, 1)[0]
        trend = slope * (len(half) - 1)
    else:
        trend = 0.0
    remembered = min(max((peak + end) / 2, LO), HI)
    return dict(remembered=remembered, mean=float(np.mean(r)), end=end, peak=peak,
                first=r[0], trend=float(trend))


def fisher(r, n):
    z = math.atanh(r)
    h = Z / math.sqrt(n - 3)
    return [math.tanh(z - h), math.tanh(z + h)]


def williams_zou(r12, r13, r23, n):
    det = 1 - r12**2 - r13**2 - r23**2 + 2 * r12 * r13 * r23
    rbar = (r12 + r13) / 2
    t = (r12 - r13) * math.sqrt((n - 1) * (1 + r23) /
                                (2 * (n - 1) / (n - 3) * det + rbar**2 * (1 - r23) ** 3))
    p = 2 * stats.t.sf(abs(t), n - 3)
    l1, u1 = fisher(r12, n)
    l2, u2 = fisher(r13, n)
    c = ((r23 - 0.5 * r12 * r13) * (1 - r12**2 - r13**2 - r23**2) + r23**3) / (
        (1 - r12**2) * (1 - r13**2))
    lo = r12 - r13 - math.sqrt((r12 - l1) ** 2 + (u2 - r13) ** 2 - 2 * c * (r12 - l1) * (u2 - r13))
    hi = r12 - r13 + math.sqrt((u1 - r12) ** 2 + (r13 - l2) ** 2 - 2 * c * (u1 - r12) * (r13 - l2))
    return dict(r_diff=r12 - r13, ci95=[lo, hi], williams_t=t, df=n - 3, p=p)


def nps_of(v):
    v = v.dropna()
    v = v[(v >= 0) & (v <= 10)]
    n = len(v)
    if n == 0:
        return None
    p, d = int((v >= 9).sum()), int((v <= 6).sum())
    pa = n - p - d
    n2 = n + 3
    p2, d2 = (p + 0.75) / n2, (d + 0.75) / n2
    var = p2 + d2 - (p2 - d2) ** 2
    h = Z * math.sqrt(var / n2)
    margin = lambda m: max(1, math.ceil(Z**2 * var / (m / 100) ** 2 - 3))
    return dict(score=100 * (p - d) / n,
                ci95=[max(-100, 100 * (p2 - d2 - h)), min(100, 100 * (p2 - d2 + h))],
                n=n, promoters=p, passives=pa, detractors=d,
                n_for_margin_5=margin(5), n_for_margin_10=margin(10),
                _adj=(p2 - d2, var, n2))


def touchpoints(g):
    out = []
    for c in TP:
        v = g[c].dropna().to_numpy(float)
        n = len(v)
        m, sd = v.mean(), v.std(ddof=1)
        lo, hi = stats.t.interval(0.95, n - 1, loc=m, scale=sd / math.sqrt(n))
        out.append(dict(name=c, mean=m, n=n, sd=sd, ci95=[lo, hi],
                        below=float((v < NEUTRAL).mean()), at=float((v == NEUTRAL).mean()),
                        above=float((v > NEUTRAL).mean())))
    return out


feats = pd.DataFrame([features(r) for r in df[TP].to_numpy(float)], index=df.index)
rated = feats["remembered"].notna()
data = pd.concat([df, feats], axis=1)[rated]
data["overall_t"] = LO + (data[OVERALL] - O_LO) / (O_HI - O_LO) * (HI - LO)
NAMES = ["remembered", "mean", "end", "peak", "first", "trend"]


def correlations(g):
    g = g[g["overall_t"].notna()]
    n = len(g)
    preds = []
    for name in NAMES:
        r = stats.pearsonr(g[name], g["overall_t"]).statistic
        preds.append(dict(name=name, r=float(r), ci95=fisher(r, n), n=n))
    r12 = preds[0]["r"]
    r13 = preds[1]["r"]
    r23 = float(stats.pearsonr(g["remembered"], g["mean"]).statistic)
    return preds, williams_zou(r12, r13, r23, n)


preds, pev = correlations(data)

# OLS on the touchpoint scale, with 10-fold CV (fold = position among usable rows mod 10).
g = data[data["overall_t"].notna()]
X = np.column_stack([np.ones(len(g)), g["peak"], g["end"], g["mean"]])
y = g["overall_t"].to_numpy()
beta = np.linalg.lstsq(X, y, rcond=None)[0]
resid = y - X @ beta
r2 = 1 - (resid**2).sum() / ((y - y.mean()) ** 2).sum()
fold = np.arange(len(g)) % 10
err = np.empty(len(g))
for f in range(10):
    b = np.linalg.lstsq(X[fold != f], y[fold != f], rcond=None)[0]
    err[fold == f] = np.abs(y[fold == f] - X[fold == f] @ b)
to_overall = (O_HI - O_LO) / (HI - LO)
fitted = dict(intercept=beta[0], peak=beta[1], end=beta[2], mean=beta[3], r2=r2,
              mae_cv=err.mean() * to_overall,
              mae_rule=np.abs(y - g["remembered"].to_numpy()).mean() * to_overall, n=len(g))

nps = nps_of(data[NPS])

# Drivers: promoters' mean − detractors' mean per touchpoint, Welch CI.
drivers = []
pro = data[data[NPS] >= 9]
det = data[data[NPS] <= 6]
for i, c in enumerate(TP):
    a, b = pro[c].dropna(), det[c].dropna()
    ci = stats.ttest_ind(a, b, equal_var=False).confidence_interval(0.95)
    drivers.append(dict(name=c, index=i, gap=a.mean() - b.mean(), ci95=[ci.low, ci.high],
                        n_promoters=len(a), n_detractors=len(b)))
drivers.sort(key=lambda d: -d["gap"])

segments, diffs = [], []
for col in ["Region", "Wave"]:
    counts = data[col].value_counts(sort=False)
    order = sorted(counts.index, key=lambda v: (-counts[v], list(data[col].unique()).index(v)))[:6]
    scored = []
    for v in order:
        gr = data[data[col] == v]
        p, e = correlations(gr)
        nv = nps_of(gr[NPS])
        segments.append(dict(column=col, value=v, respondents=len(gr), predictors=p,
                             peak_end_vs_mean=e, nps=nv, touchpoints=touchpoints(gr)))
        scored.append((v, nv))
    for i in range(len(scored)):
        for j in range(i + 1, len(scored)):
            (va, a), (vb, b) = scored[i], scored[j]
            (sa, var_a, na), (sb, var_b, nb) = a["_adj"], b["_adj"]
            h = Z * math.sqrt(var_a / na + var_b / nb)
            diffs.append(dict(column=col, a=va, b=vb, diff=a["score"] - b["score"],
                              ci95=[100 * (sa - sb - h), 100 * (sa - sb + h)]))


def clean(o):
    if isinstance(o, dict):
        return {k: clean(v) for k, v in o.items() if not k.startswith("_")}
    if isinstance(o, (list, tuple)):
        return [clean(v) for v in o]
    if isinstance(o, (np.floating, np.integer)):
        return o.item()
    return o


json.dump(clean(dict(respondents=int(rated.sum()), touchpoints=touchpoints(data),
                     predictors=preds, peak_end_vs_mean=pev, fitted=fitted, nps=nps,
                     drivers=drivers, segments=segments, nps_differences=diffs)),
          sys.stdout, indent=1)
print()
