//! Reading a journey or library file: the header, then the body of the file's version
//! into its on-disk shape.

use super::migrate::{OnDisk, migrate};
use super::obj::Obj;
use super::practice;
use super::v1::{
    AnswerV1, BankV1, InterviewV1, JourneyV1, MarksV1, MemoryV1, PhaseV1, PromiseStateV1,
    PromiseV1, ScaleV1, TouchpointV1,
};
use super::validate::into_model;
use super::{
    CURRENT_VERSION, ErrorKind, Expected, FormatError, JOURNEY_FORMAT, LIBRARY_FORMAT,
    MAX_INPUT_BYTES, MAX_JOURNEYS, MAX_PHASES, TouchpointRef,
};
use crate::model::{
    BankSettings, Journey, MAX_ANSWER_CHARS, MAX_END_WINDOW, MAX_FEELING_CHARS, MAX_FEELINGS,
    MAX_INTERVIEWS, MAX_NAME_CHARS, MAX_NOTES_CHARS, MAX_PARTICIPANTS, MAX_PROMISE_CHARS,
    MAX_PROMISES, MAX_TOUCHPOINTS, MemoryModel, MemoryModelError, Question, check_date, clean,
    clean_counted, clean_promise,
};
use serde_json::Value;

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

/// `WHOLE`: the whole journey (everywhere but the course embed), or only what the embed
/// shows ([`read_for_embed`]: no group round, notes, interviews, stories or plan).
fn read_body<const WHOLE: bool>(o: &Obj, version: u32) -> Result<OnDisk, FormatError> {
    match version {
        1 => Ok(OnDisk::V1(read_v1::<WHOLE>(o)?)),
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

/// A touchpoint's `promises`: `{"text": …, "state": "kept" | "broken" | "open"}`, the
/// state `open` when left out.
fn read_promises(t: &Obj) -> Result<Vec<PromiseV1>, FormatError> {
    let list = t.list("promises", MAX_PROMISES)?.into_iter().flatten();
    list.enumerate()
        .map(|(k, v)| {
            let p = t.item("promises", k, v)?;
            let p = Obj {
                tp: t.tp.clone(),
                ..p
            };
            let state = match p.text("state", MAX_NAME_CHARS)?.as_deref() {
                None | Some("open") => PromiseStateV1::Open,
                Some("kept") => PromiseStateV1::Kept,
                Some("broken") => PromiseStateV1::Broken,
                Some(other) => {
                    return Err(p.err(
                        "state",
                        ErrorKind::UnknownPromiseState {
                            found: clean(other, 80),
                        },
                    ));
                }
            };
            Ok(PromiseV1 {
                text: clean_promise(&p.text("text", MAX_PROMISE_CHARS)?.unwrap_or_default()),
                state,
            })
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
                Value::String(s) => match clean_counted(s, MAX_NAME_CHARS) {
                    (_, true) => Err(o.err(
                        &key,
                        ErrorKind::TooLong {
                            max_chars: MAX_NAME_CHARS,
                        },
                    )),
                    (kept, false) => Ok(kept),
                },
                _ => Err(o.wrong(&key, Expected::Text)),
            }
        })
        .collect()
}

/// A list of text items (`feelings`), each at most `max_chars` long.
fn read_texts(
    o: &Obj,
    key: &str,
    max: usize,
    max_chars: usize,
) -> Result<Vec<String>, FormatError> {
    let list = o.list(key, max)?.into_iter().flatten();
    list.enumerate()
        .map(|(k, v)| {
            let at = format!("{key}[{k}]");
            match v {
                Value::String(s) => match clean_counted(s, max_chars) {
                    (_, true) => Err(o.err(&at, ErrorKind::TooLong { max_chars })),
                    (kept, false) => Ok(kept),
                },
                _ => Err(o.wrong(&at, Expected::Text)),
            }
        })
        .collect()
}

/// One answer of an interview: its question (required), text, linked touchpoint ids and
/// feeling words.
fn read_answer(a: &Obj) -> Result<AnswerV1, FormatError> {
    let question = a.require("question", a.text("question", MAX_NAME_CHARS)?)?;
    if Question::from_key(&question).is_none() {
        let found = clean(&question, 80);
        return Err(a.err("question", ErrorKind::UnknownQuestion { found }));
    }
    let mut touchpoints = Vec::new();
    let links = a
        .list("touchpoints", MAX_TOUCHPOINTS)?
        .into_iter()
        .flatten();
    for (k, v) in links.enumerate() {
        let key = format!("touchpoints[{k}]");
        let id = match v.as_f64() {
            Some(x) if x.fract() == 0.0 && (0.0..=f64::from(super::MAX_ID)).contains(&x) => x,
            Some(_) => return Err(a.err(&key, ErrorKind::BadId { max: super::MAX_ID })),
            None => return Err(a.wrong(&key, Expected::WholeNumber)),
        };
        touchpoints.push(id as u32);
    }
    Ok(AnswerV1 {
        question,
        text: a.text("text", MAX_ANSWER_CHARS)?.unwrap_or_default(),
        touchpoints,
        feelings: read_texts(a, "feelings", MAX_FEELINGS, MAX_FEELING_CHARS)?,
    })
}

/// The journey's `interviews` (seed 001): who, when and the answers.
fn read_interviews(o: &Obj) -> Result<Vec<InterviewV1>, FormatError> {
    let list = o.list("interviews", MAX_INTERVIEWS)?.into_iter().flatten();
    let mut out = Vec::new();
    for (i, v) in list.enumerate() {
        let it = o.item("interviews", i, v)?;
        let date = it
            .text("date", 40)?
            .map(|d| d.trim().to_string())
            .filter(|d| !d.is_empty());
        if let Some(d) = &date
            && check_date(d).is_err()
        {
            return Err(it.err("date", ErrorKind::BadDate { found: d.clone() }));
        }
        let mut answers: Vec<AnswerV1> = Vec::new();
        let given = it.list("answers", Question::ALL.len() * 2)?;
        for (k, v) in given.into_iter().flatten().enumerate() {
            let a = read_answer(&it.item("answers", k, v)?)?;
            if answers.iter().any(|b| b.question == a.question) {
                let key = a.question;
                return Err(it.err(
                    &format!("answers[{k}].question"),
                    ErrorKind::RepeatedQuestion { key },
                ));
            }
            answers.push(a);
        }
        out.push(InterviewV1 {
            id: it.id("id")?,
            who: it.text("who", MAX_NAME_CHARS)?.unwrap_or_default(),
            date,
            answers,
        });
    }
    Ok(out)
}

fn read_v1<const WHOLE: bool>(o: &Obj) -> Result<JourneyV1, FormatError> {
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
                clean(n, 80)
            }),
        });
        touchpoints.push(TouchpointV1 {
            id: t.id("id")?,
            name: t.text("name", MAX_NAME_CHARS)?.unwrap_or_default(),
            rating: t.require("rating", t.number("rating")?)?,
            duration: t.number("duration")?,
            phase: t.id("phase")?,
            channel: t.text("channel", MAX_NAME_CHARS)?,
            notes: if WHOLE {
                t.text("notes", MAX_NOTES_CHARS)?.unwrap_or_default()
            } else {
                String::new()
            },
            moment_of_truth: t.flag("moment_of_truth")?.unwrap_or(false),
            votes: if WHOLE { read_votes(&t)? } else { Vec::new() },
            expected: t.number("expected")?,
            ours: t.number("ours")?,
            promises: read_promises(&t)?,
            failure_demand: t.flag("failure_demand")?.unwrap_or(false),
            caused_by: t.id("caused_by")?,
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
    let bank = match o.object("bank")? {
        None => None,
        Some(b) => {
            let d = BankSettings::default();
            Some(BankV1 {
                withdrawal_weight: b
                    .number("withdrawal_weight")?
                    .unwrap_or(d.withdrawal_weight),
                broken_promise: b.number("broken_promise")?.unwrap_or(d.broken_promise),
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
        bank,
        participants: if WHOLE {
            read_participants(o)?
        } else {
            Vec::new()
        },
        interviews: if WHOLE {
            read_interviews(o)?
        } else {
            Vec::new()
        },
        stories: if WHOLE {
            practice::read_stories(o)?
        } else {
            Vec::new()
        },
        plan: if WHOLE { practice::read_plan(o)? } else { None },
        employee_journey: o.flag("employee_journey")?.unwrap_or(false),
    })
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
        out.push(into_model::<true>(
            migrate(read_body::<true>(&j, version)?),
            &j.path,
        )?);
    }
    Ok(out)
}

/// Reads a journey file (`"format": "peakend/journey"`, any known version).
pub fn read_journey(input: &str) -> Result<Journey, FormatError> {
    read_one::<true>(input)
}

/// Reads a journey file for the course embed: what the embed shows (title, description,
/// scale, phases, touchpoints with their lanes, marks, memory model, bank account). The
/// group round, the notes, the interviews, the stories and the plan are neither read nor
/// checked, and come back empty: the embed shows none of them, and a course page need
/// not carry their reader. What it does read is checked as [`read_journey`] checks it.
pub fn read_for_embed(input: &str) -> Result<Journey, FormatError> {
    read_one::<false>(input)
}

/// Reads a journey file that is already parsed (one kept inside other JSON).
pub fn read_journey_value(v: &Value) -> Result<Journey, FormatError> {
    read_value::<true>(v)
}

fn read_one<const WHOLE: bool>(input: &str) -> Result<Journey, FormatError> {
    read_value::<WHOLE>(&parse(input)?)
}

fn read_value<const WHOLE: bool>(v: &Value) -> Result<Journey, FormatError> {
    let o = Obj::root(v, String::new())?;
    match header(&o, false)? {
        Header::Journey(version) => {
            into_model::<WHOLE>(migrate(read_body::<WHOLE>(&o, version)?), "")
        }
        Header::Library => Err(FormatError::whole(ErrorKind::IsLibrary)),
    }
}

/// Reads a journey file or a library file; a journey file gives a list of one.
pub fn read_any(input: &str) -> Result<Vec<Journey>, FormatError> {
    let v = parse(input)?;
    let o = Obj::root(&v, String::new())?;
    match header(&o, false)? {
        Header::Journey(version) => Ok(vec![into_model::<true>(
            migrate(read_body::<true>(&o, version)?),
            "",
        )?]),
        Header::Library => read_library(&o),
    }
}
