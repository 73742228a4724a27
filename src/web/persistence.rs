//! The workspace's side effects, as hooks: writing each change as soon as it is made,
//! following other tabs, and the undo keys. The reducer says what to write
//! (`Workspace::save_batch`); these talk to the browser.

use crate::web::state::{Msg, SaveStatus, Workspace};
use crate::web::storage::{self, Changed, Channel, Db};
use crate::web::window_events::listen;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// Writes what changed right after every change: one save in flight at a time, and the
/// changes made meanwhile go together in the next. Other tabs hear of each commit.
#[hook]
pub fn use_persistence(ws: UseReducerHandle<Workspace>, db: Option<Db>, channel: Option<Channel>) {
    let key = (ws.generation, ws.saving);
    use_effect_with(key, move |_| {
        if let Some(batch) = ws.save_batch() {
            let changed = Changed {
                written: batch.docs.iter().map(|d| d.id.to_string()).collect(),
                removed: batch.removed.iter().map(|(id, _)| id.clone()).collect(),
            };
            let write = storage::write(db.as_ref(), &batch);
            ws.dispatch(Msg::Saving(batch.generation));
            let dispatch = ws.dispatcher();
            spawn_local(async move {
                let report = write.await;
                if report.rest.is_ok() {
                    if let Some(c) = channel {
                        c.post(&changed);
                    }
                }
                dispatch.dispatch(Msg::Persisted(report));
            });
        }
    });
}

/// How long a failed save waits before it tries again (storage may have room again).
const RETRY_MS: i32 = 5_000;

/// After a failed save, tries again every few seconds while work is unsaved; and while it
/// is, closing the page asks first.
#[hook]
pub fn use_retry_and_warn(ws: UseReducerHandle<Workspace>) {
    let failing = ws.status != SaveStatus::Saved && ws.unsaved();
    let dispatch = ws.dispatcher();
    use_effect_with((failing, ws.attempted), move |(failing, _)| {
        let window = web_sys::window();
        let retry = (*failing).then(|| {
            let again = Closure::once(move || dispatch.dispatch(Msg::Retry));
            let timer = window.as_ref().and_then(|w| {
                w.set_timeout_with_callback_and_timeout_and_arguments_0(
                    again.as_ref().unchecked_ref(),
                    RETRY_MS,
                )
                .ok()
            });
            (again, timer)
        });
        let stop =
            (*failing).then(|| listen("beforeunload", |e: web_sys::Event| e.prevent_default()));
        move || {
            if let (Some(w), Some((_, Some(timer)))) = (&window, &retry) {
                w.clear_timeout_with_handle(*timer);
            }
            drop(retry);
            if let Some(stop) = stop {
                stop();
            }
        }
    });
}

/// Follows what other tabs save, so two tabs never silently overwrite each other.
#[hook]
pub fn use_other_tabs(
    dispatch: UseReducerDispatcher<Workspace>,
    db: Option<Db>,
    channel: Option<Channel>,
) {
    use_effect_with((), move |_| {
        // What other tabs did between this tab's reading and its listening.
        if let Some(db) = db.clone() {
            let dispatch = dispatch.clone();
            spawn_local(async move {
                if let Ok(all) = storage::load_all(&db).await {
                    dispatch.dispatch(Msg::Reconcile(all));
                }
            });
        }
        let stop = match (db, channel) {
            (Some(db), Some(channel)) => Some(channel.listen(move |changed: Changed| {
                let (db, dispatch) = (db.clone(), dispatch.clone());
                spawn_local(async move {
                    let Ok(mut newest) = storage::load_docs(&db, &changed.written).await else {
                        return;
                    };
                    newest.extend(changed.removed.into_iter().map(|id| (id, None)));
                    dispatch.dispatch(Msg::External(newest));
                });
            })),
            _ => None,
        };
        move || {
            if let Some(stop) = stop {
                stop();
            }
        }
    });
}

/// Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, anywhere on the page.
#[hook]
pub fn use_undo_keys(dispatch: UseReducerDispatcher<Workspace>) {
    use_effect_with((), move |_| {
        listen("keydown", move |e: web_sys::KeyboardEvent| {
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
        })
    });
}
