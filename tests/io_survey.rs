//! The survey reader on exports as survey tools and spreadsheets write them: detection,
//! the proposed mapping, the numbers read, bad answers listed, and streaming in chunks.
//! Native only (reads fixtures from disk).
#![cfg(not(target_arch = "wasm32"))]

use peakend::io::survey::{
    OTHER_SEGMENT, Reader, SurveyError, detect, match_touchpoints, parse_answer, read_all,
};
use peakend::model::survey::{
    BadCell, BadKind, Detected, Format, MAX_SEGMENT_VALUES, Mapping, NO_SEGMENT, NpsScale,
    ReadSummary, Role, Shape, Source, SurveyData,
};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/survey/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn read(name: &str) -> (Detected, SurveyData, ReadSummary) {
    read_all(&fixture(name), None).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// NaN-aware equality of the numbers read: `None` = missing.
fn nums(v: &[f32]) -> Vec<Option<f32>> {
    v.iter().map(|x| (!x.is_nan()).then_some(*x)).collect()
}

fn roles(d: &Detected) -> Vec<Role> {
    d.mapping.roles.clone()
}

fn labels(data: &SurveyData, s: usize) -> Vec<&str> {
    data.segments[s]
        .codes
        .iter()
        .map(|&c| {
            if c == NO_SEGMENT {
                ""
            } else {
                data.segments[s].values[usize::from(c)].as_str()
            }
        })
        .collect()
}

#[test]
fn qualtrics_three_header_rows_metadata_ignored_question_texts_used() {
    let (d, data, summary) = read("qualtrics.csv");
    assert_eq!(d.source, Source::Qualtrics);
    assert_eq!(d.header_rows, 3);
    assert_eq!(
        d.format,
        Format::Text {
            separator: ',',
            decimal_comma: false
        }
    );
    use Role::*;
    assert_eq!(
        roles(&d),
        vec![
            Ignore, Ignore, Ignore, Ignore, Ignore, Ignore, Ignore, Ignore, Respondent, Touchpoint,
            Touchpoint, Touchpoint, Touchpoint, Overall, Nps, Ignore, Segment, Ignore
        ]
    );
    assert_eq!(d.mapping.touchpoints, vec![9, 10, 11, 12]);
    assert_eq!(
        d.columns[13].question.as_deref(),
        Some("Hoe kijk je terug op de hele ervaring?")
    );
    assert_eq!(
        (
            d.mapping.touchpoint_scale.min,
            d.mapping.touchpoint_scale.max
        ),
        (1.0, 7.0)
    );
    assert_eq!(d.mapping.nps_scale, NpsScale::ZeroToTen);
    assert_eq!(
        data.touchpoints,
        ["Website", "Offerte", "Levering", "Factuur"]
    );
    // R_5e rated nothing: skipped. R_3c's "N/A" is missing, R_4d's "abc" is listed.
    assert_eq!(data.respondents(), 5);
    assert_eq!(summary.rows, 6);
    assert_eq!(summary.skipped, 1);
    assert_eq!(
        nums(data.row(2)),
        vec![Some(3.0), None, Some(1.0), Some(2.0)]
    );
    assert_eq!(
        nums(data.row(3)),
        vec![Some(5.0), Some(4.0), None, Some(5.0)]
    );
    assert_eq!(
        nums(&data.overall),
        [5.0, 7.0, 2.0, 4.0, 6.0].map(Some).to_vec()
    );
    assert_eq!(
        nums(&data.nps),
        [8.0, 10.0, 0.0, 7.0, 9.0].map(Some).to_vec()
    );
    assert_eq!(
        summary.bad,
        vec![BadCell {
            row: 7,
            column: "Levering".into(),
            text: "abc".into(),
            kind: BadKind::NotNumber
        }]
    );
    assert_eq!(summary.bad_count, 1);
    assert_eq!(data.segments.len(), 1);
    assert_eq!(data.segments[0].column, "Regio");
    assert_eq!(labels(&data, 0), ["Noord", "Zuid", "Noord", "Oost", "Oost"]);
}

#[test]
fn surveymonkey_two_header_rows_and_matrix_columns_named_by_the_second() {
    let (d, data, summary) = read("surveymonkey.csv");
    assert_eq!(d.source, Source::SurveyMonkey);
    assert_eq!(d.header_rows, 2);
    use Role::*;
    assert_eq!(
        roles(&d),
        vec![
            Respondent, Ignore, Ignore, Ignore, Ignore, Ignore, Touchpoint, Touchpoint, Touchpoint,
            Touchpoint, Overall, Nps, Segment
        ]
    );
    assert_eq!(
        data.touchpoints,
        ["Website", "Quote", "Delivery", "Invoice"]
    );
    assert_eq!(
        d.columns[6].question.as_deref(),
        Some("How would you rate each step?")
    );
    // Labels carry their number; "Don't know" is not answered.
    assert_eq!(nums(&data.nps), [10.0, 9.0, 0.0, 6.0].map(Some).to_vec());
    assert_eq!(
        nums(data.row(2)),
        vec![Some(2.0), Some(1.0), Some(1.0), None]
    );
    assert_eq!(summary.bad_count, 0);
    assert_eq!(labels(&data, 0), ["Phone", "Web", "Phone", "Store"]);
}

#[test]
fn google_forms_timestamp_first_and_questions_as_names() {
    let (d, data, _) = read("google_forms.csv");
    assert_eq!(d.source, Source::GoogleForms);
    assert_eq!(d.header_rows, 1);
    use Role::*;
    assert_eq!(
        roles(&d),
        vec![
            Ignore, Ignore, Touchpoint, Touchpoint, Touchpoint, Overall, Nps, Segment
        ]
    );
    assert_eq!(
        (
            d.mapping.touchpoint_scale.min,
            d.mapping.touchpoint_scale.max
        ),
        (1.0, 10.0)
    );
    // No 0 seen and 10 the largest answer: the seed's 1–10 recommend scale.
    assert_eq!(d.mapping.nps_scale, NpsScale::OneToTen);
    assert_eq!(data.respondents(), 5);
    assert_eq!(nums(data.row(4)), vec![Some(10.0), Some(6.0), Some(8.0)]);
}

#[test]
fn semicolons_a_decimal_comma_a_bom_and_dutch_not_answered() {
    let (d, data, summary) = read("semicolon_bom.csv");
    assert_eq!(
        d.format,
        Format::Text {
            separator: ';',
            decimal_comma: true
        }
    );
    assert_eq!(d.columns[0].name, "Respondent");
    use Role::*;
    assert_eq!(
        roles(&d),
        vec![
            Respondent, Segment, Touchpoint, Touchpoint, Touchpoint, Overall, Nps
        ]
    );
    assert_eq!(
        nums(&data.ratings),
        vec![
            Some(7.5),
            Some(6.0),
            Some(3.5),
            Some(8.0),
            None,
            Some(7.0),
            Some(4.0),
            Some(5.0),
            None,
            Some(9.0),
            Some(8.5),
            Some(9.0)
        ]
    );
    assert_eq!(nums(&data.overall)[1], Some(7.5));
    assert_eq!(summary.bad_count, 0);
    assert_eq!(data.segments[0].values, ["Noord", "Zuid", "Café"]);
}

#[test]
fn windows_1252_text_and_a_counting_id_column() {
    let (d, data, _) = read("windows1252.csv");
    use Role::*;
    assert_eq!(
        roles(&d),
        vec![Respondent, Segment, Touchpoint, Touchpoint, Overall]
    );
    assert_eq!(data.segments[0].values, ["Utrecht", "Café Zuid"]);
}

#[test]
fn quoted_newlines_and_quotes_inside_fields() {
    let (d, data, summary) = read("quoted_newlines.csv");
    assert_eq!(d.columns[2].name, "Offerte\n(prijs, snelheid)");
    use Role::*;
    assert_eq!(
        roles(&d),
        vec![
            Respondent, Touchpoint, Touchpoint, Touchpoint, Ignore, Overall
        ]
    );
    assert_eq!(summary.rows, 3);
    assert_eq!(data.respondents(), 3);
    assert_eq!(nums(&data.overall), [3.0, 5.0, 1.0].map(Some).to_vec());
}

#[test]
fn tabs() {
    let (d, data, _) = read("survey.tsv");
    assert_eq!(
        d.format,
        Format::Text {
            separator: '\t',
            decimal_comma: false
        }
    );
    use Role::*;
    assert_eq!(
        roles(&d),
        vec![
            Respondent, Segment, Touchpoint, Touchpoint, Touchpoint, Overall, Nps
        ]
    );
    assert_eq!(nums(&data.nps), [7.0, 10.0, 2.0].map(Some).to_vec());
}

#[test]
fn long_shape_grouped_by_respondent_in_order_of_first_appearance() {
    let (d, data, summary) = read("long.csv");
    assert_eq!(d.mapping.shape, Shape::Long);
    use Role::*;
    assert_eq!(roles(&d), vec![Respondent, Segment, Item, Answer]);
    assert_eq!(d.mapping.items, ["Website", "Offerte", "Levering"]);
    assert_eq!(d.mapping.overall_item.as_deref(), Some("Overall"));
    assert_eq!(d.mapping.nps_item.as_deref(), Some("NPS"));
    assert_eq!(
        d.items,
        [
            "Website",
            "Offerte",
            "Levering",
            "Overall",
            "NPS",
            "Opmerking"
        ]
    );
    assert_eq!(data.touchpoints, ["Website", "Offerte", "Levering"]);
    // r4 rated no touchpoint: skipped. r3 answered out of order; its "x" is listed.
    assert_eq!(data.respondents(), 3);
    assert_eq!(summary.skipped, 1);
    assert_eq!(summary.rows, 18);
    assert_eq!(nums(data.row(2)), vec![Some(2.0), Some(1.0), None]);
    assert_eq!(nums(&data.overall), [3.0, 5.0, 1.0].map(Some).to_vec());
    assert_eq!(nums(&data.nps), [7.0, 10.0, 2.0].map(Some).to_vec());
    assert_eq!(summary.bad.len(), 1);
    assert_eq!(
        (summary.bad[0].row, summary.bad[0].column.as_str()),
        (14, "rating")
    );
    assert_eq!(labels(&data, 0), ["Noord", "Zuid", "Noord"]);
}

#[test]
fn xlsx_first_sheet_with_data_numbers_stay_numbers() {
    let (d, data, summary) = read("survey.xlsx");
    assert_eq!(
        d.format,
        Format::Xlsx {
            sheet: "Antwoorden".into()
        }
    );
    use Role::*;
    assert_eq!(
        roles(&d),
        vec![
            Respondent, Ignore, Touchpoint, Touchpoint, Touchpoint, Overall, Nps, Segment
        ]
    );
    assert_eq!(data.respondents(), 6);
    // Dates show as dates in the mapping step.
    assert_eq!(
        d.columns[1].samples,
        ["2026-03-01", "2026-03-02", "2026-03-03"]
    );
    assert_eq!(
        nums(&data.nps),
        [8.0, 10.0, 2.0, 8.0, 9.0, 0.0].map(Some).to_vec()
    );
    assert_eq!(nums(data.row(2)), vec![Some(3.0), None, Some(2.0)]);
    // The table starts at B3: the header is row 3, respondent 4 is row 7.
    assert_eq!(
        summary.bad,
        vec![BadCell {
            row: 7,
            column: "Levering".into(),
            text: "abc".into(),
            kind: BadKind::NotNumber
        }]
    );
}

#[test]
fn out_of_scale_answers_are_listed_not_kept() {
    let bytes = fixture("google_forms.csv");
    let d = detect(&bytes, true).unwrap();
    let mut m = d.mapping.clone();
    m.touchpoint_scale = peakend::model::Scale::new(1.0, 5.0, None).unwrap();
    let (_, data, summary) = read_all(&bytes, Some(&m)).unwrap();
    assert_eq!(nums(data.row(0)), vec![None, None, Some(4.0)]);
    let first = &summary.bad[0];
    assert_eq!(
        (
            first.row,
            first.column.as_str(),
            first.text.as_str(),
            first.kind
        ),
        (2, "How was the website?", "8", BadKind::OutOfScale)
    );
}

#[test]
fn a_user_mapping_reorders_touchpoints_and_drops_columns() {
    let bytes = fixture("survey.tsv");
    let d = detect(&bytes, true).unwrap();
    let mut m = d.mapping.clone();
    m.roles[3] = Role::Ignore; // Quote
    m.touchpoints = vec![4, 2]; // Delivery before Website
    m.roles[6] = Role::Ignore; // nps
    let (_, data, _) = read_all(&bytes, Some(&m)).unwrap();
    assert_eq!(data.touchpoints, ["Delivery", "Website"]);
    assert_eq!(nums(data.row(1)), vec![Some(4.0), Some(5.0)]);
    assert!(data.nps.iter().all(|v| v.is_nan()));
}

#[test]
fn mappings_that_do_not_fit_are_refused() {
    let bytes = fixture("survey.tsv");
    let d = detect(&bytes, true).unwrap();
    let mut short = d.mapping.clone();
    short.roles.pop();
    assert_eq!(
        Reader::new(&d, &short).err(),
        Some(SurveyError::MappingMismatch)
    );
    let mut wrong = d.mapping.clone();
    wrong.touchpoints = vec![1];
    assert_eq!(
        Reader::new(&d, &wrong).err(),
        Some(SurveyError::MappingMismatch)
    );
    let mut none = d.mapping.clone();
    none.roles = none
        .roles
        .iter()
        .map(|r| {
            if *r == Role::Touchpoint {
                Role::Ignore
            } else {
                *r
            }
        })
        .collect();
    none.touchpoints.clear();
    assert_eq!(
        Reader::new(&d, &none).err(),
        Some(SurveyError::NoTouchpoints)
    );
}

#[test]
fn bad_files_get_a_reason() {
    assert_eq!(read_all(b"", None).err(), Some(SurveyError::Empty));
    assert_eq!(
        read_all(b"\xef\xbb\xbf \r\n", None).err(),
        Some(SurveyError::Empty)
    );
    assert_eq!(
        read_all(b"\x00\x01\x02binary\x00", None).err(),
        Some(SurveyError::NotTable)
    );
    assert_eq!(
        read_all(b"name,city\nAnn,Utrecht\nBob,Gouda\n", None).err(),
        Some(SurveyError::NoNumbers)
    );
    assert!(matches!(
        read_all(b"PK\x03\x04 not really a zip", None).err(),
        Some(SurveyError::Workbook { .. })
    ));
    // Numbers, but only a row count: no touchpoint proposed.
    assert_eq!(
        read_all(b"id,a,b\n1,,\n2,,\n", None).err(),
        Some(SurveyError::NoTouchpoints)
    );
    // The quote opened on row 3 swallows the rest of the file: refused, not misread.
    assert_eq!(
        read_all(b"id,a,b\n1,4,3\n2,\"5,4\n3,5,2\n", None).err(),
        Some(SurveyError::UnclosedQuote { row: 3 })
    );
    assert_eq!(
        read_all(b"id,a,b\n1,4,\n2,,\n3,5,2\n", None)
            .map(|(_, d, s)| (d.respondents(), s.skipped))
            .ok(),
        Some((2, 1))
    );
}

/// The fixture's header rows, then its data rows `times` over.
fn repeated(name: &str, header_rows: usize, times: usize) -> Vec<u8> {
    let text = String::from_utf8(fixture(name)).unwrap();
    let d = detect(text.as_bytes(), true).unwrap();
    assert_eq!(d.header_rows, header_rows, "{name}");
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    // Header rows here hold no quoted newline: one line each.
    let mut out = lines[..header_rows].concat();
    let body = lines[header_rows..].concat();
    let body = if body.ends_with('\n') {
        body
    } else {
        body + "\n"
    };
    for _ in 0..times {
        out.push_str(&body);
    }
    out.into_bytes()
}

#[test]
fn detection_on_the_head_agrees_with_the_whole_file() {
    for (name, header_rows) in [
        ("qualtrics.csv", 3),
        ("surveymonkey.csv", 2),
        ("google_forms.csv", 1),
        ("semicolon_bom.csv", 1),
    ] {
        let bytes = repeated(name, header_rows, 40);
        let whole = detect(&bytes, true).unwrap();
        // The head ends inside a record (somewhere in the middle): that record is dropped.
        let head = detect(&bytes[..bytes.len() / 2 + 7], false).unwrap();
        assert_eq!(head.mapping, whole.mapping, "{name}");
        assert_eq!(head.header_rows, whole.header_rows, "{name}");
        assert_eq!(head.source, whole.source, "{name}");
    }
}

#[test]
fn more_segment_values_than_kept_become_other() {
    let mut csv = String::from("id,store,a,b\n");
    // 60 stores: store 0 answers three times, store 1 twice, the rest once.
    let mut row = 1;
    for s in 0..60 {
        let times = match s {
            0 => 3,
            1 => 2,
            _ => 1,
        };
        for _ in 0..times {
            csv.push_str(&format!("r{row},S{s},{},{}\n", 1 + row % 5, 1 + row % 3));
            row += 1;
        }
    }
    let (d, data, _) = read_all(csv.as_bytes(), None).unwrap();
    assert_eq!(d.mapping.roles[1], Role::Segment);
    let seg = &data.segments[0];
    assert_eq!(seg.values.len(), MAX_SEGMENT_VALUES);
    assert_eq!(seg.values.last().map(String::as_str), Some(OTHER_SEGMENT));
    assert_eq!(seg.values[0], "S0");
    assert_eq!(seg.codes.len(), data.respondents());
    let other = (seg.values.len() - 1) as u16;
    assert_eq!(seg.codes.iter().filter(|&&c| c == other).count(), 60 - 49);
}

#[test]
fn answers_as_the_contract_lists_them() {
    use peakend::io::survey::Answer::*;
    assert_eq!(
        parse_answer("10 - Zeer waarschijnlijk", false),
        Number(10.0)
    );
    assert_eq!(parse_answer("Extremely likely - 10", false), Number(10.0));
    assert_eq!(parse_answer("Weet niet", false), Missing);
    assert_eq!(parse_answer("abc", false), Bad);
}

#[test]
fn survey_names_match_the_journey() {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(
        match_touchpoints(
            &s(&["Q1_Website", "Levering"]),
            &s(&["levering", "website"])
        ),
        vec![Some(1), Some(0)]
    );
}

/// Feeds `bytes` in the given chunk sizes (cycled).
fn read_in_chunks(bytes: &[u8], sizes: &[usize]) -> (SurveyData, ReadSummary) {
    let d = detect(bytes, true).unwrap();
    let mut r = Reader::new(&d, &d.mapping).unwrap();
    let mut at = 0;
    for &s in sizes.iter().cycle() {
        if at >= bytes.len() {
            break;
        }
        let end = (at + s.max(1)).min(bytes.len());
        r.feed(&bytes[at..end]);
        at = end;
    }
    r.finish().unwrap()
}

mod chunks {
    use super::*;
    use proptest::prelude::*;

    const TEXT_FIXTURES: [&str; 8] = [
        "qualtrics.csv",
        "surveymonkey.csv",
        "google_forms.csv",
        "semicolon_bom.csv",
        "windows1252.csv",
        "quoted_newlines.csv",
        "survey.tsv",
        "long.csv",
    ];

    /// NaN != NaN: compare the data through its JSON-free bit patterns.
    fn same(a: &(SurveyData, ReadSummary), b: &(SurveyData, ReadSummary)) -> bool {
        let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        a.1 == b.1
            && a.0.touchpoints == b.0.touchpoints
            && a.0.segments == b.0.segments
            && bits(&a.0.ratings) == bits(&b.0.ratings)
            && bits(&a.0.overall) == bits(&b.0.overall)
            && bits(&a.0.nps) == bits(&b.0.nps)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn any_chunking_reads_the_same(
            which in 0..TEXT_FIXTURES.len(),
            sizes in proptest::collection::vec(1usize..40, 1..20),
        ) {
            let bytes = fixture(TEXT_FIXTURES[which]);
            let (_, data, summary) = read_all(&bytes, None).unwrap();
            let got = read_in_chunks(&bytes, &sizes);
            prop_assert!(same(&got, &(data, summary)), "{} in chunks of {:?}", TEXT_FIXTURES[which], sizes);
        }
    }

    #[test]
    fn the_workbook_may_come_in_chunks_too() {
        let bytes = fixture("survey.xlsx");
        let (_, data, summary) = read_all(&bytes, None).unwrap();
        assert!(same(
            &read_in_chunks(&bytes, &[7, 1000, 3]),
            &(data, summary)
        ));
    }
}

#[test]
fn the_detected_mapping_round_trips_through_json() {
    let (d, _, _) = read("qualtrics.csv");
    let json = serde_json::to_string(&d).unwrap();
    let back: Detected = serde_json::from_str(&json).unwrap();
    assert_eq!(back, d);
    let m: Mapping = serde_json::from_str(&serde_json::to_string(&d.mapping).unwrap()).unwrap();
    assert_eq!(m, d.mapping);
}

#[test]
fn reserving_from_the_head_changes_nothing_but_the_room() {
    // A wide file of 3,000 rows: the first tenth read, room reserved for the rest, then
    // the rest: the same numbers as reading it at once.
    let mut text = String::from("id,Website,Offerte,Levering,Overall,NPS,Regio\n");
    for i in 0..3000 {
        let r = |k: usize| 1 + (i * 7 + k * 3) % 5;
        let region = ["Noord", "Zuid", "Oost"][i % 3];
        text.push_str(&format!(
            "R{i},{},{},{},{},{},{region}\n",
            r(0),
            r(1),
            r(2),
            1 + i % 10,
            i % 11
        ));
    }
    let bytes = text.as_bytes();
    let (detected, whole, _) = peakend::io::survey::read_all(bytes, None).unwrap();
    let mut reader = Reader::new(&detected, &detected.mapping).unwrap();
    let cut = bytes.len() / 10;
    reader.feed(&bytes[..cut]);
    reader.reserve_for(cut as u64, bytes.len() as u64);
    reader.feed(&bytes[cut..]);
    let (data, _) = reader.finish().unwrap();
    assert_eq!(nums(&data.ratings), nums(&whole.ratings));
    assert_eq!(nums(&data.overall), nums(&whole.overall));
    assert_eq!(data.segments, whole.segments);
    assert!(
        data.ratings.capacity() >= 3000 * 3,
        "the reserve covered the whole file"
    );
    assert!(
        data.ratings.capacity() <= 3000 * 3 * 110 / 100,
        "and not much more"
    );
}
