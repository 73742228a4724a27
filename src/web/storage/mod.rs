//! Where the library lives: IndexedDB, written as soon as a change is made. A committed
//! IndexedDB transaction is on disk; `localStorage` keeps writes in memory for seconds,
//! and loses them when the browser is killed.
//!
//! Database `peakend`, version 2:
//! - `docs`: one record per journey, keyed by id:
//!   `{rev, updated, based_on, journey: <a journey file, format v1, as text>}`
//! - `meta`: `library` → `{"current": id, "order": [ids]}` (text)
//! - `aside`: saved data that could not be read, kept (never deleted): `{at, raw}`
//! - `surveys` (since version 2): a journey's survey, keyed by the journey's id: the
//!   small parts (`web::survey::stored`: file name, mapping, detection, summary, report,
//!   the memory model it was made with), read by the page;
//! - `survey_numbers` (since version 2): the same survey's answers as typed arrays, same
//!   key, written and read only by the survey worker, so the page never copies them.
//!   Deleting a journey deletes both in the same transaction.
//!
//! Version 1 → 2 only adds `surveys`; every v1 store and record stays as it was. A tab
//! still on version 1 is closed by the upgrade and says so (`StorageError::Outdated`).
//!
//! Each document carries a revision. A save names the revision it started from, and the
//! check and the write happen in one transaction: when another tab wrote a newer one,
//! the save is refused as a conflict, so two tabs never silently overwrite each other.
//! After a commit, other tabs hear which documents changed on a `BroadcastChannel`.
//!
//! The language and an embed's own journey stay in `localStorage` ([`local`]).

mod channel;
pub mod idb;
mod local;
mod records;
mod surveys;

pub use super::state::{DocWrite, Library, SaveBatch, SaveReport, StorageError, StoredDoc};
pub use channel::{Changed, Channel};
pub use local::{load_embed, load_lang, save_embed, save_lang};
pub use surveys::{delete_survey, load_survey, load_survey_numbers, put_survey};

use crate::io::json::StoredText;
use crate::io::legacy::{self, LegacyLibrary};
use crate::model::Journey;
use idb::IdbError;
use js_sys::{Array, Promise, Reflect};
use records::{Record, library_order, order_text};
use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStoreParameters};

const DB_NAME: &str = "peakend";
const DB_VERSION: u32 = 2;
const DOCS: &str = "docs";
const META: &str = "meta";
const ASIDE: &str = "aside";
const SURVEYS: &str = "surveys";
const SURVEY_NUMBERS: &str = "survey_numbers";
const LIBRARY_KEY: &str = "library";

/// An open connection to the library.
#[derive(Clone, PartialEq)]
pub struct Db(IdbDatabase);

/// What opening the library found.
pub struct Opened {
    /// `None` when this browser allows no storage here.
    pub db: Option<Db>,
    pub library: Library,
    /// Why the library could not be opened or read (the page still works, unsaved).
    pub error: Option<StorageError>,
}

fn upgrade(db: &IdbDatabase) -> Result<(), JsValue> {
    let names = db.object_store_names();
    if !names.contains(DOCS) {
        db.create_object_store(DOCS)?;
    }
    if !names.contains(META) {
        db.create_object_store(META)?;
    }
    if !names.contains(ASIDE) {
        let params = IdbObjectStoreParameters::new();
        params.set_auto_increment(true);
        db.create_object_store_with_optional_parameters(ASIDE, &params)?;
    }
    for store in [SURVEYS, SURVEY_NUMBERS] {
        if !names.contains(store) {
            db.create_object_store(store)?;
        }
    }
    Ok(())
}

fn storage_error(e: &IdbError) -> StorageError {
    if e.is_full() {
        StorageError::Full
    } else if e.0 == "InvalidStateError" {
        // The connection was closed: another tab's newer version upgraded the database.
        StorageError::Outdated
    } else {
        StorageError::Unavailable
    }
}

/// Opens the library. What earlier versions kept in `localStorage` moves in first, and
/// leaves `localStorage` only once it is committed here. Without IndexedDB the journeys
/// still in `localStorage` are shown, unsaved.
pub async fn open() -> Opened {
    let now = js_sys::Date::now();
    let old = legacy::read(&local::legacy_entries(), now);
    let (db, prefetched) = match prefetched().await {
        Some(Ok(p)) => {
            idb::step_aside_for_upgrades(&p.db);
            (Db(p.db.clone()), Some(p))
        }
        // The boot script could not open it, or did not run: try here.
        _ => match idb::open(DB_NAME, DB_VERSION, upgrade).await {
            Ok(db) => (Db(db), None),
            Err(_) => return unsaved(old, StorageError::Unavailable),
        },
    };
    if !old.is_empty() {
        match move_in(&db, &old, now).await {
            Ok(()) => local::remove(&old.consumed),
            Err(e) => {
                return Opened {
                    db: Some(db),
                    ..unsaved(old, storage_error(&e))
                };
            }
        }
    }
    // What the boot script read is current unless the move just wrote more.
    let loaded = match prefetched.filter(|_| old.is_empty()) {
        Some(p) => Ok(assemble(&db, p.keys, p.values, &p.library)),
        None => load(&db).await,
    };
    match loaded {
        Ok(mut library) => {
            library.set_aside.splice(0..0, old.unreadable);
            Opened {
                db: Some(db),
                library,
                error: None,
            }
        }
        // Nothing is written over a library that could not be read.
        Err(e) => Opened {
            db: None,
            library: Library::default(),
            error: Some(storage_error(&e)),
        },
    }
}

