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

use crate::model::{
    Channel, Journey, MAX_END_WINDOW, MAX_NAME_CHARS, MAX_NOTES_CHARS, MAX_PARTICIPANTS,
    MAX_TOUCHPOINTS, Marks, MemoryModel, MemoryModelError, Phase, PhaseId, Scale, ScaleError,
    Touchpoint, TouchpointId,
};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};
use std::fmt;
use thiserror::Error;

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

/// The on-disk shapes of format version 1. Field names are the file's; optional fields
/// are left out when they hold their default.
pub mod v1 {
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    pub struct JourneyV1 {
        pub format: String,
        pub version: u32,
        pub title: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        pub description: String,
        pub scale: ScaleV1,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub phases: Vec<PhaseV1>,
        pub touchpoints: Vec<TouchpointV1>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub marks: Option<MarksV1>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub memory: Option<MemoryV1>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub next_id: Option<u32>,
        /// Names of the people in a group rating round (`""`: unnamed).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub participants: Vec<String>,
    }

    #[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
    pub struct ScaleV1 {
        pub min: f64,
        pub max: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub neutral: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub step: Option<f64>,
    }

    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    pub struct PhaseV1 {
        pub id: u32,
        pub name: String,
    }

    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    pub struct TouchpointV1 {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub id: Option<u32>,
        pub name: String,
        pub rating: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub duration: Option<f64>,
        /// The id of a phase in `phases`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub phase: Option<u32>,
        /// A key of `model::Channel` (`phone`, `email`, …) or any other text.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub channel: Option<String>,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        pub notes: String,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub moment_of_truth: bool,
        /// Each participant's rating, in the order of `participants`; `null`: not rated.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub votes: Vec<Option<f64>>,
    }

    #[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct MarksV1 {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub peak: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end: Option<u32>,
    }

    #[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
    pub struct MemoryV1 {
        pub peak_weight: f64,
        pub end_weight: f64,
        pub end_window: u32,
        pub split_peaks: bool,
        pub trend_weight: f64,
    }

    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    pub struct LibraryV1 {
        pub format: String,
        pub version: u32,
        pub journeys: Vec<JourneyV1>,
    }
}

use v1::{JourneyV1, MarksV1, MemoryV1, PhaseV1, ScaleV1, TouchpointV1};

/// What kind of value a field should have held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Object,
    List,
    Text,
    Number,
    WholeNumber,
    TrueOrFalse,
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Expected::Object => "an object { … }",
            Expected::List => "a list [ … ]",
            Expected::Text => "text",
            Expected::Number => "a number",
            Expected::WholeNumber => "a whole number",
            Expected::TrueOrFalse => "true or false",
        })
    }
}

/// What is wrong, without where (that is in [`FormatError`]). Each variant maps to one
/// sentence per language at the UI edge; the English one is the `Display`.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum ErrorKind {
    #[error("the file is larger than {max_bytes} bytes")]
    TooLarge { max_bytes: usize },
    #[error("the file is not valid JSON (line {line}, column {column})")]
    Syntax { line: usize, column: usize },
    #[error("this is not a Peakend file")]
    NotPeakend,
    #[error("this file holds a library of journeys, not a single journey")]
    IsLibrary,
    #[error("unknown file format “{found}”")]
    UnknownFormat { found: String },
    #[error(
        "this file is from a newer version of Peakend (file format {found}; this version reads up to {supported})"
    )]
    NewerVersion { found: u64, supported: u32 },
    #[error("the version must be a whole number of 1 or more")]
    BadVersion,
    #[error("this field is required")]
    Missing,
    #[error("expected {expected}")]
    WrongType { expected: Expected },
    #[error("the rating {value} lies outside the scale {min} to {max}")]
    OutsideScale { value: f64, min: f64, max: f64 },
    #[error("a duration must be a number from 0 to {max}")]
    BadDuration { max: f64 },
    #[error("an id must be a whole number from 0 to {max}")]
    BadId { max: u32 },
    #[error("the text is longer than {max_chars} characters")]
    TooLong { max_chars: usize },
    #[error("the list holds more than {max} items")]
    TooMany { max: usize },
    #[error("the scale is not valid: {0}")]
    Scale(ScaleError),
    #[error("the memory model is not valid: {0}")]
    Memory(MemoryModelError),
    #[error("the id {id} is used twice")]
    DuplicateId { id: u32 },
    #[error("there is no phase with id {id}")]
    UnknownPhase { id: u32 },
    #[error("there is no touchpoint with id {id}")]
    UnknownTouchpoint { id: u32 },
    #[error("there are {votes} votes but only {participants} participants")]
    MoreVotesThanParticipants { votes: usize, participants: usize },
    #[error(
        "touchpoints must be listed phase by phase, in the order of `phases`, unphased ones last"
    )]
    PhaseOrder,
}

