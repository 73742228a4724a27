//! The lanes of issue 11 through the crate's public API: the seeds' telecom story from
//! bank account to the to-be journey, scored by the journey engine; and λ from a survey
//! against numpy (`tests/reference/lambda_reference.py`, values pasted below).

use peakend::analysis::lanes::{
    LAMBDA_BAUMEISTER, bank, estimate_lambda, expectations, failure_demand, keep_promises, rescore,
    to_be_journey,
};
use peakend::analysis::{compare, score};
use peakend::model::survey::{MISSING, SurveyData};
use peakend::model::{BankSettings, Journey, Scale};

fn close(a: f64, b: f64, tol: f64) {
    assert!((a - b).abs() <= tol, "{a} vs {b} (tol {tol})");
}

/// The telecom story of seed `001` (the letter to Vodafone) on −5…5: two contracts signed
/// in December, the promised solution that never came (it carries the broken promise), two
/// calls it caused, the cold cancellation link.
fn telecom() -> (Journey, Vec<bool>, Vec<usize>) {
    let mut j = Journey::new("Telecom");
    for (name, r) in [
        ("Two contracts signed", 4.0),
        ("Solution promised", -2.0),
        ("Call: where is it?", -3.0),
        ("Call: complaint advised", -4.0),
        ("Cancellation link", -4.0),
    ] {
        let t = j.new_touchpoint(name, r);
        j.touchpoints.push(t);
    }
    (
        j,
        vec![false, false, true, true, false],
        vec![0, 1, 0, 0, 0],
    )
}

#[test]
fn the_telecom_story_goes_into_the_red_where_the_promise_breaks() {
    let (j, failure, broken) = telecom();
    let settings = BankSettings {
        withdrawal_weight: LAMBDA_BAUMEISTER,
        broken_promise: 2.0,
    };
    // +4 = 4; −2·2 − 2 = −2; −3·2 = −8; −4·2 = −16; −4·2 = −24.
    let b = bank(&j.ratings(), &broken, &j.scale, settings).unwrap();
    assert_eq!(b.running, [4.0, -2.0, -8.0, -16.0, -24.0]);
    assert_eq!(b.first_red, Some(1));
    let names: Vec<&str> = j.touchpoints.iter().map(|t| t.name.as_str()).collect();
    let e = b.export(&names);
    assert_eq!(e.first_red.as_deref(), Some("Solution promised"));
    assert!(!e.ends_in_the_black);

    let f = failure_demand(&failure);
    assert_eq!((f.contacts, f.failure, f.share), (5, 2, 0.4));

    // Keeping the promise: the calls go, the promise touchpoint rises to neutral.
    let plan = keep_promises(&j.ratings(), &failure, &broken, &[], &j.scale).unwrap();
    assert_eq!(plan.ratings, [4.0, 0.0, -4.0]);
    assert_eq!(plan.contacts_change, -2);
    let to_be = to_be_journey(&j, &plan).unwrap();
    let c = compare(&j, &to_be).unwrap();
    // E: (4 − 2 − 3 − 4 − 4)/5 = −1.8 → (4 + 0 − 4)/3 = 0. R: peak −4 (below neutral wins
    // the tie with 4), end −4 → −4 in both.
    close(c.delta.experienced, 1.8, 1e-12);
    assert_eq!(c.delta.remembered, 0.0);
    // The slice route gives the same answer on equal durations.
    let s = plan
        .score_change(&j.ratings(), &j.scale, &j.memory)
        .unwrap();
    close(s.experienced.change, c.delta.experienced, 1e-12);
    assert_eq!(s.remembered.change, c.delta.remembered);
    // The to-be account: 4, 4 + 0, 4 − 4·2 = −4: keeping the promise is not enough while
    // the cancellation stays this cold.
    let b = bank(&plan.ratings, &[0; 3], &j.scale, settings).unwrap();
    assert_eq!(b.running, [4.0, 4.0, -4.0]);
}

#[test]
fn our_view_against_the_customers() {
    let (j, _, _) = telecom();
    let ours = [Some(4.0), Some(2.0), Some(0.0), Some(-1.0), Some(1.0)];
    let x = expectations(&j.ratings(), &[], &ours, &j.scale, &j.memory).unwrap();
    // We think: peak 4, end 1 → R = 2.5. The customer: R = −4.
    assert_eq!(x.remembered_ours, Some(2.5));
    assert_eq!(score(&j).unwrap().remembered, -4.0);
    // rescore gives the same on the journey (no marks here), through `score` itself.
    let ours_r: Vec<f64> = ours.iter().flatten().copied().collect();
    assert_eq!(rescore(&j, &ours_r).unwrap().remembered, 2.5);
    // Gaps 0, 4, 3, 3, 5 → Cancellation (5), Solution (4), then the two 3s in order.
    let order: Vec<usize> = x.blind_spots.iter().map(|b| b.index).collect();
    assert_eq!(order, [4, 1, 2, 3]);
}

