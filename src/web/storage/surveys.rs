//! The `surveys` and `survey_numbers` stores: a journey's survey, keyed by the journey's
//! id. `surveys` holds the small parts the page shows; `survey_numbers` the answers as
//! typed arrays, which only the survey worker writes and reads: IndexedDB clones a value
//! on the calling thread, and a million answers cloned on the page would block it.

use super::{Db, SURVEY_NUMBERS, SURVEYS, StorageError, idb, storage_error};
use wasm_bindgen::JsValue;

/// The stored survey (its small parts) of journey `id` (`None`: there is none).
pub async fn load_survey(db: &Db, id: &str) -> Result<Option<JsValue>, StorageError> {
    load(db, SURVEYS, id).await
}

/// The stored answers of journey `id`'s survey. For the survey worker.
pub async fn load_survey_numbers(db: &Db, id: &str) -> Result<Option<JsValue>, StorageError> {
    load(db, SURVEY_NUMBERS, id).await
}

async fn load(db: &Db, store: &str, id: &str) -> Result<Option<JsValue>, StorageError> {
    let read = async {
        let tx = idb::transaction(&db.0, &[store], false)?;
        let value = idb::request(tx.store(store)?.get(&id.into())).await?;
        tx.commit().await?;
        Ok(value)
    };
    let value = read.await.map_err(|e| storage_error(&e))?;
    Ok((!value.is_undefined() && !value.is_null()).then_some(value))
}

/// Stores `record` as the survey of journey `id`, and with it `numbers` (`None`: the
/// stored answers stay, e.g. after a re-analysis), in one transaction.
pub async fn put_survey(
    db: &Db,
    id: &str,
    record: &JsValue,
    numbers: Option<&JsValue>,
) -> Result<(), StorageError> {
    // Both puts are made before the first await: `put` clones its value at once, so the
    // numbers may be views of the worker's wasm memory (`protocol::data_views`).
    let write = async {
        let tx = idb::transaction(&db.0, &[SURVEYS, SURVEY_NUMBERS], true)?;
        let key = JsValue::from_str(id);
        let record_put = tx.store(SURVEYS)?.put_with_key(record, &key);
        let numbers_put = match numbers {
            Some(numbers) => Some(tx.store(SURVEY_NUMBERS)?.put_with_key(numbers, &key)),
            None => None,
        };
        idb::request(record_put).await?;
        if let Some(put) = numbers_put {
            idb::request(put).await?;
        }
        tx.commit().await
    };
    write.await.map_err(|e| storage_error(&e))
}

/// Deletes the survey of journey `id` ("Remove survey data"); nothing stored is fine.
pub async fn delete_survey(db: &Db, id: &str) -> Result<(), StorageError> {
    let write = async {
        let tx = idb::transaction(&db.0, &[SURVEYS, SURVEY_NUMBERS], true)?;
        let key = JsValue::from_str(id);
        idb::request(tx.store(SURVEYS)?.delete(&key)).await?;
        idb::request(tx.store(SURVEY_NUMBERS)?.delete(&key)).await?;
        tx.commit().await
    };
    write.await.map_err(|e| storage_error(&e))
}
