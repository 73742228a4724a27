//! The page's handle on the survey worker: starts it from the loader named in the page
//! (`<meta name="peakend-survey-worker">`, written by build/postbuild.mjs), queues jobs
//! until it says it listens, and turns its messages into typed events.
//!
//! Never turns the survey's numbers into Rust values: they stay a `JsValue` of typed
//! arrays (a million answers through Rust on the page would block it for a long while).

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Array;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Event as DomEvent, File, MessageEvent, Worker};

use super::protocol::{self, from_json, get, json, message};
use crate::analysis::survey::SurveyReport;
use crate::io::survey::SurveyError;
use crate::model::MemoryModel;
use crate::model::survey::{Detected, Mapping, ReadSummary};

/// Where the loader is when the page names none (a build without the post-build step).
const DEFAULT_LOADER: &str = "./survey_worker_loader.js";
const META_NAME: &str = "peakend-survey-worker";

/// What the worker said about job `id`.
#[derive(Debug)]
pub enum Event {
    Detected(Detected),
    Progress {
        done: u64,
        total: u64,
    },
    /// The results of a read, before they are stored (`Done` follows).
    Results {
        summary: ReadSummary,
        report: SurveyReport,
    },
    Done {
        summary: ReadSummary,
        report: SurveyReport,
        /// The worker stored the survey with the journey.
        stored: bool,
        /// When not stored: the numbers (typed arrays), kept and sent back as they are.
        data: Option<JsValue>,
    },
    Analyzed {
        report: SurveyReport,
        stored: bool,
    },
    /// The answers as CSV text.
    Exported(String),
    /// The reader's error when it refused the file.
    Failed(Option<SurveyError>, String),
    /// The worker could not start, or died.
    Crashed(String),
}

/// Where the numbers to analyse again are.
pub enum Numbers<'a> {
    /// Stored with journey `doc` (the worker reads them).
    Stored(&'a str),
    /// Only on the page.
    Here(&'a JsValue),
}

/// A running survey worker. Dropping it terminates the worker.
pub struct SurveyWorker {
    worker: Worker,
    /// Jobs posted before the worker listens; `None` once it does.
    queue: Rc<RefCell<Option<Vec<JsValue>>>>,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(DomEvent)>,
}

impl Drop for SurveyWorker {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// The loader's address as the page names it.
fn loader_url() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("meta[name=\"{META_NAME}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"))
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| DEFAULT_LOADER.to_string())
}

