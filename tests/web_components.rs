//! Browser tests of the leaf components, each mounted on its own with typed props.
#![cfg(target_arch = "wasm32")]

mod web_support;

use peakend::i18n::Lang;
use peakend::model::{
    Action, Channel, Journey, MemoryModel, Phase, PhaseId, Promise, PromiseState, Scale,
    TouchpointEdit, apply,
};
use peakend::presets::telecom;
use peakend::ui::plain::PlainProps;
use peakend::ui::{
    ComparePanel, FixFirstList, MemoryModelSetting, PhaseEditor, ScaleSetting, ScoreCard,
    TouchpointDetails, TouchpointLanes,
};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_support::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn example() -> Rc<Journey> {
    Rc::new(telecom(Lang::En))
}

// --- ScoreCard ---

#[wasm_bindgen_test]
async fn score_card_explains_the_formula_with_the_journeys_own_moments() {
    let j = example();
    let page = mount_component::<ScoreCard>(PlainProps::of(j.clone())).await;
    assert_eq!(page.value_of("score-remembered"), -5.0);
    let details = page.one("score-formula");
    assert_eq!(details.tag_name(), "DETAILS");
    let text = page.text_of("score-formula");
    assert!(
        text.contains("Remembered = 50 % × peak (−5) + 50 % × end (−5) = −5"),
        "{text}"
    );
    assert!(
        page.text_of("formula-peak")
            .contains("A bare link to end it")
    );
    assert!(page.text_of("formula-peak").contains("automatically"));
    assert_eq!(
        page.attr("formula-end", "data-marked").as_deref(),
        Some("false")
    );
    assert!(text.contains("0.58") && text.contains("174 studies"));
    assert!(text.contains("not a measurement"));
    for source in [
        "Kahneman",
        "Redelmeier, D. A. & Kahneman",
        "Katz",
        "Alaybek",
    ] {
        assert!(text.contains(source), "missing source {source}");
    }
    page.unmount();
}

#[wasm_bindgen_test]
async fn the_formula_follows_a_hand_marked_end_and_a_changed_model() {
    let mut j = telecom(Lang::En);
    let first = j.touchpoints[0].id;
    apply(&mut j, Action::ToggleEndMark(first)).unwrap();
    let m = MemoryModel {
        end_weight: 3.0,
        peak_weight: 1.0,
        trend_weight: 0.5,
        ..MemoryModel::default()
    };
    apply(&mut j, Action::SetMemoryModel(m)).unwrap();
    let page = mount_component::<ScoreCard>(PlainProps::of(Rc::new(j))).await;
    let end = page.text_of("formula-end");
    assert!(
        end.contains("First subscription") && end.contains("marked by hand"),
        "{end}"
    );
    let f = page.text_of("formula-remembered");
    assert!(f.contains("25 % × peak") && f.contains("75 % × end"), "{f}");
    assert!(f.contains("0.5 × trend"), "{f}");
    page.one("formula-trend");
    page.unmount();
}

// --- FixFirstList ---

fn journey_of(rows: &[(&str, f64)]) -> Journey {
    let mut j = Journey::new("t");
    for (name, r) in rows {
        let a = Action::AddTouchpoint {
            name: name.to_string(),
            rating: *r,
            after: None,
        };
        apply(&mut j, a).unwrap();
    }
    j
}

#[wasm_bindgen_test]
async fn fix_first_puts_the_ending_first_in_plain_words() {
    let j = journey_of(&[
        ("Onboarding mail", 1.0),
        ("Broken router", -4.0),
        ("Cancellation call", -2.0),
    ]);
    let page = mount_component::<FixFirstList>(PlainProps::of(Rc::new(j))).await;
    let items: Vec<String> = page
        .all("fix-item")
        .iter()
        .map(|e| e.text_content().unwrap())
        .collect();
    assert_eq!(
        items,
        [
            "Making “Cancellation call” one point better lifts the remembered score by 0.5 (lived: +0.33)",
            "Making “Broken router” one point better lifts the remembered score by 0.5 (lived: +0.33)",
            "Making “Onboarding mail” one point better does not change the remembered score (lived: +0.33)",
        ]
    );
    assert_eq!(page.attr("fix-item", "data-index").as_deref(), Some("2"));
    assert_eq!(page.attr("fix-item", "data-delta").as_deref(), Some("0.5"));
    assert!(
        page.one("fix-show-all").has_attribute("hidden"),
        "three fit without a toggle"
    );
    page.unmount();
}

