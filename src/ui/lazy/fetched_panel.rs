//! A panel on the hosted page: an empty element the panels program mounts the panel
//! into once it is fetched, "Loading…" until then, and a message with a "Try again" button
//! when it cannot be fetched (offline before it was ever cached). Each new journey,
//! language or request goes to the panel while it is shown; what the panel asks for
//! comes back as messages.

use super::lazy_panel::{LazyPanelProps, Routes};
use super::protocol::{Extra, Sent};
use crate::i18n::{Lang, T};
use crate::model::Journey;
use crate::ui::after_paint::after_paint;
use crate::ui::files::batch::FileBatch;
use crate::ui::{tr, use_lang};
use crate::web::panels::{self, Panels};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;
use yew::prelude::*;

thread_local! {
    /// Which journey the panels program has (one program for every panel of the page).
    static SENT: RefCell<Sent> = RefCell::default();
}

/// What the asynchronous mount and the messages need of the newest props.
struct Latest {
    journey: Rc<Journey>,
    lang: Lang,
    extra: Extra,
    /// The files to import, which travel beside the state.
    batch: Option<Rc<FileBatch>>,
    routes: Routes,
}

#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Loading,
    Shown,
    Failed,
}

/// What travels beside the state: the batch's files, else `undefined`.
fn files_of(latest: &Latest) -> JsValue {
    latest
        .batch
        .as_ref()
        .map_or(JsValue::UNDEFINED, |b| b.to_js())
}

fn state_of(latest: &Latest) -> String {
    SENT.with(|s| {
        s.borrow_mut()
            .state(&latest.journey, latest.lang, latest.extra.clone())
            .to_json()
    })
}

/// Gives the mounted panel the newest state (nothing before it is mounted).
fn send_now(mounted: &RefCell<Option<Mounted>>, latest: &RefCell<Option<Latest>>) {
    if let (Some(m), Some(l)) = (mounted.borrow().as_ref(), latest.borrow().as_ref()) {
        update(m, l);
    }
}

/// Whether the keyboard focus is inside the panel.
fn typing_in(root: &NodeRef) -> bool {
    let Some(el) = root.cast::<Element>() else {
        return false;
    };
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    active.is_some_and(|a| el.contains(Some(&a)))
}

struct Mounted {
    panels: Rc<Panels>,
    id: u32,
    _host: Closure<dyn Fn(String, JsValue)>,
}

/// Gives mount `m` the newest state; when the panels program lacks the journey (it was
/// sent to a mount since taken away), once more with the journey.
fn update(m: &Mounted, latest: &Latest) {
    let files = files_of(latest);
    if m.panels.update(m.id, &state_of(latest), &files).is_err() {
        SENT.with(|s| s.borrow_mut().forget());
        if let Err(e) = m.panels.update(m.id, &state_of(latest), &files) {
            web_sys::console::warn_1(&format!("Peakend: a panel missed a change: {e}").into());
        }
    }
}

