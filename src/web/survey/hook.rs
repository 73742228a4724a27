//! `use_survey`: the survey of the open journey, for the screen. Loads the stored one,
//! reads a new file in the worker, re-analyses when the journey's memory model changes,
//! stores each result, cancels and removes.
//!
//! The page never holds the survey's numbers: the worker stores them with the journey and
//! reads them back to analyse again (IndexedDB clones on the calling thread; a million
//! answers cloned here would block the page). Only where nothing can be stored does the
//! page keep them, as a `JsValue` of typed arrays the worker sent.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::spawn_local;
use web_sys::File;
use yew::prelude::*;

use super::bridge::{Event, Numbers, SurveyWorker};
use super::stored::{self, StoredSurvey};
use super::{SurveyFailure, SurveyPhase, SurveyResult};
use crate::io::survey::{MAX_FILE_BYTES, SurveyError};
use crate::model::MemoryModel;
use crate::model::survey::{Detected, Mapping};
use crate::web::download::{download, file_name};
use crate::web::storage::{self, Db};

/// What the survey panel gets from [`use_survey`].
#[derive(Clone, PartialEq)]
pub struct UseSurvey {
    pub phase: SurveyPhase,
    /// Read this file (any earlier survey of the journey stays until it is read).
    pub open: Callback<File>,
    /// Read the same file again with this mapping (only while `can_remap`).
    pub remap: Callback<Mapping>,
    /// Stops a read or re-analysis (the worker is terminated), or leaves a failure:
    /// the survey shown before, if any, is shown again.
    pub cancel: Callback<()>,
    /// Deletes the journey's survey, shown and stored.
    pub remove: Callback<()>,
    /// Starts the worker now, so its wasm is compiled before a file is chosen.
    pub warm: Callback<()>,
    /// Saves the shown survey's answers (numbers and segments, no ids) as a CSV file.
    pub export_answers: Callback<()>,
    /// The file of the shown survey is at hand (picked in this visit): it can be mapped
    /// again. After a reload only the numbers are kept; mapping again needs the file.
    pub can_remap: bool,
    /// The shown survey is stored with the journey (false: not yet, or storage refused).
    pub saved: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
struct View {
    phase: SurveyPhase,
    can_remap: bool,
    saved: bool,
}

/// The survey shown, the memory model its report was made with, and its numbers when
/// they are not stored.
struct Current {
    result: Rc<SurveyResult>,
    data: Option<JsValue>,
    model: MemoryModel,
    /// Made before the report had all its parts: analyse again even under the same model.
    stale: bool,
    /// Its file, when picked in this visit (to map it again).
    file: Option<File>,
}

/// A file being read: the file, the mapping asked for, and what detection found.
struct Reading {
    file: File,
    mapping: Option<Mapping>,
    detected: Option<Detected>,
}

enum JobKind {
    Open(Box<Reading>),
    Analyze,
    /// The answers as CSV, saved under the survey's file name.
    Export(String),
}

struct Job {
    id: u32,
    model: MemoryModel,
    kind: JobKind,
}

/// Where the shown survey's numbers are: on the page (not stored), or stored with
/// journey `doc`; `None` when neither.
fn numbers_of<'a>(data: &'a Option<JsValue>, doc: &'a Option<String>) -> Option<Numbers<'a>> {
    match (data, doc) {
        (Some(data), _) => Some(Numbers::Here(data)),
        (None, Some(doc)) => Some(Numbers::Stored(doc)),
        (None, None) => None,
    }
}

struct Inner {
    view: View,
    set_view: Option<UseStateSetter<View>>,
    worker: Option<SurveyWorker>,
    next_id: u32,
    job: Option<Job>,
    current: Option<Current>,
    db: Option<Db>,
    doc_id: Option<String>,
    model: MemoryModel,
    this: Weak<RefCell<Inner>>,
}

impl Inner {
    fn show(&mut self, phase: SurveyPhase) {
        self.view.phase = phase;
        self.view.can_remap = self.current.as_ref().is_some_and(|c| c.file.is_some());
        if let Some(set) = &self.set_view {
            set.set(self.view.clone());
        }
    }

    /// What is shown when nothing is under way.
    fn resting(&self) -> SurveyPhase {
        match &self.current {
            Some(c) => SurveyPhase::Ready(c.result.clone()),
            None => SurveyPhase::Idle,
        }
    }

