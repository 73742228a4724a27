"""The pandas baseline for the survey benchmark (`make bench-survey`).

    python bench/pandas_survey.py FILE [--runs N]

FILE is a wide survey made by `build/gen-survey.mjs` (ResponseId, Region, Wave, 12
touchpoints, "Overall satisfaction", "Recommend (NPS)"). Times, in this process, the core
of what Peakend's survey import does, written the way a pandas user would (vectorised,
no per-row Python): read_csv; per respondent the peak (largest |r − neutral|, below
neutral first on a tie, then the earliest), the end (last rated) and the mean over the
rated touchpoints; r(peak-end, overall) and r(mean, overall); the NPS. Prints one JSON
object: seconds per run (median and best of N) and the numbers, so they can be checked
against Peakend's on the same file.
"""
import json
import statistics
import sys
import time

import numpy as np
import pandas as pd


def run(path):
    t0 = time.perf_counter()
    df = pd.read_csv(path)
    t1 = time.perf_counter()
    tp = df.columns[3:15]
    x = df[tp].to_numpy(dtype=float)
    lo, hi = np.nanmin(x), np.nanmax(x)
    m = (lo + hi) / 2
    rated = ~np.isnan(x)
    # Peak: the key 4·|r − m| + (r < m) orders by intensity, then below neutral first
    # (whole-number ratings); argmax takes the earliest of equal keys.
    key = np.where(rated, 4 * np.abs(x - m) + (x < m), -1.0)
    peak = np.take_along_axis(x, key.argmax(axis=1)[:, None], axis=1)[:, 0]
    # End: the last rated touchpoint.
    last = x.shape[1] - 1 - rated[:, ::-1].argmax(axis=1)
    end = x[np.arange(len(x)), last]
    any_rated = rated.any(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.nansum(x, axis=1) / rated.sum(axis=1)
    feats = pd.DataFrame(
        {"remembered": (peak + end) / 2, "mean": mean, "overall": df[df.columns[15]]}
    )[any_rated]
    r_remembered = feats["remembered"].corr(feats["overall"])
    r_mean = feats["mean"].corr(feats["overall"])
    nps = df.loc[any_rated, df.columns[16]].dropna()
    score = 100 * ((nps >= 9).mean() - (nps <= 6).mean())
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1, t2 - t0, dict(
        respondents=int(any_rated.sum()),
        r_remembered=float(r_remembered),
        r_mean=float(r_mean),
        nps=float(score),
    )


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: python bench/pandas_survey.py FILE [--runs N]")
    path = sys.argv[1]
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 7
    results = [run(path) for _ in range(runs)]
    read, compute, total = (sorted(r[i] for r in results) for i in range(3))
    print(json.dumps({
        "tool": f"pandas {pd.__version__}, numpy {np.__version__}",
        "file": path,
        "runs": runs,
        "read_csv_s": {"median": statistics.median(read), "best": read[0]},
        "compute_s": {"median": statistics.median(compute), "best": compute[0]},
        "total_s": {"median": statistics.median(total), "best": total[0]},
        "values": results[-1][3],
    }, indent=1))


if __name__ == "__main__":
    main()