#[test]
fn a_marked_peak_counts_in_rescore() {
    let (mut j, _, _) = telecom();
    j.marks.peak = Some(j.touchpoints[0].id);
    // Marked peak 4, end −4 → 0 for the customer; our ratings keep the mark: (4 + 1)/2.
    assert_eq!(score(&j).unwrap().remembered, 0.0);
    let ours = [4.0, 2.0, 0.0, -1.0, 1.0];
    assert_eq!(rescore(&j, &ours).unwrap().remembered, 2.5);
    assert!(rescore(&j, &ours[..2]).is_err());
}

/// `tests/reference/lambda_200.csv` as a survey on 1–5 with an overall rating on 1–10.
fn lambda_survey() -> SurveyData {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/reference/lambda_200.csv"
    ))
    .unwrap();
    let mut ratings = Vec::new();
    let mut overall = Vec::new();
    for line in text.lines().skip(1) {
        let cells: Vec<f32> = line
            .split(',')
            .map(|c| c.parse().unwrap_or(MISSING))
            .collect();
        ratings.extend_from_slice(&cells[..6]);
        overall.push(cells[6]);
    }
    SurveyData {
        touchpoints: (1..=6).map(|i| format!("t{i}")).collect(),
        nps: vec![MISSING; overall.len()],
        ratings,
        overall,
        touchpoint_scale: Scale::new(1.0, 5.0, None).unwrap(),
        overall_scale: Scale::new(1.0, 10.0, None).unwrap(),
        ..SurveyData::default()
    }
}

#[test]
fn lambda_agrees_with_numpy() {
    // From tests/reference/lambda_reference.py (numpy 2.4.6, lstsq and percentile).
    let e = estimate_lambda(&lambda_survey()).unwrap();
    assert_eq!(e.n, 200);
    close(e.b_positive, 0.4889636476582419, 1e-10);
    close(e.b_negative, 0.9741371402381065, 1e-10);
    close(e.lambda, 1.9922485953781448, 1e-10);
    close(e.ci_low, 1.5293606433973872, 1e-10);
    close(e.ci_high.unwrap(), 2.584842251687511, 1e-10);
    // The same survey, the same interval.
    assert_eq!(estimate_lambda(&lambda_survey()), Some(e));
}

/// Invariants over many journeys (proptest), on −5…5 in half steps.
#[cfg(not(target_arch = "wasm32"))]
mod props {
    use super::*;
    use peakend::model::MemoryModel;
    use proptest::prelude::*;

    fn halves(v: &[i32]) -> Vec<f64> {
        v.iter().map(|r| f64::from(*r) / 2.0).collect()
    }

    proptest! {
        #[test]
        fn with_lambda_one_the_balance_is_the_sum_of_deviations(
            r in prop::collection::vec(-10i32..=10, 0..40)
        ) {
            let r = halves(&r);
            let settings = BankSettings { withdrawal_weight: 1.0, broken_promise: 1.0 };
            let b = bank(&r, &vec![0; r.len()], &Scale::default(), settings).unwrap();
            let sum: f64 = r.iter().sum();
            prop_assert!((b.end - sum).abs() < 1e-9);
            prop_assert_eq!(b.ends_in_the_black(), b.end >= 0.0);
            prop_assert!(b.running.iter().all(|v| *v >= b.lowest));
            prop_assert_eq!(b.in_the_red.len(), b.running.iter().filter(|v| **v < 0.0).count());
        }

        #[test]
        fn a_heavier_lambda_or_more_broken_promises_never_raise_the_balance(
            r in prop::collection::vec(-10i32..=10, 1..30),
            l in 1u32..10,
            extra in 0usize..3,
        ) {
            let r = halves(&r);
            let s = Scale::default();
            let light = BankSettings { withdrawal_weight: f64::from(l), broken_promise: 2.0 };
            let heavy = BankSettings { withdrawal_weight: f64::from(l) + 1.5, ..light };
            let none = vec![0; r.len()];
            let mut some = none.clone();
            some[0] = extra;
            let a = bank(&r, &none, &s, light).unwrap();
            let b = bank(&r, &none, &s, heavy).unwrap();
            let c = bank(&r, &some, &s, light).unwrap();
            for i in 0..r.len() {
                prop_assert!(b.running[i] <= a.running[i]);
                prop_assert!(c.running[i] <= a.running[i]);
            }
        }

        #[test]
        fn keeping_promises_only_removes_failure_demand_and_never_lowers(
            cells in prop::collection::vec((-10i32..=10, any::<bool>(), 0usize..3), 1..30)
        ) {
            let r: Vec<f64> = cells.iter().map(|c| f64::from(c.0) / 2.0).collect();
            let failure: Vec<bool> = cells.iter().map(|c| c.1).collect();
            let broken: Vec<usize> = cells.iter().map(|c| c.2).collect();
            match keep_promises(&r, &failure, &broken, &[], &Scale::default()) {
                Ok(p) => {
                    prop_assert_eq!(p.contacts_after, failure.iter().filter(|f| !**f).count());
                    prop_assert_eq!(p.contacts_change, p.contacts_after as i64 - r.len() as i64);
                    for (i, to) in p.kept.iter().zip(&p.ratings) {
                        prop_assert!(!failure[*i]);
                        prop_assert!(*to >= r[*i]);
                        if broken[*i] > 0 { prop_assert!(*to >= 0.0); } else { prop_assert_eq!(*to, r[*i]); }
                    }
                }
                Err(e) => prop_assert!(failure.iter().all(|f| *f), "{e}"),
            }
        }

        #[test]
        fn expectations_sort_every_expected_touchpoint_once(
            cells in prop::collection::vec((-10i32..=10, prop::option::of(-10i32..=10), prop::option::of(-10i32..=10)), 1..30)
        ) {
            let r: Vec<f64> = cells.iter().map(|c| f64::from(c.0) / 2.0).collect();
            let e: Vec<Option<f64>> = cells.iter().map(|c| c.1.map(|v| f64::from(v) / 2.0)).collect();
            let o: Vec<Option<f64>> = cells.iter().map(|c| c.2.map(|v| f64::from(v) / 2.0)).collect();
            let x = expectations(&r, &e, &o, &Scale::default(), &MemoryModel::default()).unwrap();
            let mut all: Vec<usize> = [x.exceeded, x.met, x.fell_short].concat();
            all.sort_unstable();
            let expected: Vec<usize> = (0..r.len()).filter(|i| e[*i].is_some()).collect();
            prop_assert_eq!(all, expected);
            for w in x.blind_spots.windows(2) {
                prop_assert!(w[0].gap.abs() >= w[1].gap.abs());
            }
            prop_assert_eq!(x.remembered_ours.is_some(), o.iter().all(Option::is_some));
            if let Some(ours) = x.remembered_ours {
                let lo = o.iter().flatten().fold(f64::INFINITY, |a, b| a.min(*b));
                let hi = o.iter().flatten().fold(f64::NEG_INFINITY, |a, b| a.max(*b));
                prop_assert!(lo <= ours && ours <= hi);
            }
        }
    }
}