    fn worker(&mut self) -> Result<&SurveyWorker, String> {
        if self.worker.is_none() {
            let this = self.this.clone();
            self.worker = Some(SurveyWorker::start(move |id, event| {
                if let Some(inner) = this.upgrade() {
                    inner.borrow_mut().on_event(id, event);
                }
            })?);
        }
        self.worker.as_ref().ok_or_else(String::new)
    }

    /// Stops what is under way (the worker with it: a job cannot be stopped midway).
    fn stop(&mut self) {
        if self.job.take().is_some() {
            self.worker = None;
        }
    }

    /// The journey the worker stores the survey under (`None`: nothing is stored here).
    fn stored_doc(&self) -> Option<String> {
        self.db.as_ref().and(self.doc_id.clone())
    }

    /// Starts the worker, then does `then` (or says the worker could not start).
    fn start_then(&mut self, then: fn(&mut Inner)) {
        match self.worker() {
            Ok(_) => then(self),
            Err(e) => self.show(SurveyPhase::Failed(SurveyFailure::Worker(e))),
        }
    }

    fn new_id(&mut self) -> u32 {
        self.next_id += 1;
        self.next_id
    }

    fn open(&mut self, file: File, mapping: Option<Mapping>) {
        self.stop();
        let total = file.size().max(0.0) as u64;
        if total > MAX_FILE_BYTES {
            return self.show(SurveyPhase::Failed(SurveyFailure::TooLarge {
                bytes: total,
            }));
        }
        let id = self.new_id();
        let model = self.model;
        let doc = self.stored_doc();
        if let Err(e) = self
            .worker()
            .map(|w| w.open(id, &file, mapping.as_ref(), &model, doc.as_deref()))
        {
            return self.show(SurveyPhase::Failed(SurveyFailure::Worker(e)));
        }
        self.job = Some(Job {
            id,
            model,
            kind: JobKind::Open(Box::new(Reading {
                file: file.clone(),
                mapping,
                detected: None,
            })),
        });
        self.show(SurveyPhase::Reading {
            file_name: file.name(),
            done: 0,
            total,
        });
    }

    /// Analyses the shown survey again under the journey's memory model, if it was made
    /// with another one and nothing else is under way.
    fn refresh(&mut self) {
        let Some(current) = &self.current else { return };
        if (current.model == self.model && !current.stale) || self.job.is_some() {
            return;
        }
        let (data, skipped) = (current.data.clone(), current.result.summary.skipped);
        let file_name = current.result.file_name.clone();
        let doc = self.stored_doc();
        let Some(numbers) = numbers_of(&data, &doc) else {
            return;
        };
        let id = self.new_id();
        let model = self.model;
        let Some(worker) = self.worker.as_ref() else {
            return self.start_then(|i| i.refresh());
        };
        worker.analyze(id, numbers, &model, skipped);
        self.job = Some(Job {
            id,
            model,
            kind: JobKind::Analyze,
        });
        self.show(SurveyPhase::Reading {
            file_name,
            done: 0,
            total: 0,
        });
    }

    /// Has the worker write the shown survey's answers as CSV, then saves the file.
    fn export(&mut self) {
        let Some(current) = &self.current else { return };
        if self.job.is_some() {
            return;
        }
        let data = current.data.clone();
        let file_name = current.result.file_name.clone();
        let doc = self.stored_doc();
        let Some(numbers) = numbers_of(&data, &doc) else {
            return;
        };
        let id = self.new_id();
        let Some(worker) = self.worker.as_ref() else {
            return self.start_then(|i| i.export());
        };
        worker.export(id, numbers);
        self.job = Some(Job {
            id,
            model: self.model,
            kind: JobKind::Export(file_name),
        });
    }

