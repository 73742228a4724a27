//! The survey worker's side (its own wasm binary, `src/bin/survey_worker.rs`): reads the
//! File in slices with `FileReaderSync`, detects its shape on the first slice, streams
//! the rest through the reader, analyses, and posts the results back. Runs in a
//! dedicated worker, so blocking reads are allowed here and nothing here blocks the page.
//!
//! One job at a time, in the order posted; cancelling is the page terminating the worker.

use js_sys::{Object, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, File, FileReaderSync, MessageEvent};

use super::protocol::{self, get, json, message};
use crate::analysis::survey::analyze;
use crate::io::survey::{self, HEAD_BYTES, MAX_FILE_BYTES, Reader, SurveyError, read_all};
use crate::model::MemoryModel;
use crate::model::survey::{Mapping, ReadSummary, SurveyData};

/// Starts listening for jobs, and says so (messages posted before this would be lost).
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = {
        let scope = scope.clone();
        Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| run(&scope, &e.data()))
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget(); // listens as long as the worker lives
    let _ = scope.post_message(&message(protocol::READY, &[]));
}

/// Why a job failed: the reader's error, or something about the worker itself.
enum Failure {
    Survey(SurveyError),
    Other(String),
}

impl From<SurveyError> for Failure {
    fn from(e: SurveyError) -> Self {
        Failure::Survey(e)
    }
}

fn js_failure(what: &str, e: &JsValue) -> Failure {
    let detail = js_sys::JSON::stringify(e)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default();
    Failure::Other(format!("{what}: {detail}"))
}

/// Posts messages for one job, each tagged with the job's id.
struct Job<'a> {
    scope: &'a DedicatedWorkerGlobalScope,
    id: JsValue,
}

impl Job<'_> {
    fn post(&self, kind: &str, fields: &[(&str, JsValue)]) {
        self.post_transfer(message(kind, fields), &js_sys::Array::new());
    }

    fn post_transfer(&self, msg: Object, transfer: &js_sys::Array) {
        protocol::set(&msg, "id", &self.id);
        let _ = self.scope.post_message_with_transfer(&msg, transfer);
    }
}

fn run(scope: &DedicatedWorkerGlobalScope, msg: &JsValue) {
    let job = Job {
        scope,
        id: get(msg, "id"),
    };
    let model: MemoryModel = protocol::from_json(&get(msg, "model")).unwrap_or_default();
    let outcome = match get(msg, "type").as_string().as_deref() {
        Some(protocol::OPEN) => open(&job, msg, &model),
        Some(protocol::ANALYZE) => reanalyze(&job, msg, &model),
        _ => Ok(()),
    };
    match outcome {
        Ok(()) => {}
        Err(Failure::Survey(e)) => job.post(
            protocol::FAILED,
            &[("error", json(&e)), ("reason", e.to_string().into())],
        ),
        Err(Failure::Other(reason)) => job.post(
            protocol::FAILED,
            &[("error", JsValue::NULL), ("reason", reason.into())],
        ),
    }
}