#[wasm_bindgen_test]
async fn fix_first_shows_five_of_the_example_until_asked() {
    let j = example();
    let page = mount_component::<FixFirstList>(PlainProps::of(j.clone())).await;
    let items = page.all("fix-item");
    assert_eq!(items.len(), 5, "top five first");
    let delta =
        |e: &web_sys::Element| -> f64 { e.get_attribute("data-delta").unwrap().parse().unwrap() };
    assert!(
        items.windows(2).all(|w| delta(&w[0]) >= delta(&w[1])),
        "ranked"
    );
    // The bare link that ends it is among the biggest memory gains.
    let link = items
        .iter()
        .find(|e| e.get_attribute("data-index").as_deref() == Some("8"))
        .expect("the ending is in the top five");
    assert_eq!(delta(link), delta(&items[0]));
    page.click("fix-show-all");
    flush().await;
    assert_eq!(page.all("fix-item").len(), j.touchpoints.len());
    page.click("fix-show-all");
    flush().await;
    assert_eq!(page.all("fix-item").len(), 5);
    page.unmount();
}

#[wasm_bindgen_test]
async fn fix_first_says_when_a_touchpoint_is_already_at_the_top_or_there_is_nothing() {
    let mut j = Journey::new("t");
    for (name, r) in [("Great", 5.0), ("Poor", -2.0)] {
        let a = Action::AddTouchpoint {
            name: name.into(),
            rating: r,
            after: None,
        };
        apply(&mut j, a).unwrap();
    }
    let page = mount_component::<FixFirstList>(PlainProps::of(Rc::new(j))).await;
    let items = page.all("fix-item");
    assert_eq!(items[0].get_attribute("data-index").as_deref(), Some("1"));
    assert!(
        items[1]
            .text_content()
            .unwrap()
            .contains("“Great” is already at the top")
    );
    page.unmount();
    let page =
        mount_component::<FixFirstList>(PlainProps::of(Rc::new(Journey::new("empty")))).await;
    assert!(page.all("fix-item").is_empty());
    assert!(page.text_of("fix-first").contains("Add touchpoints"));
    page.unmount();
}

#[derive(Properties, PartialEq)]
struct DutchProps {
    journey: Rc<Journey>,
}

#[function_component(DutchFixFirst)]
fn dutch_fix_first(p: &DutchProps) -> Html {
    html! {
        <ContextProvider<Lang> context={Lang::Nl}>
            <FixFirstList value={p.journey.clone()} />
        </ContextProvider<Lang>>
    }
}

#[wasm_bindgen_test]
async fn fix_first_speaks_dutch() {
    let page = mount_component::<DutchFixFirst>(DutchProps {
        journey: Rc::new(telecom(Lang::Nl)),
    })
    .await;
    let first = page.all("fix-item")[0].text_content().unwrap();
    assert_eq!(
        first,
        "Als ‘Een kaal linkje om het te beëindigen’ één punt beter wordt, stijgt de herinnerde score met 1 (beleefd: 0)"
    );
    assert!(page.text_of("fix-first").contains("Wat eerst verbeteren"));
    page.unmount();
}

// --- ComparePanel ---