    fn on_event(&mut self, id: u32, event: Event) {
        let Some(job) = self.job.as_mut().filter(|j| j.id == id || id == 0) else {
            if matches!(event, Event::Crashed(_)) {
                self.worker = None; // died while idle: the next use starts another
            }
            return;
        };
        match event {
            Event::Detected(d) => {
                if let JobKind::Open(reading) = &mut job.kind {
                    reading.detected = Some(d);
                }
            }
            Event::Progress { done, total } => {
                if let SurveyPhase::Reading { file_name, .. } = &self.view.phase {
                    let file_name = file_name.clone();
                    self.show(SurveyPhase::Reading {
                        file_name,
                        done,
                        total,
                    });
                }
            }
            Event::Results { summary, report } => {
                // Shown at once; the job (and its worker) stays until `Done` says whether
                // the survey was stored.
                let Some(Job {
                    kind: JobKind::Open(reading),
                    ..
                }) = &self.job
                else {
                    return;
                };
                let Some(detected) = &reading.detected else {
                    return;
                };
                let result = SurveyResult {
                    file_name: reading.file.name(),
                    detected: detected.clone(),
                    mapping: reading
                        .mapping
                        .clone()
                        .unwrap_or_else(|| detected.mapping.clone()),
                    summary,
                    report,
                };
                // Its file is at hand, so it can be mapped again (as after `Done`).
                self.view.phase = SurveyPhase::Ready(Rc::new(result));
                self.view.can_remap = true;
                if let Some(set) = &self.set_view {
                    set.set(self.view.clone());
                }
            }
            Event::Done {
                summary,
                report,
                stored,
                data,
            } => {
                let Some(Job {
                    model,
                    kind: JobKind::Open(reading),
                    ..
                }) = self.job.take()
                else {
                    return self.fail(SurveyFailure::Worker("done for no read".into()));
                };
                let Reading {
                    file,
                    mapping,
                    detected: Some(detected),
                } = *reading
                else {
                    return self.fail(SurveyFailure::Worker("done before detected".into()));
                };
                let mapping = mapping.unwrap_or_else(|| detected.mapping.clone());
                let result = SurveyResult {
                    file_name: file.name(),
                    detected,
                    mapping,
                    summary,
                    report,
                };
                let current = Current {
                    result: Rc::new(result),
                    data,
                    model,
                    stale: false,
                    file: Some(file),
                };
                self.settle(current, stored);
            }
            Event::Analyzed { report, stored } => {
                let Some(job) = self.job.take() else { return };
                let Some(current) = self.current.take() else {
                    return self.show(SurveyPhase::Idle);
                };
                let result = SurveyResult {
                    report,
                    ..(*current.result).clone()
                };
                let current = Current {
                    result: Rc::new(result),
                    model: job.model,
                    stale: false,
                    ..current
                };
                // Stored numbers stay stored even if the new report could not be.
                let saved = stored || (self.view.saved && current.data.is_none());
                self.settle(current, saved);
            }
            Event::Failed(Some(SurveyError::TooLarge { bytes }), _) => {
                self.fail(SurveyFailure::TooLarge { bytes })
            }
            Event::Failed(Some(e), _) => self.fail(SurveyFailure::Unreadable(e)),
            Event::Failed(None, reason) => self.fail(SurveyFailure::Worker(reason)),
            Event::Exported(csv) => {
                if let Some(Job {
                    kind: JobKind::Export(name),
                    ..
                }) = self.job.take()
                {
                    download(&file_name(&name, "answers.csv"), "text/csv", &csv);
                }
                // As after a read: the worker's memory goes with it.
                self.worker = None;
                self.refresh();
            }
            Event::Crashed(reason) => {
                self.worker = None;
                self.fail(SurveyFailure::Worker(reason));
            }
        }
    }

    fn fail(&mut self, failure: SurveyFailure) {
        self.job = None;
        self.show(SurveyPhase::Failed(failure));
    }

    /// A result arrived (the worker stored it, or not): show it, and analyse again if the
    /// model changed meanwhile.
    ///
    /// The worker is let go: a wasm memory never shrinks, and after a million answers it
    /// holds several times the file. The next job starts a fresh one (tens of ms; the
    /// browser keeps the compiled wasm).
    fn settle(&mut self, current: Current, saved: bool) {
        self.worker = None;
        let result = current.result.clone();
        self.current = Some(current);
        self.view.saved = saved;
        self.show(SurveyPhase::Ready(result));
        self.refresh();
    }

    fn remove(&mut self) {
        self.stop();
        self.current = None;
        self.view.saved = false;
        self.show(SurveyPhase::Idle);
        if let (Some(db), Some(doc)) = (self.db.clone(), self.doc_id.clone()) {
            spawn_local(async move {
                let _ = storage::delete_survey(&db, &doc).await;
            });
        }
    }

