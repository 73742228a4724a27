#![cfg(not(target_arch = "wasm32"))]
//! Mermaid `journey` export and import.

use peakend::i18n::Lang;
use peakend::io::mermaid::{
    LineProblem, MermaidError, export_mermaid, from_mermaid_score, import_mermaid, to_mermaid_score,
};
use peakend::model::{Channel, Journey, Phase, PhaseId, Scale, Touchpoint, TouchpointId};
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/hostile/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn a_valid_diagram_becomes_phases_and_touchpoints() {
    let got = import_mermaid(&fixture("valid.mmd"), Scale::default()).unwrap();
    assert!(got.skipped.is_empty(), "{:?}", got.skipped);
    let j = &got.journey;
    assert_eq!(j.title, "Fietsenwinkel: nieuwe fiets");
    assert_eq!(
        j.phases.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        ["Oriëntatie", "Aankoop", "Gebruik"]
    );
    assert_eq!(j.ratings(), [2.5, 5.0, 0.0, -5.0, 2.5]);
    assert_eq!(j.touchpoints[1].channel, Some(Channel::Shop));
    assert_eq!(j.touchpoints[3].channel, Some(Channel::Phone));
    assert_eq!(j.touchpoints[2].channel, None);
    assert_eq!(j.touchpoints[4].phase, Some(j.phases[2].id));
}

#[test]
fn broken_lines_are_reported_with_their_numbers_and_the_rest_imported() {
    let got = import_mermaid(&fixture("broken.mmd"), Scale::default()).unwrap();
    let problems: Vec<(usize, LineProblem)> = got
        .skipped
        .iter()
        .map(|s| (s.line, s.kind.clone()))
        .collect();
    assert_eq!(
        problems,
        [
            (5, LineProblem::NotUnderstood),
            (6, LineProblem::NotANumber),
            (7, LineProblem::OutOfRange),
            (8, LineProblem::NotUnderstood),
            (9, LineProblem::OutOfRange),
        ]
    );
    assert_eq!(
        got.skipped[1].to_string(),
        "line 6: 'Score is text: great: Me' has a score that is not a number"
    );
    let names: Vec<&str> = got
        .journey
        .touchpoints
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(names, ["Fine task", "Last"]);
}

#[test]
fn other_diagrams_and_empty_text_are_refused() {
    assert_eq!(
        import_mermaid("%% x\n\ngraph TD\n  A-->B\n", Scale::default()),
        Err(MermaidError::NotAJourney { line: 3 })
    );
    assert_eq!(
        import_mermaid("", Scale::default()),
        Err(MermaidError::Empty)
    );
    let huge = "journey\n".to_string() + &"a: 3\n".repeat(300_000);
    assert!(matches!(
        import_mermaid(&huge, Scale::default()),
        Err(MermaidError::TooLarge { .. })
    ));
    let many = "journey\n".to_string() + &"a: 3\n".repeat(10_001);
    assert_eq!(
        import_mermaid(&many, Scale::default()),
        Err(MermaidError::TooManyTasks { max: 10_000 })
    );
}

#[test]
fn code_fences_front_matter_and_crlf_are_accepted() {
    let text = "```mermaid\r\n---\r\ntitle: From front matter\r\n---\r\njourney\r\n  section A\r\n    t: 4: Me\r\n```\r\n";
    let got = import_mermaid(text, Scale::default()).unwrap();
    assert!(got.skipped.is_empty(), "{:?}", got.skipped);
    assert_eq!(got.journey.title, "From front matter");
    assert_eq!(got.journey.touchpoints[0].name, "t");
}

#[test]
fn export_writes_the_mermaid_shape() {
    let mut j = Journey::new("Ordering a bike");
    j.phases.push(Phase {
        id: PhaseId(1),
        name: "Buy".into(),
    });
    j.touchpoints.push(Touchpoint {
        id: TouchpointId(2),
        name: "Pay".into(),
        phase: Some(PhaseId(1)),
        channel: Some(Channel::Web),
        rating: -5.0,
        ..Touchpoint::default()
    });
    assert_eq!(
        export_mermaid(&j, "Customer"),
        "journey\n  title Ordering a bike\n  section Buy\n    Pay: 1: Customer, web\n"
    );
    assert_eq!(
        export_mermaid(&j, ""),
        "journey\n  title Ordering a bike\n  section Buy\n    Pay: 1: web\n"
    );
}

#[test]
fn a_preset_survives_export_and_import_within_one_mermaid_step() {
    for lang in [Lang::En, Lang::Nl] {
        let j = peakend::presets::telecom(lang);
        let text = export_mermaid(&j, "Klant");
        let back = import_mermaid(&text, j.scale).unwrap();
        assert!(back.skipped.is_empty(), "{:?}\n{text}", back.skipped);
        let b = &back.journey;
        assert_eq!(b.title, j.title);
        assert_eq!(b.touchpoints.len(), j.touchpoints.len());
        assert_eq!(b.phases.len(), j.phases.len());
        for (x, y) in j.touchpoints.iter().zip(&b.touchpoints) {
            assert_eq!(x.name, y.name);
            assert_eq!(x.channel, y.channel);
            assert!((x.rating - y.rating).abs() <= j.scale.span() / 8.0 + 1e-9);
            let px = x.phase.and_then(|p| j.phase(p)).map(|p| &p.name);
            let py = y.phase.and_then(|p| b.phase(p)).map(|p| &p.name);
            assert_eq!(px, py);
        }
    }
}

fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(":".to_string()),
        Just("#".to_string()),
        Just(";".to_string()),
        Just("%%".to_string()),
        Just("%".to_string()),
        Just("\n".to_string()),
        Just("\r".to_string()),
        Just("section ".to_string()),
        Just("title ".to_string()),
        Just("journey".to_string()),
        Just("accTitle".to_string()),
        Just("```".to_string()),
        Just("---".to_string()),
        Just(" ".to_string()),
        "[a-zA-Z0-9]{1,4}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..6).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Whatever the names, the exported diagram reads back with every task, no line
    /// lost, every score within one Mermaid step of the rating.
    #[test]
    fn export_then_import_keeps_every_task(
        title in text(),
        phases in prop::collection::vec(text(), 1..4),
        tps in prop::collection::vec((text(), -5.0f64..=5.0, 0usize..4), 0..20),
        actor in text(),
    ) {
        let mut j = Journey::new(title);
        for (i, name) in phases.iter().enumerate() {
            j.phases.push(Phase { id: PhaseId(i as u32 + 1), name: name.clone() });
        }
        let mut tps = tps;
        tps.sort_by_key(|t| t.2 % phases.len());
        for (i, (name, rating, p)) in tps.into_iter().enumerate() {
            j.touchpoints.push(Touchpoint {
                id: TouchpointId(100 + i as u32),
                name,
                phase: Some(PhaseId((p % phases.len()) as u32 + 1)),
                channel: None,
                rating,
                ..Touchpoint::default()
            });
        }
        let out = export_mermaid(&j, &actor);
        // One line per task, plus the header, title and sections: nothing spills.
        prop_assert!(out.lines().all(|l| !l.trim().is_empty()), "{}", out);
        let back = import_mermaid(&out, Scale::default()).map_err(|e| TestCaseError::fail(format!("{e:?}\n{out}")))?;
        prop_assert!(back.skipped.is_empty(), "{:?}\n{}", back.skipped, out);
        prop_assert_eq!(back.journey.touchpoints.len(), j.touchpoints.len());
        for (x, y) in j.touchpoints.iter().zip(&back.journey.touchpoints) {
            prop_assert!((x.rating - y.rating).abs() <= 1.25 + 1e-9);
        }
    }

    #[test]
    fn scores_round_trip_exactly_for_whole_mermaid_steps(score in 1u8..=5) {
        for scale in Scale::presets() {
            let r = from_mermaid_score(&scale, f64::from(score));
            prop_assert_eq!(to_mermaid_score(&scale, r), score);
        }
    }

    #[test]
    fn import_never_panics(text in "(journey\n)?[a-z:#;%\n\r 0-9{}-]{0,300}") {
        let _ = import_mermaid(&text, Scale::default());
    }
}

/// Control characters pasted with a diagram are dropped from names and titles.
#[test]
fn control_characters_in_a_diagram_are_dropped() {
    let text = "journey\n  title My\u{e} day\n  section Wo\u{7}rk\n    Make\u{0} tea: 5: Me\n";
    let j = import_mermaid(text, Scale::default()).unwrap().journey;
    assert_eq!(j.title, "My day");
    assert_eq!(j.phases[0].name, "Work");
    assert_eq!(j.touchpoints[0].name, "Make tea");
}

/// From Mermaid's own parser tests: a section name with every form of line-break tag.
/// Mermaid draws each as a line break; our one-line names read each as a space.
#[test]
fn line_break_tags_in_names_become_spaces() {
    let text = "journey\ntitle Adding<br>journey\nsection Line1<br>Line2<br/>Line3</br />Line4<br\t/>Line5\n  Go to <br> work: 5: Me\n";
    let j = import_mermaid(text, Scale::default()).unwrap().journey;
    assert_eq!(j.title, "Adding journey");
    assert_eq!(j.phases[0].name, "Line1 Line2 Line3 Line4 Line5");
    assert_eq!(j.touchpoints[0].name, "Go to work");
}

/// From Mermaid's own parser tests: the multi-line description's closing brace is
/// followed by the title on the same line. Both one-line and multi-line forms.
#[test]
fn a_title_after_an_accessibility_description_is_read() {
    let multi = "journey\naccDescr {\n  A user journey for\n  family shopping\n}title Adding journey diagram functionality to mermaid\nsection Order from website\n  Add to cart: 5: Me\n";
    let got = import_mermaid(multi, Scale::default()).unwrap();
    assert!(got.skipped.is_empty(), "{:?}", got.skipped);
    assert_eq!(
        got.journey.title,
        "Adding journey diagram functionality to mermaid"
    );
    assert_eq!(got.journey.phases[0].name, "Order from website");
    let one = "journey\naccDescr { shopping } title My day\n  Tea: 5: Me\n";
    let got = import_mermaid(one, Scale::default()).unwrap();
    assert_eq!(got.journey.title, "My day");
    let single = "journey\naccDescr: shopping {with braces} title no\ntitle Yes\n  Tea: 5\n";
    let got = import_mermaid(single, Scale::default()).unwrap();
    assert_eq!(got.journey.title, "Yes");
    assert!(got.skipped.is_empty());
}