/// The analysis export (what `analyze` prints) carries the lanes under the contract's keys,
/// worked by hand: ratings +2, −3, +1 on −5..+5, λ = 2, one broken promise (size 1) at B,
/// C a failure-demand contact, A expected at +1, our view +3, 0, +1.
#[test]
fn the_analysis_export_carries_the_lanes_by_name() {
    use peakend::model::{Promise, PromiseState};
    let mut j = Journey::new("Hand-worked");
    for (name, r) in [("A", 2.0), ("B", -3.0), ("C", 1.0)] {
        let t = j.new_touchpoint(name, r);
        j.touchpoints.push(t);
    }
    j.bank = BankSettings {
        withdrawal_weight: 2.0,
        broken_promise: 1.0,
    };
    j.touchpoints[1]
        .promises
        .push(Promise::new("Call back tomorrow", PromiseState::Broken));
    j.touchpoints[2].failure_demand = true;
    j.touchpoints[0].expected = Some(1.0);
    for (t, o) in j.touchpoints.iter_mut().zip([3.0, 0.0, 1.0]) {
        t.ours = Some(o);
    }
    let e = serde_json::to_value(peakend::analysis::export(&j).unwrap()).unwrap();
    // Balance: +2; 2 − 2·3 − 1 = −5; −5 + 1 = −4.
    assert_eq!(e["bank"]["withdrawal_weight"], 2.0);
    assert_eq!(e["bank"]["running"], serde_json::json!([2.0, -5.0, -4.0]));
    assert_eq!(e["bank"]["end"], -4.0);
    assert_eq!(e["bank"]["lowest"], -5.0);
    assert_eq!(e["bank"]["in_the_red"], serde_json::json!(["B", "C"]));
    assert_eq!(e["failure_demand"]["contacts"], 3);
    assert_eq!(e["failure_demand"]["failure"], 1);
    close(
        e["failure_demand"]["share"].as_f64().unwrap(),
        1.0 / 3.0,
        1e-12,
    );
    // A: 2 − 1 = +1 above half a step: exceeded. B and C have no expectation.
    assert_eq!(e["expectations"]["exceeded"], serde_json::json!(["A"]));
    // Our view − theirs: B 0 − (−3) = 3, A 3 − 2 = 1, C 0 (within tolerance).
    let spots: Vec<(String, f64)> = e["expectations"]["blind_spots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap().to_string(),
                s["gap"].as_f64().unwrap().abs(),
            )
        })
        .collect();
    assert_eq!(spots, [("B".to_string(), 3.0), ("A".to_string(), 1.0)]);
    // From our view: peak +3 (A), end +1 (C): R = (3 + 1) / 2 = 2.
    assert_eq!(e["remembered_ours"], 2.0);
}