    /// Another journey (or the same after a reload): show its stored survey.
    fn switch(&mut self, db: Option<Db>, doc_id: String) {
        self.stop();
        self.current = None;
        self.db = db.clone();
        self.doc_id = Some(doc_id.clone());
        self.view.saved = false;
        self.show(SurveyPhase::Idle);
        let Some(db) = db else { return };
        let this = self.this.clone();
        spawn_local(async move {
            let found = storage::load_survey(&db, &doc_id).await;
            let Some(inner) = this.upgrade() else { return };
            let mut inner = inner.borrow_mut();
            if inner.doc_id.as_deref() != Some(doc_id.as_str()) || inner.job.is_some() {
                return; // another journey meanwhile, or a file is being read already
            }
            match found {
                Ok(None) => {}
                Ok(Some(record)) => match stored::from_record(&record) {
                    Some(StoredSurvey {
                        result,
                        model,
                        stale,
                    }) => {
                        inner.current = Some(Current {
                            result: Rc::new(result),
                            data: None,
                            model,
                            stale,
                            file: None,
                        });
                        inner.view.saved = true;
                        let phase = inner.resting();
                        inner.show(phase);
                        inner.refresh();
                    }
                    None => inner.show(SurveyPhase::Failed(SurveyFailure::Storage(
                        "the stored survey could not be read".into(),
                    ))),
                },
                Err(e) => inner.show(SurveyPhase::Failed(SurveyFailure::Storage(e.to_string()))),
            }
        });
    }
}

/// The survey of journey `doc_id`, analysed under `model`, stored in `db` (`None`: not
/// stored, e.g. where the browser allows no storage).
#[hook]
pub fn use_survey(db: Option<Db>, doc_id: String, model: MemoryModel) -> UseSurvey {
    let view = use_state(View::default);
    let inner = use_mut_ref(|| Inner {
        view: View::default(),
        set_view: None,
        worker: None,
        next_id: 0,
        job: None,
        current: None,
        db: None,
        doc_id: None,
        model,
        this: Weak::new(),
    });
    {
        let mut i = inner.borrow_mut();
        if i.set_view.is_none() {
            i.set_view = Some(view.setter());
            i.this = Rc::downgrade(&inner);
        }
        i.model = model;
    }
    {
        let inner = inner.clone();
        use_effect_with((db, doc_id), move |(db, doc_id)| {
            inner.borrow_mut().switch(db.clone(), doc_id.clone());
        });
    }
    {
        let inner = inner.clone();
        use_effect_with(model, move |_| inner.borrow_mut().refresh());
    }
    {
        // Leaving the page: the worker goes with it.
        let inner = inner.clone();
        use_effect_with((), move |_| {
            move || {
                let mut inner = inner.borrow_mut();
                inner.job = None;
                inner.worker = None;
                inner.set_view = None;
            }
        });
    }
    // Made once: the panel's props stay equal between renders.
    let calls = use_memo((), {
        let inner = inner.clone();
        move |_| Calls::new(&inner)
    });
    UseSurvey {
        phase: view.phase.clone(),
        open: calls.open.clone(),
        remap: calls.remap.clone(),
        cancel: calls.cancel.clone(),
        remove: calls.remove.clone(),
        warm: calls.warm.clone(),
        export_answers: calls.export_answers.clone(),
        can_remap: view.can_remap,
        saved: view.saved,
    }
}

struct Calls {
    open: Callback<File>,
    remap: Callback<Mapping>,
    cancel: Callback<()>,
    remove: Callback<()>,
    warm: Callback<()>,
    export_answers: Callback<()>,
}

impl Calls {
    fn new(inner: &Rc<RefCell<Inner>>) -> Calls {
        let call = |f: fn(&mut Inner)| {
            let inner = inner.clone();
            Callback::from(move |()| f(&mut inner.borrow_mut()))
        };
        let open = {
            let inner = inner.clone();
            Callback::from(move |file: File| inner.borrow_mut().open(file, None))
        };
        let remap = {
            let inner = inner.clone();
            Callback::from(move |mapping: Mapping| {
                let mut inner = inner.borrow_mut();
                // The file shown: a read whose results are on screen but still being
                // stored is the one the mapping step shows, not the survey before it.
                let file = match &inner.job {
                    Some(Job {
                        kind: JobKind::Open(reading),
                        ..
                    }) => Some(reading.file.clone()),
                    _ => inner.current.as_ref().and_then(|c| c.file.clone()),
                };
                if let Some(file) = file {
                    inner.open(file, Some(mapping));
                }
            })
        };
        Calls {
            open,
            remap,
            cancel: call(|i| {
                i.stop();
                let phase = i.resting();
                i.show(phase);
            }),
            remove: call(Inner::remove),
            export_answers: call(Inner::export),
            warm: call(|i| {
                if let Err(e) = i.worker() {
                    i.show(SurveyPhase::Failed(SurveyFailure::Worker(e)));
                }
            }),
        }
    }
}
