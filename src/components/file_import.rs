//! Importing files: from the picker in the files panel or dropped anywhere on the page.
//! Each file is capped by size before it is read, sniffed by content, and every journey
//! in it is *added* to the library and opened. A file with bad rows asks first; a file
//! that cannot be read says why, and nothing changes.

use super::{tr, use_lang};
use crate::i18n::{T, files as say};
use crate::io::csv::CsvWarning;
use crate::io::import::{self, ImportError, Imported, Skipped};
use crate::model::Scale;
use crate::state::Msg;
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

/// Files the user picked; `seq` tells one pick from the next.
pub struct FileBatch {
    pub seq: u32,
    pub files: Vec<web_sys::File>,
}

impl PartialEq for FileBatch {
    fn eq(&self, other: &Self) -> bool {
        self.seq == other.seq
    }
}

/// The files of a `FileList` (from an `<input type=file>` or a drop).
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

#[derive(Clone, Default, PartialEq)]
struct ImportState {
    errors: Vec<(String, ImportError)>,
    /// Files with rows that would be left out, waiting for the user's answer.
    pending: VecDeque<(String, Imported)>,
    /// Titles added, from which file, and what the user should know about it.
    done: Vec<(Vec<String>, String, Vec<CsvWarning>)>,
    dragging: bool,
}

enum Step {
    Started,
    Failed(String, ImportError),
    Ask(String, Imported),
    Done(Vec<String>, String, Vec<CsvWarning>),
    Answered,
    Dismiss,
    Drag(bool),
}

impl Reducible for ImportState {
    type Action = Step;
    fn reduce(self: Rc<Self>, step: Step) -> Rc<Self> {
        let mut s = Rc::unwrap_or_clone(self);
        match step {
            Step::Started => {
                s.errors.clear();
                s.done.clear();
            }
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
            Step::Drag(d) => s.dragging = d,
        }
        Rc::new(s)
    }
}

fn add(
    on_msg: &Callback<Msg>,
    state: &UseReducerDispatcher<ImportState>,
    file: String,
    i: Imported,
) {
    let titles = i.journeys.iter().map(|j| j.title.clone()).collect();
    for journey in i.journeys {
        on_msg.emit(Msg::Create {
            journey,
            based_on: None,
        });
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
fn start(
    files: Vec<web_sys::File>,
    scale: Scale,
    on_msg: Callback<Msg>,
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
                Ok(i) if i.skipped.is_empty() => add(&on_msg, &state, name, i),
                Ok(i) => state.dispatch(Step::Ask(name, i)),
                Err(e) => state.dispatch(Step::Failed(name, e)),
            }
        }
    });
}

/// Lets files be dropped anywhere on the page, showing an overlay while they hover.
#[hook]
fn use_drop(on_files: Callback<Vec<web_sys::File>>, state: UseReducerDispatcher<ImportState>) {
    use_effect_with((), move |_| {
        let has_files = |e: &web_sys::DragEvent| {
            e.data_transfer()
                .map(|d| d.types().includes(&"Files".into(), 0))
                .unwrap_or(false)
        };
        let s = state.clone();
        let over = Closure::<dyn Fn(web_sys::DragEvent)>::new(move |e: web_sys::DragEvent| {
            if has_files(&e) {
                e.prevent_default();
                s.dispatch(Step::Drag(true));
            }
        });
        let s = state.clone();
        let leave = Closure::<dyn Fn(web_sys::DragEvent)>::new(move |e: web_sys::DragEvent| {
            // Leaving for another element inside the page is not leaving the page.
            if e.related_target().is_none() {
                s.dispatch(Step::Drag(false));
            }
        });
        let drop = Closure::<dyn Fn(web_sys::DragEvent)>::new(move |e: web_sys::DragEvent| {
            if has_files(&e) {
                e.prevent_default();
                state.dispatch(Step::Drag(false));
                on_files.emit(files_of(e.data_transfer().and_then(|d| d.files())));
            }
        });
        let window = web_sys::window();
        let each = move |f: &dyn Fn(&web_sys::Window, &str, &js_sys::Function)| {
            if let Some(w) = &window {
                for (name, c) in [
                    ("dragenter", &over),
                    ("dragover", &over),
                    ("dragleave", &leave),
                    ("drop", &drop),
                ] {
                    f(w, name, c.as_ref().unchecked_ref());
                }
            }
        };
        each(&|w, name, f| {
            let _ = w.add_event_listener_with_callback(name, f);
        });
        move || {
            each(&|w, name, f| {
                let _ = w.remove_event_listener_with_callback(name, f);
            });
        }
    });
}

