#![cfg(not(target_arch = "wasm32"))]
//! CSV import and export against what spreadsheets and hostile files really contain.

use peakend::i18n::Lang;
use peakend::io::csv::{
    Column, CsvError, CsvWarning, FileKind, MAX_CSV_BYTES, MAX_CSV_ROWS, RowProblem, Separator,
    export_csv, import_csv,
};
use peakend::model::{
    Channel, Journey, Phase, PhaseId, Promise, PromiseState, Scale, Touchpoint, TouchpointId,
    clean, clean_promise,
};
use proptest::prelude::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/hostile/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn import(name: &str) -> Result<peakend::io::csv::CsvImport, CsvError> {
    import_csv(&fixture(name), Scale::default())
}

fn names(j: &Journey) -> Vec<&str> {
    j.touchpoints.iter().map(|t| t.name.as_str()).collect()
}

/// What a touchpoint looks like to a user: everything but its id, with the phase by name.
type Row = (
    String,
    String,
    Option<Channel>,
    f64,
    f64,
    String,
    bool,
    Lanes,
);
/// The optional columns: expected, ours, failure demand, promises.
type Lanes = (Option<f64>, Option<f64>, bool, Vec<Promise>);

fn rows(j: &Journey) -> Vec<Row> {
    j.touchpoints
        .iter()
        .map(|t| {
            let phase = t
                .phase
                .and_then(|p| j.phase(p))
                .map(|p| p.name.clone())
                .unwrap_or_default();
            (
                phase,
                t.name.clone(),
                t.channel.clone(),
                t.rating,
                t.duration,
                t.notes.clone(),
                t.moment_of_truth,
                (t.expected, t.ours, t.failure_demand, t.promises.clone()),
            )
        })
        .collect()
}

#[test]
fn empty_file_is_refused() {
    assert_eq!(import("empty.csv"), Err(CsvError::Empty));
}

#[test]
fn bom_is_stripped_and_the_header_still_matches() {
    let got = import("bom.csv").unwrap();
    assert!(got.warnings.is_empty(), "{:?}", got.warnings);
    assert_eq!(names(&got.journey), ["Website visit", "Checkout"]);
    assert_eq!(got.journey.phases.len(), 2);
    assert!(got.journey.touchpoints[1].moment_of_truth);
    assert_eq!(got.journey.touchpoints[1].notes, "slow page");
}

#[test]
fn utf16_gets_its_own_error() {
    assert_eq!(import("utf16.csv"), Err(CsvError::Utf16));
    assert_eq!(
        CsvError::Utf16.to_string(),
        "this looks like UTF-16; save as UTF-8 CSV"
    );
    // UTF-16 saved without a BOM is caught by its NUL bytes.
    let no_bom: Vec<u8> = "name,rating\n"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    assert_eq!(import_csv(&no_bom, Scale::default()), Err(CsvError::Utf16));
}

#[test]
fn unterminated_quote_names_the_row() {
    assert_eq!(
        import("truncated_quote.csv"),
        Err(CsvError::UnterminatedQuote { row: 3 })
    );
}

#[test]
fn ragged_rows_are_skipped_and_trailing_separators_forgiven() {
    let got = import("ragged.csv").unwrap();
    assert_eq!(
        names(&got.journey),
        ["Intake", "Short row", "Trailing separators"]
    );
    assert_eq!(got.skipped.len(), 1);
    let s = &got.skipped[0];
    assert_eq!(s.row, 3);
    assert_eq!(
        s.kind,
        RowProblem::Ragged {
            expected: 3,
            found: 4
        }
    );
    assert_eq!(s.text, "lost");
}

#[test]
fn cp1252_is_decoded_with_a_warning() {
    let got = import("cp1252.csv").unwrap();
    assert_eq!(got.warnings, [CsvWarning::DecodedAsWindows1252]);
    assert_eq!(names(&got.journey), ["Café bezoek", "Naïef"]);
    assert_eq!(got.journey.touchpoints[0].notes, "“prima” € 5");
    assert_eq!(got.journey.touchpoints[1].notes, "–");
}