/// The touchpoint an error is about: its 0-based position and, if the file gave one, its name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TouchpointRef {
    pub index: usize,
    pub name: Option<String>,
}

/// A problem with a journey file: what ([`ErrorKind`]), where (`path`, e.g.
/// `journeys[2].touchpoints[4].rating`; empty for the whole file) and, when it concerns
/// one touchpoint, which.
#[derive(Clone, Debug, PartialEq)]
pub struct FormatError {
    pub kind: ErrorKind,
    pub path: String,
    pub touchpoint: Option<TouchpointRef>,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.kind)?;
        if !self.path.is_empty() {
            write!(f, " (field `{}`", self.path)?;
            if let Some(t) = &self.touchpoint {
                write!(f, ", touchpoint {}", t.index + 1)?;
                if let Some(n) = &t.name {
                    write!(f, " “{n}”")?;
                }
            }
            write!(f, ")")?;
        }
        Ok(())
    }
}

impl std::error::Error for FormatError {}

impl FormatError {
    fn whole(kind: ErrorKind) -> FormatError {
        FormatError {
            kind,
            path: String::new(),
            touchpoint: None,
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// A JSON object being read, with where it is (for errors).
struct Obj<'v> {
    map: &'v Map<String, Value>,
    path: String,
    tp: Option<TouchpointRef>,
}

impl<'v> Obj<'v> {
    fn root(v: &'v Value, path: String) -> Result<Obj<'v>, FormatError> {
        match v {
            Value::Object(map) => Ok(Obj {
                map,
                path,
                tp: None,
            }),
            _ => Err(FormatError {
                kind: ErrorKind::WrongType {
                    expected: Expected::Object,
                },
                path,
                touchpoint: None,
            }),
        }
    }

    fn err(&self, key: &str, kind: ErrorKind) -> FormatError {
        FormatError {
            kind,
            path: join(&self.path, key),
            touchpoint: self.tp.clone(),
        }
    }

    fn wrong(&self, key: &str, expected: Expected) -> FormatError {
        self.err(key, ErrorKind::WrongType { expected })
    }

    /// The value of `key`; `null` counts as absent.
    fn get(&self, key: &str) -> Option<&'v Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn require<T>(&self, key: &str, v: Option<T>) -> Result<T, FormatError> {
        v.ok_or_else(|| self.err(key, ErrorKind::Missing))
    }

    fn text(&self, key: &str, max_chars: usize) -> Result<Option<String>, FormatError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) if s.chars().count() > max_chars => {
                Err(self.err(key, ErrorKind::TooLong { max_chars }))
            }
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(self.wrong(key, Expected::Text)),
        }
    }

    fn number(&self, key: &str) -> Result<Option<f64>, FormatError> {
        match self.get(key).map(|v| v.as_f64()) {
            None => Ok(None),
            Some(Some(x)) if x.is_finite() => Ok(Some(x)),
            Some(_) => Err(self.wrong(key, Expected::Number)),
        }
    }

    fn whole(&self, key: &str) -> Result<Option<f64>, FormatError> {
        match self.get(key).map(|v| v.as_f64()) {
            None => Ok(None),
            Some(Some(x)) if x.is_finite() && x.fract() == 0.0 => Ok(Some(x)),
            Some(_) => Err(self.wrong(key, Expected::WholeNumber)),
        }
    }

    fn id(&self, key: &str) -> Result<Option<u32>, FormatError> {
        match self.whole(key)? {
            None => Ok(None),
            Some(x) if (0.0..=f64::from(MAX_ID)).contains(&x) => Ok(Some(x as u32)),
            Some(_) => Err(self.err(key, ErrorKind::BadId { max: MAX_ID })),
        }
    }

    fn flag(&self, key: &str) -> Result<Option<bool>, FormatError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(self.wrong(key, Expected::TrueOrFalse)),
        }
    }

    fn object(&self, key: &str) -> Result<Option<Obj<'v>>, FormatError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Object(map)) => Ok(Some(Obj {
                map,
                path: join(&self.path, key),
                tp: self.tp.clone(),
            })),
            Some(_) => Err(self.wrong(key, Expected::Object)),
        }
    }

    fn list(&self, key: &str, max: usize) -> Result<Option<&'v Vec<Value>>, FormatError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Array(a)) if a.len() > max => {
                Err(self.err(key, ErrorKind::TooMany { max }))
            }
            Some(Value::Array(a)) => Ok(Some(a)),
            Some(_) => Err(self.wrong(key, Expected::List)),
        }
    }

    /// The `i`-th element of list `key` as an object.
    fn item(&self, key: &str, i: usize, v: &'v Value) -> Result<Obj<'v>, FormatError> {
        Obj::root(v, format!("{}[{i}]", join(&self.path, key)))
    }
}