#[derive(Properties, PartialEq)]
pub struct ImportFlowProps {
    /// The open journey's scale: tables and diagrams are read onto it.
    pub scale: Scale,
    pub on_msg: Callback<Msg>,
    /// Files picked in the files panel.
    pub batch: Option<Rc<FileBatch>>,
}

/// The drop overlay, the question about skipped rows, and what happened.
#[function_component(ImportFlow)]
pub fn import_flow(p: &ImportFlowProps) -> Html {
    let l = use_lang();
    let state = use_reducer(ImportState::default);
    let on_files = {
        let (scale, on_msg, d) = (p.scale, p.on_msg.clone(), state.dispatcher());
        Callback::from(move |files| start(files, scale, on_msg.clone(), d.clone()))
    };
    use_drop(on_files.clone(), state.dispatcher());
    {
        let on_files = on_files.clone();
        use_effect_with(p.batch.clone(), move |b| {
            if let Some(b) = b {
                on_files.emit(b.files.clone());
            }
        });
    }
    let confirm_ref = use_node_ref();
    {
        let r = confirm_ref.clone();
        use_effect_with(state.pending.len(), move |_| {
            if let Some(b) = r.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        });
    }
    let dismiss = {
        let d = state.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Step::Dismiss))
    };
    let errors = (!state.errors.is_empty()).then(|| html! {
        <div class="alert import-error" role="alert" data-testid="import-error">
            { for state.errors.iter().map(|(f, e)| html! { <p>{ say::import_failed(l, f, e) }</p> }) }
            <p>{ tr(l, T::NothingChanged) }</p>
            <button type="button" onclick={dismiss.clone()}>{ tr(l, T::Dismiss) }</button>
        </div>
    });
    let warnings = |w: &[CsvWarning]| -> Html {
        if w.is_empty() {
            return html! {};
        }
        html! {
            <>
                <p>{ tr(l, T::ImportNotes) }</p>
                <ul>{ for w.iter().map(|w| html! { <li>{ say::csv_warning(l, w) }</li> }) }</ul>
            </>
        }
    };
    let done = (!state.done.is_empty()).then(|| {
        html! {
            <div class="notice import-done" role="status" data-testid="import-done">
                { for state.done.iter().map(|(t, f, w)| html! {
                    <><p>{ say::imported(l, t, f) }</p>{ warnings(w) }</>
                }) }
                <button type="button" onclick={dismiss}>{ tr(l, T::Dismiss) }</button>
            </div>
        }
    });
    let ask = state.pending.front().map(|(file, i)| {
        let answer = |take: bool| {
            let (state, on_msg) = (state.clone(), p.on_msg.clone());
            Callback::from(move |_: MouseEvent| {
                if let Some((f, i)) = state.pending.front().cloned() {
                    if take {
                        add(&on_msg, &state.dispatcher(), f, i);
                    }
                }
                state.dispatch(Step::Answered);
            })
        };
        html! {
            <section class="import-confirm" role="alertdialog" aria-labelledby="import-confirm-q"
                data-testid="import-confirm">
                <h2 id="import-confirm-q">{ say::skip_question(l, file, i.skipped.len(), matches!(i.skipped.first(), Some(Skipped::Line(_)))) }</h2>
                <ul data-testid="skipped-rows">
                    { for i.skipped.iter().map(|s| html! { <li>{ say::skipped(l, s) }</li> }) }
                </ul>
                { warnings(&i.warnings) }
                <div class="buttons">
                    <button type="button" ref={confirm_ref} data-testid="import-rest"
                        onclick={answer(true)}>{ tr(l, T::ImportTheRest) }</button>
                    <button type="button" data-testid="import-cancel"
                        onclick={answer(false)}>{ tr(l, T::Cancel) }</button>
                </div>
            </section>
        }
    });
    html! {
        <>
            if state.dragging {
                <div class="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
                    <p>{ tr(l, T::DropHere) }</p>
                </div>
            }
            { for errors }
            { for ask }
            { for done }
        </>
    }
}
