//! A survey's answers as Peakend keeps them, written back as a CSV table: one row per
//! respondent, the touchpoints in journey order, the overall rating, the recommend answer
//! and the segments. What "Download the answers" writes when the user asks for more than
//! the aggregates. There are no ids or free text in it: Peakend never kept them.

use crate::model::survey::{NO_SEGMENT, SurveyData};

/// The answers as CSV (comma-separated, `\r\n` line ends, a blank where not answered).
pub fn answers_csv(data: &SurveyData) -> String {
    let k = data.touchpoints.len();
    let n = data.respondents();
    let mut out = String::with_capacity(n * (k + 2 + data.segments.len()) * 3 + 64);
    let mut header: Vec<&str> = data.touchpoints.iter().map(String::as_str).collect();
    header.extend(["overall", "recommend"]);
    header.extend(data.segments.iter().map(|s| s.column.as_str()));
    push_row(&mut out, header.into_iter().map(field));
    for i in 0..n {
        let number = |v: Option<&f32>| match v {
            Some(v) if v.is_finite() => v.to_string(),
            _ => String::new(),
        };
        let row = data
            .ratings
            .get(i * k..(i + 1) * k)
            .unwrap_or_default()
            .iter()
            .map(|v| number(Some(v)))
            .chain([number(data.overall.get(i)), number(data.nps.get(i))])
            .chain(data.segments.iter().map(|s| {
                match s.codes.get(i).copied().filter(|&c| c != NO_SEGMENT) {
                    Some(c) => field(s.values.get(usize::from(c)).map_or("", String::as_str)),
                    None => String::new(),
                }
            }));
        push_row(&mut out, row);
    }
    out
}

/// A cell as CSV writes it: quoted when it holds a comma, a quote or a line break.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&cell);
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::survey::{MISSING, SegmentColumn};

    #[test]
    fn one_row_per_respondent_blanks_where_not_answered_and_quoted_names() {
        let data = SurveyData {
            touchpoints: vec!["Website".into(), "Offerte, prijs".into()],
            ratings: vec![4.0, MISSING, 2.5, 5.0],
            overall: vec![8.0, MISSING],
            nps: vec![10.0, 0.0],
            segments: vec![SegmentColumn {
                column: "Regio".into(),
                values: vec!["Noord".into()],
                codes: vec![0, NO_SEGMENT],
            }],
            ..SurveyData::default()
        };
        assert_eq!(
            answers_csv(&data),
            "Website,\"Offerte, prijs\",overall,recommend,Regio\r\n\
             4,,8,10,Noord\r\n\
             2.5,5,,0,\r\n"
        );
    }

    #[test]
    fn written_answers_read_back_as_the_same_numbers() {
        let data = SurveyData {
            touchpoints: vec!["A".into(), "B".into(), "C".into()],
            ratings: vec![1.0, 2.0, 3.0, MISSING, 5.0, 4.0, 3.0, 3.0, MISSING],
            overall: vec![7.0, 9.0, 2.0],
            nps: vec![9.0, MISSING, 3.0],
            touchpoint_scale: crate::model::Scale::new(1.0, 5.0, None).unwrap(),
            overall_scale: crate::model::Scale::new(1.0, 10.0, None).unwrap(),
            ..SurveyData::default()
        };
        let csv = answers_csv(&data);
        let (_, back, summary) = super::super::read_all(csv.as_bytes(), None).unwrap();
        assert_eq!(summary.bad_count, 0);
        let same = |a: &[f32], b: &[f32]| {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|(x, y)| x == y || (x.is_nan() && y.is_nan()))
        };
        assert!(same(&back.ratings, &data.ratings), "{:?}", back.ratings);
        assert!(same(&back.overall, &data.overall));
        assert!(same(&back.nps, &data.nps));
    }
}
