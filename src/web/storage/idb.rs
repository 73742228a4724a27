//! A thin binding to the browser's IndexedDB: open a database, run one transaction over
//! some stores, await a request or the transaction's commit. Callbacks become promises,
//! promises become futures; nothing more.
//!
//! Why not a crate: `idb`, `rexie` and `indexed_db_futures` wrap the same web-sys calls
//! with their own error and future types; the app needs five calls. Measured for the same
//! work (open, get, put, delete, getAll) over a bare wasm, brotli of wasm + glue, on
//! 2026-12-02: this file 5.9 KB, `idb` 0.6.5 10.6 KB, `indexed_db_futures` 0.6.4 21.2 KB,
//! `rexie` 0.6.2 24.7 KB.
//!
//! A transaction commits on its own once no request is pending at the end of a task;
//! awaiting a request keeps it alive because wasm-bindgen-futures polls from microtasks.

use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransaction};

#[wasm_bindgen]
extern "C" {
    /// An `IDBDatabase`, for the one call web-sys has only behind its unstable-API flag.
    #[wasm_bindgen(extends = IdbDatabase)]
    type Database;

    /// `db.transaction(stores, mode, {durability})`.
    #[wasm_bindgen(method, catch, js_name = transaction)]
    fn transaction_with_options(
        this: &Database,
        stores: &Array,
        mode: &str,
        options: &Object,
    ) -> Result<IdbTransaction, JsValue>;
}

/// What went wrong, by the name of the browser's `DOMException`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdbError(pub String);

impl IdbError {
    pub fn from_js(v: &JsValue) -> Self {
        let name = Reflect::get(v, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_else(|| "UnknownError".into());
        IdbError(name)
    }

    /// The quota is used up (the user's disk, or the browser's share of it).
    pub fn is_full(&self) -> bool {
        self.0 == "QuotaExceededError"
    }
}

/// A promise that settles with the request: its `result`, or its `error`. One closure
/// serves both events (only one ever fires), so it is freed when it runs.
fn settled(req: &IdbRequest) -> Promise {
    let req = req.clone();
    Promise::new(&mut |resolve, reject| {
        let done = {
            let req = req.clone();
            Closure::once_into_js(move |e: web_sys::Event| {
                if e.type_() == "success" {
                    let _ =
                        resolve.call1(&JsValue::NULL, &req.result().unwrap_or(JsValue::UNDEFINED));
                } else {
                    let err = req.error().ok().flatten().map(JsValue::from);
                    let _ = reject.call1(&JsValue::NULL, &err.unwrap_or(JsValue::UNDEFINED));
                }
            })
        };
        req.set_onsuccess(Some(done.unchecked_ref()));
        req.set_onerror(Some(done.unchecked_ref()));
    })
}

/// Awaits one request of a live transaction.
pub async fn request(req: Result<IdbRequest, JsValue>) -> Result<JsValue, IdbError> {
    let req = req.map_err(|e| IdbError::from_js(&e))?;
    JsFuture::from(settled(&req))
        .await
        .map_err(|e| IdbError::from_js(&e))
}

/// Opens (and on first use creates) database `name` at `version`; `upgrade` creates the
/// stores. Fails when the browser allows no storage here (a sandboxed frame, storage off).
pub async fn open(
    name: &str,
    version: u32,
    upgrade: fn(&IdbDatabase) -> Result<(), JsValue>,
) -> Result<IdbDatabase, IdbError> {
    // `indexedDB` of the page or of a worker (the survey worker stores its numbers).
    let factory: web_sys::IdbFactory = Reflect::get(&js_sys::global(), &"indexedDB".into())
        .map_err(|e| IdbError::from_js(&e))?
        .dyn_into()
        .map_err(|_| IdbError("NoIndexedDb".into()))?;
    let req: IdbOpenDbRequest = factory
        .open_with_u32(name, version)
        .map_err(|e| IdbError::from_js(&e))?;
    let on_upgrade = {
        let req = req.clone();
        Closure::once_into_js(move || {
            if let Some(db) = req
                .result()
                .ok()
                .and_then(|r| r.dyn_into::<IdbDatabase>().ok())
            {
                let _ = upgrade(&db);
            }
        })
    };
    req.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    let db: IdbDatabase = JsFuture::from(settled(&req))
        .await
        .map_err(|e| IdbError::from_js(&e))?
        .unchecked_into();
    step_aside_for_upgrades(&db);
    Ok(db)
}

/// Closes `db` when a newer version of the app in another tab needs to upgrade it.
pub fn step_aside_for_upgrades(db: &IdbDatabase) {
    let on_change = {
        let db = db.clone();
        Closure::<dyn Fn()>::new(move || db.close())
    };
    db.set_onversionchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget(); // lives as long as the database connection, i.e. the page
}

/// One transaction over `stores`. A `write` transaction asks for strict durability: its
/// commit is reported only once the data is on disk, so a power cut after "saved" loses
/// nothing.
pub fn transaction(db: &IdbDatabase, stores: &[&str], write: bool) -> Result<Tx, IdbError> {
    let names: Array = stores.iter().map(|s| JsValue::from_str(s)).collect();
    let options = Object::new();
    let _ = Reflect::set(
        &options,
        &"durability".into(),
        &(if write { "strict" } else { "default" }).into(),
    );
    let mode = if write { "readwrite" } else { "readonly" };
    let tx = db
        .unchecked_ref::<Database>()
        .transaction_with_options(&names, mode, &options)
        .map_err(|e| IdbError::from_js(&e))?;
    // Listen for the end now: a transaction may finish before anyone awaits it. One
    // closure for both ends (only one fires), freed when it runs.
    let done = {
        let tx = tx.clone();
        Promise::new(&mut |resolve, reject| {
            let end = {
                let tx = tx.clone();
                Closure::once_into_js(move |e: web_sys::Event| {
                    if e.type_() == "complete" {
                        let _ = resolve.call0(&JsValue::NULL);
                    } else {
                        let err = tx.error().map(JsValue::from);
                        let _ = reject.call1(&JsValue::NULL, &err.unwrap_or(JsValue::UNDEFINED));
                    }
                })
            };
            tx.set_oncomplete(Some(end.unchecked_ref()));
            tx.set_onabort(Some(end.unchecked_ref()));
        })
    };
    Ok(Tx { tx, done })
}

/// A transaction and the promise of its end.
pub struct Tx {
    tx: IdbTransaction,
    done: Promise,
}

impl Tx {
    pub fn store(&self, name: &str) -> Result<IdbObjectStore, IdbError> {
        self.tx
            .object_store(name)
            .map_err(|e| IdbError::from_js(&e))
    }

    /// Waits until everything is committed (or the transaction failed, e.g. storage full).
    /// The browser commits by itself once no request is pending.
    pub async fn commit(self) -> Result<(), IdbError> {
        JsFuture::from(self.done)
            .await
            .map(|_| ())
            .map_err(|e| IdbError::from_js(&e))
    }
}
