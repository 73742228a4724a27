//! The workspace's side effects: writing each change as soon as it is made, trying again
//! after a failed save, following other tabs, and the undo keys. The reducer says what to
//! write (`Workspace::save_batch`); these talk to the browser. Each message they have for
//! the workspace goes to a [`Dispatch`].

use crate::web::state::{Msg, Workspace};
use crate::web::storage::{self, Changed, Channel, Db};
use crate::web::window_events::listen;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::spawn_local;

/// Where a message for the workspace goes.
pub type Dispatch = Rc<dyn Fn(Msg)>;

/// What stops a listener or a timer when it is dropped.
pub struct Stop(Option<Box<dyn FnOnce()>>);

impl Stop {
    pub fn new(stop: impl FnOnce() + 'static) -> Stop {
        Stop(Some(Box::new(stop)))
    }
}

impl Drop for Stop {
    fn drop(&mut self) {
        if let Some(stop) = self.0.take() {
            stop();
        }
    }
}

/// Starts writing what changed, when there is something to write and no save is in
/// flight: one save at a time, and the changes made meanwhile go together in the next
/// (call it after every change). Other tabs hear of each commit. `ws` is read before
/// anything is dispatched.
pub fn save(ws: &Workspace, db: Option<&Db>, channel: Option<&Channel>, dispatch: &Dispatch) {
    let Some(batch) = ws.save_batch() else {
        return;
    };
    let changed = Changed {
        written: batch.docs.iter().map(|d| d.id.to_string()).collect(),
        removed: batch.removed.iter().map(|(id, _)| id.clone()).collect(),
    };
    let write = storage::write(db, &batch);
    let (dispatch, channel) = (dispatch.clone(), channel.cloned());
    dispatch(Msg::Saving(batch.generation));
    spawn_local(async move {
        let report = write.await;
        if report.rest.is_ok() {
            if let Some(c) = channel {
                c.post(&changed);
            }
        }
        dispatch(Msg::Persisted(report));
    });
}

/// How long a failed save waits before it tries again (storage may have room again).
const RETRY_MS: i32 = 5_000;

/// After a failed save: tries again in a few seconds, and until then closing the page
/// asks first. Dropping it stops both (call it again after each attempt).
pub fn retry_and_warn(dispatch: &Dispatch) -> Stop {
    let window = web_sys::window();
    let d = dispatch.clone();
    let again = Closure::once(move || d(Msg::Retry));
    let timer = window.as_ref().and_then(|w| {
        w.set_timeout_with_callback_and_timeout_and_arguments_0(
            again.as_ref().unchecked_ref(),
            RETRY_MS,
        )
        .ok()
    });
    let warn = listen("beforeunload", |e: web_sys::Event| e.prevent_default());
    Stop::new(move || {
        if let (Some(w), Some(timer)) = (&window, timer) {
            w.clear_timeout_with_handle(timer);
        }
        drop(again);
        warn();
    })
}

/// Follows what other tabs save, so two tabs never silently overwrite each other.
pub fn follow_other_tabs(dispatch: &Dispatch, db: Option<Db>, channel: Option<Channel>) -> Stop {
    // What other tabs did between this tab's reading and its listening.
    if let Some(db) = db.clone() {
        let dispatch = dispatch.clone();
        spawn_local(async move {
            if let Ok(all) = storage::load_all(&db).await {
                dispatch(Msg::Reconcile(all));
            }
        });
    }
    let Some((db, channel)) = db.zip(channel) else {
        return Stop(None);
    };
    let dispatch = dispatch.clone();
    Stop::new(channel.listen(move |changed: Changed| {
        let (db, dispatch) = (db.clone(), dispatch.clone());
        spawn_local(async move {
            let Ok(mut newest) = storage::load_docs(&db, &changed.written).await else {
                return;
            };
            newest.extend(changed.removed.into_iter().map(|id| (id, None)));
            dispatch(Msg::External(newest));
        });
    }))
}

/// Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, anywhere on the page.
pub fn undo_keys(dispatch: &Dispatch) -> Stop {
    let dispatch = dispatch.clone();
    Stop::new(listen("keydown", move |e: web_sys::KeyboardEvent| {
        if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
            return;
        }
        let msg = match (e.key().to_lowercase().as_str(), e.shift_key()) {
            ("z", false) => Msg::Undo,
            ("z", true) | ("y", false) => Msg::Redo,
            _ => return,
        };
        e.prevent_default();
        dispatch(msg);
    }))
}
