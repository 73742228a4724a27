//! The survey worker's side (its own wasm binary, `src/bin/survey_worker.rs`): reads the
//! File in slices with `FileReaderSync`, detects its shape on the first slice, streams
//! the rest through the reader, analyses, and posts the results back. Runs in a
//! dedicated worker, so blocking reads are allowed here and nothing here blocks the page.
//!
//! One job at a time, in the order posted; cancelling is the page terminating the worker.
//! When the page names the journey (`doc`), the worker stores the survey itself (IndexedDB
//! clones on the calling thread: a million answers cloned on the page would block it).

use js_sys::{Array, Object, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, File, FileReaderSync, MessageEvent};

use super::protocol::{self, get, json, message};
use super::stored;
use crate::analysis::survey::analyze;
use crate::io::survey::{self, HEAD_BYTES, MAX_FILE_BYTES, Reader, SurveyError, read_all};
use crate::model::MemoryModel;
use crate::model::survey::{Mapping, SurveyData};
use crate::web::storage::{self, StorageError};

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

impl From<StorageError> for Failure {
    fn from(e: StorageError) -> Self {
        Failure::Other(format!("storage: {e}"))
    }
}

fn js_failure(what: &str, e: &JsValue) -> Failure {
    let detail = js_sys::JSON::stringify(e)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default();
    Failure::Other(format!("{what}: {detail}"))
}

fn unreadable() -> Failure {
    Failure::Other("the stored survey numbers do not fit together".into())
}

/// Posts messages for one job, each tagged with the job's id.
#[derive(Clone)]
struct Job {
    scope: DedicatedWorkerGlobalScope,
    id: JsValue,
}

impl Job {
    fn post(&self, kind: &str, fields: &[(&str, JsValue)]) {
        self.post_transfer(message(kind, fields), &Array::new());
    }

    fn post_transfer(&self, msg: Object, transfer: &Array) {
        protocol::set(&msg, "id", &self.id);
        let _ = self.scope.post_message_with_transfer(&msg, transfer);
    }

    fn fail(&self, failure: Failure) {
        let (error, reason) = match failure {
            Failure::Survey(e) => (json(&e), e.to_string()),
            Failure::Other(reason) => (JsValue::NULL, reason),
        };
        self.post(
            protocol::FAILED,
            &[("error", error), ("reason", reason.into())],
        );
    }
}

fn run(scope: &DedicatedWorkerGlobalScope, msg: &JsValue) {
    let job = Job {
        scope: scope.clone(),
        id: get(msg, "id"),
    };
    let model: MemoryModel = protocol::from_json(&get(msg, "model")).unwrap_or_default();
    let doc = get(msg, "doc").as_string();
    match get(msg, "type").as_string().as_deref() {
        Some(protocol::OPEN) => {
            if let Err(f) = open(&job, msg, model, doc) {
                job.fail(f);
            }
        }
        Some(protocol::ANALYZE) => {
            let data = get(msg, "data");
            let skipped = get(msg, "skipped").as_f64().unwrap_or(0.0).max(0.0) as usize;
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(f) = reanalyze(&job, data, doc, &model, skipped).await {
                    job.fail(f);
                }
            });
        }
        Some(protocol::EXPORT) => {
            let data = get(msg, "data");
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(f) = export(&job, data, doc).await {
                    job.fail(f);
                }
            });
        }
        _ => {}
    }
}

/// The numbers of journey `doc` (stored) or those the page sent (`data`).
async fn numbers(data: JsValue, doc: Option<String>) -> Result<SurveyData, Failure> {
    let Some(doc) = doc else {
        return protocol::data_from_js(&data).ok_or_else(unreadable);
    };
    let db = storage::open_db().await?;
    storage::load_survey_numbers(&db, &doc)
        .await?
        .and_then(|n| protocol::data_from_js(&n))
        .ok_or_else(unreadable)
}

/// Writes the answers as CSV text for the page to save (never on the page's thread: a
/// million rows take a while).
async fn export(job: &Job, data: JsValue, doc: Option<String>) -> Result<(), Failure> {
    let data = numbers(data, doc).await?;
    let csv = survey::answers_csv(&data);
    drop(data);
    job.post(protocol::EXPORTED, &[("csv", csv.into())]);
    Ok(())
}