/// The library's database alone, for the survey worker (no window, no library read).
pub async fn open_db() -> Result<Db, StorageError> {
    idb::open(DB_NAME, DB_VERSION, upgrade)
        .await
        .map(Db)
        .map_err(|e| storage_error(&e))
}

/// What the page's boot script read before the program started (build/prefetch.mjs).
struct Prefetched {
    db: IdbDatabase,
    keys: Array,
    values: Array,
    library: JsValue,
}

impl Prefetched {
    fn from_js(found: &JsValue) -> Result<Prefetched, IdbError> {
        let get = |name: &str| Reflect::get(found, &name.into()).unwrap_or(JsValue::UNDEFINED);
        match (
            get("db").dyn_into(),
            get("keys").dyn_into(),
            get("values").dyn_into(),
        ) {
            (Ok(db), Ok(keys), Ok(values)) => Ok(Prefetched {
                db,
                keys,
                values,
                library: get("library"),
            }),
            _ => Err(IdbError("BadPrefetch".into())),
        }
    }
}

const PREFETCH_KEY: &str = "peakendLibrary";
const READY_KEY: &str = "peakendLibraryReady";

/// Takes what the boot script left on the window, once: a later workspace reads afresh,
/// and the boot script, told it was taken, leaves nothing behind for one (a snapshot read
/// at page load would be stale by then).
fn take_global(key: &str) -> Option<JsValue> {
    let window = web_sys::window()?;
    let _ = Reflect::set(&window, &"peakendLibraryTaken".into(), &JsValue::TRUE);
    let value = Reflect::get(&window, &key.into()).ok()?;
    let _ = Reflect::delete_property(&window, &key.into());
    (!value.is_undefined()).then_some(value)
}

/// The boot script's reading, awaited. `None` when the boot script did not run.
async fn prefetched() -> Option<Result<Prefetched, IdbError>> {
    let _ = take_global(READY_KEY);
    let promise = take_global(PREFETCH_KEY)?.dyn_into::<Promise>().ok()?;
    Some(match JsFuture::from(promise).await {
        Ok(found) => Prefetched::from_js(&found),
        Err(e) => Err(IdbError::from_js(&e)),
    })
}

/// The library at once, when the boot script has already read it and there is nothing to
/// move from `localStorage`: the workspace then shows the journey in its first render.
/// Records that cannot be read are set aside in the background.
pub fn open_now() -> Option<Opened> {
    let found = Reflect::get(&web_sys::window()?.into(), &READY_KEY.into()).ok()?;
    let nothing_to_move = legacy::read(&local::legacy_entries(), 0.0).is_empty();
    if found.is_undefined() || !nothing_to_move {
        return None;
    }
    let p = Prefetched::from_js(&found).ok()?;
    let _ = take_global(READY_KEY);
    let _ = take_global(PREFETCH_KEY);
    idb::step_aside_for_upgrades(&p.db);
    let db = Db(p.db);
    let library = assemble(&db, p.keys, p.values, &p.library);
    Some(Opened {
        db: Some(db),
        library,
        error: None,
    })
}

fn unsaved(old: LegacyLibrary, error: StorageError) -> Opened {
    let docs = old
        .docs
        .into_iter()
        .map(|d| StoredDoc {
            id: d.id,
            rev: d.rev,
            updated: d.updated,
            based_on: d.based_on,
            journey: d.journey,
        })
        .collect();
    Opened {
        db: None,
        library: Library {
            docs,
            current: old.current,
            set_aside: Vec::new(),
        },
        error: Some(error),
    }
}

