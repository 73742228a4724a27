//! The survey statistics (`analysis::survey::analyze`), each against a case worked out by
//! hand in the comments, and against numbers computed independently with numpy/scipy by
//! `tests/reference/survey_reference.py` (values pasted below, where they are used).

use peakend::analysis::survey::{
    PredictorName, SurveyReport, Verdict, analyze, fisher_ci, nps_from_counts, williams_t, zou_ci,
};
use peakend::model::survey::{MISSING, NO_SEGMENT, NpsScale, SegmentColumn, SurveyData};
use peakend::model::{MemoryModel, Scale};

const NA: f32 = MISSING;

fn close(a: f64, b: f64, tol: f64) {
    assert!((a - b).abs() <= tol, "{a} vs {b} (tol {tol})");
}

fn survey(
    touchpoints: usize,
    ratings: &[f32],
    overall: &[f32],
    nps: &[f32],
    scale: Scale,
) -> SurveyData {
    SurveyData {
        touchpoints: (0..touchpoints).map(|i| format!("T{}", i + 1)).collect(),
        ratings: ratings.to_vec(),
        overall: overall.to_vec(),
        nps: nps.to_vec(),
        segments: Vec::new(),
        touchpoint_scale: scale,
        overall_scale: Scale::new(1.0, 10.0, None).unwrap(),
        nps_scale: NpsScale::ZeroToTen,
    }
}

fn one_to_five() -> Scale {
    Scale::new(1.0, 5.0, None).unwrap()
}

/// Every number in the report is finite (the report's promise).
fn all_finite(r: &SurveyReport) {
    let text = serde_json::to_string(r).unwrap();
    assert!(!text.contains("NaN") && !text.contains("inf"), "{text}");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    fn walk(v: &serde_json::Value) {
        match v {
            serde_json::Value::Number(n) => assert!(n.as_f64().unwrap().is_finite()),
            serde_json::Value::Array(a) => a.iter().for_each(walk),
            serde_json::Value::Object(o) => o.values().for_each(walk),
            _ => {}
        }
    }
    walk(&v);
}

/// Scale 1–5 (neutral 3), three touchpoints, four rows:
///
/// | row | T1 | T2 | T3 | rated    | peak                         | end | mean | R (½·peak + ½·end) |
/// |-----|----|----|----|----------|------------------------------|-----|------|--------------------|
/// | 1   | 4  | 2  | 5  | 4, 2, 5  | 5 (|2| beats |1|)            | 5   | 11/3 | 5                  |
/// | 2   | 3  | –  | 1  | 3, 1     | 1                            | 1   | 2    | 1                  |
/// | 3   | –  | –  | –  | none: not a respondent                                              |
/// | 4   | 2  | 4  | 4  | 2, 4, 4  | 2 (all |1|: below neutral wins) | 4  | 10/3 | 3                  |
///
/// T1: 4, 3, 2 → mean 3, sd 1, n 3, shares ⅓ / ⅓ / ⅓, CI 3 ± t(.975, 2)·1/√3 = 3 ± 2.48414.
/// T2: 2, 4 → mean 3, sd √2, n 2, CI 3 ± t(.975, 1)·√2/√2 = 3 ± 12.70620.
/// T3: 5, 1, 4 → mean 10/3, n 3; above ⅔, below ⅓.
#[test]
fn hand_worked_touchpoints_and_features() {
    let ratings = [
        4.0, 2.0, 5.0, //
        3.0, NA, 1.0, //
        NA, NA, NA, //
        2.0, 4.0, 4.0,
    ];
    let d = survey(3, &ratings, &[NA; 4], &[NA; 4], one_to_five());
    let r = analyze(&d, &MemoryModel::default(), 7);
    assert_eq!(r.respondents, 3);
    assert_eq!(r.skipped, 7, "the reader's count is passed through");
    let t1 = &r.touchpoints[0];
    assert_eq!((t1.mean, t1.n, t1.sd), (Some(3.0), 3, Some(1.0)));
    let ci = t1.ci95.unwrap();
    close(ci[0], 3.0 - 2.4841377117503303, 1e-12);
    close(ci[1], 3.0 + 2.4841377117503303, 1e-12);
    close(t1.below, 1.0 / 3.0, 1e-15);
    close(t1.at, 1.0 / 3.0, 1e-15);
    let t2 = &r.touchpoints[1];
    assert_eq!(t2.n, 2);
    close(t2.sd.unwrap(), 2f64.sqrt(), 1e-15);
    close(t2.ci95.unwrap()[1], 3.0 + 12.706204736174694, 1e-10);
    let t3 = &r.touchpoints[2];
    close(t3.mean.unwrap(), 10.0 / 3.0, 1e-15);
    close(t3.above, 2.0 / 3.0, 1e-15);
    // No overall column: no predictors, no verdict, no fit; no NPS either.
    assert!(r.predictors.is_empty());
    assert_eq!(r.peak_end_vs_mean, None);
    assert_eq!(r.fitted, None);
    assert_eq!(r.nps, None);
    assert!(r.drivers.is_empty());
    assert_eq!(r.verdict, Verdict::NotEnough);
    all_finite(&r);
}

