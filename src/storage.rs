//! The browser's localStorage: keys, the saved schema, and load/save that return
//! `Result` so the app can say plainly when storage is unavailable.

use crate::i18n::Lang;
use crate::model::Journey;
use serde::{Deserialize, Serialize};
use thiserror::Error;

const JOURNEY_KEY: &str = "peakend:v1:journey";
const LANG_KEY: &str = "peakend:v1:lang";
const RECOVERED_PREFIX: &str = "peakend:v1:recovered:";
/// Version of what this module writes; bumped with a migration when it changes.
const SCHEMA: u32 = 1;

#[derive(Clone, Debug, PartialEq, Error)]
pub enum StorageError {
    /// Private mode, a sandboxed iframe, or storage switched off.
    #[error("this browser does not allow saving here")]
    Unavailable,
    /// The quota is used up.
    #[error("the browser's storage is full")]
    Full,
    /// What was saved could not be read; it was kept aside under `backup_key`.
    #[error("the saved journey could not be read")]
    Corrupt { backup_key: String },
}

#[derive(Serialize, Deserialize)]
struct Saved {
    schema: u32,
    journey: Journey,
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

/// The saved journey, `None` on a first visit.
pub fn load_journey() -> Result<Option<Journey>, StorageError> {
    let s = local()?;
    let Some(raw) = s
        .get_item(JOURNEY_KEY)
        .map_err(|_| StorageError::Unavailable)?
    else {
        return Ok(None);
    };
    match serde_json::from_str::<Saved>(&raw) {
        Ok(saved) if saved.schema == SCHEMA => Ok(Some(saved.journey)),
        _ => {
            // Never throw away what we cannot read: keep it aside for recovery.
            let backup_key = format!("{RECOVERED_PREFIX}{}", js_sys::Date::now() as u64);
            let _ = s.set_item(&backup_key, &raw);
            Err(StorageError::Corrupt { backup_key })
        }
    }
}

pub fn save_journey(journey: &Journey) -> Result<(), StorageError> {
    let s = local()?;
    let raw = serde_json::to_string(&Saved {
        schema: SCHEMA,
        journey: journey.clone(),
    })
    .map_err(|_| StorageError::Unavailable)?;
    s.set_item(JOURNEY_KEY, &raw)
        .map_err(|_| StorageError::Full)
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
