//! Browser tests of the survey screen's components, mounted with hand-made results (as the
//! worker would hand them over): what a user reads, and what each button asks of the journey.
#![cfg(target_arch = "wasm32")]

mod web_support;

use peakend::analysis::survey::Verdict;
use peakend::i18n::Lang;
use peakend::io::survey::SurveyError;
use peakend::model::survey::{Mapping, NpsScale, Role};
use peakend::model::{Action, Journey};
use peakend::presets::telecom;
use peakend::ui::survey::SurveyView;
use peakend::web::survey::{SurveyFailure, SurveyPhase, SurveyResult};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::survey_sample::{self as sample, MATCHES};
use web_support::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// What the view asked for, by callback.
#[derive(Default)]
struct Seen {
    actions: Vec<Action>,
    remaps: Vec<Mapping>,
    journeys: Vec<Journey>,
    cancels: usize,
    removes: usize,
}

/// A recorder never makes two renders different.
impl PartialEq for Seen {
    fn eq(&self, _: &Seen) -> bool {
        true
    }
}

#[derive(Properties, PartialEq)]
struct HostProps {
    lang: Lang,
    phase: SurveyPhase,
    seen: Rc<RefCell<Seen>>,
}

/// The view in a language, with every callback recorded.
#[function_component(Host)]
fn host(p: &HostProps) -> Html {
    let s = p.seen.clone();
    let rec = |f: fn(&mut Seen)| {
        let s = s.clone();
        Callback::from(move |_: ()| f(&mut s.borrow_mut()))
    };
    let on_action = {
        let s = s.clone();
        Callback::from(move |a| s.borrow_mut().actions.push(a))
    };
    let on_remap = {
        let s = s.clone();
        Callback::from(move |m| s.borrow_mut().remaps.push(m))
    };
    let on_new_journey = {
        let s = s.clone();
        Callback::from(move |j| s.borrow_mut().journeys.push(j))
    };
    html! {
        <ContextProvider<Lang> context={p.lang}>
            <SurveyView phase={p.phase.clone()} journey={Rc::new(telecom(p.lang))}
                matches={Rc::new(MATCHES.to_vec())} on_open={Callback::noop()} {on_remap}
                on_cancel={rec(|s| s.cancels += 1)} on_remove={rec(|s| s.removes += 1)}
                {on_action} {on_new_journey} />
        </ContextProvider<Lang>>
    }
}

fn ready(verdict: Verdict, usable: bool) -> SurveyPhase {
    SurveyPhase::Ready(Rc::new(sample::result(verdict, usable)))
}

async fn mount(lang: Lang, phase: SurveyPhase) -> (Page, Rc<RefCell<Seen>>) {
    let seen = Rc::new(RefCell::new(Seen::default()));
    let page = mount_component::<Host>(HostProps {
        lang,
        phase,
        seen: seen.clone(),
    })
    .await;
    (page, seen)
}

