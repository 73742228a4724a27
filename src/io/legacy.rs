//! What earlier versions kept in the browser's `localStorage`, read into records for the
//! library's new home (IndexedDB). Pure: it gets the keys and values, and says what to
//! write and which keys may go once the write is committed.
//!
//! The layouts it reads:
//! - `peakend:v1:index`: `{"current": id, "docs": [{"id", "updated", "based_on"}]}`
//! - `peakend:v1:doc:<id>`: `{"rev": n, "journey": <a journey file, format v1>}`
//! - `peakend:v1:journey`: the first version's single journey, `{"journey": <journey>}`
//! - `peakend:v1:recovered:<ms>`: data an earlier version could not read and kept aside
//!
//! Nothing is dropped: a document missing from the index still moves, and anything that
//! cannot be read is handed back raw, to be set aside.

use super::json;
use crate::model::Journey;
use serde_json::Value;

pub const PREFIX: &str = "peakend:v1:";
const INDEX_KEY: &str = "peakend:v1:index";
const DOC_PREFIX: &str = "peakend:v1:doc:";
const SINGLE_KEY: &str = "peakend:v1:journey";
const RECOVERED_PREFIX: &str = "peakend:v1:recovered:";
/// The id the first version's single journey gets (fixed, so a second run adds no copy).
pub const SINGLE_ID: &str = "first-journey";

/// One journey to move.
#[derive(Clone, Debug, PartialEq)]
pub struct LegacyDoc {
    pub id: String,
    pub rev: u64,
    pub updated: f64,
    pub based_on: Option<String>,
    /// The journey, as a journey file (format v1), as this version writes it.
    pub file: String,
    pub journey: Journey,
}

/// Everything found, and the keys to remove once it is safely written elsewhere.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LegacyLibrary {
    /// In the index's order; documents the index missed come after.
    pub docs: Vec<LegacyDoc>,
    pub current: Option<String>,
    /// Raw values that could not be read.
    pub unreadable: Vec<String>,
    /// Every key read (not the language or an embed's: those stay).
    pub consumed: Vec<String>,
}

impl LegacyLibrary {
    pub fn is_empty(&self) -> bool {
        self.consumed.is_empty()
    }
}

/// The old index. Read by hand from the parsed JSON, as the journeys are: serde's
/// derived readers would add a second JSON reader to the workspace's program for data
/// that is read once, when an old library moves.
#[derive(Default)]
struct Index {
    current: Option<String>,
    docs: Vec<IndexEntry>,
}

struct IndexEntry {
    id: String,
    updated: f64,
    based_on: Option<String>,
}

impl Index {
    /// `{"current": id, "docs": [{"id", "updated", "based_on"}]}`, each part optional
    /// but `id`; `None` when a part is there with the wrong type.
    fn read(raw: &str) -> Option<Index> {
        let v: Value = serde_json::from_str(raw).ok()?;
        let o = v.as_object()?;
        let docs = match o.get("docs") {
            None => Vec::new(),
            Some(d) => d
                .as_array()?
                .iter()
                .map(IndexEntry::read)
                .collect::<Option<_>>()?,
        };
        Some(Index {
            current: optional_text(o.get("current"))?,
            docs,
        })
    }
}

impl IndexEntry {
    fn read(v: &Value) -> Option<IndexEntry> {
        Some(IndexEntry {
            id: v.get("id")?.as_str()?.to_string(),
            updated: match v.get("updated") {
                None => 0.0,
                Some(u) => u.as_f64()?,
            },
            based_on: optional_text(v.get("based_on"))?,
        })
    }
}

/// A text that may be missing or `null`: `Some(None)` then; `None` for another type.
fn optional_text(v: Option<&Value>) -> Option<Option<String>> {
    match v {
        None | Some(Value::Null) => Some(None),
        Some(t) => Some(Some(t.as_str()?.to_string())),
    }
}

/// The value under `key` of an object written as JSON text.
fn member(raw: &str, key: &str) -> Option<Value> {
    match serde_json::from_str::<Value>(raw).ok()? {
        Value::Object(mut o) => o.remove(key),
        _ => None,
    }
}