/// Which kind of file the header announces.
enum Header {
    Journey(u32),
    /// A library; its version is checked, and every version so far has the same shape.
    Library,
}

/// Reads `format` and `version`. `inner` is for journeys inside a library, where both may
/// be left out.
fn header(o: &Obj, inner: bool) -> Result<Header, FormatError> {
    let format = o.text("format", MAX_NAME_CHARS)?;
    let version = || -> Result<u32, FormatError> {
        let v = match o.get("version") {
            None if inner => return Ok(CURRENT_VERSION),
            None => return Err(o.err("version", ErrorKind::Missing)),
            Some(v) => v,
        };
        match v.as_u64() {
            Some(0) | None => Err(o.err("version", ErrorKind::BadVersion)),
            Some(found) if found > u64::from(CURRENT_VERSION) => Err(o.err(
                "version",
                ErrorKind::NewerVersion {
                    found,
                    supported: CURRENT_VERSION,
                },
            )),
            // Checked above: found ≤ CURRENT_VERSION, so it fits.
            Some(found) => Ok(found as u32),
        }
    };
    match format.as_deref() {
        None if inner => Ok(Header::Journey(version()?)),
        None => Err(FormatError::whole(ErrorKind::NotPeakend)),
        Some(JOURNEY_FORMAT) => Ok(Header::Journey(version()?)),
        Some(LIBRARY_FORMAT) if !inner => version().map(|_| Header::Library),
        Some(other) => Err(o.err(
            "format",
            ErrorKind::UnknownFormat {
                found: other.to_string(),
            },
        )),
    }
}

/// A journey in any known on-disk version.
enum OnDisk {
    V1(JourneyV1),
}

/// Brings any known version up to the newest on-disk shape. Each new version adds one
/// step here (v1 → v2 → …), so old files keep opening.
fn migrate(d: OnDisk) -> JourneyV1 {
    match d {
        OnDisk::V1(j) => j,
    }
}

fn read_body(o: &Obj, version: u32) -> Result<OnDisk, FormatError> {
    match version {
        1 => Ok(OnDisk::V1(read_v1(o)?)),
        // header() refuses every other version before we get here.
        _ => Err(o.err("version", ErrorKind::BadVersion)),
    }
}

/// A touchpoint's `votes`: numbers or `null`, at most one per possible participant.
fn read_votes(t: &Obj) -> Result<Vec<Option<f64>>, FormatError> {
    let list = t.list("votes", MAX_PARTICIPANTS)?.into_iter().flatten();
    list.enumerate()
        .map(|(k, v)| match v {
            Value::Null => Ok(None),
            v => match v.as_f64() {
                Some(x) if x.is_finite() => Ok(Some(x)),
                _ => Err(t.wrong(&format!("votes[{k}]"), Expected::Number)),
            },
        })
        .collect()
}

