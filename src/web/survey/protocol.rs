//! The messages between the page and the survey worker, for both sides.
//!
//! page → worker: `{type: "open", id, file: File, mapping: json|null, model: json}` and
//! `{type: "analyze", id, data, model: json, skipped}`.
//! worker → page: `{type: "ready"}` once it listens, then per job (`id` echoed):
//! `{type: "detected", detected: json}`, `{type: "progress", done, total}` per slice,
//! `{type: "done", summary: json, report: json, data}` after "open",
//! `{type: "analyzed", report: json}` after "analyze",
//! `{type: "failed", error: json|null, reason}`.
//!
//! The structured parts travel as JSON text: `serde_json` is in both binaries already,
//! and these parts are small (a report is a few KB whatever the number of respondents).
//! The answers themselves (`data`) travel as typed arrays, transferred rather than
//! copied, and the page never turns them into Rust values: it stores them and hands them
//! back as they are.

use js_sys::{Array, Float32Array, Object, Reflect, Uint16Array};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};

use crate::model::survey::{SegmentColumn, SurveyData};

pub const READY: &str = "ready";
pub const OPEN: &str = "open";
pub const ANALYZE: &str = "analyze";
/// The answers as a CSV table (what "Download the answers" saves).
pub const EXPORT: &str = "export";
pub const EXPORTED: &str = "exported";
pub const DETECTED: &str = "detected";
pub const PROGRESS: &str = "progress";
/// The results of a read, posted before the worker stores them (the page shows them at
/// once); `done` follows when the survey is stored (or could not be).
pub const RESULTS: &str = "results";
pub const DONE: &str = "done";
pub const ANALYZED: &str = "analyzed";
pub const FAILED: &str = "failed";

/// Bytes read per slice of the File (each slice is one progress step).
pub const SLICE_BYTES: u64 = 4 * 1024 * 1024;

/// `o[key]` (undefined when missing or `o` is no object).
pub fn get(o: &JsValue, key: &str) -> JsValue {
    if !o.is_object() {
        return JsValue::UNDEFINED;
    }
    Reflect::get(o, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Sets `o[key]` (never fails on a plain object).
pub fn set(o: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(o, &key.into(), value);
}

/// A message object `{type: kind, …fields}`.
pub fn message(kind: &str, fields: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    set(&o, "type", &kind.into());
    for (k, v) in fields {
        set(&o, k, v);
    }
    o
}

/// A value as JSON text (`null` text for the rare value serde cannot write).
pub fn json<T: Serialize>(value: &T) -> JsValue {
    JsValue::from_str(&serde_json::to_string(value).unwrap_or_else(|_| "null".into()))
}

/// Reads JSON text written by [`json`]; `None` when missing or not of this shape.
pub fn from_json<T: DeserializeOwned>(value: &JsValue) -> Option<T> {
    serde_json::from_str(&value.as_string()?).ok()
}

/// The survey's numbers as a JS object of typed arrays, and the buffers to transfer:
/// `{meta: json (names, labels, scales), ratings: Float32Array, overall: Float32Array,
/// nps: Float32Array, codes: [Uint16Array per segment column]}`.
pub fn data_to_js(data: &SurveyData) -> (Object, Array) {
    numbers_object(data, false)
}

/// [`data_to_js`]'s object whose typed arrays are views of the wasm memory holding `data`,
/// not copies: for storing a million answers without a second copy of them.
///
/// # Safety
/// The views are valid only until the wasm memory next grows (any allocation may do it):
/// hand the object to something that copies it at once (IndexedDB's `put` clones
/// synchronously) and drop it before allocating again.
pub unsafe fn data_views(data: &SurveyData) -> Object {
    numbers_object(data, true).0
}

fn numbers_object(data: &SurveyData, views: bool) -> (Object, Array) {
    // Everything but the long columns goes as JSON.
    let meta = SurveyData {
        touchpoints: data.touchpoints.clone(),
        segments: data
            .segments
            .iter()
            .map(|s| SegmentColumn {
                column: s.column.clone(),
                values: s.values.clone(),
                codes: Vec::new(),
            })
            .collect(),
        touchpoint_scale: data.touchpoint_scale,
        overall_scale: data.overall_scale,
        nps_scale: data.nps_scale,
        ..SurveyData::default()
    };
    let transfer = Array::new();
    let f32s = |v: &[f32]| {
        if views {
            // SAFETY: the caller of `data_views` keeps the memory from growing meanwhile.
            return unsafe { Float32Array::view(v) };
        }
        let a = Float32Array::from(v);
        transfer.push(&a.buffer());
        a
    };
    let ratings = f32s(&data.ratings);
    let overall = f32s(&data.overall);
    let nps = f32s(&data.nps);
    let codes: Array = data
        .segments
        .iter()
        .map(|s| {
            if views {
                // SAFETY: as for the ratings above.
                return JsValue::from(unsafe { Uint16Array::view(&s.codes) });
            }
            let a = Uint16Array::from(s.codes.as_slice());
            transfer.push(&a.buffer());
            JsValue::from(a)
        })
        .collect();
    let o = Object::new();
    set(&o, "meta", &json(&meta));
    set(&o, "ratings", &ratings);
    set(&o, "overall", &overall);
    set(&o, "nps", &nps);
    set(&o, "codes", &codes);
    (o, transfer)
}

/// Reads [`data_to_js`]'s object back; `None` when any part is missing or the lengths
/// do not agree (a damaged stored record).
pub fn data_from_js(o: &JsValue) -> Option<SurveyData> {
    let mut data: SurveyData = from_json(&get(o, "meta"))?;
    let f32s = |key: &str| {
        get(o, key)
            .dyn_into::<Float32Array>()
            .ok()
            .map(|a| a.to_vec())
    };
    data.ratings = f32s("ratings")?;
    data.overall = f32s("overall")?;
    data.nps = f32s("nps")?;
    let codes: Array = get(o, "codes").dyn_into().ok()?;
    if codes.length() as usize != data.segments.len() {
        return None;
    }
    for (segment, c) in data.segments.iter_mut().zip(codes.iter()) {
        segment.codes = c.dyn_into::<Uint16Array>().ok()?.to_vec();
    }
    let n = data.overall.len();
    let fits = data.ratings.len() == n * data.touchpoints.len()
        && data.nps.len() == n
        && data.segments.iter().all(|s| s.codes.len() == n);
    fits.then_some(data)
}