impl SurveyWorker {
    /// Starts the worker; `on_event(job id, event)` hears every message (`id` 0: none).
    pub fn start(on_event: impl Fn(u32, Event) + 'static) -> Result<SurveyWorker, String> {
        let worker = Worker::new(&loader_url()).map_err(|e| describe(&e))?;
        let on_event = Rc::new(on_event);
        let queue: Rc<RefCell<Option<Vec<JsValue>>>> = Rc::new(RefCell::new(Some(Vec::new())));
        let on_message = {
            let (worker, queue, on_event) = (worker.clone(), queue.clone(), on_event.clone());
            Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
                let data = e.data();
                if get(&data, "type").as_string().as_deref() == Some(protocol::READY) {
                    for job in queue.borrow_mut().take().unwrap_or_default() {
                        post(&worker, &job);
                    }
                    return;
                }
                let id = get(&data, "id").as_f64().unwrap_or(0.0) as u32;
                on_event(id, read_event(&data));
            })
        };
        // An ErrorEvent when the worker threw; a plain Event when its script did not load.
        let on_error = Closure::<dyn Fn(DomEvent)>::new(move |e: DomEvent| {
            e.prevent_default();
            let text = get(&e, "message").as_string();
            on_event(
                0,
                Event::Crashed(text.unwrap_or_else(|| "the survey worker did not load".into())),
            );
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(SurveyWorker {
            worker,
            queue,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Job `id`: read `file` with `mapping` (`None`: the detected one), analyse under
    /// `model`, and store it as journey `doc`'s survey (`None`: not stored).
    pub fn open(
        &self,
        id: u32,
        file: &File,
        mapping: Option<&Mapping>,
        model: &MemoryModel,
        doc: Option<&str>,
    ) {
        let msg = message(
            protocol::OPEN,
            &[
                ("id", id.into()),
                ("file", file.into()),
                ("mapping", mapping.map_or(JsValue::NULL, json)),
                ("model", json(model)),
                ("doc", doc.map_or(JsValue::NULL, JsValue::from_str)),
            ],
        );
        self.send(msg.into());
    }

    /// Job `id`: analyse again under `model`: journey `doc`'s stored numbers, or `data`
    /// (numbers not stored; copied to the worker, the page keeps its own).
    pub fn analyze(&self, id: u32, numbers: Numbers<'_>, model: &MemoryModel, skipped: usize) {
        let (doc, data) = match numbers {
            Numbers::Stored(doc) => (JsValue::from_str(doc), JsValue::NULL),
            Numbers::Here(data) => (JsValue::NULL, data.clone()),
        };
        let msg = message(
            protocol::ANALYZE,
            &[
                ("id", id.into()),
                ("doc", doc),
                ("data", data),
                ("model", json(model)),
                ("skipped", (skipped as f64).into()),
            ],
        );
        self.send(msg.into());
    }

    /// Job `id`: the answers as CSV text: journey `doc`'s stored numbers, or `data`.
    pub fn export(&self, id: u32, numbers: Numbers<'_>) {
        let (doc, data) = match numbers {
            Numbers::Stored(doc) => (JsValue::from_str(doc), JsValue::NULL),
            Numbers::Here(data) => (JsValue::NULL, data.clone()),
        };
        let msg = message(
            protocol::EXPORT,
            &[("id", id.into()), ("doc", doc), ("data", data)],
        );
        self.send(msg.into());
    }

    fn send(&self, msg: JsValue) {
        match self.queue.borrow_mut().as_mut() {
            Some(waiting) => waiting.push(msg),
            None => post(&self.worker, &msg),
        }
    }
}

fn post(worker: &Worker, msg: &JsValue) {
    let _ = worker.post_message_with_transfer(msg, &Array::new());
}

fn describe(e: &JsValue) -> String {
    get(e, "message")
        .as_string()
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "the survey worker could not start".into())
}

fn read_event(data: &JsValue) -> Event {
    let bad = || Event::Crashed("the survey worker sent a message this page cannot read".into());
    let number = |key: &str| get(data, key).as_f64().unwrap_or(0.0).max(0.0) as u64;
    match get(data, "type").as_string().as_deref() {
        Some(protocol::DETECTED) => {
            from_json(&get(data, "detected")).map_or_else(bad, Event::Detected)
        }
        Some(protocol::PROGRESS) => Event::Progress {
            done: number("done"),
            total: number("total"),
        },
        Some(protocol::RESULTS) => match (
            from_json(&get(data, "summary")),
            from_json(&get(data, "report")),
        ) {
            (Some(summary), Some(report)) => Event::Results { summary, report },
            _ => bad(),
        },
        Some(protocol::DONE) => match (
            from_json(&get(data, "summary")),
            from_json(&get(data, "report")),
        ) {
            (Some(summary), Some(report)) => Event::Done {
                summary,
                report,
                stored: get(data, "stored").as_bool().unwrap_or(false),
                data: Some(get(data, "data")).filter(JsValue::is_object),
            },
            _ => bad(),
        },
        Some(protocol::ANALYZED) => match from_json(&get(data, "report")) {
            Some(report) => Event::Analyzed {
                report,
                stored: get(data, "stored").as_bool().unwrap_or(false),
            },
            None => bad(),
        },
        Some(protocol::EXPORTED) => match get(data, "csv").as_string() {
            Some(csv) => Event::Exported(csv),
            None => bad(),
        },
        Some(protocol::FAILED) => Event::Failed(
            from_json(&get(data, "error")),
            get(data, "reason").as_string().unwrap_or_default(),
        ),
        _ => bad(),
    }
}
