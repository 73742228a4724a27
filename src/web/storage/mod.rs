//! The browser's localStorage: keys, the saved layout, and load/save that return
//! `Result`, so the app can say plainly when storage is unavailable.
//!
//! Layout (schema 1):
//! - `peakend:v1:index`: `{"current": id, "docs": [{"id", "updated", "based_on"}]}`
//! - `peakend:v1:doc:<id>`: `{"rev": n, "journey": <a journey file, format v1>}`
//! - `peakend:v1:embed:<key>`: a journey file, kept by an embed opened with `?embed&save`
//!
//! Each document carries a revision. A save names the revision it started from; when
//! another tab has written a newer one meanwhile, the save is refused as a conflict,
//! so two tabs never silently overwrite each other.

use crate::i18n::Lang;
use crate::io::json;
use crate::model::Journey;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

const INDEX_KEY: &str = "peakend:v1:index";
const DOC_PREFIX: &str = "peakend:v1:doc:";
const LANG_KEY: &str = "peakend:v1:lang";
/// Where the first version kept its single journey; migrated into the library.
const LEGACY_JOURNEY_KEY: &str = "peakend:v1:journey";
const RECOVERED_PREFIX: &str = "peakend:v1:recovered:";
/// An embed opened with `save` keeps its journey here, apart from the library.
const EMBED_PREFIX: &str = "peakend:v1:embed:";

#[derive(Clone, Debug, PartialEq, Error)]
pub enum StorageError {
    /// Private mode, a sandboxed iframe, or storage switched off.
    #[error("this browser does not allow saving here")]
    Unavailable,
    /// The quota is used up.
    #[error("the browser's storage is full")]
    Full,
    /// Another tab saved a newer revision of this document.
    #[error("another tab saved a newer version")]
    Conflict { theirs: Box<Journey>, rev: u64 },
}

/// One journey of the library as stored: the journey, its revision and its metadata.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredDoc {
    pub id: String,
    pub rev: u64,
    pub updated: f64,
    pub based_on: Option<String>,
    pub journey: Journey,
}

#[derive(Serialize, Deserialize, Default)]
struct Index {
    current: Option<String>,
    docs: Vec<IndexEntry>,
}