/// Copies what `localStorage` held; a document already here with the same or a newer
/// revision wins (another tab of this version moved it already).
async fn move_in(db: &Db, old: &LegacyLibrary, now: f64) -> Result<(), IdbError> {
    let tx = idb::transaction(&db.0, &[DOCS, META, ASIDE], true)?;
    let docs = tx.store(DOCS)?;
    for d in &old.docs {
        let here = idb::request(docs.get(&d.id.as_str().into())).await?;
        if Record::rev_of(&here).is_some_and(|rev| rev >= d.rev) {
            continue;
        }
        let record = Record::new(d.rev, d.updated, d.based_on.as_deref(), &d.file);
        idb::request(docs.put_with_key(&record.0, &d.id.as_str().into())).await?;
    }
    let meta = tx.store(META)?;
    let key = JsValue::from_str(LIBRARY_KEY);
    if idb::request(meta.get(&key)).await?.is_undefined() {
        let ids: Vec<&str> = old.docs.iter().map(|d| d.id.as_str()).collect();
        let text = order_text(old.current.as_deref(), &ids);
        idb::request(meta.put_with_key(&text.into(), &key)).await?;
    }
    let aside = tx.store(ASIDE)?;
    for raw in &old.unreadable {
        idb::request(aside.add(&records::aside(now, raw))).await?;
    }
    tx.commit().await
}

/// Reads every record and the library's order, in one transaction.
async fn read_records(db: &Db) -> Result<(Array, Array, JsValue), IdbError> {
    let tx = idb::transaction(&db.0, &[DOCS, META], false)?;
    let docs = tx.store(DOCS)?;
    let keys: Array = idb::request(docs.get_all_keys()).await?.unchecked_into();
    let values: Array = idb::request(docs.get_all()).await?.unchecked_into();
    let meta = idb::request(tx.store(META)?.get(&LIBRARY_KEY.into())).await?;
    tx.commit().await?;
    Ok((keys, values, meta))
}

/// Reads every journey, in the library's order (any the order misses come last, oldest
/// first). Records that cannot be read are moved aside and handed back raw.
async fn load(db: &Db) -> Result<Library, IdbError> {
    let (keys, values, meta) = read_records(db).await?;
    Ok(assemble(db, keys, values, &meta))
}

/// The library from the records read: in order; unreadable ones handed back as text and
/// moved aside in the background. Moving them can fail (storage full): they are then read
/// again next time, and the journeys that read are shown all the same.
fn assemble(db: &Db, keys: Array, values: Array, meta: &JsValue) -> Library {
    let (mut library, unreadable) = sort_records(keys, values, meta);
    if !unreadable.is_empty() {
        library.set_aside = unreadable.iter().map(|(_, v)| as_text(v)).collect();
        let db = db.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let _ = set_aside(&db, unreadable).await;
        });
    }
    library
}

type Unreadable = Vec<(JsValue, JsValue)>;

/// The readable records in the library's order (any the order misses come last, oldest
/// first), and the records that cannot be read.
fn sort_records(keys: Array, values: Array, meta: &JsValue) -> (Library, Unreadable) {
    let (current, order) = library_order(meta.as_string().as_deref());
    let mut found = Vec::new();
    let mut unreadable = Vec::new();
    for (key, value) in keys.iter().zip(values.iter()) {
        let id = key.as_string().unwrap_or_default();
        match Record(value.clone()).read(&id) {
            Some(doc) => found.push(doc),
            None => unreadable.push((key, value)),
        }
    }
    let position = |id: &str| order.iter().position(|o| o == id).unwrap_or(usize::MAX);
    crate::model::order::sort_by(&mut found, |a, b| {
        position(&a.id)
            .cmp(&position(&b.id))
            .then(a.updated.total_cmp(&b.updated))
    });
    let library = Library {
        docs: found,
        current,
        set_aside: Vec::new(),
    };
    (library, unreadable)
}