/// Reads a File with a mapping (or the detected one), analyses it, stores it under `doc`
/// when given, posts `done`.
fn open(job: &Job, msg: &JsValue, model: MemoryModel, doc: Option<String>) -> Result<(), Failure> {
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
    let (detected, data, summary) = if survey::is_workbook(&first) {
        // A workbook is a zip: it reads only whole.
        let bytes = if first.len() as u64 >= total {
            first
        } else {
            slice(0, total)?
        };
        progress(total);
        clock.lap("read");
        let read = read_all(&bytes, mapping.as_ref())?;
        job.post(protocol::DETECTED, &[("detected", json(&read.0))]);
        clock.lap("parse");
        read
    } else {
        let complete = first.len() as u64 >= total && first.len() <= HEAD_BYTES;
        let detected = survey::detect(&first[..first.len().min(HEAD_BYTES)], complete)?;
        job.post(protocol::DETECTED, &[("detected", json(&detected))]);
        clock.lap("detect");
        let mut reader = Reader::new(&detected, mapping.as_ref().unwrap_or(&detected.mapping))?;
        let mut done = first.len() as u64;
        reader.feed(&first);
        reader.reserve_for(done, total);
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
        let (data, summary) = reader.finish()?;
        clock.lap("parse");
        (detected, data, summary)
    };
    let report = analyze(&data, &model, summary.skipped);
    clock.lap("analyze");
    let parts = [("summary", json(&summary)), ("report", json(&report))];
    let Some(doc) = doc else {
        let numbers = protocol::data_to_js(&data);
        drop(data);
        done(job, &parts, Some(numbers), clock);
        return Ok(());
    };
    let record = stored::record(
        &file.name(),
        &model,
        mapping.as_ref(),
        &detected,
        &summary,
        &report,
    );
    // The results go to the page before the numbers are stored: a durable write of
    // 100,000 × 12 answers is a disk flush the user need not wait for.
    job.post(protocol::RESULTS, &parts);
    let job = job.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let stored = match storage::open_db().await {
            Ok(db) => {
                // SAFETY: `put_survey`'s first poll makes both puts (which clone) before
                // its first await, and nothing allocates between making the views and
                // that poll; after it the views are not read again.
                let views = unsafe { protocol::data_views(&data) };
                storage::put_survey(&db, &doc, &record, Some(&views))
                    .await
                    .is_ok()
            }
            Err(_) => false,
        };
        clock.lap("store");
        if stored {
            drop(data);
            done(&job, &parts, None, clock);
        } else {
            // Not stored (storage full, say): the page keeps the numbers to re-analyse.
            let numbers = protocol::data_to_js(&data);
            drop(data);
            done(&job, &parts, Some(numbers), clock);
        }
    });
    Ok(())
}

/// Posts `done`; with the numbers (transferred, not copied) when they are not stored.
fn done(job: &Job, parts: &[(&str, JsValue)], numbers: Option<(Object, Array)>, mut clock: Clock) {
    let msg = message(protocol::DONE, parts);
    protocol::set(&msg, "stored", &numbers.is_none().into());
    let transfer = match numbers {
        Some((numbers, transfer)) => {
            protocol::set(&msg, "data", &numbers);
            transfer
        }
        None => Array::new(),
    };
    clock.lap("encode");
    protocol::set(&msg, "timing", &clock.into_js());
    job.post_transfer(msg, &transfer);
}

/// Analyses again (after a reload, or under a changed memory model): the stored numbers
/// of journey `doc`, storing the new report with them; or, when they are not stored, the
/// numbers the page sent (`data`).
async fn reanalyze(
    job: &Job,
    data: JsValue,
    doc: Option<String>,
    model: &MemoryModel,
    skipped: usize,
) -> Result<(), Failure> {
    let data = numbers(data, doc.clone()).await?;
    let report = analyze(&data, model, skipped);
    drop(data);
    let Some(doc) = doc else {
        let parts = [("report", json(&report)), ("stored", false.into())];
        job.post(protocol::ANALYZED, &parts);
        return Ok(());
    };
    let db = storage::open_db().await?;
    let record = storage::load_survey(&db, &doc)
        .await?
        .and_then(|r| stored::as_object(&r))
        .ok_or_else(unreadable)?;
    stored::with_report(&record, &report, model);
    let saved = storage::put_survey(&db, &doc, &record, None).await.is_ok();
    let parts = [("report", json(&report)), ("stored", saved.into())];
    job.post(protocol::ANALYZED, &parts);
    Ok(())
}

/// Where the worker's time goes, in milliseconds per step, and its memory (sent with
/// `done`, for the end-to-end measurement; the page ignores it).
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
        // Wasm memory only grows: its size now is the most this job needed.
        let memory = wasm_bindgen::memory()
            .dyn_into::<js_sys::WebAssembly::Memory>()
            .map(|m| {
                m.buffer()
                    .unchecked_into::<js_sys::ArrayBuffer>()
                    .byte_length()
            })
            .unwrap_or(0);
        protocol::set(&o, "wasm_memory_bytes", &memory.into());
        o.into()
    }
}