/// Reads `entries` (every `localStorage` key and value; others are ignored). `now` dates
/// the single journey of the first version, which had no date.
pub fn read(entries: &[(String, String)], now: f64) -> LegacyLibrary {
    let mut out = LegacyLibrary::default();
    let mut index = Index::default();
    if let Some((k, raw)) = entries.iter().find(|(k, _)| k == INDEX_KEY) {
        out.consumed.push(k.clone());
        match Index::read(raw) {
            Some(i) => index = i,
            None => out.unreadable.push(raw.clone()),
        }
    }
    out.current = index.current.clone();
    let mut bodies: Vec<(&str, &str)> = entries
        .iter()
        .filter_map(|(k, v)| Some((k.strip_prefix(DOC_PREFIX)?, v.as_str())))
        .collect();
    // The index's order first, then the rest by key (stable across runs).
    let position = |id: &str| {
        index
            .docs
            .iter()
            .position(|e| e.id == id)
            .unwrap_or(usize::MAX)
    };
    crate::model::order::sort_by(&mut bodies, |a, b| {
        position(a.0).cmp(&position(b.0)).then(a.0.cmp(b.0))
    });
    for (id, raw) in bodies {
        out.consumed.push(format!("{DOC_PREFIX}{id}"));
        let entry = index.docs.iter().find(|e| e.id == id);
        match read_doc(raw) {
            Some((rev, file, journey)) => out.docs.push(LegacyDoc {
                id: id.to_string(),
                rev,
                updated: entry.map_or(now, |e| e.updated),
                based_on: entry.and_then(|e| e.based_on.clone()),
                file,
                journey,
            }),
            None => out.unreadable.push(raw.to_string()),
        }
    }
    if let Some((k, raw)) = entries.iter().find(|(k, _)| k == SINGLE_KEY) {
        out.consumed.push(k.clone());
        match member(raw, "journey").and_then(first_version) {
            Some(journey) => out.docs.push(LegacyDoc {
                id: SINGLE_ID.into(),
                rev: 1,
                updated: now,
                based_on: None,
                file: json::write_journey(&journey),
                journey,
            }),
            None => out.unreadable.push(raw.clone()),
        }
    }
    for (k, raw) in entries
        .iter()
        .filter(|(k, _)| k.starts_with(RECOVERED_PREFIX))
    {
        out.consumed.push(k.clone());
        out.unreadable.push(raw.clone());
    }
    out
}

/// The first version kept its journey in the model's own shape of the time, which is a
/// journey file without its header (`format`, `version`): read as such a file, checked as
/// one. (Reading it with the model's own deserializer would check less, and cost the
/// workspace a second journey reader.)
fn first_version(mut journey: Value) -> Option<Journey> {
    let o = journey.as_object_mut()?;
    o.entry("format").or_insert(json::JOURNEY_FORMAT.into());
    o.entry("version").or_insert(1.into());
    // The one field written otherwise: a typed channel was `{"custom": "Chat"}`, and a
    // file holds it as its text.
    let touchpoints = o.get_mut("touchpoints").and_then(Value::as_array_mut);
    for t in touchpoints.into_iter().flatten() {
        if let Some(channel) = t.get_mut("channel") {
            if let Some(typed) = channel.get("custom").and_then(Value::as_str) {
                *channel = typed.into();
            }
        }
    }
    json::read_journey_value(&journey).ok()
}