/// The per-respondent features of the table above, seen through the correlations: with the
/// overall rating equal to R itself (on the same 1–5 scale), r(remembered, overall) = 1.
/// Overall rows 1, 2, 4 = 5, 1, 3 (R); row 3 is not a respondent.
#[test]
fn remembered_feature_matches_the_engine() {
    let ratings = [4.0, 2.0, 5.0, 3.0, NA, 1.0, NA, NA, NA, 2.0, 4.0, 4.0];
    let mut d = survey(3, &ratings, &[5.0, 1.0, 2.0, 3.0], &[NA; 4], one_to_five());
    d.overall_scale = one_to_five();
    let r = analyze(&d, &MemoryModel::default(), 0);
    let remembered = &r.predictors[0];
    assert_eq!(remembered.name, PredictorName::Remembered);
    assert_eq!(remembered.n, 3);
    close(remembered.r.unwrap(), 1.0, 1e-12);
    // Peak 5, 1, 2 vs overall 5, 1, 3: x̄ = 8/3, ȳ = 3; deviations 7/3, −5/3, −2/3 and
    // 2, −2, 0; Sxy = 14/3 + 10/3 = 8, Sxx = 78/9 = 26/3, Syy = 8;
    // r = 8/√(26/3 · 8) = 0.9607689 (numpy.corrcoef: 0.9607689228305226).
    let peak = r
        .predictors
        .iter()
        .find(|p| p.name == PredictorName::Peak)
        .unwrap();
    close(peak.r.unwrap(), 0.9607689228305226, 1e-12);
    assert_eq!(peak.ci95, None, "no Fisher CI with n ≤ 3");
    assert_eq!(r.verdict, Verdict::NotEnough, "fewer than 10 respondents");
    all_finite(&r);
}

/// NPS from counts P = 5, passives 3, D = 2 (n = 10): score 100·(5 − 2)/10 = 30.
/// Adjusted-Wald: n' = 13, p' = 5.75/13, d' = 2.75/13, p' − d' = 0.230769,
/// var = p' + d' − (p' − d')² = 0.600592, half-width 1.96·√(var/13) = 0.421283,
/// CI = 100·(0.230769 ± 0.421283) = [−19.0514, 65.2052].
/// Margin ±5: ⌈1.96²·0.600592/0.05² − 3⌉ = 920; ±10: ⌈…/0.1² − 3⌉ = 228.
#[test]
fn nps_adjusted_wald_by_hand() {
    let n = nps_from_counts(5, 3, 2, NpsScale::ZeroToTen).unwrap();
    assert_eq!(n.score, 30.0);
    close(n.ci95[0], -19.051389493993252, 1e-10);
    close(n.ci95[1], 65.2052356478394, 1e-10);
    assert_eq!((n.n_for_margin_5, n.n_for_margin_10), (920, 228));
    assert_eq!(nps_from_counts(0, 0, 0, NpsScale::ZeroToTen), None);
    // All promoters: the raw score is 100 and the interval is clamped at 100.
    let all = nps_from_counts(40, 0, 0, NpsScale::ZeroToTen).unwrap();
    assert_eq!(all.score, 100.0);
    assert!(all.ci95[1] <= 100.0 && all.ci95[0] < 100.0);
}

