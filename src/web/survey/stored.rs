//! A journey's survey as kept in IndexedDB (store `surveys`, key: the journey's id):
//! `{file_name, saved, model, mapping, detected, summary, report, data}` where `model` …
//! `report` are JSON text and `data` is the worker's object of typed arrays (the numbers
//! only: no respondent ids, no free text). The file itself is not kept.

use js_sys::Object;
use wasm_bindgen::JsValue;

use super::SurveyResult;
use super::protocol::{from_json, get, json, set};
use crate::model::MemoryModel;

/// A stored survey, read back.
pub struct StoredSurvey {
    pub result: SurveyResult,
    /// The memory model the stored report was made with.
    pub model: MemoryModel,
    /// The numbers, as typed arrays (see `protocol::data_to_js`).
    pub data: JsValue,
}

/// The record for `result`, analysed under `model`, with its numbers `data`.
pub fn to_record(result: &SurveyResult, model: &MemoryModel, data: &JsValue) -> JsValue {
    let o = Object::new();
    set(&o, "file_name", &result.file_name.as_str().into());
    set(&o, "saved", &js_sys::Date::now().into());
    set(&o, "model", &json(model));
    set(&o, "mapping", &json(&result.mapping));
    set(&o, "detected", &json(&result.detected));
    set(&o, "summary", &json(&result.summary));
    set(&o, "report", &json(&result.report));
    set(&o, "data", data);
    o.into()
}

/// Reads a record; `None` when any part is missing or of another shape.
pub fn from_record(v: &JsValue) -> Option<StoredSurvey> {
    let data = get(v, "data");
    if !data.is_object() {
        return None;
    }
    Some(StoredSurvey {
        result: SurveyResult {
            file_name: get(v, "file_name").as_string()?,
            detected: from_json(&get(v, "detected"))?,
            mapping: from_json(&get(v, "mapping"))?,
            summary: from_json(&get(v, "summary"))?,
            report: from_json(&get(v, "report"))?,
        },
        model: from_json(&get(v, "model"))?,
        data,
    })
}