#[wasm_bindgen_test]
async fn a_better_ending_shows_a_positive_remembered_delta_and_the_change() {
    let as_is = telecom(Lang::En);
    let mut to_be = as_is.clone();
    let last = to_be.touchpoints[8].id;
    apply(&mut to_be, Action::Edit(last, TouchpointEdit::Rating(3.0))).unwrap();
    apply(
        &mut to_be,
        Action::AddTouchpoint {
            name: "Thank-you call".into(),
            rating: 4.0,
            after: None,
        },
    )
    .unwrap();
    let page = mount_component::<ComparePanel>(PlainProps::of(
        peakend::ui::insight::compare_panel::CompareValue {
            as_is: Rc::new(as_is),
            to_be: Rc::new(to_be),
        },
    ))
    .await;
    assert!(page.value_of("compare-delta-remembered") > 0.0);
    assert!(page.value_of("compare-delta-experienced") > 0.0);
    assert!(page.value_of("compare-delta-gap") > 0.0);
    let changes: Vec<String> = page
        .all("compare-change")
        .iter()
        .map(|e| e.text_content().unwrap())
        .collect();
    assert_eq!(changes.len(), 2, "{changes:?}");
    assert!(
        changes
            .iter()
            .any(|c| c == "Re-rated: “A bare link to end it” from −5 to 3"),
        "{changes:?}"
    );
    assert!(
        changes.iter().any(|c| c == "Added: “Thank-you call” (4)"),
        "{changes:?}"
    );
    page.unmount();
}

#[wasm_bindgen_test]
async fn comparing_with_an_empty_journey_says_so_plainly() {
    let page = mount_component::<ComparePanel>(PlainProps::of(
        peakend::ui::insight::compare_panel::CompareValue {
            as_is: example(),
            to_be: Rc::new(Journey::new("empty")),
        },
    ))
    .await;
    assert!(page.all("compare-delta-remembered").is_empty());
    assert!(
        page.text_of("compare-panel")
            .contains("The to-be journey has no touchpoints yet")
    );
    page.unmount();
}

// --- ScaleSetting ---

#[wasm_bindgen_test]
async fn choosing_a_preset_asks_first_then_sets_the_scale() {
    let asked = stub_confirm(true);
    let (seen, on_action) = recorder();
    let page = mount_component::<ScaleSetting>(peakend::ui::ScaleSettingProps {
        scale: Scale::default(),
        on_action,
    })
    .await;
    assert_eq!(page.selected("scale-select"), "0");
    page.choose("scale-select", "1");
    flush().await;
    let q = asked();
    assert_eq!(q.len(), 1);
    assert!(q[0].contains("0 to 10") && q[0].contains("Undo"), "{q:?}");
    assert_eq!(
        *seen.borrow(),
        [Action::SetScale(Scale::new(0.0, 10.0, None).unwrap())]
    );
    page.unmount();
}

#[wasm_bindgen_test]
async fn a_cancelled_scale_change_emits_nothing_and_shows_the_old_scale() {
    let _asked = stub_confirm(false);
    let (seen, on_action) = recorder();
    let page = mount_component::<ScaleSetting>(peakend::ui::ScaleSettingProps {
        scale: Scale::default(),
        on_action,
    })
    .await;
    page.choose("scale-select", "3");
    flush().await;
    assert!(seen.borrow().is_empty());
    assert_eq!(page.selected("scale-select"), "0");
    page.unmount();
}

#[wasm_bindgen_test]
async fn custom_bounds_with_min_not_below_max_are_refused_and_kept() {
    let asked = stub_confirm(true);
    let (seen, on_action) = recorder();
    let page = mount_component::<ScaleSetting>(peakend::ui::ScaleSettingProps {
        scale: Scale::default(),
        on_action,
    })
    .await;
    page.choose("scale-select", "custom");
    flush().await;
    page.type_into("scale-min", "7");
    page.type_into("scale-max", "3");
    page.click("scale-apply");
    flush().await;
    let alert = page.one("scale-error");
    assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
    assert!(alert.text_content().unwrap().contains("below the highest"));
    assert!(
        seen.borrow().is_empty() && asked().is_empty(),
        "nothing emitted or asked"
    );
    assert_eq!(page.input_value("scale-min"), "7");
    assert_eq!(page.input_value("scale-max"), "3");
    // Corrected, it goes through (a pain scale with its neutral at one end).
    page.type_into("scale-min", "−10");
    page.type_into("scale-max", "0");
    page.type_into("scale-neutral", "0");
    page.click("scale-apply");
    flush().await;
    assert!(page.all("scale-error").is_empty());
    assert_eq!(
        *seen.borrow(),
        [Action::SetScale(Scale::new(-10.0, 0.0, Some(0.0)).unwrap())]
    );
    page.unmount();
}

