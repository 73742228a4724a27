//! The journey file format (JSON, version 1) and the library form that holds many
//! journeys. Specified for users in `docs/FORMAT.md`.
//!
//! The on-disk shapes ([`v1`]) are serde types of their own, separate from the model, so
//! the model can change without breaking files: reading walks the JSON into the on-disk
//! shape of the file's version (with an error naming the field and touchpoint for every
//! problem), migrates it to the newest shape, then checks it and builds the model.
//! Writing goes the other way and always produces a file this module reads back into the
//! same journey.
//!
//! Pure Rust: never imports yew, web-sys, gloo or wasm-bindgen. Never panics on input.
//!
//! The files: [`v1`] (the on-disk shapes), `read` and `migrate` (file to the newest
//! shape), `validate` (the newest shape to the model), `write`, `error` and `obj` (the
//! JSON walker that keeps each field's path for errors).

mod error;
mod migrate;
mod obj;
mod practice;
mod read;
mod stored;
pub mod v1;
mod validate;
mod write;

pub use error::{ErrorKind, Expected, FormatError, TouchpointRef};
pub use read::{read_any, read_for_embed, read_journey, read_journey_value};
pub use stored::StoredText;
pub use write::{
    to_v1, write_for_embed, write_for_link, write_journey, write_library, write_without_stories,
};

/// A list of texts (`["a", "b"]`) in parsed JSON; `None` for anything else. For the
/// small records the workspace keeps beside its journeys (the library's order, what
/// another tab saved): read by hand from the value, because serde's derived readers for
/// them would add a second JSON reader to the program (the journeys' is the value one).
pub fn texts(v: &serde_json::Value) -> Option<Vec<String>> {
    v.as_array()?
        .iter()
        .map(|s| s.as_str().map(str::to_string))
        .collect()
}

/// `format` of a file holding one journey.
pub const JOURNEY_FORMAT: &str = "peakend/journey";
/// `format` of a file holding many journeys.
pub const LIBRARY_FORMAT: &str = "peakend/library";
/// The newest format version this build reads and the one it writes.
pub const CURRENT_VERSION: u32 = 1;
/// Largest input read (bytes); anything bigger is refused before it is parsed.
pub const MAX_INPUT_BYTES: usize = 20 * 1024 * 1024;
/// Most journeys one library file may hold.
pub const MAX_JOURNEYS: usize = 1_000;
/// Most phases one journey may hold.
pub const MAX_PHASES: usize = 1_000;
/// Longest duration accepted, in the journey's own unit.
pub const MAX_DURATION: f64 = 1e9;
/// Largest touchpoint or phase id accepted.
pub const MAX_ID: u32 = 1_000_000_000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_minimal_form_reads() {
        let j = read_journey(
            r#"{"format": "peakend/journey", "version": 1, "title": "Cold water",
                "scale": {"min": -5, "max": 5},
                "touchpoints": [{"name": "in", "rating": -3, "duration": 10},
                                {"name": "out", "rating": -1}]}"#,
        )
        .unwrap();
        assert_eq!(j.title, "Cold water");
        assert_eq!(j.scale.neutral, 0.0, "neutral defaults to the midpoint");
        assert_eq!(j.ratings(), [-3.0, -1.0]);
        assert_eq!(j.touchpoints[0].duration, 10.0);
        assert_eq!(j.touchpoints[1].duration, 1.0);
        assert_ne!(j.touchpoints[0].id, j.touchpoints[1].id);
    }

    #[test]
    fn errors_name_the_field_and_the_touchpoint() {
        let e = read_journey(
            r#"{"format": "peakend/journey", "version": 1, "title": "t",
                "scale": {"min": 0, "max": 10},
                "touchpoints": [{"name": "a", "rating": 1}, {"name": "Bill", "rating": 11}]}"#,
        )
        .unwrap_err();
        assert_eq!(e.path, "touchpoints[1].rating");
        assert_eq!(
            e.touchpoint,
            Some(TouchpointRef {
                index: 1,
                name: Some("Bill".into())
            })
        );
        assert!(matches!(e.kind, ErrorKind::OutsideScale { value, .. } if value == 11.0));
        assert_eq!(
            e.to_string(),
            "the rating 11 lies outside the scale 0 to 10 (field `touchpoints[1].rating`, touchpoint 2 “Bill”)"
        );
    }
}