#[function_component(FetchedPanel)]
pub fn fetched_panel(p: &LazyPanelProps) -> Html {
    let l = use_lang();
    let root = use_node_ref();
    let phase = use_state(|| Phase::Loading);
    let attempt = use_state(|| 0u32);
    let mounted = use_mut_ref(|| None::<Mounted>);
    let latest = use_mut_ref(|| None::<Latest>);
    *latest.borrow_mut() = Some(Latest {
        journey: p.journey.clone(),
        lang: l,
        extra: Extra {
            focus: p.focus,
            survey: p.survey.as_deref().cloned(),
            doc: p.doc.clone(),
            open: p.active,
            files: p.batch.as_ref().map(|b| b.seq),
            touchpoint: p.touchpoint,
        },
        batch: p.batch.clone(),
        routes: Routes::of(p),
    });
    {
        let (root, phase, mounted, latest, kind) = (
            root.clone(),
            phase.clone(),
            mounted.clone(),
            latest.clone(),
            p.kind,
        );
        use_effect_with(*attempt, move |_| {
            let alive = Rc::new(Cell::new(true));
            let still = alive.clone();
            let unmount = mounted.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = panels::load().await;
                let el = root.cast::<Element>();
                if !still.get() {
                    return;
                }
                let (panels, el) = match (loaded, el) {
                    (Ok(p), Some(el)) => (p, el),
                    (Err(e), _) => {
                        web_sys::console::warn_1(&format!("Peakend: {e}").into());
                        phase.set(Phase::Failed);
                        return;
                    }
                    (_, None) => return,
                };
                let from_panel = latest.clone();
                // Read in a microtask: the panel's own event handler finishes first.
                let host = Closure::<dyn Fn(String, JsValue)>::new(move |text: String, with| {
                    let latest = from_panel.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        match super::read_out::read(&text) {
                            Ok(out) => {
                                if let Some(l) = latest.borrow().as_ref() {
                                    l.routes.send(out, with)
                                }
                            }
                            Err(e) => web_sys::console::warn_1(
                                &format!("Peakend: a panel's message was not understood: {e}")
                                    .into(),
                            ),
                        }
                    });
                });
                let state = latest.borrow().as_ref().map(|l| (state_of(l), files_of(l)));
                let Some((state, files)) = state else { return };
                match panels.mount(
                    kind.key(),
                    &el,
                    &state,
                    host.as_ref().unchecked_ref(),
                    &files,
                ) {
                    Ok(id) => {
                        *mounted.borrow_mut() = Some(Mounted {
                            panels,
                            id,
                            _host: host,
                        });
                        phase.set(Phase::Shown);
                    }
                    Err(e) => {
                        web_sys::console::warn_1(&format!("Peakend: {e}").into());
                        SENT.with(|s| s.borrow_mut().forget());
                        phase.set(Phase::Failed);
                    }
                }
            });
            move || {
                alive.set(false);
                if let Some(m) = unmount.borrow_mut().take() {
                    m.panels.unmount(m.id);
                }
            }
        });
    }
    let send = (p.active || p.follow_closed) && *phase == Phase::Shown;
    {
        // The language, what the panel was asked to show, opening and closing: at once.
        let (mounted, latest) = (mounted.clone(), latest.clone());
        let deps = (
            l,
            p.focus,
            p.survey.clone(),
            (p.doc.clone(), p.active),
            send,
        );
        use_effect_with(deps, move |(.., send)| {
            if *send {
                send_now(&mounted, &latest);
            }
        });
    }
    {
        let (mounted, latest, root) = (mounted.clone(), latest.clone(), root.clone());
        let waiting = use_mut_ref(|| false);
        use_effect_with((p.journey.clone(), send), move |(_, send)| {
            if !*send {
                return;
            }
            if typing_in(&root) {
                // What someone types in the panel comes back to it at once, before
                // their next key.
                send_now(&mounted, &latest);
            } else if !waiting.replace(true) {
                // A change made in the workspace reaches the panel a frame after the
                // workspace shows it (a long journey's redrawn curve does not wait for
                // the panel); several in one frame travel as one, the newest.
                after_paint(move || {
                    *waiting.borrow_mut() = false;
                    send_now(&mounted, &latest);
                });
            }
        });
    }
    {
        // A new batch of files goes to the panel whether it is `active` or not.
        let (mounted, latest) = (mounted.clone(), latest.clone());
        use_effect_with((p.batch.clone(), *phase), move |(batch, phase)| {
            if batch.is_some() && *phase == Phase::Shown {
                send_now(&mounted, &latest);
            }
        });
    }
    let retry = {
        let (attempt, phase) = (attempt.clone(), phase.clone());
        Callback::from(move |_: MouseEvent| {
            phase.set(Phase::Loading);
            attempt.set(*attempt + 1);
        })
    };
    html! {
        <div class="lazy-part" data-panel={p.kind.key()}>
            if *phase == Phase::Loading {
                <p class="hint" role="status">{ tr(l, T::PartLoading) }</p>
            }
            if *phase == Phase::Failed {
                <p class="field-error" role="alert">{ tr(l, T::PartFailed) }</p>
                <button type="button" data-testid="part-retry" onclick={retry}>{ tr(l, T::TryAgain) }</button>
            }
            <div ref={root}></div>
        </div>
    }
}