// --- PhaseEditor ---

fn phases() -> Vec<Phase> {
    ["Orientation", "Purchase", "Use"]
        .iter()
        .enumerate()
        .map(|(i, n)| Phase {
            id: PhaseId(i as u32 + 1),
            name: n.to_string(),
        })
        .collect()
}

#[wasm_bindgen_test]
async fn phase_editor_moves_renames_and_adds() {
    let (seen, on_action) = recorder();
    let page = mount_component::<PhaseEditor>(peakend::ui::PhaseEditorProps {
        phases: phases(),
        counts: vec![2, 0, 1],
        on_action,
    })
    .await;
    assert_eq!(page.all("phase").len(), 3);
    let up = page.all("phase-up");
    assert!(
        up[0].has_attribute("disabled"),
        "the first phase cannot move up"
    );
    assert_eq!(
        up[1].get_attribute("aria-label").as_deref(),
        Some("Move phase “Purchase” up")
    );
    page.click_nth("phase-down", 0);
    flush().await;
    assert_eq!(
        seen.borrow().last(),
        Some(&Action::MovePhase {
            id: PhaseId(1),
            to: 1
        })
    );
    let name: web_sys::HtmlInputElement = page.all("phase-name")[2].clone().dyn_into().unwrap();
    name.set_value("Daily use");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    name.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    assert_eq!(
        seen.borrow().last(),
        Some(&Action::RenamePhase(PhaseId(3), "Daily use".into()))
    );
    page.fill("new-phase-name", "  Farewell ");
    page.click("add-phase");
    flush().await;
    assert_eq!(
        seen.borrow().last(),
        Some(&Action::AddPhase("Farewell".into()))
    );
    assert_eq!(
        page.input_value("new-phase-name"),
        "",
        "ready for the next one"
    );
    page.unmount();
}

#[wasm_bindgen_test]
async fn deleting_a_phase_with_touchpoints_asks_and_names_where_they_go() {
    let asked = stub_confirm(false);
    let (seen, on_action) = recorder();
    let page = mount_component::<PhaseEditor>(peakend::ui::PhaseEditorProps {
        phases: phases(),
        counts: vec![2, 0, 1],
        on_action,
    })
    .await;
    page.click_nth("delete-phase", 2);
    flush().await;
    let q = asked();
    assert_eq!(q.len(), 1);
    assert!(
        q[0].contains("Its touchpoint moves to the phase “Purchase”"),
        "{q:?}"
    );
    assert!(seen.borrow().is_empty(), "cancelled");
    // An empty phase goes without a question.
    page.click_nth("delete-phase", 1);
    flush().await;
    assert_eq!(asked().len(), 1);
    assert_eq!(*seen.borrow(), [Action::RemovePhase(PhaseId(2))]);
    page.unmount();
}

// --- TouchpointDetails ---

fn details_props(on_action: Callback<Action>) -> peakend::ui::TouchpointDetailsProps {
    let j = telecom(Lang::En);
    peakend::ui::TouchpointDetailsProps {
        touchpoint: j.touchpoints[8].clone(),
        phases: j.phases.clone(),
        scale: j.scale,
        others: Vec::new(),
        follow_up: None,
        on_action,
    }
}