/// Reads a File with a mapping (or the detected one), analyses it, posts `done`.
fn open(job: &Job, msg: &JsValue, model: &MemoryModel) -> Result<(), Failure> {
    let file: File = get(msg, "file")
        .dyn_into()
        .map_err(|v| js_failure("no file", &v))?;
    let mapping: Option<Mapping> = protocol::from_json(&get(msg, "mapping"));
    let total = file.size().max(0.0) as u64;
    if total == 0 {
        return Err(SurveyError::Empty.into());
    }
    if total > MAX_FILE_BYTES {
        return Err(SurveyError::TooLarge { bytes: total }.into());
    }
    let reader = FileReaderSync::new().map_err(|e| js_failure("FileReaderSync", &e))?;
    let slice = |start: u64, end: u64| -> Result<Vec<u8>, Failure> {
        let blob = file
            .slice_with_f64_and_f64(start as f64, end as f64)
            .map_err(|e| js_failure("slice", &e))?;
        let buffer = reader
            .read_as_array_buffer(&blob)
            .map_err(|e| js_failure("read", &e))?;
        Ok(Uint8Array::new(&buffer).to_vec())
    };
    let progress = |done: u64| {
        job.post(
            protocol::PROGRESS,
            &[
                ("done", (done as f64).into()),
                ("total", (total as f64).into()),
            ],
        )
    };

    let mut clock = Clock::start();
    let first = slice(0, total.min(protocol::SLICE_BYTES))?;
    clock.lap("read");
    let (data, summary) = if survey::is_workbook(&first) {
        // A workbook is a zip: it reads only whole.
        let bytes = if first.len() as u64 >= total {
            first
        } else {
            slice(0, total)?
        };
        progress(total);
        clock.lap("read");
        let (detected, data, summary) = read_all(&bytes, mapping.as_ref())?;
        job.post(protocol::DETECTED, &[("detected", json(&detected))]);
        clock.lap("parse");
        (data, summary)
    } else {
        let complete = first.len() as u64 >= total && first.len() <= HEAD_BYTES;
        let detected = survey::detect(&first[..first.len().min(HEAD_BYTES)], complete)?;
        job.post(protocol::DETECTED, &[("detected", json(&detected))]);
        clock.lap("detect");
        let mut reader = Reader::new(&detected, mapping.as_ref().unwrap_or(&detected.mapping))?;
        let mut done = first.len() as u64;
        reader.feed(&first);
        drop(first);
        clock.lap("parse");
        progress(done);
        while done < total {
            let end = total.min(done + protocol::SLICE_BYTES);
            let bytes = slice(done, end)?;
            clock.lap("read");
            reader.feed(&bytes);
            clock.lap("parse");
            done = end;
            progress(done);
        }
        let read = reader.finish()?;
        clock.lap("parse");
        read
    };
    finish(job, data, summary, model, clock);
    Ok(())
}

fn finish(
    job: &Job,
    data: SurveyData,
    summary: ReadSummary,
    model: &MemoryModel,
    mut clock: Clock,
) {
    let report = analyze(&data, model, summary.skipped);
    clock.lap("analyze");
    let (numbers, transfer) = protocol::data_to_js(&data);
    drop(data);
    let msg = message(
        protocol::DONE,
        &[
            ("summary", json(&summary)),
            ("report", json(&report)),
            ("data", numbers.into()),
        ],
    );
    clock.lap("encode");
    protocol::set(&msg, "timing", &clock.into_js());
    job.post_transfer(msg, &transfer);
}

/// Where the worker's time goes, in milliseconds per step (sent with `done`, for the
/// end-to-end measurement; the page ignores it).
struct Clock {
    last: f64,
    steps: Vec<(&'static str, f64)>,
}

impl Clock {
    fn start() -> Clock {
        Clock {
            last: js_sys::Date::now(),
            steps: Vec::new(),
        }
    }

    fn lap(&mut self, step: &'static str) {
        let now = js_sys::Date::now();
        match self.steps.iter_mut().find(|(s, _)| *s == step) {
            Some((_, ms)) => *ms += now - self.last,
            None => self.steps.push((step, now - self.last)),
        }
        self.last = now;
    }

    fn into_js(self) -> JsValue {
        let o = Object::new();
        for (step, ms) in self.steps {
            protocol::set(&o, step, &ms.into());
        }
        o.into()
    }
}

/// Analyses stored numbers again (after a reload, or under a changed memory model).
fn reanalyze(job: &Job, msg: &JsValue, model: &MemoryModel) -> Result<(), Failure> {
    let data = protocol::data_from_js(&get(msg, "data"))
        .ok_or_else(|| Failure::Other("the stored survey numbers do not fit together".into()))?;
    let skipped = get(msg, "skipped").as_f64().unwrap_or(0.0).max(0.0) as usize;
    let report = analyze(&data, model, skipped);
    job.post(protocol::ANALYZED, &[("report", json(&report))]);
    Ok(())
}
