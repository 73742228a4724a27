//! Browser tests of the survey bridge's page side: the numbers as typed arrays and back,
//! the stored record, the `surveys` and `survey_numbers` stores (a journey's survey is
//! deleted with it), and
//! `use_survey` with a stored survey.
#![cfg(target_arch = "wasm32")]

use peakend::analysis::survey::SurveyReport;
use peakend::model::survey::{
    Detected, Format, Mapping, NO_SEGMENT, NpsScale, ReadSummary, Role, SegmentColumn, Shape,
    Source, SurveyData,
};
use peakend::model::{MemoryModel, Scale};
use peakend::web::state::{DocWrite, SaveBatch};
use peakend::web::storage;
use peakend::web::survey::protocol::{data_from_js, data_to_js, get, set};
use peakend::web::survey::stored::{from_record, record};
use peakend::web::survey::{SurveyFailure, SurveyPhase, SurveyResult, UseSurvey, use_survey};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn five() -> Scale {
    Scale::new(1.0, 5.0, None).unwrap()
}

fn data() -> SurveyData {
    SurveyData {
        touchpoints: vec!["Website".into(), "Delivery".into()],
        ratings: vec![4.0, f32::NAN, 2.0, 5.0, 3.5, 1.0],
        overall: vec![8.0, f32::NAN, 3.0],
        nps: vec![10.0, 7.0, f32::NAN],
        segments: vec![SegmentColumn {
            column: "Region".into(),
            values: vec!["North".into(), "East".into()],
            codes: vec![0, NO_SEGMENT, 1],
        }],
        touchpoint_scale: five(),
        overall_scale: Scale::new(1.0, 10.0, None).unwrap(),
        nps_scale: NpsScale::OneToTen,
    }
}

/// Equal, with NaN equal to NaN (a missing answer must stay missing, never become 0).
fn same(a: &[f32], b: &[f32]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.to_bits() == y.to_bits())
}

#[wasm_bindgen_test]
fn numbers_go_as_typed_arrays_and_come_back_unchanged_with_missing_kept() {
    let d = data();
    let (o, transfer) = data_to_js(&d);
    assert_eq!(
        transfer.length(),
        4,
        "ratings, overall, nps and one segment's codes"
    );
    assert!(get(&o, "ratings").is_instance_of::<js_sys::Float32Array>());
    assert!(
        get(&o, "codes")
            .dyn_into::<js_sys::Array>()
            .unwrap()
            .get(0)
            .is_instance_of::<js_sys::Uint16Array>()
    );
    let back = data_from_js(&o).expect("reads back");
    assert!(same(&back.ratings, &d.ratings));
    assert!(same(&back.overall, &d.overall));
    assert!(same(&back.nps, &d.nps));
    assert_eq!(back.segments, d.segments);
    assert_eq!(back.touchpoints, d.touchpoints);
    assert_eq!(back.touchpoint_scale, d.touchpoint_scale);
    assert_eq!(back.nps_scale, NpsScale::OneToTen);
}

#[wasm_bindgen_test]
fn numbers_that_do_not_fit_together_are_refused() {
    let (o, _) = data_to_js(&data());
    set(
        &o,
        "overall",
        &js_sys::Float32Array::from(&[1.0f32, 2.0][..]).into(),
    );
    assert!(
        data_from_js(&o).is_none(),
        "3 respondents of ratings, 2 of overall"
    );
    let (o, _) = data_to_js(&data());
    set(&o, "codes", &js_sys::Array::new().into());
    assert!(data_from_js(&o).is_none(), "a segment column without codes");
    assert!(data_from_js(&JsValue::NULL).is_none());
}

fn result() -> SurveyResult {
    let mapping = Mapping {
        shape: Shape::Wide,
        roles: vec![Role::Touchpoint, Role::Touchpoint, Role::Overall],
        touchpoints: vec![0, 1],
        items: vec![],
        overall_item: None,
        nps_item: None,
        touchpoint_scale: five(),
        overall_scale: five(),
        nps_scale: NpsScale::ZeroToTen,
    };
    SurveyResult {
        file_name: "survey.csv".into(),
        detected: Detected {
            format: Format::Text {
                separator: ';',
                decimal_comma: true,
            },
            source: Source::Qualtrics,
            header_rows: 3,
            columns: vec![],
            mapping: mapping.clone(),
            items: vec![],
        },
        mapping,
        summary: ReadSummary {
            rows: 4,
            skipped: 1,
            bad: vec![],
            bad_count: 0,
        },
        report: SurveyReport {
            respondents: 3,
            skipped: 1,
            ..SurveyReport::default()
        },
    }
}

