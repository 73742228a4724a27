//! The work behind importing: reading the files of a batch one by one (size checked
//! before reading), handing them to `io::import`, and the state the import panel shows:
//! errors, files waiting for "import the rest", and what was added.

use crate::io::csv::CsvWarning;
use crate::io::import::{self, ImportError, Imported};
use crate::model::{Journey, Scale};
use std::collections::VecDeque;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Default, PartialEq)]
pub(crate) struct ImportState {
    pub errors: Vec<(String, ImportError)>,
    /// Files with rows that would be left out, waiting for the user's answer.
    pub pending: VecDeque<(String, Imported)>,
    /// Titles added, from which file, and what the user should know about it.
    pub done: Vec<(Vec<String>, String, Vec<CsvWarning>)>,
    /// Files of a batch are still being read.
    pub reading: bool,
    /// A batch was read: once nothing is left to show, the panel closes.
    pub ran: bool,
}

impl ImportState {
    /// Read, answered and dismissed: nothing left to show.
    pub fn finished(&self) -> bool {
        self.ran
            && !self.reading
            && self.errors.is_empty()
            && self.pending.is_empty()
            && self.done.is_empty()
    }
}

pub(crate) enum Step {
    Started,
    Failed(String, ImportError),
    Ask(String, Imported),
    Done(Vec<String>, String, Vec<CsvWarning>),
    Read,
    Answered,
    Dismiss,
}

impl Reducible for ImportState {
    type Action = Step;
    fn reduce(self: Rc<Self>, step: Step) -> Rc<Self> {
        let mut s = Rc::unwrap_or_clone(self);
        match step {
            Step::Started => {
                s.errors.clear();
                s.done.clear();
                s.reading = true;
                s.ran = true;
            }
            Step::Read => s.reading = false,
            Step::Failed(f, e) => s.errors.push((f, e)),
            Step::Ask(f, i) => s.pending.push_back((f, i)),
            Step::Done(t, f, w) => s.done.push((t, f, w)),
            Step::Answered => {
                s.pending.pop_front();
            }
            Step::Dismiss => {
                s.errors.clear();
                s.done.clear();
            }
        }
        Rc::new(s)
    }
}

pub(crate) fn add(
    on_create: &Callback<Journey>,
    state: &UseReducerDispatcher<ImportState>,
    file: String,
    i: Imported,
) {
    let titles = i.journeys.iter().map(|j| j.title.clone()).collect();
    for journey in i.journeys {
        on_create.emit(journey);
    }
    state.dispatch(Step::Done(titles, file, i.warnings));
}

async fn read(file: &web_sys::File) -> Result<Vec<u8>, ImportError> {
    let buf = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ImportError::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// Reads `files` one after the other, so they land in the library in the order given.
pub(crate) fn start(
    files: Vec<web_sys::File>,
    scale: Scale,
    on_create: Callback<Journey>,
    state: UseReducerDispatcher<ImportState>,
) {
    if files.is_empty() {
        return;
    }
    state.dispatch(Step::Started);
    yew::platform::spawn_local(async move {
        for f in files {
            let name = f.name();
            let max = import::max_bytes(&name);
            // `size` is known without reading: a huge file is refused before a byte loads.
            let size = f.size();
            let result = if size > max as f64 {
                Err(ImportError::TooLarge {
                    bytes: size as usize,
                    max,
                })
            } else {
                match read(&f).await {
                    Ok(bytes) => import::import_file(&name, &bytes, scale),
                    Err(e) => Err(e),
                }
            };
            match result {
                Ok(i) if i.skipped.is_empty() => add(&on_create, &state, name, i),
                Ok(i) => state.dispatch(Step::Ask(name, i)),
                Err(e) => state.dispatch(Step::Failed(name, e)),
            }
        }
        state.dispatch(Step::Read);
    });
}