#[test]
fn dutch_excel_semicolons_and_decimal_commas() {
    let got = import("semicolon_decimal_comma.csv").unwrap();
    assert!(got.skipped.is_empty(), "{:?}", got.skipped);
    assert!(got.warnings.is_empty(), "{:?}", got.warnings);
    let j = &got.journey;
    assert_eq!(
        j.phases.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        ["Oriëntatie", "Aankoop", "Levering"]
    );
    assert_eq!(j.ratings(), [1.5, -1.5, -4.0]);
    assert_eq!(j.touchpoints[0].duration, 0.5);
    assert_eq!(j.touchpoints[2].duration, 2.25);
    assert!(j.touchpoints[1].moment_of_truth);
    assert_eq!(j.touchpoints[1].notes, "punt; komma");
    // "telefoon" is not one of our keys: kept as the user's own channel.
    assert_eq!(
        j.touchpoints[2].channel,
        Some(Channel::Custom("telefoon".into()))
    );
}

#[test]
fn quoted_decimal_comma_with_comma_separator() {
    let got = import_csv(b"name,rating\nx,\"-1,5\"\n", Scale::default()).unwrap();
    assert_eq!(got.journey.ratings(), [-1.5]);
}

#[test]
fn quoted_newlines_stay_inside_their_cell_and_rows_count_as_a_spreadsheet_does() {
    let got = import("quoted_newlines.csv").unwrap();
    assert_eq!(
        names(&got.journey),
        [
            // The file's CR LF inside the cell is kept as a line feed (model::clean).
            "Order confirmation\ne-mail",
            "Delivery \"on time\"",
            "After"
        ]
    );
    assert_eq!(got.journey.touchpoints[0].notes, "Line one\nLine two");
    // Row numbers follow records, not lines: a bad rating after a multi-line cell.
    let bad = import_csv(b"name,rating\n\"a\nb\nc\",1\nx,abc\n", Scale::default()).unwrap();
    assert_eq!(bad.skipped[0].row, 3);
    assert_eq!(
        bad.skipped[0].to_string(),
        "row 3: rating 'abc' is not a number"
    );
}

#[test]
fn formula_cells_import_as_text_and_export_neutralised() {
    let got = import("formula_cells.csv").unwrap();
    let j = &got.journey;
    assert_eq!(
        j.touchpoints[0].name,
        "=HYPERLINK(\"http://evil.example\",\"click\")"
    );
    assert_eq!(
        j.touchpoints[0].channel,
        Some(Channel::Custom("@SUM(A1)".into()))
    );
    assert_eq!(j.touchpoints[1].name, "-2+3");
    assert_eq!(j.touchpoints[1].rating, -2.0);
    // A cell already neutralised by a spreadsheet user reads back without the apostrophe.
    assert_eq!(j.touchpoints[1].notes, "=already safe");

    let out = export_csv(j, Separator::Comma);
    for line in out.lines().skip(1) {
        for cell in line.split(',') {
            let cell = cell.trim_start_matches('"');
            let first = cell.chars().next();
            let is_number = cell.parse::<f64>().is_ok();
            assert!(
                is_number || !matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r')),
                "cell {cell:?} would run as a formula"
            );
        }
    }
    // Plain negative ratings stay numbers.
    assert!(out.contains(",-2,1,no,"), "{out}");
    assert!(out.contains("'=HYPERLINK"));
    assert!(out.contains("'-2+3"));
    // And the export reads back to the same touchpoints.
    let back = import_csv(out.as_bytes(), Scale::default()).unwrap();
    assert_eq!(rows(&back.journey), rows(j));
}

#[test]
fn a_png_renamed_csv_is_not_text() {
    assert_eq!(
        import("png-renamed.csv"),
        Err(CsvError::NotText {
            looks_like: Some(FileKind::Png)
        })
    );
    assert_eq!(
        import_csv(b"PK\x03\x04\x14\x00\x06\x00", Scale::default()),
        Err(CsvError::NotText {
            looks_like: Some(FileKind::Workbook)
        })
    );
    assert_eq!(
        import_csv(
            b"\x01\x02\x03\x04\x05name,rating\x06\x07\x08",
            Scale::default()
        ),
        Err(CsvError::NotText { looks_like: None })
    );
}