/// NPS answers through `analyze`: 0–10 with 0s, a 1–10 survey with the same cut-offs,
/// and missing or off-scale answers left out.
#[test]
fn nps_scales_and_missing_answers() {
    let nps = [10.0, 9.0, 8.0, 7.0, 6.0, 0.0, NA, 11.0];
    let d = survey(1, &[3.0; 8], &[NA; 8], &nps, one_to_five());
    let r = analyze(&d, &MemoryModel::default(), 0);
    let n = r.nps.unwrap();
    // 10, 9 promoters; 8, 7 passives; 6, 0 detractors; blank and 11 not counted.
    assert_eq!((n.promoters, n.passives, n.detractors, n.n), (2, 2, 2, 6));
    assert_eq!(n.score, 0.0);
    assert_eq!(n.scale, NpsScale::ZeroToTen);
    let mut d = d;
    d.nps_scale = NpsScale::OneToTen;
    let n = analyze(&d, &MemoryModel::default(), 0).nps.unwrap();
    // On 1–10 a 0 is off the scale: left out, not a detractor.
    assert_eq!((n.promoters, n.passives, n.detractors), (2, 2, 1));
    assert_eq!(n.scale, NpsScale::OneToTen);
}

/// Fisher: r = 0.5, n = 28: atanh 0.5 = 0.549306, ± 1.96/√25 = 0.392 →
/// tanh(0.157306) = 0.156021, tanh(0.941306) = 0.735822.
#[test]
fn fisher_ci_by_hand() {
    let [lo, hi] = fisher_ci(0.5, 28).unwrap();
    close(lo, 0.15602133478739186, 1e-12);
    close(hi, 0.7358217825567178, 1e-12);
    assert_eq!(fisher_ci(0.5, 3), None);
}

/// Williams' t: equal correlations give t = 0, swapping them flips the sign (the values
/// themselves are checked against the reference script below).
#[test]
fn williams_t_basic_facts() {
    assert_eq!(williams_t(0.4, 0.4, 0.6, 100), Some(0.0));
    let a = williams_t(0.5, 0.3, 0.6, 100).unwrap();
    let b = williams_t(0.3, 0.5, 0.6, 100).unwrap();
    close(a, -b, 1e-12);
    assert!(a > 0.0);
    let [lo, hi] = zou_ci(0.5, 0.3, 0.6, 100).unwrap();
    assert!(lo < 0.2 && 0.2 < hi);
    // A perfect r₁₂ has a zero-width CI: the difference's CI is r₁₃'s, mirrored.
    let [l2, u2] = fisher_ci(0.5, 50).unwrap();
    let [lo, hi] = zou_ci(1.0, 0.5, 0.5, 50).unwrap();
    close(lo, 0.5 - (u2 - 0.5), 1e-12);
    close(hi, 0.5 + (0.5 - l2), 1e-12);
}

/// A deterministic synthetic survey where the overall rating follows peak and end.
fn synthetic(n: usize, seed: u64) -> SurveyData {
    let mut x = seed.max(1);
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x % 1_000_000) as f64 / 1_000_000.0
    };
    let k = 6;
    let mut ratings = Vec::with_capacity(n * k);
    let mut overall = Vec::with_capacity(n);
    let mut nps = Vec::with_capacity(n);
    let mut region = Vec::with_capacity(n);
    let scale = Scale::new(1.0, 10.0, None).unwrap();
    for _ in 0..n {
        let level = 3.0 + 6.0 * next();
        let mut row = Vec::with_capacity(k);
        for t in 0..k {
            let bump = if t == 3 { -2.0 } else { 0.0 };
            let v = (level + bump + 3.0 * (next() - 0.5))
                .round()
                .clamp(1.0, 10.0);
            row.push(if next() < 0.03 { f64::NAN } else { v });
        }
        let rated: Vec<f64> = row.iter().copied().filter(|v| v.is_finite()).collect();
        let p = peakend_peak(&rated, 5.5);
        let end = *rated.last().unwrap_or(&5.5);
        let o = (0.45 * p + 0.45 * end + 0.1 * level + 2.0 * (next() - 0.5))
            .round()
            .clamp(1.0, 10.0);
        ratings.extend(row.iter().map(|v| *v as f32));
        overall.push(o as f32);
        nps.push((o + 2.0 * (next() - 0.5)).round().clamp(0.0, 10.0) as f32);
        region.push((next() * 4.0) as u16);
    }
    SurveyData {
        touchpoints: (0..k).map(|i| format!("T{}", i + 1)).collect(),
        ratings,
        overall,
        nps,
        segments: vec![SegmentColumn {
            column: "region".into(),
            values: ["north", "east", "south", "west"]
                .map(String::from)
                .to_vec(),
            codes: region,
        }],
        touchpoint_scale: scale,
        overall_scale: scale,
        nps_scale: NpsScale::ZeroToTen,
    }
}

