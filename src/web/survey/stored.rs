//! A journey's survey as kept in IndexedDB, store `surveys` (key: the journey's id):
//! `{file_name, saved, model, mapping, detected, summary, report}`, each but the first two
//! JSON text; `mapping` is `null` when the detected one was used. The answers themselves
//! are in store `survey_numbers` (the worker's object of typed arrays). The file itself is
//! not kept, nor any respondent id or free text.
//!
//! The survey worker writes records (`record`, `with_report`); the page only reads them.

use js_sys::Object;
use wasm_bindgen::{JsCast, JsValue};

use super::SurveyResult;
use super::protocol::{from_json, get, json, set};
use crate::analysis::survey::SurveyReport;
use crate::model::MemoryModel;
use crate::model::survey::{Detected, Mapping, ReadSummary};

/// A stored survey, read back.
pub struct StoredSurvey {
    pub result: SurveyResult,
    /// The memory model the stored report was made with.
    pub model: MemoryModel,
    /// The report was stored before a part of it existed (λ from the survey): analyse the
    /// stored numbers again rather than show it without.
    pub stale: bool,
}

/// The record of a survey read from `file_name` with `mapping` (`None`: the detected one).
pub fn record(
    file_name: &str,
    model: &MemoryModel,
    mapping: Option<&Mapping>,
    detected: &Detected,
    summary: &ReadSummary,
    report: &SurveyReport,
) -> JsValue {
    let o = Object::new();
    set(&o, "file_name", &file_name.into());
    set(&o, "mapping", &mapping.map_or(JsValue::NULL, json));
    set(&o, "detected", &json(detected));
    set(&o, "summary", &json(summary));
    with_report(&o, report, model);
    o.into()
}

/// Puts a new report, made under `model`, into a record.
pub fn with_report(record: &Object, report: &SurveyReport, model: &MemoryModel) {
    set(record, "saved", &js_sys::Date::now().into());
    set(record, "model", &json(model));
    set(record, "report", &json(report));
}

/// Reads a record; `None` when any part is missing or of another shape.
pub fn from_record(v: &JsValue) -> Option<StoredSurvey> {
    let detected: Detected = from_json(&get(v, "detected"))?;
    let report = get(v, "report");
    let mapping = match get(v, "mapping") {
        m if m.is_null() => detected.mapping.clone(),
        m => from_json(&m)?,
    };
    Some(StoredSurvey {
        result: SurveyResult {
            file_name: get(v, "file_name").as_string()?,
            detected,
            mapping,
            summary: from_json(&get(v, "summary"))?,
            report: from_json(&report)?,
        },
        model: from_json(&get(v, "model"))?,
        stale: !has_lambda(&report),
    })
}

/// Whether a stored report's JSON has the key `lambda` (`null` counts: the survey was
/// analysed for it and gave none).
fn has_lambda(report: &JsValue) -> bool {
    report
        .as_string()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .is_some_and(|v| v.get("lambda").is_some())
}

/// A record as an object to change (`None`: not one).
pub fn as_object(v: &JsValue) -> Option<Object> {
    v.is_object().then(|| v.clone().unchecked_into())
}
