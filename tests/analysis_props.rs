#![cfg(not(target_arch = "wasm32"))]
//! Properties of the scores that must hold for every journey (proptest).

use peakend::analysis::{fix_first, score};
use peakend::model::{Action, Journey, MemoryModel, Scale, apply};
use proptest::prelude::*;

/// A journey on −5..+5 from ratings in whole and half steps (so ties happen) and durations.
fn journey(points: &[(i32, u32)], memory: MemoryModel) -> Journey {
    let mut j = Journey::new("prop");
    j.memory = memory;
    for (i, (r, d)) in points.iter().enumerate() {
        let mut t = j.new_touchpoint(format!("t{i}"), f64::from(*r) / 2.0);
        t.duration = f64::from(*d) / 4.0;
        j.touchpoints.push(t);
    }
    j
}

fn points(max: usize) -> impl Strategy<Value = Vec<(i32, u32)>> {
    prop::collection::vec((-10i32..=10, 0u32..=12), 1..max)
}

/// Memory models that keep R a weighted mean of ratings (no trend term).
fn level_models() -> impl Strategy<Value = MemoryModel> {
    (0u32..=4, 0u32..=4, 1u32..=5, any::<bool>()).prop_filter_map(
        "weights not both zero",
        |(p, e, k, split)| {
            (p + e > 0).then_some(MemoryModel {
                peak_weight: f64::from(p),
                end_weight: f64::from(e),
                end_window: k,
                split_peaks: split,
                trend_weight: 0.0,
            })
        },
    )
}

fn min_max(j: &Journey) -> (f64, f64) {
    let r = j.ratings();
    (
        r.iter().copied().fold(f64::INFINITY, f64::min),
        r.iter().copied().fold(f64::NEG_INFINITY, f64::max),
    )
}

proptest! {
    #[test]
    fn remembered_lies_between_the_worst_and_the_best(p in points(40), m in level_models()) {
        let j = journey(&p, m);
        let s = score(&j).unwrap();
        let (lo, hi) = min_max(&j);
        prop_assert!(lo <= s.remembered && s.remembered <= hi, "{lo} ≤ {} ≤ {hi}", s.remembered);
        prop_assert_eq!(j.touchpoints[s.best].rating, hi);
        prop_assert_eq!(j.touchpoints[s.worst].rating, lo);
    }

    #[test]
    fn experienced_lies_between_the_min_and_the_max(p in points(40)) {
        let j = journey(&p, MemoryModel::default());
        let s = score(&j).unwrap();
        let (lo, hi) = min_max(&j);
        prop_assert!(lo <= s.experienced && s.experienced <= hi);
        prop_assert!((0.0..=100.0).contains(&s.experienced_pct));
        prop_assert!((0.0..=100.0).contains(&s.remembered_pct));
    }

    #[test]
    fn every_score_is_finite_under_any_valid_model(
        p in points(30),
        m in level_models(),
        trend in 0u32..=4,
    ) {
        let j = journey(&p, MemoryModel { trend_weight: f64::from(trend) / 2.0, ..m });
        let s = score(&j).unwrap();
        for x in [s.remembered, s.experienced, s.gap, s.remembered_pct, s.experienced_pct,
                  s.gap_pct, s.total, s.trend, s.peak_rating, s.end_rating] {
            prop_assert!(x.is_finite());
        }
        let sc = j.scale;
        prop_assert!(sc.min <= s.remembered && s.remembered <= sc.max);
        prop_assert_eq!(fix_first(&j).unwrap().len(), j.touchpoints.len());
    }

    #[test]
    fn raising_any_one_rating_never_lowers_r_or_e(
        p in points(30),
        m in level_models(),
        pick in any::<prop::sample::Index>(),
        up in 1i32..=6,
    ) {
        let j = journey(&p, m);
        let i = pick.index(p.len());
        let mut k = j.clone();
        k.touchpoints[i].rating = j.scale.clamp(j.touchpoints[i].rating + f64::from(up) / 2.0);
        let (a, b) = (score(&j).unwrap(), score(&k).unwrap());
        prop_assert!(b.remembered >= a.remembered - 1e-12, "R {} → {}", a.remembered, b.remembered);
        prop_assert!(b.experienced >= a.experienced - 1e-12, "E {} → {}", a.experienced, b.experienced);
    }

    #[test]
    fn fix_first_never_reports_a_loss_and_is_ranked(p in points(30), m in level_models()) {
        let fixes = fix_first(&journey(&p, m)).unwrap();
        for w in fixes.windows(2) {
            prop_assert!(w[0].delta_remembered >= w[1].delta_remembered);
        }
        prop_assert!(fixes.iter().all(|f| f.delta_remembered >= 0.0 && f.delta_experienced >= 0.0));
    }

    /// Duration neglect (Kahneman et al. 1993): for an all-negative journey, adding a
    /// milder ending makes the memory less bad while the total discomfort grows.
    #[test]
    fn a_milder_ending_lowers_remembered_pain_but_adds_discomfort(
        p in prop::collection::vec((-10i32..=-1, 1u32..=12), 1..30),
        milder in 1i32..=9,
        d in 1u32..=12,
    ) {
        let j = journey(&p, MemoryModel::default());
        let end = j.touchpoints[j.touchpoints.len() - 1].rating;
        // Strictly between the current end and neutral (0).
        let new = end * f64::from(10 - milder) / 10.0;
        prop_assume!(new > end && new < 0.0);
        let mut k = j.clone();
        apply(&mut k, Action::AddTouchpoint { name: "milder end".into(), rating: new, after: None })
            .unwrap();
        let last = k.touchpoints.len() - 1;
        k.touchpoints[last].duration = f64::from(d) / 4.0;
        let (a, b) = (score(&j).unwrap(), score(&k).unwrap());
        let m = j.scale.neutral;
        prop_assert!((b.remembered - m).abs() < (a.remembered - m).abs());
        prop_assert!(b.total < a.total, "total discomfort grows: {} → {}", a.total, b.total);
    }

    #[test]
    fn percentages_do_not_depend_on_the_scale(p in points(20)) {
        // The same relative journey on −5..+5 and on 0..10 scores the same on 0–100.
        let j = journey(&p, MemoryModel::default());
        let mut k = j.clone();
        apply(&mut k, Action::SetScale(Scale::new(0.0, 10.0, None).unwrap())).unwrap();
        let (a, b) = (score(&j).unwrap(), score(&k).unwrap());
        prop_assert!((a.remembered_pct - b.remembered_pct).abs() < 1e-9);
        prop_assert!((a.experienced_pct - b.experienced_pct).abs() < 1e-9);
        prop_assert_eq!(a.peak, b.peak);
    }
}