/// The journey's `participants`: a list of names (text, possibly empty).
fn read_participants(o: &Obj) -> Result<Vec<String>, FormatError> {
    let list = o
        .list("participants", MAX_PARTICIPANTS)?
        .into_iter()
        .flatten();
    list.enumerate()
        .map(|(k, v)| {
            let key = format!("participants[{k}]");
            match v {
                Value::Null => Ok(String::new()),
                Value::String(s) if s.chars().count() > MAX_NAME_CHARS => Err(o.err(
                    &key,
                    ErrorKind::TooLong {
                        max_chars: MAX_NAME_CHARS,
                    },
                )),
                Value::String(s) => Ok(s.clone()),
                _ => Err(o.wrong(&key, Expected::Text)),
            }
        })
        .collect()
}

fn read_v1(o: &Obj) -> Result<JourneyV1, FormatError> {
    let title = o.text("title", MAX_NAME_CHARS)?.unwrap_or_default();
    let description = o.text("description", MAX_NOTES_CHARS)?.unwrap_or_default();
    let scale = match o.object("scale")? {
        None => ScaleV1 {
            min: -5.0,
            max: 5.0,
            neutral: None,
            step: None,
        },
        Some(s) => ScaleV1 {
            min: s.require("min", s.number("min")?)?,
            max: s.require("max", s.number("max")?)?,
            neutral: s.number("neutral")?,
            step: s.number("step")?,
        },
    };
    let mut phases = Vec::new();
    for (i, v) in o
        .list("phases", MAX_PHASES)?
        .into_iter()
        .flatten()
        .enumerate()
    {
        let p = o.item("phases", i, v)?;
        phases.push(PhaseV1 {
            id: p.require("id", p.id("id")?)?,
            name: p.text("name", MAX_NAME_CHARS)?.unwrap_or_default(),
        });
    }
    let list = o.require("touchpoints", o.list("touchpoints", MAX_TOUCHPOINTS)?)?;
    let mut touchpoints = Vec::with_capacity(list.len());
    for (i, v) in list.iter().enumerate() {
        let mut t = o.item("touchpoints", i, v)?;
        t.tp = Some(TouchpointRef {
            index: i,
            name: t.get("name").and_then(Value::as_str).map(|n| {
                // Quote at most a line's worth of a name back to the user.
                n.chars().take(80).collect()
            }),
        });
        touchpoints.push(TouchpointV1 {
            id: t.id("id")?,
            name: t.text("name", MAX_NAME_CHARS)?.unwrap_or_default(),
            rating: t.require("rating", t.number("rating")?)?,
            duration: t.number("duration")?,
            phase: t.id("phase")?,
            channel: t.text("channel", MAX_NAME_CHARS)?,
            notes: t.text("notes", MAX_NOTES_CHARS)?.unwrap_or_default(),
            moment_of_truth: t.flag("moment_of_truth")?.unwrap_or(false),
            votes: read_votes(&t)?,
        });
    }
    let marks = match o.object("marks")? {
        None => None,
        Some(m) => Some(MarksV1 {
            peak: m.id("peak")?,
            end: m.id("end")?,
        }),
    };
    let memory = match o.object("memory")? {
        None => None,
        Some(m) => {
            let d = MemoryModel::default();
            let window = match m.whole("end_window")? {
                None => d.end_window,
                Some(k) if (1.0..=f64::from(MAX_END_WINDOW)).contains(&k) => k as u32,
                Some(_) => {
                    return Err(m.err(
                        "end_window",
                        ErrorKind::Memory(MemoryModelError::EmptyEndWindow),
                    ));
                }
            };
            Some(MemoryV1 {
                peak_weight: m.number("peak_weight")?.unwrap_or(d.peak_weight),
                end_weight: m.number("end_weight")?.unwrap_or(d.end_weight),
                end_window: window,
                split_peaks: m.flag("split_peaks")?.unwrap_or(d.split_peaks),
                trend_weight: m.number("trend_weight")?.unwrap_or(d.trend_weight),
            })
        }
    };
    Ok(JourneyV1 {
        format: JOURNEY_FORMAT.to_string(),
        version: 1,
        title,
        description,
        scale,
        phases,
        touchpoints,
        marks,
        memory,
        next_id: o.id("next_id")?,
        participants: read_participants(o)?,
    })
}

