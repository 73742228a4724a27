use super::add_touchpoint_form::AddTouchpointForm;
use super::download::{download, file_name};
use super::file_import::ImportFlow;
use super::files_panel::FilesPanel;
use super::importing::FileBatch;
use super::journey_header::JourneyHeader;
use super::journey_toolbar::JourneyToolbar;
use super::library_panel::LibraryPanel;
use super::print_report::PrintReport;
use super::share_link::use_forget_stale_link;
use super::touchpoint_table::TouchpointTable;
use super::{
    ComparePanel, FixFirstList, JourneyChart, MemoryModelSetting, PhaseEditor, ScaleSetting,
    ScoreCard, TouchpointList, tr,
};
use crate::i18n::{Lang, T};
use crate::io::json;
use crate::route::Route;
use crate::state::{Msg, Notice, SaveStatus, Workspace};
use crate::{presets, storage};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

pub(super) fn browser_lang() -> Lang {
    if let Some(l) = storage::load_lang() {
        return l;
    }
    let langs: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    Lang::negotiate(langs.iter().map(String::as_str))
}

/// How long typing or dragging may pause before the change is written.
const SAVE_DELAY_MS: i32 = 300;

/// Writes what changed to storage shortly after every change (at once when the page is
/// hidden or closed), and reports back.
#[hook]
fn use_persistence(ws: UseReducerHandle<Workspace>) {
    let generation = ws.generation;
    use_effect_with(generation, move |_| {
        let pending = std::rc::Rc::new(std::cell::Cell::new(true));
        let save = {
            let pending = pending.clone();
            move || {
                if pending.replace(false) {
                    save_now(&ws);
                }
            }
        };
        let save = std::rc::Rc::new(save);
        let on_timer = Closure::<dyn Fn()>::new({
            let save = save.clone();
            move || save()
        });
        let on_hide = Closure::<dyn Fn()>::new(move || save());
        let window = web_sys::window();
        let timer = window.as_ref().and_then(|w| {
            let _ =
                w.add_event_listener_with_callback("pagehide", on_hide.as_ref().unchecked_ref());
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                on_timer.as_ref().unchecked_ref(),
                SAVE_DELAY_MS,
            )
            .ok()
        });
        move || {
            if let Some(w) = window {
                if let Some(t) = timer {
                    w.clear_timeout_with_handle(t);
                }
                let _ = w.remove_event_listener_with_callback(
                    "pagehide",
                    on_hide.as_ref().unchecked_ref(),
                );
            }
            drop(on_timer);
        }
    });
}

fn save_now(ws: &UseReducerHandle<Workspace>) {
    {
        let results: Vec<_> = ws
            .dirty
            .iter()
            .filter_map(|id| {
                let doc = ws.doc(id)?;
                let journey = if *id == ws.current {
                    ws.journey()
                } else {
                    &doc.journey
                };
                Some((id.clone(), storage::save_doc(id, doc.rev, journey)))
            })
            .collect();
        for id in &ws.removed {
            storage::remove_doc(id);
        }
        let index_ok = storage::save_index(
            ws.docs
                .iter()
                .map(|d| (d.id.clone(), d.updated, d.based_on.clone())),
            &ws.current,
        )
        .is_ok();
        ws.dispatch(Msg::Persisted(results, index_ok));
    }
}

/// Follows what other tabs write, so two tabs never silently overwrite each other.
#[hook]
fn use_other_tabs(dispatch: UseReducerDispatcher<Workspace>) {
    use_effect_with((), move |_| {
        let listener =
            Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
                let Some(key) = e.key() else { return };
                if storage::is_index_key(&key) {
                    if let Ok((docs, _)) = storage::load_library() {
                        dispatch.dispatch(Msg::Discovered(docs));
                    }
                } else if let Some(id) = key.strip_prefix(&storage::doc_key("")) {
                    if let Ok(newest) = storage::load_doc(id) {
                        dispatch.dispatch(Msg::External(id.to_string(), newest));
                    }
                }
            });
        let window = web_sys::window();
        if let Some(w) = &window {
            let _ =
                w.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(w) = window {
                let _ = w.remove_event_listener_with_callback(
                    "storage",
                    listener.as_ref().unchecked_ref(),
                );
            }
        }
    });
}

/// Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, anywhere on the page.
#[hook]
fn use_undo_keys(dispatch: UseReducerDispatcher<Workspace>) {
    use_effect_with((), move |_| {
        let listener =
            Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
                if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
                    return;
                }
                let msg = match (e.key().to_lowercase().as_str(), e.shift_key()) {
                    ("z", false) => Msg::Undo,
                    ("z", true) | ("y", false) => Msg::Redo,
                    _ => return,
                };
                e.prevent_default();
                dispatch.dispatch(msg);
            });
        let window = web_sys::window();
        if let Some(w) = &window {
            let _ =
                w.add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(w) = window {
                let _ = w.remove_event_listener_with_callback(
                    "keydown",
                    listener.as_ref().unchecked_ref(),
                );
            }
        }
    });
}

fn notice_bar(l: Lang, notice: &Option<Notice>, on_msg: &Callback<Msg>) -> Html {
    let Some(n) = notice else { return html! {} };
    let text = match n {
        Notice::KeptAsCopy(title) => format!("{} “{title}”.", tr(l, T::KeptAsCopy)),
        Notice::UpdatedFromOtherTab => tr(l, T::UpdatedFromOtherTab).to_string(),
    };
    html! {
        <div class="alert notice" role="status" data-testid="notice">
            <span>{ text }</span>
            <button type="button" onclick={on_msg.reform(|_: MouseEvent| Msg::DismissNotice)}>
                { tr(l, T::Dismiss) }</button>
        </div>
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// What the address asked for (a forced language, a shared journey…).
    #[prop_or_default]
    pub route: Route,
    /// A journey to add to the library and open once (a shared one the user copied).
    #[prop_or_default]
    pub adopt: Option<Rc<crate::model::Journey>>,
}

/// The whole page: header, library, toolbar, touchpoint editor, chart and scores.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let forced = props.route.lang;
    let lang = use_state(move || forced.unwrap_or_else(browser_lang));
    let ws = {
        let lang = *lang;
        use_reducer(move || match storage::load_library() {
            Ok((docs, current)) => Workspace::new(docs, current, presets::telecom(lang), lang),
            Err(_) => {
                let mut w = Workspace::new(Vec::new(), None, presets::telecom(lang), lang);
                w.status = SaveStatus::NotSaved;
                w
            }
        })
    };
    let library_open = use_state(|| false);
    let files_open = use_state(|| false);
    let batch = use_state(|| None::<Rc<FileBatch>>);
    use_persistence(ws.clone());
    use_other_tabs(ws.dispatcher());
    use_undo_keys(ws.dispatcher());
    use_effect_with(*lang, move |l| {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = el.set_attribute("lang", l.tag());
        }
    });

    // Stable callbacks: a new one each render would re-render every touchpoint row.
    let on_msg = {
        let d = ws.dispatcher();
        use_memo((), move |_| Callback::from(move |m: Msg| d.dispatch(m)))
    };
    let on_action = use_memo((), {
        let on_msg = on_msg.clone();
        move |_| on_msg.reform(Msg::Do)
    });
    let on_seal = use_memo((), {
        let on_msg = on_msg.clone();
        move |_| on_msg.reform(|_: ()| Msg::Seal)
    });
    let (on_msg, on_action, on_seal) =
        ((*on_msg).clone(), (*on_action).clone(), (*on_seal).clone());
    let on_lang = {
        let (lang, on_msg) = (lang.clone(), on_msg.clone());
        Callback::from(move |l: Lang| {
            storage::save_lang(l);
            lang.set(l);
            on_msg.emit(Msg::SetLang(l));
        })
    };
    {
        let on_msg = on_msg.clone();
        use_effect_with(props.adopt.clone(), move |a| {
            if let Some(j) = a {
                on_msg.emit(Msg::Create {
                    journey: (**j).clone(),
                    based_on: None,
                });
            }
        });
    }
    let journey = Rc::new(ws.journey().clone());
    use_forget_stale_link(journey.clone());
    let toggle_files = {
        let open = files_open.clone();
        Callback::from(move |_: ()| open.set(!*open))
    };
    let on_files = {
        let batch = batch.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            let seq = batch.as_ref().map_or(0, |b| b.seq + 1);
            batch.set(Some(Rc::new(FileBatch { seq, files })));
        })
    };
    let library: Rc<Vec<_>> = Rc::new(
        ws.docs
            .iter()
            .map(|d| {
                if d.id == ws.current {
                    (*journey).clone()
                } else {
                    d.journey.clone()
                }
            })
            .collect(),
    );
    let on_export = {
        let journey = journey.clone();
        Callback::from(move |_: ()| {
            download(
                &file_name(&journey.title, "json"),
                "application/json",
                &json::write_journey(&journey),
            );
        })
    };
    let toggle_library = {
        let open = library_open.clone();
        Callback::from(move |_: ()| open.set(!*open))
    };
    let as_is = ws.as_is().map(|d| Rc::new(d.journey.clone()));
    let l = *lang;
    let status = match ws.status {
        SaveStatus::Saved => html! {
            <p class="save-status" data-testid="save-status" data-saved="true">{ tr(l, T::Saved) }</p>
        },
        SaveStatus::NotSaved => html! {
            <p class="save-status warn" role="status" data-testid="save-status" data-saved="false">
                { tr(l, T::NotSaved) }{ " " }{ tr(l, T::NotSavedExport) }{ " " }
                <button type="button" onclick={on_export.reform(|_: MouseEvent| ())}>{ tr(l, T::ExportJson) }</button>
            </p>
        },
    };

    html! {
        <ContextProvider<Lang> context={l}>
            <JourneyHeader lang_now={l} library_count={ws.docs.len()} library_open={*library_open}
                on_msg={on_msg.clone()} on_lang={on_lang} on_toggle_library={toggle_library.clone()} />
            if *library_open {
                <LibraryPanel docs={ws.docs.clone()} current={ws.current.clone()} on_msg={on_msg.clone()}
                    on_close={toggle_library} />
            }
            <JourneyToolbar title={journey.title.clone()} can_undo={ws.history.can_undo()}
                can_redo={ws.history.can_redo()} on_msg={on_msg.clone()} on_export={on_export}
                files_open={*files_open} on_files={toggle_files.clone()} />
            if *files_open {
                <FilesPanel journey={journey.clone()} {library} on_files={on_files}
                    on_close={toggle_files} />
            }
            <ImportFlow scale={journey.scale} on_msg={on_msg.clone()} batch={(*batch).clone()} />
            { notice_bar(l, &ws.notice, &on_msg) }
            <main class="workspace">
                <section class="editor" aria-labelledby="touchpoints-heading">
                    <details class="panel phases-panel" data-testid="phases-panel" open={!journey.phases.is_empty()}>
                        <summary>{ format!("{} ({})", tr(l, T::Phases), journey.phases.len()) }</summary>
                        <PhaseEditor phases={journey.phases.clone()} counts={journey.phase_counts()}
                            on_action={on_action.clone()} />
                    </details>
                    <h2 id="touchpoints-heading">{ tr(l, T::Touchpoints) }</h2>
                    <TouchpointList journey={journey.clone()} on_action={on_action.clone()} />
                    <AddTouchpointForm count={journey.touchpoints.len()} scale={journey.scale}
                        on_action={on_action.clone()} />
                    <details class="panel settings-panel" data-testid="settings-panel">
                        <summary>{ tr(l, T::Settings) }</summary>
                        <ScaleSetting scale={journey.scale} on_action={on_action.clone()} />
                        <MemoryModelSetting model={journey.memory} on_action={on_action.clone()} />
                    </details>
                </section>
                <section class="insight" aria-label={tr(l, T::Scores)}>
                    <PrintReport journey={journey.clone()} />
                    <JourneyChart journey={journey.clone()} compare={as_is.clone()}
                        on_action={on_action.clone()} on_seal={on_seal} />
                    <ScoreCard journey={journey.clone()} />
                    if let Some(a) = as_is.clone() {
                        <ComparePanel as_is={a} to_be={journey.clone()} />
                    }
                    <FixFirstList journey={journey.clone()} />
                    <div class="print-only"><TouchpointTable journey={journey.clone()} /></div>
                    { status }
                </section>
            </main>
        </ContextProvider<Lang>>
    }
}