/// The record the worker writes for `result()`, read with its detected mapping.
fn to_record(model: &MemoryModel) -> JsValue {
    let r = result();
    record(
        &r.file_name,
        model,
        None,
        &r.detected,
        &r.summary,
        &r.report,
    )
}

#[wasm_bindgen_test]
fn a_stored_record_reads_back_with_the_model_it_was_made_with() {
    let model = MemoryModel {
        peak_weight: 2.0,
        ..MemoryModel::default()
    };
    let rec = to_record(&model);
    let back = from_record(&rec).expect("reads back");
    assert_eq!(back.result, result());
    assert_eq!(back.model, model);
    // A mapping the user changed is kept as such.
    let mut changed = result();
    changed.mapping.roles[1] = Role::Ignore;
    changed.mapping.touchpoints = vec![0];
    let r = &changed;
    let rec2 = record(
        &r.file_name,
        &model,
        Some(&r.mapping),
        &r.detected,
        &r.summary,
        &r.report,
    );
    assert_eq!(from_record(&rec2).expect("reads").result, changed);
    assert!(
        !back.stale,
        "a report written now has its λ (even when none)"
    );
    // A report stored before λ was part of it reads back, marked to be analysed again.
    let old = serde_json::to_value(&result().report).unwrap();
    let mut old = old.as_object().unwrap().clone();
    old.remove("lambda");
    let old = serde_json::Value::Object(old).to_string();
    set(rec.unchecked_ref(), "report", &old.into());
    let back = from_record(&rec).expect("an older report still reads");
    assert!(back.stale, "an older report is analysed again");
    assert_eq!(back.result.report.lambda, None);
    set(rec.unchecked_ref(), "report", &"{not json".into());
    assert!(
        from_record(&rec).is_none(),
        "a damaged record is not shown as a survey"
    );
}

async fn fresh_db() -> storage::Db {
    let window = web_sys::window().unwrap();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    let deleting = window
        .indexed_db()
        .unwrap()
        .unwrap()
        .delete_database("peakend")
        .unwrap();
    let done = js_sys::Promise::new(&mut |resolve, _| {
        deleting.set_onsuccess(Some(&resolve));
        deleting.set_onerror(Some(&resolve));
    });
    wasm_bindgen_futures::JsFuture::from(done).await.unwrap();
    storage::open().await.db.expect("IndexedDB opens")
}

#[wasm_bindgen_test]
async fn a_survey_is_stored_with_its_journey_and_deleted_with_it() {
    let db = fresh_db().await;
    let (numbers, _) = data_to_js(&data());
    let numbers: JsValue = numbers.into();
    let rec = to_record(&MemoryModel::default());
    assert!(storage::load_survey(&db, "j1").await.unwrap().is_none());
    storage::put_survey(&db, "j1", &rec, Some(&numbers))
        .await
        .unwrap();
    storage::put_survey(&db, "j2", &rec, Some(&numbers))
        .await
        .unwrap();
    let stored = storage::load_survey(&db, "j1")
        .await
        .unwrap()
        .expect("stored");
    assert_eq!(from_record(&stored).expect("reads").result, result());
    let back = storage::load_survey_numbers(&db, "j1")
        .await
        .unwrap()
        .expect("numbers stored");
    let back = data_from_js(&back).expect("typed arrays kept by IndexedDB");
    assert!(same(&back.ratings, &data().ratings));
    // A new report alone leaves the numbers as they were.
    storage::put_survey(&db, "j1", &rec, None).await.unwrap();
    assert!(
        storage::load_survey_numbers(&db, "j1")
            .await
            .unwrap()
            .is_some()
    );

    // "Remove survey data".
    storage::delete_survey(&db, "j2").await.unwrap();
    assert!(storage::load_survey(&db, "j2").await.unwrap().is_none());
    assert!(
        storage::load_survey_numbers(&db, "j2")
            .await
            .unwrap()
            .is_none()
    );

    // Deleting journey j1 from the library deletes its survey in the same transaction.
    let journey = peakend::presets::telecom(peakend::i18n::Lang::En);
    let keep = DocWrite {
        id: "j3",
        base_rev: 0,
        updated: 1.0,
        based_on: None,
        journey: &journey,
    };
    let batch = SaveBatch {
        generation: 1,
        docs: vec![keep],
        removed: vec![("j1".to_string(), 0)],
        order: vec!["j3".to_string()],
        current: "j3",
    };
    let report = storage::write(Some(&db), &batch).await;
    assert_eq!(report.rest, Ok(()));
    assert!(
        storage::load_survey(&db, "j1").await.unwrap().is_none(),
        "gone with its journey"
    );
    let numbers = storage::load_survey_numbers(&db, "j1").await.unwrap();
    assert!(numbers.is_none(), "its numbers too");
}