/// Checks the newest on-disk shape and builds the model. `path` prefixes error paths
/// (`journeys[3]` inside a library).
fn into_model(f: JourneyV1, path: &str) -> Result<Journey, FormatError> {
    let at = |key: String, kind: ErrorKind, tp: Option<(usize, &TouchpointV1)>| FormatError {
        kind,
        path: join(path, &key),
        touchpoint: tp.map(|(index, t)| TouchpointRef {
            index,
            name: Some(t.name.chars().take(80).collect()),
        }),
    };
    let s = f.scale;
    let scale = Scale {
        min: s.min,
        max: s.max,
        neutral: s.neutral.unwrap_or((s.min + s.max) / 2.0),
        step: s.step.unwrap_or(1.0),
    };
    scale
        .validate()
        .map_err(|e| at("scale".into(), ErrorKind::Scale(e), None))?;

    let mut phases = Vec::with_capacity(f.phases.len());
    let mut phase_pos: HashMap<u32, usize> = HashMap::new();
    for (i, p) in f.phases.iter().enumerate() {
        if phase_pos.insert(p.id, i).is_some() {
            return Err(at(
                format!("phases[{i}].id"),
                ErrorKind::DuplicateId { id: p.id },
                None,
            ));
        }
        phases.push(Phase {
            id: PhaseId(p.id),
            name: p.name.clone(),
        });
    }

    let mut seen: HashSet<u32> = HashSet::new();
    let mut last_phase = 0usize;
    for (i, t) in f.touchpoints.iter().enumerate() {
        let tp = Some((i, t));
        if let Some(id) = t.id
            && !seen.insert(id)
        {
            return Err(at(
                format!("touchpoints[{i}].id"),
                ErrorKind::DuplicateId { id },
                tp,
            ));
        }
        if !scale.contains(t.rating) {
            return Err(at(
                format!("touchpoints[{i}].rating"),
                ErrorKind::OutsideScale {
                    value: t.rating,
                    min: scale.min,
                    max: scale.max,
                },
                tp,
            ));
        }
        if t.votes.len() > f.participants.len() {
            return Err(at(
                format!("touchpoints[{i}].votes"),
                ErrorKind::MoreVotesThanParticipants {
                    votes: t.votes.len(),
                    participants: f.participants.len(),
                },
                tp,
            ));
        }
        let outside =
            |(k, v): (usize, &Option<f64>)| v.filter(|v| !scale.contains(*v)).map(|v| (k, v));
        if let Some((k, value)) = t.votes.iter().enumerate().find_map(outside) {
            return Err(at(
                format!("touchpoints[{i}].votes[{k}]"),
                ErrorKind::OutsideScale {
                    value,
                    min: scale.min,
                    max: scale.max,
                },
                tp,
            ));
        }
        if let Some(d) = t.duration
            && !(d.is_finite() && (0.0..=MAX_DURATION).contains(&d))
        {
            return Err(at(
                format!("touchpoints[{i}].duration"),
                ErrorKind::BadDuration { max: MAX_DURATION },
                tp,
            ));
        }
        // Touchpoints without a phase sort after every phase, as the model keeps them.
        let pos = match t.phase {
            None => usize::MAX,
            Some(id) => *phase_pos.get(&id).ok_or_else(|| {
                at(
                    format!("touchpoints[{i}].phase"),
                    ErrorKind::UnknownPhase { id },
                    tp,
                )
            })?,
        };
        if !phases.is_empty() && pos < last_phase {
            return Err(at(
                format!("touchpoints[{i}].phase"),
                ErrorKind::PhaseOrder,
                tp,
            ));
        }
        last_phase = pos;
    }

    let used = seen
        .iter()
        .copied()
        .chain(phase_pos.keys().copied())
        .max()
        .map_or(1, |m| m + 1);
    let mut next = used.max(f.next_id.unwrap_or(0));
    let mut touchpoints = Vec::with_capacity(f.touchpoints.len());
    for t in f.touchpoints {
        let id = match t.id {
            Some(id) => id,
            None => {
                let id = next;
                next += 1;
                id
            }
        };
        touchpoints.push(Touchpoint {
            id: TouchpointId(id),
            name: t.name,
            phase: t.phase.map(PhaseId),
            channel: t.channel.as_deref().and_then(Channel::from_key),
            rating: t.rating,
            duration: t.duration.unwrap_or(1.0),
            notes: t.notes,
            moment_of_truth: t.moment_of_truth,
            votes: trimmed(t.votes),
        });
    }

    let m = f.marks.unwrap_or_default();
    let mark = |key: &str, id: Option<u32>| -> Result<Option<TouchpointId>, FormatError> {
        match id {
            None => Ok(None),
            Some(id) if touchpoints.iter().any(|t| t.id.0 == id) => Ok(Some(TouchpointId(id))),
            Some(id) => Err(at(
                format!("marks.{key}"),
                ErrorKind::UnknownTouchpoint { id },
                None,
            )),
        }
    };
    let marks = Marks {
        peak: mark("peak", m.peak)?,
        end: mark("end", m.end)?,
    };

    let memory = match f.memory {
        None => MemoryModel::default(),
        Some(m) => MemoryModel {
            peak_weight: m.peak_weight,
            end_weight: m.end_weight,
            end_window: m.end_window,
            split_peaks: m.split_peaks,
            trend_weight: m.trend_weight,
        },
    };
    memory
        .validate()
        .map_err(|e| at("memory".into(), ErrorKind::Memory(e), None))?;

    Ok(Journey {
        title: f.title,
        description: f.description,
        scale,
        phases,
        touchpoints,
        marks,
        memory,
        participants: f.participants,
        next_id: next,
    })
}

