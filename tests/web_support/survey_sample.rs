//! A hand-made survey result (as the worker would hand it over) for the browser tests of
//! the survey screen: seven touchpoints on 1–10, six of them named like the telecom
//! example's, an overall rating, NPS on 0–10, two regions, three bad answers.
#![allow(dead_code)]

use peakend::analysis::survey::*;
use peakend::model::Scale;
use peakend::model::survey::*;
use peakend::web::survey::SurveyResult;

pub const NAMES: [&str; 7] = [
    "First subscription",
    "Help getting started",
    "Advice on a better plan",
    "Two new contracts in December",
    "A problem nobody solves",
    "A bare link to end it",
    "Q7_Billing",
];

/// Which telecom touchpoint each survey touchpoint matches (by index), as matching by name gives.
pub const MATCHES: [Option<usize>; 7] =
    [Some(0), Some(1), Some(2), Some(4), Some(5), Some(8), None];

pub const MEANS: [f64; 7] = [7.8, 8.1, 6.9, 6.2, 3.4, 2.9, 5.5];

fn tp(i: usize, shift: f64) -> TouchpointStats {
    let m = MEANS[i] + shift;
    TouchpointStats {
        name: NAMES[i].into(),
        mean: Some(m),
        n: 1200 - i * 10,
        ci95: Some([m - 0.12, m + 0.12]),
        sd: Some(2.1),
        below: 0.3,
        at: 0.1,
        above: 0.6,
    }
}

fn predictor(name: PredictorName, r: f64) -> Predictor {
    Predictor {
        name,
        r: Some(r),
        ci95: Some([r - 0.03, r + 0.03]),
        n: 1180,
    }
}

pub fn nps(score: f64, n: usize, scale: NpsScale) -> Nps {
    Nps {
        score,
        ci95: [score - 5.2, score + 5.1],
        n,
        promoters: n * 3 / 10,
        passives: n * 4 / 10,
        detractors: n - n * 3 / 10 - n * 4 / 10,
        scale,
        n_for_margin_5: 1310,
        n_for_margin_10: 330,
    }
}

pub fn verdict_better() -> Verdict {
    Verdict::Better {
        n: 1180,
        r_remembered: 0.71,
        r_mean: 0.64,
    }
}

pub fn report(verdict: Verdict, fitted_usable: bool) -> SurveyReport {
    let segment = |value: &str, shift: f64, n: usize| SegmentReport {
        column: "Region".into(),
        value: value.into(),
        respondents: n,
        predictors: vec![predictor(PredictorName::Remembered, 0.7)],
        peak_end_vs_mean: None,
        nps: Some(nps(-8.0 + shift * 10.0, n, NpsScale::ZeroToTen)),
        touchpoints: (0..7).map(|i| tp(i, shift)).collect(),
        verdict: Verdict::NoBetter {
            n,
            r_remembered: 0.69,
            r_mean: 0.66,
        },
    };
    SurveyReport {
        respondents: 1240,
        skipped: 12,
        touchpoints: (0..7).map(|i| tp(i, 0.0)).collect(),
        predictors: vec![
            predictor(PredictorName::Remembered, 0.71),
            predictor(PredictorName::Mean, 0.64),
            predictor(PredictorName::End, 0.66),
            predictor(PredictorName::Peak, 0.52),
            predictor(PredictorName::First, 0.21),
            predictor(PredictorName::Trend, 0.33),
        ],
        peak_end_vs_mean: Some(PeakEndVsMean {
            r_diff: 0.07,
            ci95: [0.04, 0.10],
            williams_t: 4.6,
            df: 1177.0,
            p: 0.00001,
        }),
        fitted: Some(Fitted {
            peak: 0.28,
            end: if fitted_usable { 0.51 } else { -0.12 },
            mean: 0.19,
            intercept: 0.4,
            r2: 0.52,
            mae_cv: 0.94,
            mae_rule: 1.12,
            n: 1180,
            usable: fitted_usable,
        }),
        nps: Some(nps(-4.0, 1190, NpsScale::ZeroToTen)),
        drivers: vec![Driver {
            name: NAMES[5].into(),
            index: 5,
            promoters_mean: 5.9,
            detractors_mean: 1.8,
            gap: 4.1,
            ci95: Some([3.8, 4.4]),
            n_promoters: 357,
            n_detractors: 357,
        }],
        segments: vec![segment("North", 0.6, 700), segment("South", -0.7, 540)],
        nps_differences: vec![NpsDifference {
            column: "Region".into(),
            a: "North".into(),
            b: "South".into(),
            diff: 13.0,
            ci95: [2.1, 23.9],
            beyond_chance: true,
        }],
        verdict,
        lambda: None,
    }
}

pub fn result(verdict: Verdict, fitted_usable: bool) -> SurveyResult {
    let ten = Scale::new(1.0, 10.0, None).unwrap();
    let mut roles = vec![Role::Respondent];
    roles.extend([Role::Touchpoint; 7]);
    roles.extend([Role::Overall, Role::Nps, Role::Segment]);
    let column = |name: &str, samples: &[&str]| ColumnInfo {
        name: name.into(),
        question: None,
        samples: samples.iter().map(|s| s.to_string()).collect(),
        numbers: 50,
        missing: 1,
        text: 0,
        distinct: 10,
        min: Some(1.0),
        max: Some(10.0),
    };
    let mut columns = vec![column("ResponseId", &["R_1", "R_2"])];
    columns.extend(NAMES.iter().map(|n| column(n, &["7", "8", "N/A", "10"])));
    columns.extend([
        column("Overall", &["8", "6"]),
        column("Q_NPS", &["10 - Extremely likely", "3"]),
        column("Region", &["North", "South"]),
    ]);
    let mapping = Mapping {
        shape: Shape::Wide,
        roles,
        touchpoints: (1..=7).collect(),
        items: vec![],
        overall_item: None,
        nps_item: None,
        touchpoint_scale: ten,
        overall_scale: ten,
        nps_scale: NpsScale::ZeroToTen,
    };
    SurveyResult {
        file_name: "telecom-survey.csv".into(),
        detected: Detected {
            format: Format::Text {
                separator: ';',
                decimal_comma: true,
            },
            source: Source::Qualtrics,
            header_rows: 3,
            columns,
            mapping: mapping.clone(),
            items: vec![],
        },
        mapping,
        summary: ReadSummary {
            rows: 1252,
            skipped: 12,
            bad: vec![
                BadCell {
                    row: 14,
                    column: "Advice on a better plan".into(),
                    text: "abc".into(),
                    kind: BadKind::NotNumber,
                },
                BadCell {
                    row: 90,
                    column: "Q_NPS".into(),
                    text: "12".into(),
                    kind: BadKind::OutOfScale,
                },
            ],
            bad_count: 3,
        },
        report: report(verdict, fitted_usable),
    }
}
