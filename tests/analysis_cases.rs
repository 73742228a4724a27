#![cfg(not(target_arch = "wasm32"))]
//! Hand-worked cases for every scoring definition and option (the arithmetic is in the
//! comments), and the published peak-end studies encoded under `tests/cases/`.

use peakend::analysis::{Change, NoScore, compare, export, fix_first, score};
use peakend::io::json::read_journey;
use peakend::model::{Action, Journey, MemoryModel, Scale, TouchpointEdit, apply};

fn on(scale: Scale, ratings: &[f64]) -> Journey {
    let mut j = Journey::new("case");
    j.scale = scale;
    for (i, r) in ratings.iter().enumerate() {
        let a = Action::AddTouchpoint {
            name: format!("t{i}"),
            rating: *r,
            after: None,
        };
        apply(&mut j, a).unwrap();
    }
    j
}

fn journey(ratings: &[f64]) -> Journey {
    on(Scale::default(), ratings)
}

fn durations(mut j: Journey, d: &[f64]) -> Journey {
    for (i, d) in d.iter().enumerate() {
        let id = j.touchpoints[i].id;
        apply(&mut j, Action::Edit(id, TouchpointEdit::Duration(*d))).unwrap();
    }
    j
}

fn memory(mut j: Journey, m: MemoryModel) -> Journey {
    apply(&mut j, Action::SetMemoryModel(m)).unwrap();
    j
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

// ---- Experienced score and total -------------------------------------------------

#[test]
fn experienced_is_the_duration_weighted_mean_and_total_the_signed_area() {
    // ratings −2, 4, 1 with durations 3, 1, 0 on −5..+5 (m = 0):
    // E = (3·−2 + 1·4 + 0·1) / (3+1+0) = −2/4 = −0.5
    // total = 3·(−2−0) + 1·(4−0) + 0 = −2; Σd = 4
    let s = score(&durations(journey(&[-2.0, 4.0, 1.0]), &[3.0, 1.0, 0.0])).unwrap();
    assert_eq!(s.experienced, -0.5);
    assert_eq!(s.total, -2.0);
    assert_eq!(s.total_duration, 4.0);
    // The same on 0..10 with neutral 5: ratings 3, 9, 6.
    // E = (9 + 9 + 0)/4 = 4.5 → 45 %; total = 3·(−2) + 1·4 + 0·1 = −2
    let s = score(&durations(
        on(Scale::new(0.0, 10.0, None).unwrap(), &[3.0, 9.0, 6.0]),
        &[3.0, 1.0, 0.0],
    ))
    .unwrap();
    assert_eq!(s.experienced, 4.5);
    assert_eq!(s.experienced_pct, 45.0);
    assert_eq!(s.total, -2.0);
}

// ---- Peak, best, worst, end ------------------------------------------------------

#[test]
fn the_peak_is_the_most_intense_moment_with_its_sign_and_ties_are_listed() {
    // 2, −4, 4, −4: |r − 0| = 2, 4, 4, 4 → ties at 1, 2, 3; the earliest (−4) is the peak.
    // best = 4 (index 2), worst = −4 (earliest, index 1), end = index 3.
    // R = (−4 + −4)/2 = −4
    let s = score(&journey(&[2.0, -4.0, 4.0, -4.0])).unwrap();
    assert_eq!(s.peak_ties, [1, 2, 3]);
    assert_eq!((s.peak, s.best, s.worst, s.end), (1, 2, 1, 3));
    assert_eq!(s.peak_rating, -4.0);
    assert_eq!(s.remembered, -4.0);
    assert_eq!((s.positive_peak, s.negative_peak), (Some(2), Some(1)));
}

#[test]
fn intensity_is_measured_from_the_neutral_point_not_the_middle() {
    // 0..10 with neutral 0 (a pleasure scale that starts at "nothing"): 3, 7, 2.
    // |r − 0| = 3, 7, 2 → peak 7; R = (7 + 2)/2 = 4.5
    let s = score(&on(
        Scale::new(0.0, 10.0, Some(0.0)).unwrap(),
        &[3.0, 7.0, 2.0],
    ))
    .unwrap();
    assert_eq!((s.peak, s.remembered), (1, 4.5));
    // With neutral 10 (a pain scale read the other way) the 2 is the most intense:
    // |r − 10| = 7, 3, 8 → peak index 2; R = (2 + 2)/2 = 2
    let s = score(&on(
        Scale::new(0.0, 10.0, Some(10.0)).unwrap(),
        &[3.0, 7.0, 2.0],
    ))
    .unwrap();
    assert_eq!((s.peak, s.remembered), (2, 2.0));
}

#[test]
fn marks_override_the_peak_and_the_end() {
    // 1, −5, 2, 3: automatic peak −5, end 3 → R = (−5 + 3)/2 = −1
    let mut j = journey(&[1.0, -5.0, 2.0, 3.0]);
    assert_eq!(score(&j).unwrap().remembered, -1.0);
    // End marked at index 2 (rating 2): R = (−5 + 2)/2 = −1.5; E unchanged = 1/4 = 0.25
    let id2 = j.touchpoints[2].id;
    apply(&mut j, Action::ToggleEndMark(id2)).unwrap();
    let s = score(&j).unwrap();
    assert_eq!(
        (s.end, s.end_marked, s.remembered, s.experienced),
        (2, true, -1.5, 0.25)
    );
    // Peak marked at index 0 (rating 1): R = (1 + 2)/2 = 1.5
    let id0 = j.touchpoints[0].id;
    apply(&mut j, Action::TogglePeakMark(id0)).unwrap();
    let s = score(&j).unwrap();
    assert_eq!((s.peak, s.peak_marked, s.remembered), (0, true, 1.5));
    assert_eq!(s.peak_ties, [1], "ties still describe the automatic peak");
}

// ---- Remembered score: weights and variants --------------------------------------

#[test]
fn weights_are_relative() {
    let j = journey(&[-4.0, 0.0, 2.0]);
    // Default: (−4 + 2)/2 = −1
    assert_eq!(score(&j).unwrap().remembered, -1.0);
    // Peak 1, end 3 → (1·−4 + 3·2)/(1+3) = 2/4 = 0.5
    let m = |p, e| MemoryModel {
        peak_weight: p,
        end_weight: e,
        ..MemoryModel::default()
    };
    assert_eq!(
        score(&memory(j.clone(), m(1.0, 3.0))).unwrap().remembered,
        0.5
    );
    // (2, 2) is the same as (½, ½)
    assert_eq!(
        score(&memory(j.clone(), m(2.0, 2.0))).unwrap().remembered,
        -1.0
    );
    // Peak weight 0: R is the end alone = 2
    assert_eq!(score(&memory(j, m(0.0, 1.0))).unwrap().remembered, 2.0);
}

#[test]
fn the_end_can_be_the_mean_of_the_last_k_moments() {
    let k = |k| MemoryModel {
        end_window: k,
        ..MemoryModel::default()
    };
    // −5, 1, 2, 3 with k = 3: end = (1 + 2 + 3)/3 = 2; R = (−5 + 2)/2 = −1.5
    let j = journey(&[-5.0, 1.0, 2.0, 3.0]);
    let s = score(&memory(j.clone(), k(3))).unwrap();
    assert_eq!(
        (s.end_rating, s.end_window_first, s.remembered),
        (2.0, 1, -1.5)
    );
    // k larger than the journey: the window is everything. −5, 1 with k = 10:
    // end = (−5 + 1)/2 = −2; R = (−5 + −2)/2 = −3.5
    let s = score(&memory(journey(&[-5.0, 1.0]), k(10))).unwrap();
    assert_eq!((s.end_rating, s.remembered), (-2.0, -3.5));
    // With the end marked at index 1 and k = 2, the window ends at the mark:
    // end = (−5 + 1)/2 = −2; R = (−5 + −2)/2 = −3.5
    let mut j = memory(j, k(2));
    let id = j.touchpoints[1].id;
    apply(&mut j, Action::ToggleEndMark(id)).unwrap();
    let s = score(&j).unwrap();
    assert_eq!((s.end, s.end_window_first, s.remembered), (1, 0, -3.5));
}

#[test]
fn split_peaks_average_the_best_and_the_worst_of_a_mixed_journey() {
    let split = MemoryModel {
        split_peaks: true,
        ..MemoryModel::default()
    };
    // 4, −2, 1 (mixed): default R = (4 + 1)/2 = 2.5.
    // Split: peak term = (4 + −2)/2 = 1; R = (1 + 1)/2 = 1
    let j = journey(&[4.0, -2.0, 1.0]);
    assert_eq!(score(&j).unwrap().remembered, 2.5);
    let s = score(&memory(j.clone(), split)).unwrap();
    assert!(s.split_peaks_applied);
    assert_eq!((s.peak_rating, s.remembered), (1.0, 1.0));
    // Not mixed (all above neutral): no effect. 1, 2, 3 → (3 + 3)/2 = 3
    let s = score(&memory(journey(&[1.0, 2.0, 3.0]), split)).unwrap();
    assert!(!s.split_peaks_applied);
    assert_eq!(s.remembered, 3.0);
    // A marked peak wins over the split: mark −2 → R = (−2 + 1)/2 = −0.5
    let mut j = memory(j, split);
    let id = j.touchpoints[1].id;
    apply(&mut j, Action::TogglePeakMark(id)).unwrap();
    assert_eq!(score(&j).unwrap().remembered, -0.5);
}

#[test]
fn the_trend_is_the_rise_over_the_second_half() {
    // 0, 0, 1, 2, 3: second half = last ⌈5/2⌉ = 3 moments (1, 2, 3), slope 1 per moment,
    // rise = 1 × (3 − 1) = 2 points = 20 % of the −5..+5 scale.
    let j = journey(&[0.0, 0.0, 1.0, 2.0, 3.0]);
    let s = score(&j).unwrap();
    assert_eq!((s.trend, s.trend_pct), (2.0, 20.0));
    assert_eq!(
        s.remembered, 3.0,
        "weight 0: the trend is reported, not applied"
    );
    // Weight ½: R = (3 + 3)/2 + ½·2 = 4
    let t = |w| MemoryModel {
        trend_weight: w,
        ..MemoryModel::default()
    };
    assert_eq!(score(&memory(j, t(0.5))).unwrap().remembered, 4.0);
    // 0, 3, 5: second half = 3, 5 → rise 2; weight 1: (5 + 5)/2 + 2 = 7 → kept at the max, 5
    assert_eq!(
        score(&memory(journey(&[0.0, 3.0, 5.0]), t(1.0)))
            .unwrap()
            .remembered,
        5.0
    );
    // Falling: 2, 2, 1, −1: second half = 1, −1 → rise −2
    assert_eq!(score(&journey(&[2.0, 2.0, 1.0, -1.0])).unwrap().trend, -2.0);
}

// ---- Gap and 0–100 ---------------------------------------------------------------

#[test]
fn the_same_journey_on_two_scales_gets_the_same_percentages() {
    // −5..+5: −5, 5, 0. Peak tie |−5| = |5| → earliest, −5. End 0.
    // R = (−5 + 0)/2 = −2.5 → 25 %; E = 0 → 50 %; gap −2.5 → −25 points.
    let a = score(&journey(&[-5.0, 5.0, 0.0])).unwrap();
    assert_eq!((a.remembered, a.experienced, a.gap), (-2.5, 0.0, -2.5));
    assert_eq!(
        (a.remembered_pct, a.experienced_pct, a.gap_pct),
        (25.0, 50.0, -25.0)
    );
    // 0..10 (neutral 5): 0, 10, 5 → R = 2.5 → 25 %, E = 5 → 50 %, gap −25 points.
    let b = score(&on(Scale::new(0.0, 10.0, None).unwrap(), &[0.0, 10.0, 5.0])).unwrap();
    assert_eq!(
        (b.remembered_pct, b.experienced_pct, b.gap_pct),
        (25.0, 50.0, -25.0)
    );
    // 1..5 (neutral 3): 1, 5, 3 → R = 2 → (2−1)/4 = 25 %
    let c = score(&on(Scale::new(1.0, 5.0, None).unwrap(), &[1.0, 5.0, 3.0])).unwrap();
    assert_eq!(c.remembered_pct, 25.0);
}

// ---- What to fix first -----------------------------------------------------------

#[test]
fn improving_the_end_beats_improving_the_middle() {
    // 0, 2, 0, 0, −1 with the middle (index 2) lasting 6 and the rest 1 (Σd = 10).
    // Now: peak +2 (index 1), end −1 → R = 0.5.
    // End −1 → 0:   R = (2 + 0)/2 = 1   → ΔR = 0.5, ΔE = 1·1/10 = 0.1
    // Peak 2 → 3:   R = (3 − 1)/2 = 1   → ΔR = 0.5, ΔE = 0.1
    // Middle 0 → 1: R unchanged        → ΔR = 0,   ΔE = 6·1/10 = 0.6
    // Index 0, 3:   ΔR = 0, ΔE = 0.1
    // Rank by ΔR, then ΔE, then later first: 4 (end), 1 (peak), 2 (middle), 3, 0.
    let j = durations(
        journey(&[0.0, 2.0, 0.0, 0.0, -1.0]),
        &[1.0, 1.0, 6.0, 1.0, 1.0],
    );
    let fixes = fix_first(&j).unwrap();
    let order: Vec<usize> = fixes.iter().map(|f| f.index).collect();
    assert_eq!(order, [4, 1, 2, 3, 0]);
    let end = &fixes[0];
    assert_eq!((end.from, end.to), (-1.0, 0.0));
    assert_eq!((end.delta_remembered, end.delta_experienced), (0.5, 0.1));
    assert_eq!(end.delta_remembered_pct, 5.0);
    let middle = &fixes[2];
    assert_eq!(
        (middle.delta_remembered, middle.delta_experienced),
        (0.0, 0.6)
    );
    assert!(
        middle.delta_experienced > end.delta_experienced,
        "the middle is lived longer, yet the end is remembered"
    );
}

#[test]
fn a_step_is_capped_at_the_top_and_a_tied_peak_does_not_move_memory() {
    // 5, −3, −3: improving the 5 is impossible (to = 5, ΔR = ΔE = 0).
    // Peak: |5| > |−3| → 5 (index 0). End −3 → R = 1.
    // Index 1 (−3 → −2): R unchanged (peak 5, end −3) → ΔR 0, ΔE 1/3.
    // Index 2 (end, −3 → −2): R = (5 − 2)/2 = 1.5 → ΔR 0.5, ΔE 1/3.
    let fixes = fix_first(&journey(&[5.0, -3.0, -3.0])).unwrap();
    let order: Vec<usize> = fixes.iter().map(|f| f.index).collect();
    assert_eq!(order, [2, 1, 0]);
    assert_eq!(
        (fixes[2].from, fixes[2].to, fixes[2].delta_remembered),
        (5.0, 5.0, 0.0)
    );
    // −4, −4, 0 (two equally bad moments): lifting the first −4 leaves the second as peak.
    // Index 0 → −3: ΔR 0; index 1 → −3: peak becomes index 0 (still −4) → ΔR 0.
    let fixes = fix_first(&journey(&[-4.0, -4.0, 0.0])).unwrap();
    for f in fixes.iter().filter(|f| f.index < 2) {
        assert_eq!(f.delta_remembered, 0.0, "index {}", f.index);
    }
}

#[test]
fn fix_first_agrees_with_rescoring_under_every_option() {
    let base = durations(
        journey(&[1.0, -3.0, 4.0, 0.0, -2.0, 2.0, -1.0]),
        &[2.0, 1.0, 0.5, 3.0, 1.0, 0.0, 1.0],
    );
    let models = [
        MemoryModel::default(),
        MemoryModel {
            end_window: 3,
            split_peaks: true,
            trend_weight: 0.5,
            peak_weight: 1.0,
            end_weight: 2.0,
        },
    ];
    for m in models {
        let j = memory(base.clone(), m);
        let s0 = score(&j).unwrap();
        for f in fix_first(&j).unwrap() {
            let mut k = j.clone();
            k.touchpoints[f.index].rating = f.to;
            let s1 = score(&k).unwrap();
            assert!(
                close(f.delta_remembered, s1.remembered - s0.remembered),
                "{m:?} {f:?}"
            );
            assert!(
                close(f.delta_experienced, s1.experienced - s0.experienced),
                "{m:?} {f:?}"
            );
        }
    }
}

// ---- Scenario comparison ---------------------------------------------------------

#[test]
fn compare_reports_score_deltas_and_changed_touchpoints() {
    // As-is 0, 2, 0, 0, −1: R = (2 − 1)/2 = 0.5, E = 1/5 = 0.2.
    let as_is = journey(&[0.0, 2.0, 0.0, 0.0, -1.0]);
    // To-be: remove index 3, re-rate the end to 1, add a closing touchpoint rated 3.
    // To-be ratings 0, 2, 0, 1, 3: peak 3 (index 4), end 3 → R = 3; E = 6/5 = 1.2.
    // ΔR = 2.5 (25 points), ΔE = 1.0 (10 points).
    let mut to_be = as_is.clone();
    let (removed, end) = (to_be.touchpoints[3].id, to_be.touchpoints[4].id);
    apply(&mut to_be, Action::Remove(removed)).unwrap();
    apply(&mut to_be, Action::Edit(end, TouchpointEdit::Rating(1.0))).unwrap();
    apply(
        &mut to_be,
        Action::AddTouchpoint {
            name: "thank-you call".into(),
            rating: 3.0,
            after: None,
        },
    )
    .unwrap();
    let added = to_be.touchpoints[4].id;
    let c = compare(&as_is, &to_be).unwrap();
    assert_eq!(c.delta.remembered, 2.5);
    assert_eq!(c.delta.experienced, 1.0);
    assert_eq!(c.delta.remembered_pct, 25.0);
    assert_eq!(c.delta.experienced_pct, 10.0);
    assert_eq!(
        c.changes,
        [
            Change::RatingChanged {
                id: end,
                as_is_index: 4,
                to_be_index: 3,
                from: -1.0,
                to: 1.0,
                delta_pct: 20.0
            },
            Change::Added {
                id: added,
                index: 4
            },
            Change::Removed {
                id: removed,
                index: 3
            },
        ]
    );
    assert!(compare(&as_is, &journey(&[])).is_err());
}

// ---- Degenerate journeys ---------------------------------------------------------

#[test]
fn degenerate_journeys_get_defined_answers() {
    // No touchpoints: no score, with a reason.
    assert_eq!(score(&journey(&[])), Err(NoScore::NoTouchpoints));
    assert_eq!(fix_first(&journey(&[])), Err(NoScore::NoTouchpoints));
    // One touchpoint −3: it is peak, end, best and worst; R = E = −3, gap 0, trend 0.
    let s = score(&journey(&[-3.0])).unwrap();
    assert_eq!((s.peak, s.end, s.best, s.worst), (0, 0, 0, 0));
    assert_eq!(
        (s.remembered, s.experienced, s.gap, s.trend),
        (-3.0, -3.0, 0.0, 0.0)
    );
    // All equal 2, 2, 2: every one ties for peak; R = E = 2.
    let s = score(&journey(&[2.0, 2.0, 2.0])).unwrap();
    assert_eq!(s.peak_ties, [0, 1, 2]);
    assert_eq!(
        (s.peak, s.remembered, s.experienced, s.gap),
        (0, 2.0, 2.0, 0.0)
    );
    // All at neutral: intensity 0 everywhere, still defined.
    let s = score(&journey(&[0.0, 0.0])).unwrap();
    assert_eq!(
        (s.remembered_pct, s.experienced_pct, s.total),
        (50.0, 50.0, 0.0)
    );
    // All durations 0: E falls back to the plain mean (−1 + 3)/2 = 1; total 0.
    let s = score(&durations(journey(&[-1.0, 3.0]), &[0.0, 0.0])).unwrap();
    assert_eq!((s.experienced, s.total, s.total_duration), (1.0, 0.0, 0.0));
    let f = fix_first(&durations(journey(&[-1.0, 3.0]), &[0.0, 0.0])).unwrap();
    assert!(f.iter().all(|f| f.delta_experienced == 0.5), "{f:?}");
    // Every number is finite: serde_json writes NaN and ∞ as null, and the only fields
    // allowed to be null are the missing side peaks (no moment below neutral here) and
    // the remembered score from our view (no touchpoint has our rating).
    let e = serde_json::to_value(export(&journey(&[2.0, 2.0, 2.0])).unwrap()).unwrap();
    let nulls: Vec<&String> = e
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, v)| v.is_null())
        .map(|(k, _)| k)
        .collect();
    assert_eq!(nulls, ["negative_peak", "remembered_ours"]);
}