/// Votes without trailing blanks: the model's canonical form.
fn trimmed(mut votes: Vec<Option<f64>>) -> Vec<Option<f64>> {
    while votes.last() == Some(&None) {
        votes.pop();
    }
    votes
}

fn parse(input: &str) -> Result<Value, FormatError> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(FormatError::whole(ErrorKind::TooLarge {
            max_bytes: MAX_INPUT_BYTES,
        }));
    }
    // A byte-order mark is what some editors put first; it is not part of the JSON.
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    serde_json::from_str(input).map_err(|e| {
        FormatError::whole(ErrorKind::Syntax {
            line: e.line(),
            column: e.column(),
        })
    })
}

fn read_library(o: &Obj) -> Result<Vec<Journey>, FormatError> {
    let list = o.require("journeys", o.list("journeys", MAX_JOURNEYS)?)?;
    let mut out = Vec::with_capacity(list.len());
    for (i, v) in list.iter().enumerate() {
        let j = o.item("journeys", i, v)?;
        let Header::Journey(version) = header(&j, true)? else {
            return Err(j.err("format", ErrorKind::IsLibrary));
        };
        out.push(into_model(migrate(read_body(&j, version)?), &j.path)?);
    }
    Ok(out)
}

/// Reads a journey file (`"format": "peakend/journey"`, any known version).
pub fn read_journey(input: &str) -> Result<Journey, FormatError> {
    let v = parse(input)?;
    let o = Obj::root(&v, String::new())?;
    match header(&o, false)? {
        Header::Journey(version) => into_model(migrate(read_body(&o, version)?), ""),
        Header::Library => Err(FormatError::whole(ErrorKind::IsLibrary)),
    }
}

/// Reads a journey file or a library file; a journey file gives a list of one.
pub fn read_any(input: &str) -> Result<Vec<Journey>, FormatError> {
    let v = parse(input)?;
    let o = Obj::root(&v, String::new())?;
    match header(&o, false)? {
        Header::Journey(version) => Ok(vec![into_model(migrate(read_body(&o, version)?), "")?]),
        Header::Library => read_library(&o),
    }
}