/// The most intense rating around `m` (below neutral first on a tie, then earliest).
fn peakend_peak(r: &[f64], m: f64) -> f64 {
    let mut best: Option<f64> = None;
    for &v in r {
        best = match best {
            None => Some(v),
            Some(b) => {
                let (iv, ib) = ((v - m).abs(), (b - m).abs());
                if iv > ib || (iv == ib && v < m && b >= m) {
                    Some(v)
                } else {
                    Some(b)
                }
            }
        };
    }
    best.unwrap_or(m)
}

#[test]
fn a_peak_end_survey_gets_a_better_verdict_and_segments() {
    let d = synthetic(2_000, 11);
    let r = analyze(&d, &MemoryModel::default(), 0);
    all_finite(&r);
    assert_eq!(r.respondents, 2_000);
    match r.verdict {
        Verdict::Better {
            n,
            r_remembered,
            r_mean,
        } => {
            assert_eq!(n, 2_000);
            assert!(r_remembered > r_mean);
        }
        v => panic!("expected Better, got {v:?}"),
    }
    let fit = r.fitted.clone().unwrap();
    assert!(fit.usable && fit.peak > 0.2 && fit.end > 0.2, "{fit:?}");
    assert!(fit.r2 > 0.3 && fit.r2 <= 1.0);
    assert!(fit.mae_cv < fit.mae_rule + 0.5);
    assert_eq!(r.segments.len(), 4);
    assert!(
        r.segments
            .windows(2)
            .all(|w| w[0].respondents >= w[1].respondents)
    );
    assert_eq!(r.nps_differences.len(), 6, "4 values: 6 pairs");
    assert!(!r.drivers.is_empty());
    assert!(r.drivers.windows(2).all(|w| w[0].gap >= w[1].gap));
}

#[test]
fn all_equal_ratings_give_no_correlation_and_no_nan() {
    let n = 30;
    let mut d = survey(
        4,
        &vec![3.0; n * 4],
        &vec![3.0; n],
        &vec![8.0; n],
        one_to_five(),
    );
    d.segments.push(SegmentColumn {
        column: "wave".into(),
        values: vec!["1".into(), "2".into()],
        codes: (0..n)
            .map(|i| {
                if i % 3 == 0 {
                    NO_SEGMENT
                } else {
                    (i % 2) as u16
                }
            })
            .collect(),
    });
    let r = analyze(&d, &MemoryModel::default(), 0);
    all_finite(&r);
    assert!(r.predictors.iter().all(|p| p.r.is_none() && p.n == n));
    assert_eq!(r.peak_end_vs_mean, None);
    assert_eq!(r.fitted, None);
    assert_eq!(r.verdict, Verdict::NotEnough);
    assert_eq!(r.touchpoints[0].sd, Some(0.0));
    assert_eq!(r.touchpoints[0].at, 1.0);
    assert_eq!(r.nps.as_ref().unwrap().passives, n);
    assert_eq!(r.segments.len(), 2);
    assert_eq!(r.segments.iter().map(|s| s.respondents).sum::<usize>(), 20);
}

#[test]
fn an_empty_survey_is_an_empty_report() {
    let d = SurveyData::default();
    let r = analyze(&d, &MemoryModel::default(), 3);
    assert_eq!(r.respondents, 0);
    assert_eq!(r.skipped, 3);
    assert!(r.touchpoints.is_empty() && r.predictors.is_empty());
    assert_eq!(r.verdict, Verdict::NotEnough);
}