/// A survey from generated cells: ratings in half steps on 1–5 (some off the scale, some
/// blank), overall on 1–10, NPS on 0–10, one segment column of up to 8 values.
fn survey_of(k: usize, cells: &[(i32, i32, i32, u16)]) -> peakend::model::survey::SurveyData {
    use peakend::model::survey::{MISSING, NO_SEGMENT, NpsScale, SegmentColumn, SurveyData};
    let n = cells.len() / k.max(1);
    let cell = |v: i32, lo: i32, hi: i32| {
        if v < lo - 1 || v > hi + 1 {
            MISSING
        } else {
            v as f32 / 2.0
        }
    };
    SurveyData {
        touchpoints: (0..k).map(|t| format!("T{t}")).collect(),
        ratings: cells[..n * k].iter().map(|c| cell(c.0, 2, 10)).collect(),
        overall: cells[..n]
            .iter()
            .map(|c| {
                if c.1 % 5 == 0 {
                    MISSING
                } else {
                    (c.1.rem_euclid(10) + 1) as f32
                }
            })
            .collect(),
        nps: cells[..n]
            .iter()
            .map(|c| {
                if c.2 % 7 == 0 {
                    MISSING
                } else {
                    c.2.rem_euclid(11) as f32
                }
            })
            .collect(),
        segments: vec![SegmentColumn {
            column: "seg".into(),
            values: (0..8).map(|v| format!("v{v}")).collect(),
            codes: cells[..n]
                .iter()
                .map(|c| if c.3 == 9 { NO_SEGMENT } else { c.3 })
                .collect(),
        }],
        touchpoint_scale: Scale::new(1.0, 5.0, None).unwrap(),
        overall_scale: Scale::new(1.0, 10.0, None).unwrap(),
        nps_scale: NpsScale::ZeroToTen,
    }
}

proptest! {
    /// Whatever the answers, the survey report holds only finite numbers, its intervals
    /// contain their estimates, r stays in [−1, 1], and the counts add up.
    #[test]
    fn survey_report_is_finite_and_consistent(
        k in 1usize..6,
        cells in prop::collection::vec((0i32..13, -3i32..40, -3i32..40, 0u16..10), 0..400),
    ) {
        use peakend::analysis::survey::analyze;
        let data = survey_of(k, &cells);
        let r = analyze(&data, &MemoryModel::default(), 0);
        let text = serde_json::to_string(&r).unwrap();
        prop_assert!(!text.contains("NaN") && !text.contains("inf"));
        prop_assert!(r.respondents <= data.respondents());
        for t in &r.touchpoints {
            if let (Some(m), Some([lo, hi])) = (t.mean, t.ci95) {
                prop_assert!(lo <= m + 1e-9 && m <= hi + 1e-9);
            }
            if t.n > 0 {
                prop_assert!((t.below + t.at + t.above - 1.0).abs() < 1e-9);
            }
        }
        for p in &r.predictors {
            if let Some(x) = p.r {
                prop_assert!((-1.0..=1.0).contains(&x));
                let [lo, hi] = p.ci95.unwrap_or([x, x]);
                prop_assert!(lo <= x + 1e-9 && x <= hi + 1e-9);
            }
        }
        if let Some(n) = &r.nps {
            prop_assert_eq!(n.promoters + n.passives + n.detractors, n.n);
            prop_assert!(-100.0 <= n.ci95[0] && n.ci95[1] <= 100.0 && n.ci95[0] <= n.ci95[1]);
            prop_assert!(n.n_for_margin_5 >= n.n_for_margin_10);
        }
        if let Some(p) = &r.peak_end_vs_mean {
            prop_assert!(p.ci95[0] <= p.r_diff + 1e-9 && p.r_diff <= p.ci95[1] + 1e-9);
            prop_assert!((0.0..=1.0).contains(&p.p));
        }
        prop_assert!(r.segments.len() <= 6);
        prop_assert!(r.segments.iter().map(|s| s.respondents).sum::<usize>() <= r.respondents);
    }
}