#[wasm_bindgen_test]
async fn touchpoint_details_edit_phase_channel_and_flag() {
    let (seen, on_action) = recorder();
    let props = details_props(on_action);
    let id = props.touchpoint.id;
    let use_phase = props.phases[1].id;
    let page = mount_component::<TouchpointDetails>(props).await;
    assert_eq!(page.selected("touchpoint-channel"), "email");
    // Every control has a label tied to it.
    for testid in [
        "touchpoint-phase",
        "touchpoint-channel",
        "touchpoint-duration",
        "touchpoint-notes",
        "touchpoint-mot",
    ] {
        let el = page.one(testid);
        let fid = el.id();
        assert!(fid.contains(&id.0.to_string()), "{testid} id {fid}");
        assert_eq!(
            page.select_all(&format!("label[for='{fid}']")).len(),
            1,
            "{testid} label"
        );
    }
    page.choose("touchpoint-phase", &use_phase.0.to_string());
    page.choose("touchpoint-channel", "__typed");
    flush().await;
    page.type_into("touchpoint-channel-custom", "Whats ");
    page.type_into("touchpoint-channel-custom", "Whats App");
    page.click("touchpoint-mot");
    flush().await;
    assert_eq!(
        *seen.borrow(),
        [
            Action::Edit(id, TouchpointEdit::Phase(Some(use_phase))),
            Action::Edit(
                id,
                TouchpointEdit::Channel(Some(Channel::Custom("Whats ".into())))
            ),
            Action::Edit(
                id,
                TouchpointEdit::Channel(Some(Channel::Custom("Whats App".into())))
            ),
            Action::Edit(id, TouchpointEdit::MomentOfTruth(false)),
        ]
    );
    assert!(
        page.text_of("touchpoint-details")
            .contains("decides whether the relationship holds")
    );
    page.unmount();
}

#[wasm_bindgen_test]
async fn a_negative_duration_is_refused_with_a_message_and_kept() {
    let (seen, on_action) = recorder();
    let props = details_props(on_action);
    let id = props.touchpoint.id;
    let page = mount_component::<TouchpointDetails>(props).await;
    page.type_into("touchpoint-duration", "-2");
    flush().await;
    assert!(seen.borrow().is_empty());
    assert_eq!(
        page.attr("touchpoint-duration-error", "role").as_deref(),
        Some("alert")
    );
    assert_eq!(page.input_value("touchpoint-duration"), "-2");
    page.type_into("touchpoint-duration", "2,5");
    flush().await;
    assert!(page.all("touchpoint-duration-error").is_empty());
    assert_eq!(
        *seen.borrow(),
        [Action::Edit(id, TouchpointEdit::Duration(2.5))]
    );
    page.unmount();
}

#[wasm_bindgen_test]
async fn without_phases_there_is_no_phase_picker() {
    let (_seen, on_action) = recorder();
    let mut props = details_props(on_action);
    props.phases.clear();
    let page = mount_component::<TouchpointDetails>(props).await;
    assert!(page.all("touchpoint-phase").is_empty());
    page.unmount();
}

// --- MemoryModelSetting ---

#[wasm_bindgen_test]
async fn memory_model_applies_valid_settings_and_refuses_zero_weights() {
    let (seen, on_action) = recorder();
    let page = mount_component::<MemoryModelSetting>(peakend::ui::MemoryModelSettingProps {
        model: MemoryModel::default(),
        on_action,
    })
    .await;
    page.type_into("memory-peak-weight", "0");
    page.type_into("memory-end-weight", "0");
    page.click("memory-apply");
    flush().await;
    assert!(seen.borrow().is_empty());
    assert_eq!(page.attr("memory-error", "role").as_deref(), Some("alert"));
    assert_eq!(
        page.input_value("memory-peak-weight"),
        "0",
        "typed value kept"
    );
    page.type_into("memory-end-weight", "1");
    page.type_into("memory-end-window", "3");
    page.click("memory-apply");
    flush().await;
    let want = MemoryModel {
        peak_weight: 0.0,
        end_weight: 1.0,
        end_window: 3,
        ..MemoryModel::default()
    };
    assert_eq!(*seen.borrow(), [Action::SetMemoryModel(want)]);
    assert!(page.all("memory-error").is_empty());
    page.unmount();
}

