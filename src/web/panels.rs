//! Fetches the panels program (`src/bin/panels.rs`) the first time a panel is opened, and
//! calls its exports. The page says how to load it: the build's boot script defines
//! `globalThis.peakendPanels()` (build/postbuild.mjs; the single file inlines it,
//! build/single.mjs), which imports the program once and returns its exports.

use js_sys::{Array, Function, Promise, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

/// The page's loader (defined by the boot script).
const LOADER: &str = "peakendPanels";

/// The loaded panels program.
pub struct Panels {
    exports: JsValue,
}

thread_local! {
    static LOADED: RefCell<Option<Rc<Panels>>> = const { RefCell::new(None) };
}

fn text(e: JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{e:?}"))
}

/// The panels program, fetched and started the first time (a failed fetch, offline for
/// instance, is tried again on the next call).
pub async fn load() -> Result<Rc<Panels>, String> {
    if let Some(p) = LOADED.with(|l| l.borrow().clone()) {
        return Ok(p);
    }
    let global = js_sys::global();
    let loader = Reflect::get(&global, &LOADER.into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or_else(|| {
            "this page has no panels program (built without build/postbuild.mjs?)".to_string()
        })?;
    let promise: Promise = loader
        .call0(&global)
        .map_err(text)?
        .dyn_into()
        .map_err(text)?;
    let exports = JsFuture::from(promise).await.map_err(text)?;
    let panels = Rc::new(Panels { exports });
    LOADED.with(|l| *l.borrow_mut() = Some(panels.clone()));
    Ok(panels)
}

impl Panels {
    fn call(&self, name: &str, args: &[&JsValue]) -> Result<JsValue, String> {
        let f: Function = Reflect::get(&self.exports, &name.into())
            .map_err(text)?
            .dyn_into()
            .map_err(|_| format!("the panels program has no {name}"))?;
        let args: Array = args.iter().copied().collect();
        f.apply(&JsValue::NULL, &args).map_err(text)
    }

    /// Mounts panel `kind` into `root`; `host` is called with each message (JSON text).
    /// `files` travel beside the state (the files to import, else `undefined`).
    pub fn mount(
        &self,
        kind: &str,
        root: &Element,
        state: &str,
        host: &Function,
        files: &JsValue,
    ) -> Result<u32, String> {
        let id = self.call("mount", &[&kind.into(), root, &state.into(), host, files])?;
        id.as_f64()
            .map(|n| n as u32)
            .ok_or_else(|| "the panels program gave no handle".into())
    }

    /// A new state for mount `id`, `files` beside it as for [`Panels::mount`].
    pub fn update(&self, id: u32, state: &str, files: &JsValue) -> Result<(), String> {
        self.call("update", &[&id.into(), &state.into(), files])
            .map(|_| ())
    }

    pub fn unmount(&self, id: u32) {
        let _ = self.call("unmount", &[&id.into()]);
    }
}