/// `tests/reference/survey_300.csv` as the reader would give it: 12 touchpoints on 1–5,
/// overall on 1–10, NPS on 0–10, Region and Wave as segments (codes in order of first
/// appearance). A blank or `N/A` is not answered. (A plain split: the file has no quotes.)
fn reference_data() -> SurveyData {
    let text = include_str!("reference/survey_300.csv");
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let cell = |s: &str| -> f32 {
        if s.is_empty() || s == "N/A" {
            MISSING
        } else {
            s.parse().unwrap()
        }
    };
    let mut d = SurveyData {
        touchpoints: header[3..15].iter().map(|s| s.to_string()).collect(),
        touchpoint_scale: one_to_five(),
        overall_scale: Scale::new(1.0, 10.0, None).unwrap(),
        nps_scale: NpsScale::ZeroToTen,
        segments: ["Region", "Wave"]
            .map(|c| SegmentColumn {
                column: c.into(),
                ..Default::default()
            })
            .to_vec(),
        ..Default::default()
    };
    for line in lines {
        let f: Vec<&str> = line.split(',').collect();
        let ratings: Vec<f32> = f[3..15].iter().map(|s| cell(s)).collect();
        if ratings.iter().all(|v| v.is_nan()) {
            continue;
        }
        d.ratings.extend(ratings);
        d.overall.push(cell(f[15]));
        d.nps.push(cell(f[16]));
        for (col, s) in d.segments.iter_mut().zip([f[1], f[2]]) {
            let code = match col.values.iter().position(|v| v == s) {
                Some(c) => c,
                None => {
                    col.values.push(s.to_string());
                    col.values.len() - 1
                }
            };
            col.codes.push(code as u16);
        }
    }
    d
}

/// Every key of `expected` (numbers within 1e-6 relative, strings equal, arrays item by
/// item) is in `actual`; `actual` may hold more keys than the reference computes.
/// 1e-6, not tighter: the per-respondent scores are kept as `f32` (a million respondents
/// fit in half the memory), which moves a fitted weight in its eighth digit; a wrong
/// formula moves it in the first few.
fn same(path: &str, actual: &serde_json::Value, expected: &serde_json::Value) {
    use serde_json::Value;
    match (actual, expected) {
        (Value::Number(a), Value::Number(e)) => {
            let (a, e) = (a.as_f64().unwrap(), e.as_f64().unwrap());
            assert!(
                (a - e).abs() <= 1e-6 * e.abs() + 1e-9,
                "{path}: {a} vs reference {e}"
            );
        }
        (Value::Array(a), Value::Array(e)) => {
            assert_eq!(a.len(), e.len(), "{path}: length");
            for (i, (a, e)) in a.iter().zip(e).enumerate() {
                same(&format!("{path}[{i}]"), a, e);
            }
        }
        (Value::Object(a), Value::Object(e)) => {
            for (k, e) in e {
                let a = a.get(k).unwrap_or_else(|| panic!("{path}.{k} missing"));
                same(&format!("{path}.{k}"), a, e);
            }
        }
        (a, e) => assert_eq!(a, e, "{path}"),
    }
}

/// Against numpy/scipy: `tests/reference/survey_reference.py` read the same CSV with
/// pandas and computed every statistic from the formulas (pearsonr, t.interval, lstsq,
/// ttest_ind(equal_var=False).confidence_interval, …); its output is
/// `tests/reference/survey_300.expected.json`, compared key by key here.
#[test]
fn matches_numpy_and_scipy_on_the_reference_survey() {
    let d = reference_data();
    let r = analyze(&d, &MemoryModel::default(), 0);
    all_finite(&r);
    let actual = serde_json::to_value(&r).unwrap();
    let expected: serde_json::Value =
        serde_json::from_str(include_str!("reference/survey_300.expected.json")).unwrap();
    same("report", &actual, &expected);
    // And what follows from those numbers.
    assert!(
        matches!(r.verdict, Verdict::Better { n: 292, .. }),
        "{:?}",
        r.verdict
    );
    assert!(r.fitted.unwrap().usable);
}