// ---- Published cases (tests/cases/*.json) ----------------------------------------

fn case(name: &str) -> Journey {
    let path = format!("{}/tests/cases/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    read_journey(&text).unwrap()
}

#[test]
fn cold_water_the_longer_trial_is_remembered_as_less_bad() {
    // Kahneman, Fredrickson, Schreiber & Redelmeier 1993 (Psychological Science 4:401–405):
    // 60 s at 14 °C vs the same 60 s plus 30 s warming by about 1 °C; 69 % chose to repeat
    // the long trial. The curve in the files is illustrative (one touchpoint per 10 s).
    let short = case("cold-water-short");
    let long = case("cold-water-long");
    let (s, l) = (score(&short).unwrap(), score(&long).unwrap());
    // Short: peak −8, end −8 → R = −8. Long: peak −8, end −5 → R = −6.5.
    assert_eq!((s.remembered, l.remembered), (-8.0, -6.5));
    assert!(
        l.remembered > s.remembered,
        "the long trial is remembered as less bad"
    );
    // Total discomfort (area): short 10·−42 = −420; long −420 + 10·−18 = −600.
    assert_eq!((s.total, l.total), (-420.0, -600.0));
    assert!(
        l.total < s.total,
        "yet it held more discomfort in total (duration neglect)"
    );
    assert_eq!((s.total_duration, l.total_duration), (60.0, 90.0));
    let c = compare(&short, &long).unwrap();
    assert!(c.delta.remembered > 0.0 && c.delta.total < 0.0);
}

#[test]
fn colonoscopy_patient_a_is_remembered_worse_than_the_longer_patient_b() {
    // Redelmeier & Kahneman 1996 (Pain 66:3–8), patients A and B as in Kahneman 2011 ch. 35:
    // same worst moment (8 on 0–10), A about 8 minutes ending in high pain, B about 24
    // minutes ending in low pain. Per-minute values are illustrative.
    let a = score(&case("colonoscopy-patient-a")).unwrap();
    let b = score(&case("colonoscopy-patient-b")).unwrap();
    assert_eq!((a.peak_rating, b.peak_rating), (-8.0, -8.0), "same peak");
    assert_eq!((a.total_duration, b.total_duration), (8.0, 24.0));
    // A: (−8 + −7)/2 = −7.5; B: (−8 + −1)/2 = −4.5
    assert_eq!((a.remembered, b.remembered), (-7.5, -4.5));
    assert!(b.total < a.total, "B lived through more pain in total…");
    assert!(b.remembered > a.remembered, "…but remembers it as less bad");
    // Duration neglect: adding B's minutes to A's score would not change the peak-end R.
}

#[test]
fn colonoscopy_trial_an_extended_gentle_end_lowers_remembered_pain() {
    // Redelmeier, Katz & Kahneman 2003 (Pain 104:187–194), n = 682, randomised: extended
    // group's final moments 1.7 vs 2.5 (0–10), whole experience 4.4 vs 4.9 (10 cm VAS),
    // more likely to return (odds ratio 1.41). The last ratings in the files are these
    // published final-moment means; the rest of each curve is illustrative.
    let standard = case("colonoscopy-2003-standard");
    let extended = case("colonoscopy-2003-extended");
    let (s, e) = (score(&standard).unwrap(), score(&extended).unwrap());
    assert_eq!((s.end_rating, e.end_rating), (-2.5, -1.7));
    // Standard: (−7 + −2.5)/2 = −4.75; extended: (−7 + −1.7)/2 = −4.35
    assert!(close(s.remembered, -4.75) && close(e.remembered, -4.35));
    assert!(e.remembered > s.remembered, "less remembered pain");
    assert!(e.total < s.total, "more pain in total: three extra minutes");
    assert!(
        e.experienced > s.experienced,
        "the mild minutes also dilute the mean"
    );
    // The model's advice for the standard procedure: fix the end first.
    assert_eq!(
        fix_first(&standard).unwrap()[0].index,
        standard.touchpoints.len() - 1
    );
}
