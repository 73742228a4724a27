//! The lanes of issue 11 through the crate's public API: the seeds' telecom story from
//! bank account to the to-be journey, scored by the journey engine; and λ from a survey
//! against numpy (`tests/reference/lambda_reference.py`, values pasted below).

use peakend::analysis::lanes::{
    BankSettings, LAMBDA_BAUMEISTER, bank, estimate_lambda, expectations, failure_demand,
    keep_promises, rescore, to_be_journey,
};
use peakend::analysis::{compare, score};
use peakend::model::survey::{MISSING, SurveyData};
use peakend::model::{Journey, Scale};

fn close(a: f64, b: f64, tol: f64) {
    assert!((a - b).abs() <= tol, "{a} vs {b} (tol {tol})");
}

/// The telecom story of seed `001` (the letter to Vodafone) on −5…5: two contracts signed in December, the promised
/// solution that never came (it carries the broken promise), two calls it caused, the cold
/// cancellation link.
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