/// Drivers by hand. NPS 10, 9 (promoters), 3, 2, 0 (detractors).
/// T1: promoters 4, 5 (mean 4.5, s² 0.5), detractors 1, 2, 3 (mean 2, s² 1): gap 2.5;
/// Welch se² = 0.5/2 + 1/3 = 0.58333, ν = se⁴/((0.25)²/1 + (1/3)²/2) = 2.88235,
/// t(.975, 2.88235) = 3.25721, CI 2.5 ± 3.25721·0.763763 = [0.012266, 4.987734]
/// (scipy.stats.ttest_ind(equal_var=False).confidence_interval: the same).
/// T2: one promoter (3) and three detractors (3, 3, 3): gap 0, no CI with one promoter.
#[test]
fn drivers_by_hand() {
    let ratings = [4.0, 3.0, 5.0, NA, 1.0, 3.0, 2.0, 3.0, 3.0, 3.0];
    let d = survey(
        2,
        &ratings,
        &[NA; 5],
        &[10.0, 9.0, 3.0, 2.0, 0.0],
        one_to_five(),
    );
    let r = analyze(&d, &MemoryModel::default(), 0);
    assert_eq!(r.drivers.len(), 2);
    let t1 = &r.drivers[0];
    assert_eq!((t1.index, t1.n_promoters, t1.n_detractors), (0, 2, 3));
    assert_eq!(
        (t1.promoters_mean, t1.detractors_mean, t1.gap),
        (4.5, 2.0, 2.5)
    );
    let ci = t1.ci95.unwrap();
    close(ci[0], 0.012266201794617793, 1e-9);
    close(ci[1], 4.987733798205382, 1e-9);
    let t2 = &r.drivers[1];
    assert_eq!((t2.index, t2.gap, t2.ci95), (1, 0.0, None));
}

/// Two waves of 10: W1 answers 10, 10, 10, 10, 10, 8, 8, 8, 5, 5 (P 5, passives 3, D 2:
/// NPS 30); W2 answers 10, 10, 8, 8, 8, 5, 5, 5, 5, 5 (P 2, D 5: NPS −30). Difference 60;
/// adjusted: both n' = 13 and v = 0.600592, centres ±0.230769, so
/// CI = 100·(0.461538 ± 1.96·√(2·0.600592/13)) = [−13.4246, 105.7323]: includes 0, so not
/// beyond chance with 10 answers each, though the scores are 60 points apart.
#[test]
fn nps_difference_between_waves_by_hand() {
    let w1 = [10.0, 10.0, 10.0, 10.0, 10.0, 8.0, 8.0, 8.0, 5.0, 5.0];
    let w2 = [10.0, 10.0, 8.0, 8.0, 8.0, 5.0, 5.0, 5.0, 5.0, 5.0];
    let nps: Vec<f32> = w1.iter().chain(&w2).copied().collect();
    let mut d = survey(1, &[3.0; 20], &[NA; 20], &nps, one_to_five());
    d.segments.push(SegmentColumn {
        column: "wave".into(),
        values: vec!["W1".into(), "W2".into()],
        codes: (0..20).map(|i| u16::from(i >= 10)).collect(),
    });
    let r = analyze(&d, &MemoryModel::default(), 0);
    assert_eq!(r.nps_differences.len(), 1);
    let diff = &r.nps_differences[0];
    assert_eq!((diff.a.as_str(), diff.b.as_str()), ("W1", "W2"));
    close(diff.diff, 60.0, 1e-12);
    close(diff.ci95[0], -13.424584843836662, 1e-9);
    close(diff.ci95[1], 105.73227715152898, 1e-9);
    assert!(!diff.beyond_chance);
    assert_eq!(r.segments[0].nps.as_ref().unwrap().score, 30.0);
    assert_eq!(r.segments[1].nps.as_ref().unwrap().score, -30.0);
    // Ten times the answers at the same mix: now beyond chance.
    let many: Vec<f32> = (0..10)
        .flat_map(|_| w1)
        .chain((0..10).flat_map(|_| w2))
        .collect();
    let mut d = survey(1, &[3.0; 200], &[NA; 200], &many, one_to_five());
    d.segments.push(SegmentColumn {
        column: "wave".into(),
        values: vec!["W1".into(), "W2".into()],
        codes: (0..200).map(|i| u16::from(i >= 100)).collect(),
    });
    let r = analyze(&d, &MemoryModel::default(), 0);
    assert!(r.nps_differences[0].beyond_chance);
}