fn read_doc(raw: &str) -> Option<(u64, String, Journey)> {
    let body: Value = serde_json::from_str(raw).ok()?;
    let rev = body.get("rev")?.as_u64()?;
    let journey = json::read_journey_value(body.get("journey")?).ok()?;
    Some((rev, json::write_journey(&journey), journey))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, Channel, apply};

    fn journey(title: &str, ratings: &[f64]) -> Journey {
        let mut j = Journey::new(title);
        for r in ratings {
            let action = Action::AddTouchpoint {
                name: format!("at {r}"),
                rating: *r,
                after: None,
            };
            apply(&mut j, action).unwrap();
        }
        j
    }

    fn doc_entry(id: &str, rev: u64, j: &Journey) -> (String, String) {
        let body = format!("{{\"rev\":{rev},\"journey\":{}}}", json::write_journey(j));
        (format!("{DOC_PREFIX}{id}"), body)
    }

    #[test]
    fn every_document_moves_with_its_revision_order_and_metadata() {
        let (a, b) = (journey("A", &[1.0, -3.0]), journey("B (to-be)", &[2.0]));
        let entries = vec![
            ("peakend:v1:lang".into(), "nl".into()),
            doc_entry("b", 7, &b),
            doc_entry("a", 2, &a),
            (
                INDEX_KEY.into(),
                r#"{"current":"b","docs":[{"id":"a","updated":5.0,"based_on":null},{"id":"b","updated":6.0,"based_on":"a"}]}"#.into(),
            ),
        ];
        let lib = read(&entries, 99.0);
        assert_eq!(lib.current.as_deref(), Some("b"));
        assert_eq!(lib.docs.len(), 2);
        assert_eq!(
            (
                lib.docs[0].id.as_str(),
                lib.docs[0].rev,
                &lib.docs[0].journey
            ),
            ("a", 2, &a)
        );
        assert_eq!(
            (
                lib.docs[1].id.as_str(),
                lib.docs[1].rev,
                &lib.docs[1].journey
            ),
            ("b", 7, &b)
        );
        assert_eq!(lib.docs[1].based_on.as_deref(), Some("a"));
        assert_eq!(lib.docs[1].updated, 6.0);
        assert_eq!(
            json::read_journey(&lib.docs[0].file).unwrap(),
            a,
            "the file reads back whole"
        );
        assert!(lib.unreadable.is_empty());
        assert_eq!(
            lib.consumed.len(),
            3,
            "index and two documents; the language stays"
        );
        assert!(!lib.consumed.contains(&"peakend:v1:lang".to_string()));
    }

    #[test]
    fn the_first_versions_single_journey_moves_too() {
        // Exactly as the first version wrote it: the model's shape of the time, with its
        // nulls and defaults, under `{"schema", "journey"}`.
        let raw = r#"{"schema":1,"journey":{"title":"Mine","description":"",
            "scale":{"min":-5.0,"max":5.0,"neutral":0.0,"step":1.0},
            "phases":[{"id":1,"name":"Buying"}],
            "touchpoints":[
              {"id":1,"name":"Shop","phase":1,"channel":"in-person","rating":4.0,
               "duration":2.0,"notes":"kind staff","moment_of_truth":true},
              {"id":2,"name":"Invoice","phase":null,"channel":null,"rating":-1.0,
               "duration":1.0,"notes":"","moment_of_truth":false},
              {"id":3,"name":"Chat","phase":null,"channel":{"custom":"Live chat"},
               "rating":0.0,"duration":1.0,"notes":"","moment_of_truth":false}],
            "marks":{"peak":1,"end":null},"next_id":4}}"#;
        let lib = read(&[(SINGLE_KEY.into(), raw.into())], 1234.0);
        assert!(lib.unreadable.is_empty(), "{:?}", lib.unreadable);
        assert_eq!(lib.docs.len(), 1);
        let doc = &lib.docs[0];
        assert_eq!((doc.id.as_str(), doc.updated), (SINGLE_ID, 1234.0));
        let j = &doc.journey;
        assert_eq!(j.title, "Mine");
        let names: Vec<_> = j.touchpoints.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["Shop", "Invoice", "Chat"]);
        let ratings: Vec<_> = j.touchpoints.iter().map(|t| t.rating).collect();
        assert_eq!(ratings, [4.0, -1.0, 0.0]);
        let channels: Vec<_> = j.touchpoints.iter().map(|t| t.channel.clone()).collect();
        let typed = Some(Channel::Custom("Live chat".into()));
        assert_eq!(channels, [Some(Channel::InPerson), None, typed]);
        assert_eq!(j.touchpoints[0].notes, "kind staff");
        assert!(j.touchpoints[0].moment_of_truth);
        assert_eq!(j.touchpoints[0].phase, Some(j.phases[0].id));
        assert_eq!(j.touchpoints[1].phase, None);
        assert_eq!(j.marks.peak, Some(j.touchpoints[0].id));
        assert_eq!(
            json::read_journey(&doc.file).unwrap(),
            *j,
            "its file says the same"
        );
        assert_eq!(lib.consumed, vec![SINGLE_KEY.to_string()]);
    }

    #[test]
    fn a_first_version_journey_that_breaks_the_rules_is_set_aside() {
        let raw = r#"{"journey":{"title":"Bad","scale":{"min":5,"max":-5},"touchpoints":[]}}"#;
        let lib = read(&[(SINGLE_KEY.into(), raw.into())], 0.0);
        assert!(lib.docs.is_empty());
        assert_eq!(lib.unreadable, vec![raw.to_string()]);
    }

    #[test]
    fn a_document_the_index_lost_still_moves_and_damaged_data_is_handed_back() {
        let a = journey("A", &[1.0]);
        let entries = vec![
            doc_entry("orphan", 3, &a),
            (
                format!("{DOC_PREFIX}broken"),
                "{\"rev\":1,\"journey\":{\"format\":7}}".into(),
            ),
            (INDEX_KEY.into(), "not json".into()),
            (
                format!("{RECOVERED_PREFIX}17"),
                "kept by an older version".into(),
            ),
        ];
        let lib = read(&entries, 0.0);
        assert_eq!(
            lib.docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
            ["orphan"]
        );
        assert_eq!(lib.current, None);
        assert_eq!(
            lib.unreadable.len(),
            3,
            "the index, the broken document, the recovered value"
        );
        assert!(
            lib.unreadable
                .contains(&"kept by an older version".to_string())
        );
        assert_eq!(
            lib.consumed.len(),
            4,
            "all of it leaves localStorage, none of it is lost"
        );
    }

    #[test]
    fn nothing_there_means_nothing_to_do() {
        let lib = read(&[("other-app".into(), "x".into())], 0.0);
        assert!(lib.is_empty());
        assert!(lib.docs.is_empty());
    }
}