#[wasm_bindgen_test]
async fn the_results_show_respondents_nps_and_a_verdict_that_says_better_only_when_it_is() {
    let (page, _) = mount(Lang::En, ready(sample::verdict_better(), true)).await;
    assert_eq!(page.value_of("survey-respondents"), 1240.0);
    assert!(
        page.text_of("survey-respondents")
            .contains("12 rows without a rated touchpoint")
    );
    assert_eq!(page.value_of("survey-nps"), -4.0);
    let nps = page.text_of("survey-nps");
    assert!(
        nps.contains("95% interval −9 to +1, from 1,190 answers"),
        "{nps}"
    );
    assert!(nps.contains("about 1,310 answers"), "{nps}");
    assert!(
        nps.contains("Region North: −2 (95% interval −7 to +3, 700 answers)"),
        "{nps}"
    );
    assert!(
        nps.contains("+13 points") && nps.contains("more than chance"),
        "{nps}"
    );
    assert!(
        page.all("survey-nps-few").is_empty(),
        "1,190 answers need no warning"
    );
    let verdict = page.text_of("survey-verdict");
    assert_eq!(
        verdict.trim(),
        "For these 1,180 respondents, the peak and the end predict the overall rating better than the average of all moments does (r 0.71 against 0.64)."
    );
    assert_eq!(
        page.attr("survey-verdict", "data-kind").as_deref(),
        Some("better")
    );
    assert!(
        page.text()
            .contains("This is a correlation, not proof of cause.")
    );
    // The regions' own verdicts are no better: said so, not rounded up.
    let per = page.text_of("survey-segment-verdicts");
    assert!(
        per.contains("Region = North") && per.contains("no better than"),
        "{per}"
    );
    assert!(!page.all("survey-chart").is_empty(), "the canvas");
    assert_eq!(
        page.all("survey-file").len(),
        1,
        "another file can replace it"
    );
    assert_eq!(
        page.select_all("[data-testid=survey-predictors] tbody tr")
            .len(),
        6
    );
    assert_eq!(page.attr("survey-bad", "data-count").as_deref(), Some("3"));
    let bad = page.text_of("survey-bad");
    assert!(
        bad.contains("row 14, column Advice on a better plan: “abc” is not a number"),
        "{bad}"
    );
    assert!(
        bad.contains("row 90, column Q_NPS: “12” is outside the rating scale"),
        "{bad}"
    );
    assert!(
        bad.contains("3 answers could not be read") && bad.contains("the first 2 are listed"),
        "{bad}"
    );
    page.unmount();
}

#[wasm_bindgen_test]
async fn a_verdict_that_is_no_better_says_so_in_dutch() {
    let v = Verdict::NoBetter {
        n: 1180,
        r_remembered: 0.62,
        r_mean: 0.64,
    };
    let (page, _) = mount(Lang::Nl, ready(v, true)).await;
    let verdict = page.text_of("survey-verdict");
    assert!(
        verdict.contains("Bij deze 1180 respondenten")
            && verdict.contains("niet beter dan het gemiddelde")
            && verdict.contains("r 0,62 tegen 0,64")
            && verdict.contains("toeval"),
        "{verdict}"
    );
    assert_eq!(
        page.attr("survey-verdict", "data-kind").as_deref(),
        Some("no-better")
    );
    assert!(page.text().contains("geen bewijs van oorzaak en gevolg"));
    assert!(page.text_of("survey-nps").contains("Promotors"));
    page.unmount();
}

#[wasm_bindgen_test]
async fn use_these_ratings_is_one_action_on_the_journeys_scale() {
    let (page, seen) = mount(Lang::En, ready(sample::verdict_better(), true)).await;
    page.click("survey-use-ratings");
    flush().await;
    let j = telecom(Lang::En);
    let s = seen.borrow();
    assert_eq!(s.actions.len(), 1, "one step");
    let Action::SetRatings(ratings) = &s.actions[0] else {
        panic!("{:?}", s.actions)
    };
    // Six matched touchpoints; Q7_Billing is not in the journey. 1–10 → −5..5.
    assert_eq!(ratings.len(), 6);
    let at = |k: usize| MATCHES[k].map(|i| j.touchpoints[i].id).unwrap();
    let on_journey = |m: f64| -5.0 + (m - 1.0) / 9.0 * 10.0;
    for (k, (id, r)) in ratings.iter().enumerate() {
        assert_eq!(*id, at(k));
        assert!((r - on_journey(sample::MEANS[k])).abs() < 1e-9, "{k}: {r}");
    }
    page.unmount();
}

#[wasm_bindgen_test]
async fn a_new_journey_is_handed_to_the_library_with_the_surveys_touchpoints() {
    let (page, seen) = mount(Lang::En, ready(sample::verdict_better(), true)).await;
    page.click("survey-new-journey");
    flush().await;
    let s = seen.borrow();
    assert!(s.actions.is_empty(), "the open journey is not touched");
    let j = &s.journeys[0];
    assert_eq!(j.title, "Survey: telecom-survey.csv");
    assert_eq!(j.touchpoints.len(), 7);
    assert_eq!(j.touchpoints[6].name, "Q7_Billing");
    assert_eq!((j.scale.min, j.scale.max), (1.0, 10.0));
    assert_eq!(j.ratings()[5], 2.9);
    page.unmount();
}

