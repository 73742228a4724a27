use super::add_touchpoint_form::AddTouchpointForm;
use super::download::{download, file_name};
use super::journey_header::JourneyHeader;
use super::journey_toolbar::JourneyToolbar;
use super::library_panel::LibraryPanel;
use super::{JourneyChart, ScoreCard, TouchpointList, tr};
use crate::i18n::{Lang, T};
use crate::io::json;
use crate::state::{Msg, Notice, SaveStatus, Workspace};
use crate::{presets, storage};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

fn browser_lang() -> Lang {
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

/// Writes what changed to storage after every change, and reports back.
#[hook]
fn use_persistence(ws: UseReducerHandle<Workspace>) {
    let generation = ws.generation;
    use_effect_with(generation, move |_| {
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
    });
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

/// The whole page: header, library, toolbar, touchpoint editor, chart and scores.
#[function_component(App)]
pub fn app() -> Html {
    let lang = use_state(browser_lang);
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

    let on_msg = {
        let d = ws.dispatcher();
        Callback::from(move |m: Msg| d.dispatch(m))
    };
    let on_action = on_msg.reform(Msg::Do);
    let on_seal = on_msg.reform(|_: ()| Msg::Seal);
    let on_lang = {
        let (lang, on_msg) = (lang.clone(), on_msg.clone());
        Callback::from(move |l: Lang| {
            storage::save_lang(l);
            lang.set(l);
            on_msg.emit(Msg::SetLang(l));
        })
    };
    let journey = Rc::new(ws.journey().clone());
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
                can_redo={ws.history.can_redo()} on_msg={on_msg.clone()} on_export={on_export} />
            { notice_bar(l, &ws.notice, &on_msg) }
            <main class="workspace">
                <section class="editor" aria-labelledby="touchpoints-heading">
                    <h2 id="touchpoints-heading">{ tr(l, T::Touchpoints) }</h2>
                    <TouchpointList journey={journey.clone()} on_action={on_action.clone()} />
                    <AddTouchpointForm count={journey.touchpoints.len()} on_action={on_action.clone()} />
                </section>
                <section class="insight" aria-label={tr(l, T::Scores)}>
                    <JourneyChart journey={journey.clone()} compare={as_is.clone()}
                        on_action={on_action.clone()} on_seal={on_seal} />
                    <ScoreCard journey={journey.clone()} />
                    { status }
                </section>
            </main>
        </ContextProvider<Lang>>
    }
}