/// The details of the example's last touchpoint, wired to a live journey as the app does.
#[function_component(LiveDetails)]
fn live_details() -> Html {
    let journey = use_state(|| telecom(Lang::En));
    let on_action = {
        let journey = journey.clone();
        Callback::from(move |a: Action| {
            let mut next = (*journey).clone();
            if apply(&mut next, a).is_ok() {
                journey.set(next);
            }
        })
    };
    let t = journey.touchpoints[8].clone();
    html! {
        <>
            <TouchpointDetails touchpoint={t.clone()} phases={journey.phases.clone()}
                scale={journey.scale} {on_action} />
            <output data-testid="stored-channel">{ t.channel.map(|c| c.key().to_string()) }</output>
            <output data-testid="stored-duration">{ t.duration }</output>
        </>
    }
}

#[wasm_bindgen_test]
async fn typing_a_channel_and_a_duration_into_a_live_journey_keeps_what_is_typed() {
    let page = mount_component::<LiveDetails>(()).await;
    page.choose("touchpoint-channel", "__typed");
    flush().await;
    for typed in ["W", "Whats", "Whats ", "Whats App"] {
        page.type_into("touchpoint-channel-custom", typed);
        flush().await;
        assert_eq!(page.input_value("touchpoint-channel-custom"), typed);
    }
    assert_eq!(page.text_of("stored-channel"), "Whats App");
    assert_eq!(page.selected("touchpoint-channel"), "__typed");
    page.type_into("touchpoint-duration", "1,");
    flush().await;
    assert_eq!(
        page.input_value("touchpoint-duration"),
        "1,",
        "half-typed stays"
    );
    page.type_into("touchpoint-duration", "1,5");
    flush().await;
    assert_eq!(page.text_of("stored-duration"), "1.5");
    page.unmount();
}

// --- TouchpointLanes ---

#[derive(Properties, PartialEq)]
struct LiveLanesProps {
    /// Every action the component emitted, in order.
    seen: Rc<RefCell<Vec<Action>>>,
    /// The journey after the last action.
    journey: Rc<RefCell<Journey>>,
}

/// The lanes' fields of the example's last touchpoint, wired to a live journey.
#[function_component(LiveLanes)]
fn live_lanes(p: &LiveLanesProps) -> Html {
    let journey = use_state(|| p.journey.borrow().clone());
    let on_action = {
        let (journey, seen, out) = (journey.clone(), p.seen.clone(), p.journey.clone());
        Callback::from(move |a: Action| {
            seen.borrow_mut().push(a.clone());
            let mut next = (*journey).clone();
            if apply(&mut next, a).is_ok() {
                *out.borrow_mut() = next.clone();
                journey.set(next);
            }
        })
    };
    let others: Vec<_> = journey
        .touchpoints
        .iter()
        .map(|t| (t.id, t.name.clone()))
        .collect();
    html! {
        <TouchpointLanes touchpoint={journey.touchpoints[8].clone()} scale={journey.scale}
            {others} {on_action} />
    }
}