// --- use_survey, mounted in a small probe (the test runner serves no worker files) ---

thread_local! {
    static SEEN: std::cell::RefCell<Option<UseSurvey>> = const { std::cell::RefCell::new(None) };
}

#[derive(Properties, PartialEq)]
struct ProbeProps {
    db: Option<storage::Db>,
    doc: String,
    model: MemoryModel,
}

#[function_component(Probe)]
fn probe(p: &ProbeProps) -> Html {
    let survey = use_survey(p.db.clone(), p.doc.clone(), p.model);
    SEEN.with(|s| *s.borrow_mut() = Some(survey));
    html! {}
}

fn seen() -> UseSurvey {
    SEEN.with(|s| s.borrow().clone())
        .expect("the probe rendered")
}

/// Waits (up to 2 s) until the hook's phase satisfies `f`.
async fn until(f: impl Fn(&SurveyPhase) -> bool) -> SurveyPhase {
    for _ in 0..200 {
        yew::scheduler::flush().await;
        let phase = seen().phase;
        if f(&phase) {
            return phase;
        }
        sleep(10).await;
    }
    panic!("phase stayed {:?}", seen().phase);
}

async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

fn mount(db: &storage::Db, doc: &str, model: MemoryModel) -> yew::AppHandle<Probe> {
    let root = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .create_element("div")
        .unwrap();
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .body()
        .unwrap()
        .append_child(&root)
        .unwrap();
    let props = ProbeProps {
        db: Some(db.clone()),
        doc: doc.into(),
        model,
    };
    yew::Renderer::<Probe>::with_root_and_props(root, props).render()
}

#[wasm_bindgen_test]
async fn use_survey_shows_the_stored_survey_and_remove_deletes_it() {
    let db = fresh_db().await;
    let model = MemoryModel::default();
    let (numbers, _) = data_to_js(&data());
    storage::put_survey(&db, "j1", &to_record(&model), Some(&numbers.into()))
        .await
        .unwrap();
    let app = mount(&db, "j1", model);
    let phase = until(|p| matches!(p, SurveyPhase::Ready(_))).await;
    let SurveyPhase::Ready(shown) = phase else {
        unreachable!()
    };
    assert_eq!(*shown, result());
    assert!(seen().saved, "it is the stored one");
    assert!(
        !seen().can_remap,
        "after a reload only the numbers are kept, not the file"
    );

    seen().remove.emit(());
    until(|p| *p == SurveyPhase::Idle).await;
    sleep(50).await;
    assert!(
        storage::load_survey(&db, "j1").await.unwrap().is_none(),
        "deleted from storage"
    );
    let numbers = storage::load_survey_numbers(&db, "j1").await.unwrap();
    assert!(numbers.is_none(), "its numbers too");
    app.destroy();
}

#[wasm_bindgen_test]
async fn use_survey_reanalyses_a_survey_made_under_another_memory_model_in_the_worker() {
    let db = fresh_db().await;
    let (numbers, _) = data_to_js(&data());
    let made_with = MemoryModel {
        peak_weight: 3.0,
        ..MemoryModel::default()
    };
    storage::put_survey(&db, "j1", &to_record(&made_with), Some(&numbers.into()))
        .await
        .unwrap();
    let app = mount(&db, "j1", MemoryModel::default());
    // The re-analysis goes to the worker, which this test runner does not serve: the
    // worker fails to load, and the hook says so; cancel shows the stored survey again.
    until(|p| matches!(p, SurveyPhase::Reading { total: 0, .. })).await;
    let failed = until(|p| matches!(p, SurveyPhase::Failed(_))).await;
    assert!(
        matches!(failed, SurveyPhase::Failed(SurveyFailure::Worker(_))),
        "{failed:?}"
    );
    seen().cancel.emit(());
    let back = until(|p| matches!(p, SurveyPhase::Ready(_))).await;
    assert!(matches!(back, SurveyPhase::Ready(r) if *r == result()));
    app.destroy();
}