#[test]
fn html_and_script_in_names_are_kept_as_plain_text() {
    let got = import("html_script.csv").unwrap();
    let j = &got.journey;
    assert_eq!(j.touchpoints[0].name, "<script>alert(1)</script>");
    assert_eq!(j.touchpoints[0].notes, "<img src=x onerror=alert(2)>");
    assert_eq!(j.touchpoints[1].name, "<b>bold</b> &amp; co");
    assert_eq!(j.touchpoints[1].notes, "</textarea><svg onload=alert(3)>");
}

#[test]
fn rtl_and_zero_width_characters_are_preserved() {
    let got = import("rtl_zero_width.csv").unwrap();
    let j = &got.journey;
    assert_eq!(j.touchpoints[0].name, "مكالمة هاتفية");
    assert_eq!(j.touchpoints[0].notes, "\u{202e}evil\u{202c}");
    assert_eq!(j.touchpoints[1].name, "zero\u{200b}width\u{200d}joiner");
    assert_eq!(j.touchpoints[1].notes, "\u{2066}isolate\u{2069}");
    assert_eq!(j.touchpoints[2].notes, "\u{feff}bom inside");
    let back = import_csv(export_csv(j, Separator::Tab).as_bytes(), Scale::default()).unwrap();
    assert_eq!(rows(&back.journey), rows(j));
}

fn generated_rows(n: usize) -> String {
    let mut s = String::from("phase,name,rating\n");
    for i in 0..n {
        s.push_str(&format!(
            "Phase {},Touchpoint {i},{}\n",
            i / 1000,
            (i % 11) as i32 - 5
        ));
    }
    s
}

#[test]
fn ten_thousand_rows_import_and_one_more_is_refused() {
    let start = std::time::Instant::now();
    let got = import_csv(generated_rows(MAX_CSV_ROWS).as_bytes(), Scale::default()).unwrap();
    println!("10,000 rows imported in {:?}", start.elapsed());
    assert_eq!(got.journey.touchpoints.len(), MAX_CSV_ROWS);
    assert_eq!(got.journey.phases.len(), 10);
    assert!(got.skipped.is_empty());
    let ids: std::collections::HashSet<u32> = got
        .journey
        .touchpoints
        .iter()
        .map(|t| t.id.0)
        .chain(got.journey.phases.iter().map(|p| p.id.0))
        .collect();
    assert_eq!(ids.len(), MAX_CSV_ROWS + 10, "ids are unique");
    assert!(got.journey.next_id as usize > MAX_CSV_ROWS + 10);
    assert_eq!(
        import_csv(
            generated_rows(MAX_CSV_ROWS + 1).as_bytes(),
            Scale::default()
        ),
        Err(CsvError::TooManyRows { max: MAX_CSV_ROWS })
    );
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let mut big = b"name,rating\n".to_vec();
    big.resize(MAX_CSV_BYTES + 1, b' ');
    assert_eq!(
        import_csv(&big, Scale::default()),
        Err(CsvError::TooLarge {
            bytes: MAX_CSV_BYTES + 1,
            max: MAX_CSV_BYTES
        })
    );
}

#[test]
fn no_usable_header_is_fatal_and_says_what_was_found() {
    assert_eq!(
        import_csv(b"foo;bar\n1;2\n", Scale::default()),
        Err(CsvError::NoHeader {
            found: vec!["foo".into(), "bar".into()]
        })
    );
}

#[test]
fn a_header_with_only_names_gives_neutral_ratings() {
    let scale = Scale::new(0.0, 10.0, None).unwrap();
    let got = import_csv(b"Contactmoment\nBellen\nMailen\n", scale).unwrap();
    assert_eq!(got.journey.ratings(), [5.0, 5.0]);
    assert_eq!(got.warnings, [CsvWarning::MissingColumn(Column::Rating)]);
}

#[test]
fn ratings_outside_the_scale_are_skipped_not_clamped() {
    let scale = Scale::new(1.0, 5.0, None).unwrap();
    let got = import_csv(b"name,rating\na,0\nb,3\nc,6\n", scale).unwrap();
    assert_eq!(got.journey.ratings(), [3.0]);
    assert_eq!(
        got.skipped
            .iter()
            .map(|s| (s.row, &s.kind))
            .collect::<Vec<_>>(),
        [
            (2, &RowProblem::OutOfRange { min: 1.0, max: 5.0 }),
            (4, &RowProblem::OutOfRange { min: 1.0, max: 5.0 })
        ]
    );
    assert_eq!(got.journey.scale, scale);
}