#[wasm_bindgen_test]
async fn expectation_failure_demand_and_a_broken_promise_reach_the_journey() {
    let j = telecom(Lang::En);
    let (id, cause) = (j.touchpoints[8].id, j.touchpoints[2].id);
    let seen = Rc::new(RefCell::new(Vec::new()));
    let journey = Rc::new(RefCell::new(j));
    let page = mount_component::<LiveLanes>(LiveLanesProps {
        seen: seen.clone(),
        journey: journey.clone(),
    })
    .await;
    assert!(
        page.all("touchpoint-caused-by").is_empty(),
        "only with failure demand"
    );
    // Off the scale: refused with a message, the journey untouched, the text kept.
    page.type_into("touchpoint-expected", "9");
    flush().await;
    assert!(seen.borrow().is_empty());
    let error = page.text_of("touchpoint-expected-error");
    assert_eq!(
        error,
        "The expectation must be a number from −5 to +5, or empty."
    );
    assert_eq!(page.input_value("touchpoint-expected"), "9");
    page.type_into("touchpoint-expected", "-2,5");
    page.type_into("touchpoint-ours", "4");
    page.type_into("touchpoint-ours", "");
    flush().await;
    assert!(page.all("touchpoint-expected-error").is_empty());
    page.click("touchpoint-failure-demand");
    flush().await;
    // The cause lists the other touchpoints, not this one.
    let options = page.select_all("[data-testid='touchpoint-caused-by'] option");
    assert_eq!(options.len(), 9, "unknown and the 8 others");
    assert!(
        options
            .iter()
            .all(|o| o.get_attribute("value") != Some(id.0.to_string()))
    );
    page.choose("touchpoint-caused-by", &cause.0.to_string());
    page.click("promise-add");
    flush().await;
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .map(|e| e.id());
    assert_eq!(
        focused,
        Some(page.one("promise-text").id()),
        "the new promise has the focus"
    );
    for typed in ["We call ", "We call you back"] {
        page.type_into("promise-text", typed);
        flush().await;
        assert_eq!(page.input_value("promise-text"), typed, "typed text stays");
    }
    page.choose("promise-state", "broken");
    flush().await;
    // Every control has a label tied to it.
    for testid in [
        "touchpoint-expected",
        "touchpoint-ours",
        "touchpoint-failure-demand",
        "touchpoint-caused-by",
        "promise-text",
        "promise-state",
    ] {
        let fid = page.one(testid).id();
        assert!(fid.contains(&id.0.to_string()), "{testid} id {fid}");
        let labels = page.select_all(&format!("label[for='{fid}']"));
        assert_eq!(labels.len(), 1, "{testid} label");
    }
    let fd = |caused_by| TouchpointEdit::FailureDemand {
        failure_demand: true,
        caused_by,
    };
    let edits: Vec<Action> = [
        TouchpointEdit::Expected(Some(-2.5)),
        TouchpointEdit::Ours(Some(4.0)),
        TouchpointEdit::Ours(None),
        fd(None),
        fd(Some(cause)),
        TouchpointEdit::AddPromise(Promise::default()),
        TouchpointEdit::PromiseText(0, "We call ".into()),
        TouchpointEdit::PromiseText(0, "We call you back".into()),
        TouchpointEdit::PromiseState(0, PromiseState::Broken),
    ]
    .into_iter()
    .map(|e| Action::Edit(id, e))
    .collect();
    assert_eq!(*seen.borrow(), edits);
    {
        let j = journey.borrow();
        let t = &j.touchpoints[8];
        assert_eq!((t.expected, t.ours), (Some(-2.5), None));
        assert_eq!((t.failure_demand, t.caused_by), (true, Some(cause)));
        assert_eq!(
            t.promises,
            [Promise::new("We call you back", PromiseState::Broken)]
        );
    }
    assert_eq!(page.selected("promise-state"), "broken");
    // Unticking failure demand clears the cause and hides the picker; removing the
    // promise leaves none.
    page.click("touchpoint-failure-demand");
    page.click("promise-remove");
    flush().await;
    let j = journey.borrow();
    let t = &j.touchpoints[8];
    assert_eq!((t.failure_demand, t.caused_by), (false, None));
    assert!(t.promises.is_empty());
    assert!(page.all("touchpoint-caused-by").is_empty());
    assert!(page.all("promise-text").is_empty());
    drop(j);
    page.unmount();
}

#[derive(Properties, PartialEq)]
struct DutchLanesProps {
    touchpoint: peakend::model::Touchpoint,
}