#[wasm_bindgen_test]
async fn fitted_weights_are_used_when_they_can_be_and_refused_with_the_reason() {
    let (page, seen) = mount(Lang::En, ready(sample::verdict_better(), true)).await;
    page.click("survey-use-weights");
    flush().await;
    match &seen.borrow().actions[..] {
        [Action::SetMemoryModel(m)] => assert_eq!((m.peak_weight, m.end_weight), (0.28, 0.51)),
        other => panic!("{other:?}"),
    }
    page.unmount();

    let (page, seen) = mount(Lang::En, ready(sample::verdict_better(), false)).await;
    let button: web_sys::HtmlElement = page.one("survey-use-weights").dyn_into().unwrap();
    assert!(button.has_attribute("disabled"));
    assert!(page.text_of("survey-weights-why").contains("below zero"));
    assert!(page.text_of("survey-fitted").contains("− 0.12 × end"));
    button.click();
    flush().await;
    assert!(seen.borrow().actions.is_empty());
    page.unmount();
}

#[wasm_bindgen_test]
async fn the_mapping_is_applied_only_when_changed_and_keeps_the_touchpoint_list_coherent() {
    let (page, seen) = mount(Lang::En, ready(sample::verdict_better(), true)).await;
    let apply = page.one("survey-apply-mapping");
    assert!(apply.has_attribute("disabled"), "nothing changed yet");
    assert!(
        page.text_of("survey-mapping")
            .contains("Read as: Qualtrics export; separated by “;”; decimal comma; 3 header rows.")
    );
    // The seventh touchpoint column (Q7_Billing) is ignored; the NPS scale becomes 1–10.
    let selects = page.all("survey-role");
    let q7: web_sys::HtmlSelectElement = selects[7].clone().dyn_into().unwrap();
    q7.set_value("ignore");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    q7.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    flush().await;
    page.choose("survey-nps-scale-select", "1-10");
    flush().await;
    assert!(
        page.text_of("survey-mapping")
            .contains("does not compare with NPS benchmarks")
    );
    assert_eq!(page.all("survey-order-item").len(), 6);
    page.click("survey-apply-mapping");
    flush().await;
    let s = seen.borrow();
    let m = &s.remaps[0];
    assert_eq!(m.roles[7], Role::Ignore);
    assert_eq!(m.touchpoints, [1, 2, 3, 4, 5, 6]);
    assert_eq!(m.nps_scale, NpsScale::OneToTen);
    page.unmount();
}

#[wasm_bindgen_test]
async fn remove_asks_first() {
    let (page, seen) = mount(Lang::En, ready(sample::verdict_better(), true)).await;
    let asked = stub_confirm(false);
    page.click("survey-remove");
    assert_eq!(seen.borrow().removes, 0);
    assert!(asked()[0].contains("The journey stays as it is"));
    let _ = stub_confirm(true);
    page.click("survey-remove");
    assert_eq!(seen.borrow().removes, 1);
    page.unmount();
}

#[wasm_bindgen_test]
async fn reading_shows_progress_and_cancels() {
    let phase = SurveyPhase::Reading {
        file_name: "big.csv".into(),
        done: 3,
        total: 4,
    };
    let (page, seen) = mount(Lang::En, phase).await;
    assert_eq!(
        page.attr("survey-progress", "value").as_deref(),
        Some("0.75")
    );
    assert!(page.text().contains("Reading “big.csv”: 75%"));
    page.click("survey-cancel");
    assert_eq!(seen.borrow().cancels, 1);
    page.unmount();
}