fn cut(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// The on-disk shape of a journey. Anything the reader would refuse is made readable on
/// the way out (ratings clamped, bad durations reset, dangling references dropped, long
/// text cut), so a written file always opens again.
pub fn to_v1(j: &Journey) -> JourneyV1 {
    let s = j.scale;
    let phase_ids: HashSet<u32> = j.phases.iter().map(|p| p.id.0).collect();
    let tp_ids: HashSet<u32> = j.touchpoints.iter().map(|t| t.id.0).collect();
    let live = |id: Option<TouchpointId>| id.map(|i| i.0).filter(|i| tp_ids.contains(i));
    let marks = MarksV1 {
        peak: live(j.marks.peak),
        end: live(j.marks.end),
    };
    let memory = if j.memory.validate().is_ok() {
        j.memory
    } else {
        MemoryModel::default()
    };
    let participants: Vec<String> = j
        .participants
        .iter()
        .take(MAX_PARTICIPANTS)
        .map(|p| cut(p, MAX_NAME_CHARS))
        .collect();
    JourneyV1 {
        format: JOURNEY_FORMAT.to_string(),
        version: CURRENT_VERSION,
        title: cut(&j.title, MAX_NAME_CHARS),
        description: cut(&j.description, MAX_NOTES_CHARS),
        scale: ScaleV1 {
            min: s.min,
            max: s.max,
            neutral: Some(s.neutral),
            step: (s.step != 1.0).then_some(s.step),
        },
        phases: j
            .phases
            .iter()
            .map(|p| PhaseV1 {
                id: p.id.0,
                name: cut(&p.name, MAX_NAME_CHARS),
            })
            .collect(),
        touchpoints: j
            .touchpoints
            .iter()
            .map(|t| TouchpointV1 {
                id: Some(t.id.0),
                name: cut(&t.name, MAX_NAME_CHARS),
                rating: s.clamp(t.rating),
                duration: Some(if t.duration.is_nan() {
                    1.0
                } else {
                    t.duration.clamp(0.0, MAX_DURATION)
                }),
                phase: t.phase.map(|p| p.0).filter(|p| phase_ids.contains(p)),
                channel: t.channel.as_ref().map(|c| cut(c.key(), MAX_NAME_CHARS)),
                notes: cut(&t.notes, MAX_NOTES_CHARS),
                moment_of_truth: t.moment_of_truth,
                // Only votes the reader accepts: within the scale, one per participant.
                votes: trimmed(
                    t.votes
                        .iter()
                        .take(participants.len())
                        .map(|v| v.filter(|v| s.contains(*v)))
                        .collect(),
                ),
            })
            .collect(),
        marks: (marks != MarksV1::default()).then_some(marks),
        memory: (!memory.is_default()).then_some(MemoryV1 {
            peak_weight: memory.peak_weight,
            end_weight: memory.end_weight,
            end_window: memory.end_window,
            split_peaks: memory.split_peaks,
            trend_weight: memory.trend_weight,
        }),
        next_id: Some(j.next_id),
        participants,
    }
}

fn pretty<T: serde::Serialize>(v: &T) -> String {
    // The on-disk shapes hold only strings, finite numbers, bools and lists, for which
    // serde_json cannot fail; the fallback keeps this total anyway.
    serde_json::to_string_pretty(v).unwrap_or_else(|_| String::from("{}"))
}

/// Writes one journey as a pretty-printed file of the current version.
pub fn write_journey(j: &Journey) -> String {
    pretty(&to_v1(j))
}

/// Writes many journeys as one library file. Each entry is a complete journey object
/// (with its own `format` and `version`), so it can be cut out as a file of its own.
pub fn write_library(journeys: &[Journey]) -> String {
    pretty(&v1::LibraryV1 {
        format: LIBRARY_FORMAT.to_string(),
        version: CURRENT_VERSION,
        journeys: journeys.iter().map(to_v1).collect(),
    })
}

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
