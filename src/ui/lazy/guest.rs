//! The panels program's side (`src/bin/panels.rs` exports these to the workspace): mounts
//! a panel into an element, passes it each new state, and takes it away again.
//!
//! Yew marks the elements it controls with a number per mounted tree, counted from 1 in
//! each program. The workspace's page is tree 1 of its program; were a panel tree 1 of
//! this one, the workspace would take the panel's clicks for its own. So before the first
//! panel this program mounts (and drops) [`TREES_SKIPPED`] empty trees, and its panels are
//! numbered after the workspace's trees.

use super::panel_root::{PanelRoot, PanelRootProps};
use super::protocol::{Kind, Out, Received, State};
use crate::ui::files::batch::FileBatch;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::Element;
use yew::prelude::*;

/// More trees than the workspace ever mounts (it mounts one: its page).
pub const TREES_SKIPPED: usize = 16;

struct Mount {
    handle: yew::AppHandle<PanelRoot>,
    kind: Kind,
    on_out: Callback<Out>,
    on_files: Callback<Vec<web_sys::File>>,
}

#[derive(Default)]
struct Guest {
    received: Received,
    mounts: HashMap<u32, Mount>,
    next: u32,
    skipped: bool,
}

thread_local! {
    static GUEST: RefCell<Guest> = RefCell::default();
}

#[function_component(Nothing)]
fn nothing() -> Html {
    Html::default()
}

fn skip_trees() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    for _ in 0..TREES_SKIPPED {
        if let Ok(el) = doc.create_element("div") {
            yew::Renderer::<Nothing>::with_root(el).render().destroy();
        }
    }
}

fn props(
    kind: Kind,
    mut state: State,
    files: &JsValue,
    received: &mut Received,
    on_out: Callback<Out>,
    on_files: Callback<Vec<web_sys::File>>,
) -> Result<PanelRootProps, String> {
    let journey = received
        .take(&mut state)
        .ok_or_else(|| format!("no journey for revision {}", state.rev))?;
    Ok(PanelRootProps {
        kind,
        journey,
        lang: state.lang,
        focus: state.focus,
        survey: state.survey.map(Rc::new),
        doc: state.doc,
        open: state.open,
        touchpoint: state.touchpoint,
        batch: state
            .files
            .map(|seq| Rc::new(FileBatch::from_js(seq, files))),
        on_out,
        on_files,
    })
}

/// Mounts panel `kind` into `root`; `host` is called with each message (JSON text) and
/// what travels with it (the files of [`Out::ImportFiles`], else `undefined`). `files`
/// travel beside `state`: the batch of files to import it names. Returns the mount's
/// handle.
pub fn mount(
    kind: &str,
    root: Element,
    state: &str,
    host: js_sys::Function,
    files: JsValue,
) -> Result<u32, String> {
    let kind = Kind::from_key(kind).ok_or_else(|| format!("no panel called {kind:?}"))?;
    let state = State::from_json(state)?;
    let send = Rc::new(move |out: Out, with: JsValue| {
        // The workspace's answer arrives later (it reads messages in a microtask).
        let _ = host.call2(&JsValue::NULL, &JsValue::from_str(&out.to_json()), &with);
    });
    let on_out = {
        let send = send.clone();
        Callback::from(move |out: Out| send(out, JsValue::UNDEFINED))
    };
    let on_files = Callback::from(move |files: Vec<web_sys::File>| {
        let list: js_sys::Array = files.into_iter().collect();
        send(Out::ImportFiles, list.into());
    });
    let first = GUEST.with(|g| !std::mem::replace(&mut g.borrow_mut().skipped, true));
    if first {
        skip_trees();
    }
    let props = GUEST.with(|g| {
        let received = &mut g.borrow_mut().received;
        props(
            kind,
            state,
            &files,
            received,
            on_out.clone(),
            on_files.clone(),
        )
    })?;
    let handle = yew::Renderer::<PanelRoot>::with_root_and_props(root, props).render();
    Ok(GUEST.with(|g| {
        let mut g = g.borrow_mut();
        g.next += 1;
        let id = g.next;
        g.mounts.insert(
            id,
            Mount {
                handle,
                kind,
                on_out,
                on_files,
            },
        );
        id
    }))
}

/// Gives mount `id` a new state, with its `files` as for [`mount`]. Fails when the state
/// lacks a journey this program does not have (the workspace then sends it again).
pub fn update(id: u32, state: &str, files: JsValue) -> Result<(), String> {
    let state = State::from_json(state)?;
    let (mut mount, props) = GUEST.with(|g| {
        let mut g = g.borrow_mut();
        let mount = g
            .mounts
            .remove(&id)
            .ok_or_else(|| format!("no panel {id}"))?;
        let (on_out, on_files) = (mount.on_out.clone(), mount.on_files.clone());
        match props(mount.kind, state, &files, &mut g.received, on_out, on_files) {
            Ok(p) => Ok((mount, p)),
            Err(e) => {
                g.mounts.insert(id, mount);
                Err(e)
            }
        }
    })?;
    // Rendered outside the borrow: a panel never calls back into this registry, but
    // nothing here relies on that.
    mount.handle.update(props);
    GUEST.with(|g| g.borrow_mut().mounts.insert(id, mount));
    Ok(())
}

/// Takes mount `id` away (the workspace closed or left it).
pub fn unmount(id: u32) {
    if let Some(m) = GUEST.with(|g| g.borrow_mut().mounts.remove(&id)) {
        m.handle.destroy();
    }
}