/// A stored value as JSON text, to set aside or to show.
fn as_text(value: &JsValue) -> String {
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// Moves unreadable records from `docs` to `aside`; returns them as text.
async fn set_aside(db: &Db, records: Unreadable) -> Result<Vec<String>, IdbError> {
    let tx = idb::transaction(&db.0, &[DOCS, ASIDE], true)?;
    let (docs, aside) = (tx.store(DOCS)?, tx.store(ASIDE)?);
    let now = js_sys::Date::now();
    let mut raws = Vec::new();
    for (key, value) in records {
        let raw = as_text(&value);
        idb::request(aside.add(&records::aside(now, &raw))).await?;
        idb::request(docs.delete(&key)).await?;
        raws.push(raw);
    }
    tx.commit().await?;
    Ok(raws)
}

/// Every journey storage holds now (unreadable ones left out).
pub async fn load_all(db: &Db) -> Result<Vec<StoredDoc>, StorageError> {
    let (keys, values, _) = read_records(db).await.map_err(|e| storage_error(&e))?;
    Ok(sort_records(keys, values, &JsValue::UNDEFINED).0.docs)
}

/// The newest stored revision of each of `ids` (`None`: deleted).
pub async fn load_docs(
    db: &Db,
    ids: &[String],
) -> Result<Vec<(String, Option<StoredDoc>)>, StorageError> {
    let read = async {
        let tx = idb::transaction(&db.0, &[DOCS], false)?;
        let docs = tx.store(DOCS)?;
        let mut out = Vec::new();
        for id in ids {
            let value = idb::request(docs.get(&id.as_str().into())).await?;
            out.push((id.clone(), Record(value).read(id)));
        }
        tx.commit().await?;
        Ok::<_, IdbError>(out)
    };
    read.await.map_err(|e| storage_error(&e))
}

thread_local! {
    /// The last stored text of each journey written in this tab, by document id: a change
    /// rewrites only the touchpoints it changed (`io::json::StoredText`).
    static TEXTS: RefCell<HashMap<String, StoredText>> = RefCell::new(HashMap::new());
}

/// The text a journey is stored as (the journey file's form, on one line).
fn stored_text(id: &str, journey: &Journey) -> String {
    TEXTS.with_borrow_mut(|texts| texts.entry(id.to_string()).or_default().write(journey))
}

/// Writes a batch in one transaction. The journeys are turned into text now; the returned
/// future does the rest and reports per document.
pub fn write(db: Option<&Db>, batch: &SaveBatch<'_>) -> impl Future<Output = SaveReport> + 'static {
    let generation = batch.generation;
    let writes: Vec<(String, u64, Record)> = batch
        .docs
        .iter()
        .map(|d| {
            let file = stored_text(d.id, d.journey);
            let record = Record::new(d.base_rev + 1, d.updated, d.based_on, &file);
            (d.id.to_string(), d.base_rev, record)
        })
        .collect();
    let removed = batch.removed.clone();
    TEXTS.with_borrow_mut(|texts| {
        for (id, _) in &removed {
            texts.remove(id);
        }
    });
    let order: Vec<&str> = batch.order.iter().map(String::as_str).collect();
    let library = order_text(Some(batch.current), &order);
    let db = db.cloned();
    async move {
        let fail = |ids: Vec<String>, e: StorageError| SaveReport {
            generation,
            docs: ids.into_iter().map(|id| (id, Err(e.clone()))).collect(),
            rest: Err(e),
        };
        let ids = || writes.iter().map(|w| w.0.clone()).collect::<Vec<_>>();
        let Some(db) = db else {
            return fail(ids(), StorageError::Unavailable);
        };
        match put_all(&db, &writes, &removed, &library).await {
            Ok(docs) => SaveReport {
                generation,
                docs,
                rest: Ok(()),
            },
            Err(e) => fail(ids(), storage_error(&e)),
        }
    }
}

type DocResults = Vec<(String, Result<u64, StorageError>)>;

async fn put_all(
    db: &Db,
    writes: &[(String, u64, Record)],
    removed: &[(String, u64)],
    library: &str,
) -> Result<DocResults, IdbError> {
    let tx = idb::transaction(&db.0, &[DOCS, META, ASIDE, SURVEYS, SURVEY_NUMBERS], true)?;
    let docs = tx.store(DOCS)?;
    let mut results = Vec::new();
    for (id, base_rev, record) in writes {
        let key = JsValue::from_str(id);
        let stored = idb::request(docs.get(&key)).await?;
        if let Some(rev) = Record::rev_of(&stored).filter(|rev| rev > base_rev) {
            if let Some(theirs) = Record(stored.clone()).read(id) {
                let theirs = Box::new(theirs.journey);
                results.push((id.clone(), Err(StorageError::Conflict { theirs, rev })));
                continue;
            }
            // Theirs cannot be read: keep it aside rather than overwrite it, and write a
            // revision above it, so every tab sees ours as the newer.
            let aside = records::aside(js_sys::Date::now(), &as_text(&stored));
            idb::request(tx.store(ASIDE)?.add(&aside)).await?;
            record.set_rev(rev + 1);
            idb::request(docs.put_with_key(&record.0, &key)).await?;
            results.push((id.clone(), Ok(rev + 1)));
            continue;
        }
        idb::request(docs.put_with_key(&record.0, &key)).await?;
        results.push((id.clone(), Ok(base_rev + 1)));
    }
    for (id, rev) in removed {
        let key = JsValue::from_str(id);
        // Another tab saved a newer revision after this one was deleted here: theirs stays.
        let stored = idb::request(docs.get(&key)).await?;
        if Record::rev_of(&stored).is_some_and(|stored| stored > *rev) {
            continue;
        }
        idb::request(docs.delete(&key)).await?;
        // The journey's survey goes with it (its numbers mean nothing without it).
        idb::request(tx.store(SURVEYS)?.delete(&key)).await?;
        idb::request(tx.store(SURVEY_NUMBERS)?.delete(&key)).await?;
    }
    let meta = tx.store(META)?;
    idb::request(meta.put_with_key(&library.into(), &LIBRARY_KEY.into())).await?;
    tx.commit().await?;
    Ok(results)
}