#[derive(Serialize, Deserialize)]
struct IndexEntry {
    id: String,
    #[serde(default)]
    updated: f64,
    #[serde(default)]
    based_on: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct DocBody {
    rev: u64,
    journey: Value,
}

fn local() -> Result<web_sys::Storage, StorageError> {
    // Both the getter and the access can throw (sandboxed iframes); both mean unavailable.
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .ok()
        .flatten()
        .ok_or(StorageError::Unavailable)
}

fn get(s: &web_sys::Storage, key: &str) -> Result<Option<String>, StorageError> {
    s.get_item(key).map_err(|_| StorageError::Unavailable)
}

/// The key a document is stored under (other tabs' `storage` events name it).
pub fn doc_key(id: &str) -> String {
    format!("{DOC_PREFIX}{id}")
}

pub fn is_index_key(key: &str) -> bool {
    key == INDEX_KEY
}

/// Keeps something unreadable aside instead of overwriting it, and says where.
fn keep_aside(s: &web_sys::Storage, raw: &str) -> String {
    let key = format!("{RECOVERED_PREFIX}{}", js_sys::Date::now() as u64);
    let _ = s.set_item(&key, raw);
    key
}

fn read_doc(s: &web_sys::Storage, id: &str) -> Result<Option<(u64, Journey)>, StorageError> {
    let Some(raw) = get(s, &doc_key(id))? else {
        return Ok(None);
    };
    let parsed = serde_json::from_str::<DocBody>(&raw)
        .ok()
        .and_then(|b| Some((b.rev, json::read_journey(&b.journey.to_string()).ok()?)));
    match parsed {
        Some(p) => Ok(Some(p)),
        None => {
            keep_aside(s, &raw);
            Ok(None)
        }
    }
}

/// Loads one document (the newest revision any tab wrote).
pub fn load_doc(id: &str) -> Result<Option<(u64, Journey)>, StorageError> {
    read_doc(&local()?, id)
}

/// Everything saved, and which document was open. Unreadable documents are kept aside
/// (never deleted) and left out; the journey from the first version is moved in.
pub fn load_library() -> Result<(Vec<StoredDoc>, Option<String>), StorageError> {
    let s = local()?;
    let index: Index = match get(&s, INDEX_KEY)? {
        Some(raw) => serde_json::from_str(&raw).unwrap_or_else(|_| {
            keep_aside(&s, &raw);
            Index::default()
        }),
        None => Index::default(),
    };
    let mut docs = Vec::new();
    for e in index.docs {
        if let Some((rev, journey)) = read_doc(&s, &e.id)? {
            docs.push(StoredDoc {
                id: e.id,
                rev,
                updated: e.updated,
                based_on: e.based_on,
                journey,
            });
        }
    }
    if let Some(raw) = get(&s, LEGACY_JOURNEY_KEY)? {
        #[derive(Deserialize)]
        struct Legacy {
            journey: Journey,
        }
        match serde_json::from_str::<Legacy>(&raw) {
            Ok(l) => docs.push(StoredDoc {
                id: "migrated".into(),
                rev: 0,
                updated: js_sys::Date::now(),
                based_on: None,
                journey: l.journey,
            }),
            Err(_) => {
                keep_aside(&s, &raw);
            }
        }
        let _ = s.remove_item(LEGACY_JOURNEY_KEY);
    }
    Ok((docs, index.current))
}

/// Writes one document if nobody wrote a newer revision since `base_rev`; returns the
/// new revision.
pub fn save_doc(id: &str, base_rev: u64, journey: &Journey) -> Result<u64, StorageError> {
    #[derive(Deserialize)]
    struct RevOnly {
        rev: u64,
    }
    let s = local()?;
    // Reading only the revision keeps a save cheap; the full document is read on conflict.
    let stored = get(&s, &doc_key(id))?
        .and_then(|raw| serde_json::from_str::<RevOnly>(&raw).ok())
        .map(|r| r.rev);
    if stored.is_some_and(|rev| rev > base_rev) {
        if let Some((rev, theirs)) = read_doc(&s, id)? {
            return Err(StorageError::Conflict {
                theirs: Box::new(theirs),
                rev,
            });
        }
    }
    let rev = base_rev + 1;
    let file = serde_json::to_string(&json::to_v1(journey)).map_err(|_| StorageError::Full)?;
    s.set_item(
        &doc_key(id),
        &format!("{{\"rev\":{rev},\"journey\":{file}}}"),
    )
    .map_err(|_| StorageError::Full)?;
    Ok(rev)
}

/// Writes the list of documents and which one is open.
pub fn save_index(
    docs: impl Iterator<Item = (String, f64, Option<String>)>,
    current: &str,
) -> Result<(), StorageError> {
    let index = Index {
        current: Some(current.to_string()),
        docs: docs
            .map(|(id, updated, based_on)| IndexEntry {
                id,
                updated,
                based_on,
            })
            .collect(),
    };
    let raw = serde_json::to_string(&index).map_err(|_| StorageError::Unavailable)?;
    local()?
        .set_item(INDEX_KEY, &raw)
        .map_err(|_| StorageError::Full)
}

pub fn remove_doc(id: &str) {
    if let Ok(s) = local() {
        let _ = s.remove_item(&doc_key(id));
    }
}

pub fn load_lang() -> Option<Lang> {
    let raw = local().ok()?.get_item(LANG_KEY).ok()??;
    Lang::from_tag(&raw)
}

pub fn save_lang(lang: Lang) {
    if let Ok(s) = local() {
        let _ = s.set_item(LANG_KEY, lang.tag());
    }
}

/// The journey an embed (`?embed&save`) kept under `key`; unreadable data is ignored.
pub fn load_embed(key: &str) -> Result<Option<Journey>, StorageError> {
    let raw = get(&local()?, &format!("{EMBED_PREFIX}{key}"))?;
    Ok(raw.and_then(|r| json::read_journey(&r).ok()))
}

/// Keeps an embed's journey under `key` (only when the address says `save`).
pub fn save_embed(key: &str, journey: &Journey) -> Result<(), StorageError> {
    local()?
        .set_item(
            &format!("{EMBED_PREFIX}{key}"),
            &json::write_journey(journey),
        )
        .map_err(|_| StorageError::Full)
}
