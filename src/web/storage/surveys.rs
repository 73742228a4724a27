//! The `surveys` store: one record per journey that has a survey, keyed by the journey's
//! id. The record is a plain object whose numbers are typed arrays; IndexedDB clones it
//! as it is, so saving and loading a million answers never passes them through Rust or
//! JSON on the main thread. What the record holds is `web::survey::stored`'s business.

use super::{Db, SURVEYS, StorageError, idb, storage_error};
use wasm_bindgen::JsValue;

/// The stored survey of journey `id` (`None`: there is none).
pub async fn load_survey(db: &Db, id: &str) -> Result<Option<JsValue>, StorageError> {
    let read = async {
        let tx = idb::transaction(&db.0, &[SURVEYS], false)?;
        let value = idb::request(tx.store(SURVEYS)?.get(&id.into())).await?;
        tx.commit().await?;
        Ok(value)
    };
    let value = read.await.map_err(|e| storage_error(&e))?;
    Ok((!value.is_undefined() && !value.is_null()).then_some(value))
}

/// Stores `record` as the survey of journey `id`, replacing any earlier one.
pub async fn put_survey(db: &Db, id: &str, record: &JsValue) -> Result<(), StorageError> {
    let write = async {
        let tx = idb::transaction(&db.0, &[SURVEYS], true)?;
        idb::request(tx.store(SURVEYS)?.put_with_key(record, &id.into())).await?;
        tx.commit().await
    };
    write.await.map_err(|e| storage_error(&e))
}

/// Deletes the survey of journey `id` ("Remove survey data"); nothing stored is fine.
pub async fn delete_survey(db: &Db, id: &str) -> Result<(), StorageError> {
    let write = async {
        let tx = idb::transaction(&db.0, &[SURVEYS], true)?;
        idb::request(tx.store(SURVEYS)?.delete(&id.into())).await?;
        tx.commit().await
    };
    write.await.map_err(|e| storage_error(&e))
}