#[test]
fn very_long_cells_are_cut_with_a_warning() {
    let csv = format!("name,rating\n{},1\n", "x".repeat(10_000));
    let got = import_csv(csv.as_bytes(), Scale::default()).unwrap();
    assert_eq!(got.journey.touchpoints[0].name.chars().count(), 200);
    assert_eq!(
        got.warnings,
        [CsvWarning::TextCut {
            row: 2,
            column: Column::Name,
            max_chars: 200
        }]
    );
}

#[test]
fn line_endings_cr_lf_and_crlf_all_work() {
    for eol in ["\n", "\r\n", "\r"] {
        let csv = ["name,rating", "a,1", "b,2", ""].join(eol);
        let got = import_csv(csv.as_bytes(), Scale::default()).unwrap();
        assert_eq!(names(&got.journey), ["a", "b"], "{eol:?}");
    }
}

#[test]
fn a_preset_journey_survives_export_and_import_in_every_dialect() {
    let j = peakend::presets::telecom(Lang::Nl);
    for sep in [Separator::Comma, Separator::Semicolon, Separator::Tab] {
        let back = import_csv(export_csv(&j, sep).as_bytes(), j.scale).unwrap();
        assert!(back.skipped.is_empty() && back.warnings.is_empty());
        assert_eq!(rows(&back.journey), rows(&j), "{sep:?}");
    }
}

/// Found by `make fuzz`: a cell holding U+000E was kept in the name, exported raw, and
/// the export (shorter than the file, so denser in control characters) was refused as
/// "not text" by our own import.
#[test]
fn control_characters_in_cells_are_dropped_so_our_export_reads_back() {
    let pad = "x".repeat(200);
    let file =
        format!("phase,name,rating,comment\nSta\u{e}rt,\u{e}\u{e}Ca\u{e}ll\u{e}\u{e},1,{pad}\n");
    let got = import_csv(file.as_bytes(), Scale::default()).unwrap();
    assert_eq!(names(&got.journey), ["Call"]);
    assert_eq!(got.journey.phases[0].name, "Start");
    for sep in [Separator::Comma, Separator::Semicolon, Separator::Tab] {
        let csv = export_csv(&got.journey, sep);
        assert!(!csv.contains('\u{e}'), "{csv:?}");
        let back = import_csv(csv.as_bytes(), Scale::default()).expect("our export reads back");
        assert_eq!(rows(&back.journey), rows(&got.journey));
    }
}

/// A journey saved before text was cleaned may still hold a control character: the
/// export leaves it out rather than write a file we cannot read.
#[test]
fn export_leaves_out_control_characters_the_model_still_holds() {
    let mut j = Journey::new("t");
    let t = j.new_touchpoint("\u{e}".repeat(40), 1.0);
    j.touchpoints.push(t);
    let csv = export_csv(&j, Separator::Comma);
    let back = import_csv(csv.as_bytes(), Scale::default()).expect("reads back");
    assert_eq!(names(&back.journey), [""]);
}

// ---------------------------------------------------------------------------------------
// The optional columns of the lanes under the curve (issue 11)
// ---------------------------------------------------------------------------------------

#[test]
fn a_journey_without_the_lane_columns_exports_as_before() {
    let j = peakend::presets::telecom(Lang::En);
    let csv = export_csv(&j, Separator::Comma);
    assert!(
        csv.starts_with("\u{feff}phase,name,channel,rating,duration,moment_of_truth,notes\r\n"),
        "{csv}"
    );
}

#[test]
fn lane_columns_are_written_only_when_used_and_read_back() {
    let mut j = Journey::new("t");
    let mut a = j.new_touchpoint("Signing", 3.0);
    a.expected = Some(2.5);
    a.promises = vec![
        Promise::new("Within 8 weeks", PromiseState::Broken),
        Promise::new("=One bill", PromiseState::Kept),
    ];
    j.touchpoints.push(a);
    let mut b = j.new_touchpoint("Chasing", -3.0);
    b.failure_demand = true;
    j.touchpoints.push(b);
    let csv = export_csv(&j, Separator::Semicolon);
    let header = "\u{feff}phase;name;channel;rating;duration;moment_of_truth;notes;expected;failure_demand;promises\r\n";
    assert!(
        csv.starts_with(header),
        "no `ours` column: nobody uses it\n{csv}"
    );
    assert!(
        csv.contains(";2,5;no;\"Within 8 weeks [broken]\n=One bill [kept]\"\r\n"),
        "{csv}"
    );
    assert!(csv.contains(";;yes;\r\n"), "{csv}");
    let back = import_csv(csv.as_bytes(), Scale::default()).unwrap();
    assert!(back.skipped.is_empty() && back.warnings.is_empty());
    assert_eq!(rows(&back.journey), rows(&j));
}

