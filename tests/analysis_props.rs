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
