#![cfg(not(target_arch = "wasm32"))]
//! The journey file format: one fixture per version, every error naming its field and
//! touchpoint, and write-then-read as the identity (proptest).

use peakend::io::json::{
    CURRENT_VERSION, ErrorKind, Expected, FormatError, MAX_INPUT_BYTES, TouchpointRef, read_any,
    read_journey, write_journey, write_library,
};
use peakend::model::{
    Action, Answer, BankError, BankSettings, Channel, InterviewEdit, InterviewId, Journey,
    MAX_ANSWER_CHARS, MAX_INTERVIEWS, MemoryModel, MemoryModelError, Promise, PromiseState,
    Question, Scale, ScaleError, TouchpointEdit, TouchpointId, apply,
};
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/format/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).unwrap()
}

// ---- Fixtures, one per version ----------------------------------------------------

#[test]
fn version_1_fixture_reads_every_field() {
    let j = read_journey(&fixture("v1.json")).unwrap();
    assert_eq!(j.title, "Fifteen years with my telecom provider");
    assert!(j.description.starts_with("Fixture for format version 1"));
    assert_eq!(
        j.scale,
        Scale {
            min: -5.0,
            max: 5.0,
            neutral: 0.0,
            step: 0.5
        }
    );
    assert_eq!(j.phases.len(), 2);
    assert_eq!(j.phases[1].name, "Saying goodbye");
    let ids: Vec<u32> = j.touchpoints.iter().map(|t| t.id.0).collect();
    assert_eq!(
        ids,
        [10, 11, 20, 12],
        "a missing id gets a fresh one, after next_id"
    );
    assert_eq!(j.next_id, 21);
    let t = &j.touchpoints[0];
    assert_eq!((t.rating, t.duration, t.moment_of_truth), (3.5, 2.0, true));
    assert_eq!(t.channel, Some(Channel::Shop));
    assert_eq!(t.notes, "Helpful staff");
    assert_eq!(t.phase, Some(j.phases[0].id));
    assert_eq!(
        j.touchpoints[2].channel,
        Some(Channel::Custom("Fax".into()))
    );
    assert_eq!(j.touchpoints[3].duration, 1.0, "duration defaults to 1");
    assert_eq!(j.marks.peak, Some(TouchpointId(12)));
    assert_eq!(j.marks.end, Some(TouchpointId(12)));
    assert_eq!(
        j.memory,
        MemoryModel {
            peak_weight: 1.0,
            end_weight: 2.0,
            end_window: 2,
            split_peaks: true,
            trend_weight: 0.25
        }
    );
    // Written again and read back, it is the same journey.
    assert_eq!(read_journey(&write_journey(&j)).unwrap(), j);
}

#[test]
fn the_minimal_form_from_the_issue_reads() {
    let j = read_journey(&fixture("v1-minimal.json")).unwrap();
    assert_eq!(j.ratings(), [-3.0, 2.0]);
    assert_eq!(j.memory, MemoryModel::default());
    assert!(j.phases.is_empty());
}

#[test]
fn a_library_reads_as_many_journeys_and_not_as_one() {
    let text = fixture("library-v1.json");
    let all = read_any(&text).unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].title, "To be");
    assert_eq!(all[1].scale.neutral, 5.0);
    assert_eq!(read_journey(&text).unwrap_err().kind, ErrorKind::IsLibrary);
    assert_eq!(read_any(&write_library(&all)).unwrap(), all);
    // A single journey file is a library of one for read_any.
    assert_eq!(read_any(&fixture("v1-minimal.json")).unwrap().len(), 1);
}

#[test]
fn a_file_from_a_newer_version_says_so() {
    let e = read_journey(&fixture("v2-future.json")).unwrap_err();
    assert_eq!(
        e.kind,
        ErrorKind::NewerVersion {
            found: 2,
            supported: CURRENT_VERSION
        }
    );
    assert!(
        e.to_string()
            .starts_with("this file is from a newer version of Peakend"),
        "{e}"
    );
}

// ---- Errors ------------------------------------------------------------------------

fn doc(touchpoints: &str, extra: &str) -> String {
    format!(
        r#"{{"format": "peakend/journey", "version": 1, "title": "t",
            "scale": {{"min": -5, "max": 5}}, "touchpoints": [{touchpoints}] {extra}}}"#
    )
}

fn err(text: &str) -> FormatError {
    read_journey(text).unwrap_err()
}

fn at(index: usize, name: &str) -> Option<TouchpointRef> {
    Some(TouchpointRef {
        index,
        name: Some(name.into()),
    })
}