#[wasm_bindgen_test]
async fn idle_offers_the_file_input_and_a_failure_says_why_and_offers_another() {
    let (page, _) = mount(Lang::Nl, SurveyPhase::Idle).await;
    let accept = page.attr("survey-file", "accept").unwrap_or_default();
    for ext in [".csv", ".tsv", ".txt", ".xlsx"] {
        assert!(accept.contains(ext), "{accept}");
    }
    assert!(page.text().contains("Kies een enquêtebestand"));
    page.unmount();

    let failed = SurveyPhase::Failed(SurveyFailure::TooLarge {
        bytes: 300 * 1_048_576,
    });
    let (page, _) = mount(Lang::En, failed).await;
    let error = page.text_of("survey-error");
    assert!(
        error.starts_with("This survey file cannot be read: the file is 300"),
        "{error}"
    );
    assert!(error.contains("unchanged"), "{error}");
    assert_eq!(page.all("survey-file").len(), 1);
    page.unmount();

    let unreadable = SurveyPhase::Failed(SurveyFailure::Unreadable(SurveyError::NoNumbers));
    let (page, seen) = mount(Lang::Nl, unreadable).await;
    let error = page.text_of("survey-error");
    assert!(
        error.contains("geen enkele kolom bevat getallen"),
        "{error}"
    );
    page.click("survey-dismiss");
    assert_eq!(seen.borrow().cancels, 1, "closing a failure goes back");
    page.unmount();
}

#[wasm_bindgen_test]
async fn a_small_1_to_10_sample_warns_twice() {
    let mut r: SurveyResult = sample::result(Verdict::NotEnough, true);
    r.report.nps = Some(sample::nps(20.0, 12, NpsScale::OneToTen));
    let (page, _) = mount(Lang::En, SurveyPhase::Ready(Rc::new(r))).await;
    assert!(
        page.text_of("survey-nps-few")
            .contains("Fewer than 30 answers")
    );
    assert!(page.text_of("survey-nps-scale").contains("1 to 10"));
    assert_eq!(
        page.attr("survey-verdict", "data-kind").as_deref(),
        Some("not-enough")
    );
    assert!(!page.text_of("survey-verdict").contains("better"));
    page.unmount();
}

#[wasm_bindgen_test]
async fn the_customers_lambda_becomes_the_bank_weight_unless_its_interval_is_open() {
    use peakend::analysis::lanes::LambdaEstimate;
    let mut r = sample::result(sample::verdict_better(), true);
    r.report.lambda = Some(LambdaEstimate {
        lambda: 2.437,
        ci_low: 1.7,
        ci_high: Some(3.6),
        n: 812,
        b_positive: 0.5,
        b_negative: 1.2185,
        resamples: 1000,
    });
    let (page, seen) = mount(Lang::En, SurveyPhase::Ready(Rc::new(r.clone()))).await;
    let said = page.text_of("survey-lambda-estimate");
    assert!(
        said.contains(
            "λ̂\u{a0}=\u{a0}2.44 times a good one (95% interval 1.7 to 3.6, n\u{a0}=\u{a0}812)"
        ),
        "{said}"
    );
    page.click("survey-use-lambda");
    flush().await;
    match &seen.borrow().actions[..] {
        [Action::SetBank(b)] => assert_eq!((b.withdrawal_weight, b.broken_promise), (2.44, 1.0)),
        other => panic!("{other:?}"),
    }
    page.unmount();

    // An interval without an upper end: said plainly, and not offered.
    r.report.lambda.as_mut().unwrap().ci_high = None;
    let (page, seen) = mount(Lang::Nl, SurveyPhase::Ready(Rc::new(r.clone()))).await;
    let button: web_sys::HtmlElement = page.one("survey-use-lambda").dyn_into().unwrap();
    assert!(button.has_attribute("disabled"));
    assert!(
        page.text_of("survey-lambda-estimate")
            .contains("zonder bovengrens")
    );
    assert!(page.text_of("survey-lambda-why").contains("te onzeker"));
    button.click();
    flush().await;
    assert!(seen.borrow().actions.is_empty());
    page.unmount();

    // No estimate from answers with an overall rating: the card says why.
    r.report.lambda = None;
    let (page, _) = mount(Lang::En, SurveyPhase::Ready(Rc::new(r))).await;
    assert!(
        page.text_of("survey-lambda-none")
            .contains("cannot estimate λ")
    );
    assert!(page.all("survey-use-lambda").is_empty());
    page.unmount();
}