#[test]
fn dutch_lane_headers_and_promise_states() {
    let file = "Naam;Beleving;Verwacht;Eigen oordeel;Faalvraag;Beloftes\n\
                Bellen;-3;-1;2;ja;\"Binnen 8 weken [gebroken]\nTerugbellen [Nagekomen]\nEen monteur\"\n";
    let got = import_csv(file.as_bytes(), Scale::default()).unwrap();
    assert!(got.warnings.is_empty(), "{:?}", got.warnings);
    let t = &got.journey.touchpoints[0];
    assert_eq!(
        (t.expected, t.ours, t.failure_demand),
        (Some(-1.0), Some(2.0), true)
    );
    assert_eq!(
        t.promises,
        [
            Promise::new("Binnen 8 weken", PromiseState::Broken),
            Promise::new("Terugbellen", PromiseState::Kept),
            Promise::new("Een monteur", PromiseState::Open),
        ]
    );
    // English spellings with spaces read the same.
    let got = import_csv(
        b"name,expected,ours,failure demand,promises\nx,,,no,\n",
        Scale::default(),
    )
    .unwrap();
    let t = &got.journey.touchpoints[0];
    assert_eq!((t.expected, t.ours, t.failure_demand), (None, None, false));
    assert!(t.promises.is_empty());
}

#[test]
fn bad_lane_cells_skip_their_row_with_a_reason() {
    let many = vec!["p"; 101].join("\n");
    let file = format!(
        "name,expected,ours,failure_demand,promises\n\
         a,abc,,,\nb,,7,,\nc,,,maybe,\nd,,,,\"{many}\"\ne,1,1,yes,ok [kept]\n"
    );
    let got = import_csv(file.as_bytes(), Scale::default()).unwrap();
    let kinds: Vec<(usize, Option<Column>, &RowProblem)> = got
        .skipped
        .iter()
        .map(|s| (s.row, s.column, &s.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            (2, Some(Column::Expected), &RowProblem::NotANumber),
            (
                3,
                Some(Column::Ours),
                &RowProblem::OutOfRange {
                    min: -5.0,
                    max: 5.0
                }
            ),
            (4, Some(Column::FailureDemand), &RowProblem::NotYesNo),
            (
                5,
                Some(Column::Promises),
                &RowProblem::TooManyPromises { max: 100 }
            ),
        ]
    );
    assert_eq!(names(&got.journey), ["e"]);
}

// ---------------------------------------------------------------------------------------
// Round trip for arbitrary touchpoints
// ---------------------------------------------------------------------------------------

/// Text that stresses the format: separators, quotes, line breaks, formula triggers,
/// apostrophes, surrounding spaces, BOMs, RTL marks, or anything at all.
fn nasty_text(max_pieces: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("=".to_string()),
        Just("+".to_string()),
        Just("-".to_string()),
        Just("@".to_string()),
        Just("\t".to_string()),
        Just("\r".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\"".to_string()),
        Just(",".to_string()),
        Just(";".to_string()),
        Just("'".to_string()),
        Just(" ".to_string()),
        Just("\u{feff}".to_string()),
        Just("\u{202e}".to_string()),
        Just("<script>".to_string()),
        "[a-zA-Zé0-9]{1,5}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..max_pieces).prop_map(|v| {
        let s: String = v.concat();
        s.chars().take(150).collect()
    })
}

fn channel() -> impl Strategy<Value = Option<Channel>> {
    prop_oneof![
        Just(None),
        prop::sample::select(Channel::PRESETS.to_vec()).prop_map(Some),
        "[a-zA-Z][a-zA-Z =@+-]{0,10}[a-z]".prop_filter_map("not a preset key", |s| {
            match Channel::from_key(&s) {
                Some(Channel::Custom(c)) if c == s => Some(Some(Channel::Custom(c))),
                _ => None,
            }
        }),
    ]
}