#[test]
fn whole_file_problems() {
    assert!(matches!(
        err("{\"format\": ").kind,
        ErrorKind::Syntax { line: 1, .. }
    ));
    assert_eq!(
        err("[1, 2]").kind,
        ErrorKind::WrongType {
            expected: Expected::Object
        }
    );
    assert_eq!(err(r#"{"title": "x"}"#).kind, ErrorKind::NotPeakend);
    assert_eq!(
        err(r#"{"format": "trello/board", "version": 1}"#).kind,
        ErrorKind::UnknownFormat {
            found: "trello/board".into()
        }
    );
    for v in ["0", "-1", "1.5", "\"1\""] {
        let e = err(&format!(
            r#"{{"format": "peakend/journey", "version": {v}}}"#
        ));
        assert_eq!(
            (e.kind, e.path.as_str()),
            (ErrorKind::BadVersion, "version"),
            "{v}"
        );
    }
    let e = err(r#"{"format": "peakend/journey", "title": "x"}"#);
    assert_eq!((e.kind, e.path.as_str()), (ErrorKind::Missing, "version"));
    let huge = " ".repeat(MAX_INPUT_BYTES + 1);
    assert_eq!(
        err(&huge).kind,
        ErrorKind::TooLarge {
            max_bytes: MAX_INPUT_BYTES
        }
    );
    // A byte-order mark in front is fine.
    read_journey(&format!("\u{feff}{}", fixture("v1-minimal.json"))).unwrap();
}

#[test]
fn touchpoint_problems_name_the_field_and_the_touchpoint() {
    let ok = r#"{"name": "ok", "rating": 1}"#;
    let cases: Vec<(String, ErrorKind, &str)> = vec![
        (
            format!(r#"{ok}, {{"name": "Bill"}}"#),
            ErrorKind::Missing,
            "touchpoints[1].rating",
        ),
        (
            format!(r#"{ok}, {{"name": "Bill", "rating": "bad"}}"#),
            ErrorKind::WrongType {
                expected: Expected::Number,
            },
            "touchpoints[1].rating",
        ),
        (
            format!(r#"{ok}, {{"name": "Bill", "rating": 6}}"#),
            ErrorKind::OutsideScale {
                value: 6.0,
                min: -5.0,
                max: 5.0,
            },
            "touchpoints[1].rating",
        ),
        (
            format!(r#"{ok}, {{"name": "Bill", "rating": 1, "duration": -2}}"#),
            ErrorKind::BadDuration { max: 1e9 },
            "touchpoints[1].duration",
        ),
        (
            format!(r#"{ok}, {{"name": "Bill", "rating": 1, "moment_of_truth": "yes"}}"#),
            ErrorKind::WrongType {
                expected: Expected::TrueOrFalse,
            },
            "touchpoints[1].moment_of_truth",
        ),
        (
            format!(r#"{ok}, {{"name": "Bill", "rating": 1, "id": -4}}"#),
            ErrorKind::BadId { max: 1_000_000_000 },
            "touchpoints[1].id",
        ),
        (
            format!(r#"{ok}, {{"name": "Bill", "rating": 1, "phase": 9}}"#),
            ErrorKind::UnknownPhase { id: 9 },
            "touchpoints[1].phase",
        ),
        (
            r#"{"id": 3, "name": "ok", "rating": 1}, {"id": 3, "name": "Bill", "rating": 1}"#
                .to_string(),
            ErrorKind::DuplicateId { id: 3 },
            "touchpoints[1].id",
        ),
        (
            format!(r#"{ok}, {{"name": "Bill", "rating": 1, "notes": 5}}"#),
            ErrorKind::WrongType {
                expected: Expected::Text,
            },
            "touchpoints[1].notes",
        ),
    ];
    for (tps, kind, path) in cases {
        let e = err(&doc(&tps, ""));
        assert_eq!(e.kind, kind, "{tps}");
        assert_eq!(e.path, path, "{tps}");
        assert_eq!(e.touchpoint, at(1, "Bill"), "{tps}");
    }
    // A name that is too long is reported without being quoted in full.
    let long = "x".repeat(201);
    let e = err(&doc(&format!(r#"{{"name": "{long}", "rating": 1}}"#), ""));
    assert_eq!(e.kind, ErrorKind::TooLong { max_chars: 200 });
    assert_eq!(e.path, "touchpoints[0].name");
    assert_eq!(e.touchpoint.unwrap().name.unwrap().chars().count(), 80);
    read_journey(&doc(ok, "")).unwrap();
}

#[test]
fn journey_level_problems() {
    let ok = r#"{"id": 1, "name": "a", "rating": 1}"#;
    let e = err(&doc(ok, r#", "marks": {"end": 7}"#));
    assert_eq!(
        (e.kind, e.path.as_str()),
        (ErrorKind::UnknownTouchpoint { id: 7 }, "marks.end")
    );
    let e = err(&doc(
        ok,
        r#", "memory": {"peak_weight": 0, "end_weight": 0}"#,
    ));
    assert_eq!(
        (e.kind, e.path.as_str()),
        (ErrorKind::Memory(MemoryModelError::NoWeight), "memory")
    );
    let e = err(&doc(ok, r#", "memory": {"end_window": 0}"#));
    assert_eq!(e.path, "memory.end_window");
    let e = err(&doc(
        ok,
        r#", "phases": [{"id": 1, "name": "a"}, {"id": 1, "name": "b"}]"#,
    ));
    assert_eq!(
        (e.kind, e.path.as_str()),
        (ErrorKind::DuplicateId { id: 1 }, "phases[1].id")
    );
    let bad_scale = r#"{"format": "peakend/journey", "version": 1, "title": "t",
        "scale": {"min": 5, "max": -5}, "touchpoints": []}"#;
    let e = err(bad_scale);
    assert_eq!(
        (e.kind, e.path.as_str()),
        (ErrorKind::Scale(ScaleError::Inverted), "scale")
    );
    let phased =
        r#"{"name": "late", "rating": 1, "phase": 2}, {"name": "early", "rating": 1, "phase": 1}"#;
    let e = err(&doc(
        phased,
        r#", "phases": [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}]"#,
    ));
    assert_eq!(
        (e.kind, e.touchpoint),
        (ErrorKind::PhaseOrder, at(1, "early"))
    );
    let many = vec![r#"{"name": "x", "rating": 0}"#; 10_001].join(",");
    let e = err(&doc(&many, ""));
    assert_eq!(
        (e.kind, e.path.as_str()),
        (ErrorKind::TooMany { max: 10_000 }, "touchpoints")
    );
    // In a library the path says which journey.
    let lib = r#"{"format": "peakend/library", "version": 1, "journeys": [
        {"title": "ok", "touchpoints": []},
        {"title": "bad", "touchpoints": [{"name": "Bill", "rating": 99}]}]}"#;
    let e = read_any(lib).unwrap_err();
    assert_eq!(e.path, "journeys[1].touchpoints[0].rating");
    assert_eq!(e.touchpoint, at(0, "Bill"));
}

// ---- Group rating round ------------------------------------------------------------

#[test]
fn participants_and_votes_read_write_and_are_checked() {
    let text = doc(
        r#"{"name": "Call", "rating": 1.5, "votes": [1, null, 2]}, {"name": "Bill", "rating": 0}"#,
        r#", "participants": ["Ana", "", "Kim"]"#,
    );
    let j = read_journey(&text).unwrap();
    assert_eq!(j.participants, ["Ana", "", "Kim"]);
    assert_eq!(j.touchpoints[0].votes, [Some(1.0), None, Some(2.0)]);
    assert!(j.touchpoints[1].votes.is_empty());
    assert_eq!(read_journey(&write_journey(&j)).unwrap(), j);
    // A file without the fields is a journey without a group round.
    assert!(read_journey(&doc("", "")).unwrap().participants.is_empty());

    let e = err(&doc(
        r#"{"name": "Call", "rating": 0, "votes": [1, 7]}"#,
        r#", "participants": ["a", "b"]"#,
    ));
    assert_eq!(e.path, "touchpoints[0].votes[1]");
    assert!(matches!(e.kind, ErrorKind::OutsideScale { value, .. } if value == 7.0));
    assert_eq!(e.touchpoint, at(0, "Call"));
    let e = err(&doc(
        r#"{"name": "Call", "rating": 0, "votes": [1, 2]}"#,
        r#", "participants": ["a"]"#,
    ));
    assert_eq!(
        (e.kind, e.path.as_str()),
        (
            ErrorKind::MoreVotesThanParticipants {
                votes: 2,
                participants: 1
            },
            "touchpoints[0].votes"
        )
    );
    let e = err(&doc(
        r#"{"name": "Call", "rating": 0, "votes": ["two"]}"#,
        r#", "participants": ["a"]"#,
    ));
    assert_eq!(
        (e.kind, e.path.as_str()),
        (
            ErrorKind::WrongType {
                expected: Expected::Number
            },
            "touchpoints[0].votes[0]"
        )
    );
    let e = err(&doc("", r#", "participants": ["a", 3]"#));
    assert_eq!(
        (e.kind, e.path.as_str()),
        (
            ErrorKind::WrongType {
                expected: Expected::Text
            },
            "participants[1]"
        )
    );
    let crowd = vec!["\"x\""; 501].join(",");
    let e = err(&doc("", &format!(r#", "participants": [{crowd}]"#)));
    assert_eq!(
        (e.kind, e.path.as_str()),
        (ErrorKind::TooMany { max: 500 }, "participants")
    );
}

#[test]
fn votes_survive_a_save_and_the_rating_stays_their_mean() {
    let mut j = Journey::new("Workshop");
    let a = Action::AddTouchpoint {
        name: "Call".into(),
        rating: 0.0,
        after: None,
    };
    apply(&mut j, a).unwrap();
    let id = j.touchpoints[0].id;
    // (−2 + 3 + 4) / 3 = 5 / 3
    let values = vec![-2.0, 3.0, 4.0];
    apply(&mut j, Action::PasteVotes { id, values }).unwrap();
    let back = read_journey(&write_journey(&j)).unwrap();
    assert_eq!(back.touchpoints[0].rating, 1.666666667);
    assert_eq!(back.participants.len(), 3);
    assert_eq!(back, j);
}

// ---- Write then read is the identity ------------------------------------------------

fn scale() -> impl Strategy<Value = Scale> {
    prop_oneof![
        Just(Scale::default()),
        Just(Scale::new(0.0, 10.0, None).unwrap()),
        Just(Scale::new(1.0, 10.0, None).unwrap()),
        Just(Scale::new(1.0, 5.0, None).unwrap()),
        Just(Scale {
            min: -3.0,
            max: 3.0,
            neutral: -3.0,
            step: 0.5
        }),
    ]
}

fn channel() -> impl Strategy<Value = Option<Channel>> {
    prop_oneof![
        Just(None),
        prop::sample::select(Channel::PRESETS.to_vec()).prop_map(Some),
        "[a-z]{1,8}".prop_map(|s| Some(Channel::Custom(format!("c-{s}")))),
    ]
}

#[derive(Debug, Clone)]
struct Tp {
    name: String,
    steps: u32,
    quarter_hours: u32,
    channel: Option<Channel>,
    notes: String,
    mot: bool,
    phase: usize,
    lanes: Lanes,
}

/// What a touchpoint holds for the lanes under the curve: expected and our view in scale
/// steps, promises, failure demand and which earlier touchpoint (by position) caused it.
#[derive(Debug, Clone)]
struct Lanes {
    expected: Option<u32>,
    ours: Option<u32>,
    promises: Vec<(String, PromiseState)>,
    failure_demand: bool,
    cause: Option<usize>,
}

fn lanes() -> impl Strategy<Value = Lanes> {
    (
        prop::option::of(0u32..=20),
        prop::option::of(0u32..=20),
        prop::collection::vec(
            (
                "\\PC{0,30}",
                prop::sample::select(PromiseState::ALL.to_vec()),
            ),
            0..4,
        ),
        any::<bool>(),
        prop::option::of(0usize..30),
    )
        .prop_map(|(expected, ours, promises, failure_demand, cause)| Lanes {
            expected,
            ours,
            promises,
            failure_demand,
            cause,
        })
}

fn tp() -> impl Strategy<Value = Tp> {
    (
        "\\PC{0,30}",
        0u32..=20,
        0u32..=400,
        channel(),
        "\\PC{0,60}",
        any::<bool>(),
        0usize..4,
        lanes(),
    )
        .prop_map(
            |(name, steps, quarter_hours, channel, notes, mot, phase, lanes)| Tp {
                name,
                steps,
                quarter_hours,
                channel,
                notes,
                mot,
                phase,
                lanes,
            },
        )
}

fn memory() -> impl Strategy<Value = MemoryModel> {
    (1u32..=8, 0u32..=8, 1u32..=6, any::<bool>(), 0u32..=4).prop_map(|(p, e, k, s, t)| {
        MemoryModel {
            peak_weight: f64::from(p) / 4.0,
            end_weight: f64::from(e) / 4.0,
            end_window: k,
            split_peaks: s,
            trend_weight: f64::from(t) / 4.0,
        }
    })
}

/// A journey built the way a user builds one: through actions.
fn build(
    title: String,
    scale: Scale,
    phases: Vec<String>,
    tps: Vec<Tp>,
    memory: MemoryModel,
    marks: (Option<usize>, Option<usize>),
    removed: Option<usize>,
) -> Journey {
    let mut j = Journey::new("");
    apply(&mut j, Action::SetTitle(title)).unwrap();
    apply(&mut j, Action::SetScale(scale)).unwrap();
    for p in phases {
        apply(&mut j, Action::AddPhase(p)).unwrap();
    }
    for t in &tps {
        let rating = scale.snap(scale.min + f64::from(t.steps) * scale.step);
        let a = Action::AddTouchpoint {
            name: t.name.clone(),
            rating,
            after: None,
        };
        apply(&mut j, a).unwrap();
        let id = j.touchpoints[j.touchpoints.len() - 1].id;
        let phase = (!j.phases.is_empty()).then(|| j.phases[t.phase % j.phases.len()].id);
        for e in [
            TouchpointEdit::Duration(f64::from(t.quarter_hours) / 4.0),
            TouchpointEdit::Channel(t.channel.clone()),
            TouchpointEdit::Notes(t.notes.clone()),
            TouchpointEdit::MomentOfTruth(t.mot),
            TouchpointEdit::Phase(phase),
        ] {
            apply(&mut j, Action::Edit(id, e)).unwrap();
        }
        let at =
            |steps: Option<u32>| steps.map(|k| scale.snap(scale.min + f64::from(k) * scale.step));
        let l = &t.lanes;
        let mut edits = vec![
            TouchpointEdit::Expected(at(l.expected)),
            TouchpointEdit::Ours(at(l.ours)),
        ];
        for (text, state) in &l.promises {
            edits.push(TouchpointEdit::AddPromise(Promise::new(
                text.clone(),
                *state,
            )));
        }
        // The cause is one of the touchpoints added before this one.
        let others = j.touchpoints.len() - 1;
        let cause = l
            .cause
            .filter(|_| l.failure_demand && others > 0)
            .and_then(|k| {
                j.touchpoints
                    .iter()
                    .filter(|x| x.id != id)
                    .nth(k % others)
                    .map(|x| x.id)
            });
        edits.push(TouchpointEdit::FailureDemand {
            failure_demand: l.failure_demand,
            caused_by: cause,
        });
        for e in edits {
            apply(&mut j, Action::Edit(id, e)).unwrap();
        }
    }
    let n = j.touchpoints.len();
    if n > 0 {
        let id = |j: &Journey, i: usize| j.touchpoints[i % n].id;
        if let Some(p) = marks.0 {
            let a = Action::TogglePeakMark(id(&j, p));
            apply(&mut j, a).unwrap();
        }
        if let Some(e) = marks.1 {
            let a = Action::ToggleEndMark(id(&j, e));
            apply(&mut j, a).unwrap();
        }
        if let Some(r) = removed {
            let a = Action::Remove(id(&j, r));
            apply(&mut j, a).unwrap();
        }
    }
    apply(&mut j, Action::SetMemoryModel(memory)).unwrap();
    j
}

fn bank() -> impl Strategy<Value = BankSettings> {
    prop_oneof![
        Just(BankSettings::default()),
        (1u32..=40, 0u32..=12).prop_map(|(w, b)| BankSettings {
            withdrawal_weight: f64::from(w) / 4.0,
            broken_promise: f64::from(b) / 4.0,
        }),
    ]
}

/// A group round: participant names, and per touchpoint each one's vote in scale steps.
type Round = (Vec<String>, Vec<Vec<Option<u32>>>);

fn round() -> impl Strategy<Value = Round> {
    (
        prop::collection::vec("\\PC{0,12}", 0..5),
        prop::collection::vec(
            prop::collection::vec(prop::option::of(0u32..=20), 0..5),
            0..25,
        ),
    )
}

/// Plays a group round into `j` the way the panel does: names, then votes.
fn with_round(mut j: Journey, (names, votes): Round) -> Journey {
    apply(&mut j, Action::SetParticipants(names.len())).unwrap();
    for (p, name) in names.into_iter().enumerate() {
        apply(&mut j, Action::RenameParticipant(p, name)).unwrap();
    }
    let scale = j.scale;
    let people = j.participants.len();
    for (t, column) in votes.iter().enumerate().take(j.touchpoints.len()) {
        let id = j.touchpoints[t].id;
        for (p, v) in column.iter().enumerate().take(people) {
            let value = v.map(|steps| scale.snap(scale.min + f64::from(steps) * scale.step));
            let a = Action::Vote {
                id,
                participant: p,
                value,
            };
            apply(&mut j, a).unwrap();
        }
    }
    j
}

fn journeys() -> impl Strategy<Value = Journey> {
    (
        "\\PC{0,40}",
        scale(),
        prop::collection::vec("\\PC{0,20}", 0..4),
        prop::collection::vec(tp(), 0..25),
        memory(),
        (prop::option::of(0usize..30), prop::option::of(0usize..30)),
        prop::option::of(0usize..30),
        round(),
        bank(),
    )
        .prop_map(
            |(title, scale, phases, tps, memory, marks, removed, round, bank)| {
                let mut j = build(title, scale, phases, tps, memory, marks, removed);
                apply(&mut j, Action::SetBank(bank)).unwrap();
                with_round(j, round)
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn write_then_read_is_the_identity(j in journeys()) {
        let text = write_journey(&j);
        prop_assert_eq!(read_journey(&text).unwrap(), j);
    }

    #[test]
    fn a_library_round_trips(js in prop::collection::vec(journeys(), 0..4)) {
        prop_assert_eq!(read_any(&write_library(&js)).unwrap(), js);
    }

    /// Whatever bytes arrive, reading returns an answer, never a panic.
    #[test]
    fn reading_never_panics(s in "\\PC{0,200}") {
        let _ = read_any(&s);
    }

    /// Mutating a valid file in one place gives a journey or a typed error, never a panic.
    #[test]
    fn damaged_files_give_typed_errors(j in journeys(), at in any::<prop::sample::Index>(), junk in "[\\[\\]{}\",:0-9a-z-]{1,3}") {
        let mut text = write_journey(&j);
        let i = at.index(text.len());
        if text.is_char_boundary(i) {
            text.insert_str(i, &junk);
            let _ = read_journey(&text);
        }
    }
}

/// Control characters have no place in names, notes or titles (`model::clean`): a file
/// that holds them opens without them, and the length limit counts what is kept.
#[test]
fn control_characters_in_a_file_are_dropped_as_it_is_read() {
    let name = format!("Ca\u{e}ll{}", "\u{1}".repeat(300));
    let file = serde_json::json!({
        "format": "peakend/journey", "version": 1,
        "title": "Ti\u{7f}tle\u{0}",
        "description": "one\r\ntwo\u{85}",
        "scale": {"min": -5, "max": 5},
        "phases": [{"id": 1, "name": "Sta\u{1b}rt"}],
        "participants": ["An\u{e}n"],
        "touchpoints": [{"name": name, "rating": 1, "phase": 1,
                         "channel": "ch\u{e}at", "notes": "a\tb\u{e}\nc"}]
    })
    .to_string();
    let j = read_journey(&file).unwrap();
    assert_eq!(j.title, "Title");
    assert_eq!(j.description, "one\ntwo");
    assert_eq!(j.phases[0].name, "Start");
    assert_eq!(j.participants, ["Ann"]);
    let t = &j.touchpoints[0];
    assert_eq!(t.name, "Call");
    assert_eq!(t.channel, Some(Channel::Custom("chat".into())));
    assert_eq!(t.notes, "a\tb\nc");
    assert_eq!(read_journey(&write_journey(&j)).unwrap(), j);
}

// ---- The lanes under the curve (issue 11) ------------------------------------------

#[test]
fn the_lanes_fixture_reads_every_new_field() {
    let j = read_journey(&fixture("v1-lanes.json")).unwrap();
    let t = &j.touchpoints[0];
    assert_eq!((t.expected, t.ours), (Some(2.0), Some(4.0)));
    assert_eq!(
        t.promises,
        [
            Promise::new("Your number moves over within a week", PromiseState::Broken),
            Promise::new("One bill for both contracts", PromiseState::Kept),
            Promise::new("A technician calls within 8 weeks", PromiseState::Open),
        ],
        "a promise without a state is open"
    );
    assert!(!t.failure_demand);
    let call = &j.touchpoints[1];
    assert_eq!(
        (call.failure_demand, call.caused_by),
        (true, Some(TouchpointId(1)))
    );
    let mail = &j.touchpoints[2];
    assert_eq!((mail.failure_demand, mail.caused_by), (true, None));
    assert_eq!((mail.expected, mail.ours), (None, None));
    assert_eq!(
        j.bank,
        BankSettings {
            withdrawal_weight: 2.0,
            broken_promise: 1.5
        }
    );
    let text = write_journey(&j);
    assert_eq!(read_journey(&text).unwrap(), j);
    // The contract's field names and state keys, as written.
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["touchpoints"][0]["promises"][0]["state"], "broken");
    assert_eq!(v["touchpoints"][0]["promises"][2]["state"], "open");
    assert_eq!(v["touchpoints"][1]["caused_by"], 1);
    assert_eq!(v["bank"]["withdrawal_weight"], 2.0);
    assert_eq!(v["bank"]["broken_promise"], 1.5);
}

/// A journey that does not use the new fields is written exactly as before they existed:
/// no new key appears, so older builds keep reading what this one writes.
#[test]
fn journeys_without_the_new_fields_write_as_before() {
    let old_keys = [
        "id",
        "name",
        "rating",
        "duration",
        "phase",
        "channel",
        "notes",
        "moment_of_truth",
        "votes",
    ];
    for name in ["v1.json", "v1-minimal.json"] {
        let j = read_journey(&fixture(name)).unwrap();
        assert!(j.bank.is_default());
        let v: serde_json::Value = serde_json::from_str(&write_journey(&j)).unwrap();
        assert!(v.get("bank").is_none(), "{name}");
        for t in v["touchpoints"].as_array().unwrap() {
            for key in t.as_object().unwrap().keys() {
                assert!(old_keys.contains(&key.as_str()), "{name}: {key}");
            }
        }
    }
}

#[test]
fn hostile_lane_values_in_a_file_name_the_field() {
    let ok = r#"{"id": 1, "name": "ok", "rating": 1}"#;
    let cases: Vec<(String, ErrorKind, &str)> = vec![
        (
            format!(r#"{ok}, {{"id": 2, "name": "Bill", "rating": 1, "expected": 6}}"#),
            ErrorKind::OutsideScale {
                value: 6.0,
                min: -5.0,
                max: 5.0,
            },
            "touchpoints[1].expected",
        ),
        (
            format!(r#"{ok}, {{"id": 2, "name": "Bill", "rating": 1, "ours": "high"}}"#),
            ErrorKind::WrongType {
                expected: Expected::Number,
            },
            "touchpoints[1].ours",
        ),
        (
            format!(
                r#"{ok}, {{"id": 2, "name": "Bill", "rating": 1, "promises": [{{"text": "x", "state": "late"}}]}}"#
            ),
            ErrorKind::UnknownPromiseState {
                found: "late".into(),
            },
            "touchpoints[1].promises[0].state",
        ),
        (
            format!(r#"{ok}, {{"id": 2, "name": "Bill", "rating": 1, "promises": "x"}}"#),
            ErrorKind::WrongType {
                expected: Expected::List,
            },
            "touchpoints[1].promises",
        ),
        (
            format!(
                r#"{ok}, {{"id": 2, "name": "Bill", "rating": 1, "failure_demand": true, "caused_by": 2}}"#
            ),
            ErrorKind::CausedBySelf,
            "touchpoints[1].caused_by",
        ),
        (
            format!(
                r#"{ok}, {{"id": 2, "name": "Bill", "rating": 1, "failure_demand": true, "caused_by": 9}}"#
            ),
            ErrorKind::UnknownTouchpoint { id: 9 },
            "touchpoints[1].caused_by",
        ),
        (
            format!(r#"{ok}, {{"id": 2, "name": "Bill", "rating": 1, "caused_by": 1}}"#),
            ErrorKind::CauseWithoutFailureDemand,
            "touchpoints[1].caused_by",
        ),
        (
            format!(r#"{ok}, {{"id": 2, "name": "Bill", "rating": 1, "failure_demand": 1}}"#),
            ErrorKind::WrongType {
                expected: Expected::TrueOrFalse,
            },
            "touchpoints[1].failure_demand",
        ),
    ];
    for (tps, kind, path) in cases {
        let e = err(&doc(&tps, ""));
        assert_eq!(e.kind, kind, "{tps}");
        assert_eq!(e.path, path, "{tps}");
        assert_eq!(e.touchpoint, at(1, "Bill"), "{tps}");
    }
    // 10,000 promises on one touchpoint: refused, not read.
    let many = vec![r#"{"text": "x"}"#; 10_000].join(",");
    let e = err(&doc(
        &format!(r#"{{"name": "Bill", "rating": 0, "promises": [{many}]}}"#),
        "",
    ));
    assert_eq!(
        (e.kind, e.path.as_str()),
        (ErrorKind::TooMany { max: 100 }, "touchpoints[0].promises")
    );
    // λ = 0, a negative or a missing-but-wrong bank.
    for (bank, kind) in [
        (
            r#"{"withdrawal_weight": 0}"#,
            ErrorKind::Bank(BankError::BadWithdrawalWeight),
        ),
        (
            r#"{"withdrawal_weight": -2, "broken_promise": 1}"#,
            ErrorKind::Bank(BankError::BadWithdrawalWeight),
        ),
        (
            r#"{"broken_promise": -1}"#,
            ErrorKind::Bank(BankError::BadBrokenPromise),
        ),
    ] {
        let e = err(&doc(ok, &format!(r#", "bank": {bank}"#)));
        assert_eq!((e.kind, e.path.as_str()), (kind, "bank"), "{bank}");
    }
    let e = err(&doc(ok, r#", "bank": {"withdrawal_weight": "two"}"#));
    assert_eq!(e.path, "bank.withdrawal_weight");
    let e = err(&doc(ok, r#", "bank": 2"#));
    assert_eq!(e.path, "bank");
}

/// Whatever the model holds, a written file opens again: a cause that no longer exists,
/// a value off the scale, a bank out of range are left out on the way out.
#[test]
fn a_written_file_always_opens_even_from_a_damaged_model() {
    let mut j = read_journey(&fixture("v1-lanes.json")).unwrap();
    j.touchpoints[1].caused_by = Some(TouchpointId(404));
    j.touchpoints[2].caused_by = Some(j.touchpoints[2].id);
    j.touchpoints[3].failure_demand = false;
    j.touchpoints[3].caused_by = Some(TouchpointId(1));
    j.touchpoints[0].expected = Some(f64::NAN);
    j.touchpoints[0].ours = Some(99.0);
    j.bank.withdrawal_weight = 0.0;
    let back = read_journey(&write_journey(&j)).unwrap();
    assert!(back.touchpoints.iter().all(|t| t.caused_by.is_none()));
    assert_eq!(back.touchpoints[0].expected, None);
    assert_eq!(back.touchpoints[0].ours, None);
    assert!(back.bank.is_default());
}

// ---- The guided interview (issue 11, seed 001) ---------------------------------------

#[test]
fn the_interview_fixture_reads_every_field() {
    let j = read_journey(&fixture("v1-interview.json")).unwrap();
    assert_eq!(j.interviews.len(), 2);
    let i = &j.interviews[0];
    assert_eq!(i.id, InterviewId(7));
    assert_eq!(i.who, "Nicoline, customer for 15 years");
    assert_eq!(i.date.as_deref(), Some("2026-11-30"));
    assert_eq!(
        i.answer(Question::Before).text,
        "You helped me on my way and gave me attention."
    );
    assert_eq!(i.answer(Question::Before).touchpoints, [TouchpointId(1)]);
    assert_eq!(
        i.answer(Question::Change),
        &Answer::default(),
        "not answered"
    );
    let f = i.answer(Question::Feelings);
    assert_eq!(f.feelings, ["pain", "disappointed"], "a repeat is dropped");
    assert_eq!(
        f.touchpoints,
        [TouchpointId(2), TouchpointId(3)],
        "once each, in journey order"
    );
    assert_eq!(i.answered(), 4);
    // The second has no id in the file: it gets a fresh one, above next_id.
    assert_eq!(j.interviews[1].id, InterviewId(8));
    assert_eq!(j.interviews[1].who, "Shop manager");
    assert_eq!(j.next_id, 9);
    let again = read_journey(&write_journey(&j)).unwrap();
    assert_eq!(again, j);
    // A file from before interviews opens with none, and writes none.
    let old = read_journey(&fixture("v1-lanes.json")).unwrap();
    assert!(old.interviews.is_empty());
    assert!(!write_journey(&old).contains("interviews"));
}

#[test]
fn a_bad_interview_in_a_file_is_named() {
    let tps = r#"{"id": 1, "name": "a", "rating": 0}"#;
    let with = |iv: &str| doc(tps, &format!(r#", "interviews": [{iv}]"#));
    let cases = [
        (
            r#"{"answers": [{"question": "after", "text": "x"}]}"#,
            "interviews[0].answers[0].question",
            ErrorKind::UnknownQuestion {
                found: "after".into(),
            },
        ),
        (
            r#"{"answers": [{"question": "before"}, {"question": "before"}]}"#,
            "interviews[0].answers[1].question",
            ErrorKind::RepeatedQuestion {
                key: "before".into(),
            },
        ),
        (
            r#"{"date": "2026-02-30"}"#,
            "interviews[0].date",
            ErrorKind::BadDate {
                found: "2026-02-30".into(),
            },
        ),
        (
            r#"{"answers": [{"question": "offer", "touchpoints": [1, 9]}]}"#,
            "interviews[0].answers[0].touchpoints[1]",
            ErrorKind::UnknownTouchpoint { id: 9 },
        ),
        (
            r#"{"answers": [{"question": "offer", "touchpoints": ["1"]}]}"#,
            "interviews[0].answers[0].touchpoints[0]",
            ErrorKind::WrongType {
                expected: Expected::WholeNumber,
            },
        ),
        (
            r#"{"answers": [{"text": "no question"}]}"#,
            "interviews[0].answers[0].question",
            ErrorKind::Missing,
        ),
    ];
    for (iv, path, kind) in cases {
        let e = err(&with(iv));
        assert_eq!((e.path.as_str(), &e.kind), (path, &kind), "{iv}");
    }
    let twice = doc(tps, r#", "interviews": [{"id": 4}, {"id": 4}]"#);
    assert_eq!(err(&twice).kind, ErrorKind::DuplicateId { id: 4 });
    let long = format!(
        r#"{{"answers": [{{"question": "before", "text": "{}"}}]}}"#,
        "x".repeat(MAX_ANSWER_CHARS + 1)
    );
    assert_eq!(
        err(&with(&long)).kind,
        ErrorKind::TooLong {
            max_chars: MAX_ANSWER_CHARS
        }
    );
    let many = format!(
        r#"{}, "interviews": [{}]}}"#,
        &doc(tps, "")[..doc(tps, "").len() - 1],
        vec!["{}"; MAX_INTERVIEWS + 1].join(",")
    );
    assert_eq!(
        err(&many).kind,
        ErrorKind::TooMany {
            max: MAX_INTERVIEWS
        }
    );
}

/// An interview as a user fills it in: who, a date, answers with links and feelings.
type Said = (
    String,
    Option<u8>,
    Vec<(usize, String, Vec<usize>, Vec<String>)>,
);

fn interviews() -> impl Strategy<Value = Vec<Said>> {
    prop::collection::vec(
        (
            "\\PC{0,20}",
            prop::option::of(0u8..4),
            prop::collection::vec(
                (
                    0usize..5,
                    "\\PC{0,60}",
                    prop::collection::vec(0usize..30, 0..4),
                    prop::collection::vec("\\PC{0,12}", 0..3),
                ),
                0..6,
            ),
        ),
        0..3,
    )
}

fn with_interviews(mut j: Journey, said: Vec<Said>, removed: Option<usize>) -> Journey {
    let dates = ["2026-11-30", "2024-02-29", "1999-01-01", "2026-12-02"];
    for (who, date, answers) in said {
        apply(&mut j, Action::AddInterview(who)).unwrap();
        let id = j.interviews[j.interviews.len() - 1].id;
        let date = date.map(|d| dates[usize::from(d)].to_string());
        let mut edits = vec![InterviewEdit::Date(date)];
        for (q, text, links, feelings) in answers {
            let q = Question::ALL[q];
            edits.push(InterviewEdit::Text(q, text));
            edits.push(InterviewEdit::Feelings(q, feelings));
            for k in links.into_iter().filter(|_| !j.touchpoints.is_empty()) {
                let tp = j.touchpoints[k % j.touchpoints.len()].id;
                edits.push(InterviewEdit::Link(q, tp, true));
            }
        }
        for e in edits {
            apply(&mut j, Action::EditInterview(id, e)).unwrap();
        }
    }
    // Deleting a touchpoint afterwards drops its links.
    if let Some(r) = removed.filter(|_| !j.touchpoints.is_empty()) {
        let id = j.touchpoints[r % j.touchpoints.len()].id;
        apply(&mut j, Action::Remove(id)).unwrap();
    }
    j
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn interviews_round_trip(
        j in journeys(),
        said in interviews(),
        removed in prop::option::of(0usize..30),
    ) {
        let j = with_interviews(j, said, removed);
        let text = write_journey(&j);
        prop_assert_eq!(read_journey(&text).unwrap(), j);
    }
}

// ---- Stories and the twelve-week plan (issue 12) -----------------------------------

#[test]
fn the_practice_fixture_reads_stories_and_the_plan() {
    use peakend::model::{Date, Decision, PhaseId, Teller};
    let j = read_journey(&fixture("v1-practice.json")).unwrap();
    assert_eq!(j.stories.len(), 4);
    let s = &j.stories[0];
    assert_eq!(
        (s.teller, s.who.as_str(), s.valence, s.touchpoint),
        (Teller::Employee, "Engineer", 5.0, Some(TouchpointId(2)))
    );
    assert_eq!(
        s.themes,
        ["extra mile", "speed"],
        "themes are kept in lower case"
    );
    assert_eq!(s.date, Some(Date::parse("2026-11-20").unwrap()));
    assert_eq!(
        j.stories[2].teller,
        Teller::Customer,
        "Dutch teller keys read"
    );
    assert_eq!(j.stories[2].phase, Some(PhaseId(10)));
    assert_eq!(j.stories[3].teller, Teller::Customer, "customer by default");
    let p = j.plan.as_ref().unwrap();
    assert_eq!(p.start.to_string(), "2026-12-04");
    assert_eq!(p.top, [TouchpointId(2), TouchpointId(1)]);
    assert_eq!(p.weeks.len(), 2);
    assert_eq!(p.weeks[0].decision, Some(Decision::Norm));
    assert_eq!(
        (p.weeks[0].before, p.weeks[0].after),
        (Some(-3.0), Some(1.0))
    );
    assert_eq!(p.weeks[1].decision, None);
    let text = write_journey(&j);
    assert_eq!(read_journey(&text).unwrap(), j);
    // The contract's keys, as written: every week names all five, null when empty.
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["stories"][0]["teller"], "employee");
    assert_eq!(v["stories"][0]["touchpoint"], 2);
    assert_eq!(v["stories"][0]["date"], "2026-11-20");
    assert_eq!(v["plan"]["start"], "2026-12-04");
    assert_eq!(v["plan"]["weeks"][0]["decision"], "norm");
    assert_eq!(v["plan"]["weeks"][1]["decision"], serde_json::Value::Null);
    assert_eq!(v["plan"]["weeks"][1]["touchpoint"], 1);
    for key in [
        "touchpoint",
        "question_answer",
        "actions",
        "evaluation",
        "decision",
    ] {
        assert!(v["plan"]["weeks"][1].get(key).is_some(), "{key}");
    }
}

#[test]
fn stories_and_plans_that_cannot_be_read_say_where() {
    let base = |extra: &str| {
        doc(
            r#"{"id": 1, "name": "A", "rating": 0}"#,
            &format!(", {extra}"),
        )
    };
    let cases = [
        (
            r#""stories": [{"text": "x", "valence": 0, "touchpoint": 9}]"#,
            "stories[0].touchpoint",
            ErrorKind::UnknownTouchpoint { id: 9 },
        ),
        (
            r#""stories": [{"text": "x", "valence": 7}]"#,
            "stories[0].valence",
            ErrorKind::OutsideScale {
                value: 7.0,
                min: -5.0,
                max: 5.0,
            },
        ),
        (
            r#""stories": [{"text": "x", "valence": 1, "teller": "boss"}]"#,
            "stories[0].teller",
            ErrorKind::UnknownTeller {
                found: "boss".into(),
            },
        ),
        (
            r#""stories": [{"text": "x", "valence": 1, "date": "31-12-2026"}]"#,
            "stories[0].date",
            ErrorKind::BadDate {
                found: "31-12-2026".into(),
            },
        ),
        (
            r#""plan": {"start": "2026-12-03", "weeks": [{}]}"#,
            "plan.start",
            ErrorKind::NotAFriday,
        ),
        (
            r#""plan": {"start": "2026-12-04", "weeks": [{"touchpoint": 5}]}"#,
            "plan.weeks[0].touchpoint",
            ErrorKind::UnknownTouchpoint { id: 5 },
        ),
        (
            r#""plan": {"start": "2026-12-04", "weeks": [{"decision": "maybe"}]}"#,
            "plan.weeks[0].decision",
            ErrorKind::UnknownDecision {
                found: "maybe".into(),
            },
        ),
        (
            r#""plan": {"start": "2026-12-04", "weeks": []}"#,
            "plan.weeks",
            ErrorKind::Missing,
        ),
    ];
    for (extra, path, kind) in cases {
        let e = err(&base(extra));
        assert_eq!((e.path.as_str(), &e.kind), (path, &kind), "{extra}");
    }
    // A story of a megabyte is refused with the limit, not read.
    let huge = format!(
        r#""stories": [{{"text": "{}", "valence": 0}}]"#,
        "a".repeat(1_000_000)
    );
    let e = err(&base(&huge));
    assert_eq!(e.path, "stories[0].text");
    assert!(matches!(e.kind, ErrorKind::TooLong { .. }));
}

#[test]
fn ten_thousand_stories_round_trip() {
    use peakend::model::{Action, MAX_STORIES, Story, StoryAction, Teller, apply};
    let mut j = read_journey(&fixture("v1-practice.json")).unwrap();
    j.stories.clear();
    let many: Vec<Story> = (0..MAX_STORIES)
        .map(|i| {
            Story::new(
                format!("story <b>{i}</b>"),
                Teller::Customer,
                (i % 11) as f64 - 5.0,
            )
        })
        .collect();
    apply(&mut j, Action::Story(StoryAction::Import(many))).unwrap();
    let text = write_journey(&j);
    let back = read_journey(&text).unwrap();
    assert_eq!(back.stories.len(), MAX_STORIES);
    assert_eq!(back, j);
}

#[test]
fn a_journey_leaves_without_its_stories_and_keeps_the_rest() {
    use peakend::io::json::write_without_stories;
    let j = read_journey(&fixture("v1-practice.json")).unwrap();
    assert!(!j.stories.is_empty());
    let bare = read_journey(&write_without_stories(&j)).unwrap();
    assert!(bare.stories.is_empty());
    let mut expected = j.clone();
    expected.stories.clear();
    assert_eq!(
        bare, expected,
        "the plan, the touchpoints and the rest travel unchanged"
    );
}
