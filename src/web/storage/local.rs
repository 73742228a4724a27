//! What stays in `localStorage`: small preferences (the language) and an embed's own
//! ratings (`?embed&save`). The library moved to IndexedDB; this also reads and clears
//! what earlier versions kept here, for the move.

use super::StorageError;
use crate::i18n::Lang;
use crate::io::{embed_ratings, legacy};
use crate::model::Journey;

const LANG_KEY: &str = "peakend:v1:lang";
/// An embed opened with `save` keeps its ratings here, apart from the library.
const EMBED_PREFIX: &str = "peakend:v1:embed:";

fn local() -> Result<web_sys::Storage, StorageError> {
    // Both the getter and the access can throw (sandboxed iframes); both mean unavailable.
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .ok()
        .flatten()
        .ok_or(StorageError::Unavailable)
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

/// `journey` with the ratings an embed (`?embed&save`) kept under `key` put back
/// (`io::embed_ratings`); as it is when nothing was kept, storage is unavailable, or what
/// was kept cannot be read.
pub fn load_embed(key: &str, journey: &Journey) -> Journey {
    let raw = local()
        .ok()
        .and_then(|s| s.get_item(&format!("{EMBED_PREFIX}{key}")).ok().flatten());
    match raw {
        Some(r) => embed_ratings::restore(journey, &r),
        None => journey.clone(),
    }
}

/// Keeps an embed's ratings under `key` (only when the address says `save`).
pub fn save_embed(key: &str, journey: &Journey) -> Result<(), StorageError> {
    local()?
        .set_item(
            &format!("{EMBED_PREFIX}{key}"),
            &embed_ratings::write(journey),
        )
        .map_err(|_| StorageError::Full)
}

/// Every `localStorage` entry of ours, for [`legacy::read`].
pub fn legacy_entries() -> Vec<(String, String)> {
    let Ok(s) = local() else { return Vec::new() };
    let n = s.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(legacy::PREFIX))
        .filter_map(|k| {
            let v = s.get_item(&k).ok().flatten()?;
            Some((k, v))
        })
        .collect()
}

/// Removes keys whose data is now safely elsewhere.
pub fn remove(keys: &[String]) {
    if let Ok(s) = local() {
        for k in keys {
            let _ = s.remove_item(k);
        }
    }
}