prop_compose! {
    fn touchpoint()(
        phase in 0usize..4,
        name in nasty_text(8),
        channel in channel(),
        rating in -5.0f64..=5.0,
        whole in any::<bool>(),
        duration in 0.0f64..1e6,
        notes in nasty_text(12),
        moment_of_truth in any::<bool>(),
        expected in prop::option::of(-10i32..=10),
        ours in prop::option::of(-5.0f64..=5.0),
        failure_demand in any::<bool>(),
        promises in prop::collection::vec(
            (nasty_text(6), prop::sample::select(PromiseState::ALL.to_vec())),
            0..4,
        ),
    ) -> (usize, Touchpoint) {
        (phase, Touchpoint {
            id: TouchpointId(0),
            name,
            phase: None,
            channel,
            rating: if whole { rating.round() } else { rating },
            duration,
            notes,
            moment_of_truth,
            expected: expected.map(|e| f64::from(e) / 2.0),
            ours,
            failure_demand,
            promises: promises.into_iter().map(|(text, state)| Promise::new(text, state)).collect(),
            ..Touchpoint::default()
        })
    }
}

prop_compose! {
    /// A journey as the model keeps it: touchpoints grouped by phase in phase order, and
    /// loose touchpoints only when there are no phases.
    fn journey()(
        phase_names in prop::collection::vec(nasty_text(4), 0..4),
        tps in prop::collection::vec(touchpoint(), 0..25),
    ) -> Journey {
        let mut j = Journey::new("t");
        let mut names: Vec<String> = Vec::new();
        for n in phase_names {
            if !n.trim().is_empty() && !names.contains(&n) {
                names.push(n);
            }
        }
        let mut tps = tps;
        tps.sort_by_key(|(p, _)| *p);
        let mut used: Vec<usize> = Vec::new();
        for (i, (p, mut t)) in tps.into_iter().enumerate() {
            t.id = TouchpointId(100 + i as u32);
            if !names.is_empty() {
                let p = p % names.len();
                if !used.contains(&p) {
                    used.push(p);
                }
                t.phase = Some(PhaseId(p as u32 + 1));
            }
            j.touchpoints.push(t);
        }
        // Phases in the order their touchpoints appear (empty phases have no rows).
        j.touchpoints.sort_by_key(|t| t.phase);
        used.sort();
        for p in used {
            j.phases.push(Phase { id: PhaseId(p as u32 + 1), name: names[p].clone() });
        }
        j
    }
}

/// `j` with its text as the model keeps it (see `model::clean`).
fn kept(j: &Journey) -> Journey {
    let mut j = j.clone();
    for p in &mut j.phases {
        p.name = clean(&p.name, usize::MAX);
    }
    for t in &mut j.touchpoints {
        t.name = clean(&t.name, usize::MAX);
        t.notes = clean(&t.notes, usize::MAX);
        for p in &mut t.promises {
            p.text = clean_promise(&p.text);
        }
    }
    j
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(160))]

    #[test]
    fn export_then_import_gives_the_same_touchpoints(j in journey(), sep in prop::sample::select(vec![Separator::Comma, Separator::Semicolon, Separator::Tab])) {
        let csv = export_csv(&j, sep);
        let back = import_csv(csv.as_bytes(), Scale::default()).map_err(|e| TestCaseError::fail(format!("{e:?}\n{csv:?}")))?;
        prop_assert!(back.skipped.is_empty(), "{:?}\n{csv:?}", back.skipped);
        // Text comes back as the model keeps it: control characters other than tab and
        // line feed dropped, a CR read as a line feed.
        prop_assert_eq!(rows(&back.journey), rows(&kept(&j)), "{:?}", csv);
    }

    #[test]
    fn import_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = import_csv(&bytes, Scale::default());
    }

    #[test]
    fn import_never_panics_on_csv_like_text(text in "[a-z\",;\t\r\n' =-]{0,200}") {
        let _ = import_csv(format!("name;rating\n{text}").as_bytes(), Scale::default());
    }
}
