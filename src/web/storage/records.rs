//! The shape of what the library keeps in IndexedDB: a journey's record, the library's
//! order, an entry set aside.

use super::StoredDoc;
use crate::io::json;
use js_sys::{Object, Reflect};
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

/// One journey's record: `{rev, updated, based_on, journey}`, the journey as file text.
pub struct Record(pub JsValue);

impl Record {
    pub fn new(rev: u64, updated: f64, based_on: Option<&str>, file: &str) -> Record {
        let o = Object::new();
        set(&o, "rev", &JsValue::from_f64(rev as f64));
        set(&o, "updated", &JsValue::from_f64(updated));
        set(
            &o,
            "based_on",
            &based_on.map_or(JsValue::NULL, JsValue::from_str),
        );
        set(&o, "journey", &JsValue::from_str(file));
        Record(o.into())
    }

    /// Changes the revision the record will be written with.
    pub fn set_rev(&self, rev: u64) {
        set(
            self.0.unchecked_ref(),
            "rev",
            &JsValue::from_f64(rev as f64),
        );
    }

    fn field(v: &JsValue, key: &str) -> Option<JsValue> {
        if !v.is_object() {
            return None;
        }
        Reflect::get(v, &key.into()).ok()
    }

    /// The revision of a stored record (`None`: nothing stored, or not a record).
    pub fn rev_of(v: &JsValue) -> Option<u64> {
        let rev = Self::field(v, "rev")?.as_f64()?;
        (rev >= 0.0 && rev.fract() == 0.0).then_some(rev as u64)
    }

    /// The document, when every part of the record reads.
    pub fn read(&self, id: &str) -> Option<StoredDoc> {
        let rev = Self::rev_of(&self.0)?;
        let updated = Self::field(&self.0, "updated")?.as_f64().unwrap_or(0.0);
        let based_on = Self::field(&self.0, "based_on")?.as_string();
        let file = Self::field(&self.0, "journey")?.as_string()?;
        let journey = json::read_journey(&file).ok()?;
        Some(StoredDoc {
            id: id.to_string(),
            rev,
            updated,
            based_on,
            journey,
        })
    }
}

#[derive(Serialize)]
struct Order {
    current: Option<String>,
    order: Vec<String>,
}

/// The library's order and open document, as stored.
pub fn order_text(current: Option<&str>, ids: &[&str]) -> String {
    serde_json::to_string(&Order {
        current: current.map(str::to_string),
        order: ids.iter().map(|s| s.to_string()).collect(),
    })
    .unwrap_or_default()
}

/// Reads [`order_text`]; anything unreadable is an empty order (every journey still
/// loads, oldest first).
pub fn library_order(text: Option<&str>) -> (Option<String>, Vec<String>) {
    let read = |t: &str| {
        let v: serde_json::Value = serde_json::from_str(t).ok()?;
        let current = v
            .get("current")
            .and_then(|c| c.as_str())
            .map(str::to_string);
        Some((current, json::texts(v.get("order")?)?))
    };
    text.and_then(read).unwrap_or_default()
}

/// An entry of the `aside` store.
pub fn aside(at: f64, raw: &str) -> JsValue {
    let o = Object::new();
    set(&o, "at", &JsValue::from_f64(at));
    set(&o, "raw", &JsValue::from_str(raw));
    o.into()
}

/// Sets `key` on `o` (never fails on a plain object).
fn set(o: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(o, &key.into(), value);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_order_reads_back_and_anything_else_is_no_order() {
        let text = order_text(Some("b"), &["a", "b", "c"]);
        let want = (
            Some("b".to_string()),
            vec!["a".into(), "b".into(), "c".into()],
        );
        assert_eq!(library_order(Some(&text)), want);
        let none_open = order_text(None, &["a"]);
        assert_eq!(
            library_order(Some(&none_open)),
            (None, vec!["a".to_string()])
        );
        for bad in [
            None,
            Some(""),
            Some("[]"),
            Some(r#"{"current":"a"}"#),
            Some(r#"{"order":[1]}"#),
        ] {
            assert_eq!(library_order(bad), (None, Vec::new()), "{bad:?}");
        }
    }
}