#[function_component(DutchLanes)]
fn dutch_lanes(p: &DutchLanesProps) -> Html {
    html! {
        <ContextProvider<Lang> context={Lang::Nl}>
            <TouchpointLanes touchpoint={p.touchpoint.clone()} scale={Scale::default()}
                on_action={Callback::from(|_: Action| ())} />
        </ContextProvider<Lang>>
    }
}

#[wasm_bindgen_test]
async fn a_full_list_of_promises_speaks_dutch_and_takes_no_more() {
    let mut j = telecom(Lang::Nl);
    let id = j.touchpoints[8].id;
    for k in 0..peakend::model::MAX_PROMISES {
        let p = Promise::new(format!("Belofte {k}"), PromiseState::Kept);
        apply(&mut j, Action::Edit(id, TouchpointEdit::AddPromise(p))).unwrap();
    }
    let fd = TouchpointEdit::FailureDemand {
        failure_demand: true,
        caused_by: None,
    };
    apply(&mut j, Action::Edit(id, fd)).unwrap();
    let page = mount_component::<DutchLanes>(DutchLanesProps {
        touchpoint: j.touchpoints[8].clone(),
    })
    .await;
    assert_eq!(page.all("promise-text").len(), 100);
    let add = page.one("promise-add");
    assert!(
        add.has_attribute("disabled"),
        "the 101st promise is not offered"
    );
    assert_eq!(add.text_content().as_deref(), Some("+ Belofte toevoegen"));
    let text = page.text_of("touchpoint-lanes");
    for words in [
        "Verwachting",
        "Eigen oordeel",
        "Faalvraag",
        "Nagekomen",
        "Veroorzaakt door",
    ] {
        assert!(text.contains(words), "{words} in {text}");
    }
    assert_eq!(page.selected("touchpoint-caused-by"), "", "cause not known");
    page.unmount();
}

// --- TouchpointList: keys inside the Details ---

#[wasm_bindgen_test]
async fn arrows_in_the_details_stay_in_their_field_and_do_not_rate_the_row() {
    let (seen, on_action) = recorder();
    let j = journey_of(&[("Call", 0.0), ("Letter", 1.0)]);
    let page = mount_component::<peakend::ui::TouchpointList>(PlainProps {
        value: (Rc::new(j), Lang::En),
        on: on_action,
    })
    .await;
    page.click_nth("touchpoint-details-toggle", 0);
    flush().await;
    // web-sys builds no KeyboardEvent with a key here; the page's own constructor does.
    let press = js_sys::Function::new_with_args(
        "el, k",
        "el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }))",
    );
    let key_on = |el: &web_sys::Element, k: &str| {
        press
            .call2(&JsValue::NULL, el, &JsValue::from_str(k))
            .unwrap();
    };
    let key = |testid: &str, k: &str| key_on(&page.one(testid), k);
    // The Details' fields come from the panels program (not in this test): a key pressed
    // anywhere inside the open Details stays there.
    let inside = page
        .select(".details .lazy-part")
        .expect("the open row's Details");
    key_on(&inside, "ArrowDown");
    key_on(&inside, "ArrowUp");
    flush().await;
    assert!(seen.borrow().is_empty(), "{:?}", seen.borrow());
    // On the row itself the arrows still rate.
    key("touchpoint-name", "ArrowUp");
    flush().await;
    assert!(
        matches!(seen.borrow().as_slice(), [Action::NudgeRating(_, 1)]),
        "{:?}",
        seen.borrow()
    );
    page.unmount();
}

#[wasm_bindgen_test]
async fn what_waits_for_the_first_paint_comes_right_after_it() {
    let done = std::rc::Rc::new(std::cell::Cell::new(false));
    let d = done.clone();
    peakend::ui::after_paint::after_paint(move || d.set(true));
    // Nothing has been painted yet: it waits.
    assert!(!done.get());
    // A frame later it has run, without anything else happening.
    for _ in 0..50 {
        if done.get() {
            return;
        }
        sleep(20).await;
    }
    panic!("what waited for the paint never ran");
}