/// Nine respondents whose overall rating is exactly their remembered score, and one more:
/// the correlations are there at n = 9, the verdict only from n = 10.
#[test]
fn a_verdict_needs_ten_respondents_with_an_overall_rating() {
    // Rows (1–5 scale): the peak moves, the mean hardly does.
    let rows: [[f32; 4]; 10] = [
        [3.0, 3.0, 3.0, 5.0],
        [3.0, 1.0, 3.0, 3.0],
        [4.0, 3.0, 3.0, 3.0],
        [3.0, 3.0, 2.0, 3.0],
        [5.0, 3.0, 3.0, 4.0],
        [3.0, 3.0, 3.0, 1.0],
        [2.0, 3.0, 4.0, 3.0],
        [3.0, 5.0, 3.0, 2.0],
        [1.0, 3.0, 3.0, 4.0],
        [3.0, 4.0, 3.0, 3.0],
    ];
    let model = MemoryModel::default();
    let remembered = |r: &[f32; 4]| {
        let m = 3.0;
        let mut peak = r[0];
        for &v in r {
            let (a, b) = ((v - m).abs(), (peak - m).abs());
            if a > b || (a == b && v < m && peak >= m) {
                peak = v;
            }
        }
        (peak + r[3]) / 2.0
    };
    let overall: Vec<f32> = rows.iter().map(remembered).collect();
    let ratings: Vec<f32> = rows.iter().flatten().copied().collect();
    let mut d = survey(4, &ratings[..36], &overall[..9], &[NA; 9], one_to_five());
    d.overall_scale = one_to_five();
    let r = analyze(&d, &model, 0);
    close(r.predictors[0].r.unwrap(), 1.0, 1e-12);
    assert!(r.peak_end_vs_mean.is_some());
    assert_eq!(r.verdict, Verdict::NotEnough, "9 < 10");
    assert_eq!(r.fitted, None, "no fit below 10 either");
    let mut d = survey(4, &ratings, &overall, &[NA; 10], one_to_five());
    d.overall_scale = one_to_five();
    let r = analyze(&d, &model, 0);
    assert!(
        matches!(r.verdict, Verdict::Better { n: 10, .. }),
        "{:?}",
        r.verdict
    );
}

/// The remembered score follows the journey's memory model: with the end as the mean of
/// the last two rated touchpoints and no peak (peak weight 0), R is that mean. Row
/// 1, 5, –, 2 → rated 1, 5, 2 → R = (5 + 2)/2 = 3.5; row 4, 4, 4, 4 → 4; row 2, –, 1, 5 → 3.
/// Overall = R exactly (1–5), so r(remembered) = 1; the end predictor uses the same window
/// (so it is R here too), while the first rating (1, 4, 2) does not follow.
#[test]
fn remembered_follows_the_memory_model() {
    let model = MemoryModel {
        peak_weight: 0.0,
        end_weight: 1.0,
        end_window: 2,
        split_peaks: false,
        trend_weight: 0.0,
    };
    let ratings = [1.0, 5.0, NA, 2.0, 4.0, 4.0, 4.0, 4.0, 2.0, NA, 1.0, 5.0];
    let mut d = survey(4, &ratings, &[3.5, 4.0, 3.0], &[NA; 3], one_to_five());
    d.overall_scale = one_to_five();
    let r = analyze(&d, &model, 0);
    close(r.predictors[0].r.unwrap(), 1.0, 1e-12);
    let end = r
        .predictors
        .iter()
        .find(|p| p.name == PredictorName::End)
        .unwrap();
    close(end.r.unwrap(), 1.0, 1e-12);
    let first = r
        .predictors
        .iter()
        .find(|p| p.name == PredictorName::First)
        .unwrap();
    assert!(first.r.unwrap() < 0.99);
}

/// A touchpoint scale with min ≥ max has no neutral point: counts only, no panic, no guess.
#[test]
fn a_broken_touchpoint_scale_gives_counts_only() {
    let mut d = survey(
        2,
        &[1.0, 2.0, NA, NA, 3.0, NA],
        &[5.0; 3],
        &[9.0; 3],
        one_to_five(),
    );
    d.touchpoint_scale.max = 0.0;
    let r = analyze(&d, &MemoryModel::default(), 1);
    assert_eq!((r.respondents, r.skipped), (2, 1));
    assert!(r.touchpoints.is_empty() && r.predictors.is_empty() && r.nps.is_none());
    assert_eq!(r.verdict, Verdict::NotEnough);
}
