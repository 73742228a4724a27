//! The journey as the survey's customers rated it: the mean per touchpoint with its 95%
//! band, and up to six segment curves on the same axes. One function generic over
//! plotters' `DrawingBackend`, so the canvas and the SVG tests draw the same thing.
//!
//! Pure Rust: never imports yew, web-sys or wasm-bindgen. The numbers come from
//! `analysis::survey`; nothing is computed here but pixels.

use super::{CURVE, INK, Layout, Theme, draw_grid, draw_x_labels, sans, truncate};
use crate::analysis::survey::{Ci, SurveyReport, TouchpointStats};
use crate::i18n::Lang;
use crate::model::Scale;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Most segment curves drawn on one chart.
pub const MAX_CURVES: usize = 6;

/// Colours for segment curves that stay apart for colour-blind readers (Okabe & Ito).
pub const SEGMENT_COLORS: [RGBColor; MAX_CURVES] = [
    RGBColor(230, 159, 0),
    RGBColor(0, 158, 115),
    RGBColor(213, 94, 0),
    RGBColor(204, 121, 167),
    RGBColor(86, 180, 233),
    RGBColor(0, 114, 178),
];

/// One curve: a mean per touchpoint (`None` where nobody rated it).
#[derive(Clone, Debug, PartialEq)]
pub struct SurveyCurve {
    pub name: String,
    pub means: Vec<Option<f64>>,
}

/// What the survey chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct SurveyChartData {
    pub labels: Vec<String>,
    pub scale: Scale,
    /// All respondents' means and their 95% intervals.
    pub all: SurveyCurve,
    pub band: Vec<Option<Ci>>,
    /// The segments' curves (at most [`MAX_CURVES`]).
    pub segments: Vec<SurveyCurve>,
    pub lang: Lang,
    pub theme: Theme,
}

fn curve(name: &str, tps: &[TouchpointStats]) -> SurveyCurve {
    SurveyCurve {
        name: name.to_string(),
        means: tps
            .iter()
            .map(|t| t.mean.filter(|m| m.is_finite()))
            .collect(),
    }
}

impl SurveyChartData {
    /// The chart of `report` on the touchpoint scale `scale`; with `segment_column`, the
    /// curves of that column's values (largest first, at most six) too. `all_name` labels
    /// the curve of every respondent.
    pub fn new(
        report: &SurveyReport,
        scale: Scale,
        segment_column: Option<&str>,
        all_name: &str,
        lang: Lang,
    ) -> SurveyChartData {
        let segments = report
            .segments
            .iter()
            .filter(|s| Some(s.column.as_str()) == segment_column)
            .take(MAX_CURVES)
            .map(|s| curve(&s.value, &s.touchpoints))
            .collect();
        SurveyChartData {
            labels: report.touchpoints.iter().map(|t| t.name.clone()).collect(),
            scale,
            all: curve(all_name, &report.touchpoints),
            band: report.touchpoints.iter().map(|t| t.ci95).collect(),
            segments,
            lang,
            theme: Theme::default(),
        }
    }
}

impl SurveyChartData {
    /// In place of segment curves: the promoters' and the detractors' mean per touchpoint
    /// (the report's drivers), so the chart shows where the two groups part. `names`:
    /// the promoters' curve, then the detractors'.
    pub fn with_nps_groups(mut self, report: &SurveyReport, names: [&str; 2]) -> SurveyChartData {
        let k = report.touchpoints.len();
        let (mut promoters, mut detractors) = (vec![None; k], vec![None; k]);
        for d in report.drivers.iter().filter(|d| d.index < k) {
            promoters[d.index] = Some(d.promoters_mean).filter(|m| m.is_finite());
            detractors[d.index] = Some(d.detractors_mean).filter(|m| m.is_finite());
        }
        self.segments = vec![
            SurveyCurve {
                name: names[0].to_string(),
                means: promoters,
            },
            SurveyCurve {
                name: names[1].to_string(),
                means: detractors,
            },
        ];
        self
    }
}

/// The points of a curve, split where a touchpoint has no mean (no line across a gap).
fn runs(layout: &Layout, means: &[Option<f64>], scale: &Scale) -> Vec<Vec<(i32, i32)>> {
    let mut out: Vec<Vec<(i32, i32)>> = vec![Vec::new()];
    for (i, m) in means.iter().enumerate() {
        match m {
            Some(m) => {
                let y = layout.y_of(scale.clamp(*m));
                if let Some(r) = out.last_mut() {
                    r.push((layout.x_of(i).round() as i32, y.round() as i32));
                }
            }
            None => out.push(Vec::new()),
        }
    }
    out.retain(|r| !r.is_empty());
    out
}

/// Draws the survey chart into `root`: legend, grid, the neutral line, the band, the curves
/// and the touchpoint names.
pub fn draw_survey<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &SurveyChartData,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let th = data.theme;
    let font = |px: u32| sans(px).color(&INK);
    root.fill(&WHITE)?;
    let (w, _) = root.dim_in_pixel();

    // The legend, wrapped over as many rows as it needs, above the plot.
    let mut entries = vec![(&data.all.name, CURVE)];
    entries.extend(
        data.segments
            .iter()
            .zip(SEGMENT_COLORS)
            .map(|(s, c)| (&s.name, c)),
    );
    let row_h = th.font_px as i32 + 8;
    let mut placed = Vec::new();
    let (mut x, mut row) = (12i32, 0i32);
    for (name, color) in &entries {
        let text = truncate(name, 28);
        let width = 22 + (text.chars().count() as f64 * f64::from(th.font_px) * 0.6) as i32;
        if x + width > w as i32 - 12 && x > 12 {
            x = 12;
            row += 1;
        }
        placed.push((x, row, text, *color));
        x += width + 14;
    }
    let legend_h = (row + 1) * row_h + 4;
    for (x, row, text, color) in placed {
        let y = 4 + row * row_h + row_h / 2;
        root.draw(&PathElement::new(
            vec![(x, y), (x + 16, y)],
            color.stroke_width(th.line_px),
        ))?;
        root.draw(&Text::new(
            text,
            (x + 22, y),
            font(th.font_px).pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    let (_, plot) = root.split_vertically(legend_h);
    let (pw, ph) = plot.dim_in_pixel();
    let n = data.labels.len();
    let layout = Layout::new(pw, ph, n, data.scale);
    let s = data.scale;
    let px = |x: f64, y: f64| (x.round() as i32, y.round() as i32);

    draw_grid(&plot, &layout, &s, data.lang, INK, th.font_px)?;
    let ny = layout.y_of(s.neutral).round() as i32;
    let mut x = layout.left;
    while x < layout.right {
        plot.draw(&PathElement::new(
            vec![(x, ny), ((x + 8).min(layout.right), ny)],
            INK.mix(0.55).stroke_width(2),
        ))?;
        x += 16;
    }

    // The 95% band of all respondents' means, one polygon per unbroken run.
    let mut run: Vec<(usize, Ci)> = Vec::new();
    let flush = |run: &mut Vec<(usize, Ci)>| -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
        if run.len() >= 2 {
            let top = run
                .iter()
                .map(|(i, c)| px(layout.x_of(*i), layout.y_of(s.clamp(c[1]))));
            let bottom = run
                .iter()
                .rev()
                .map(|(i, c)| px(layout.x_of(*i), layout.y_of(s.clamp(c[0]))));
            plot.draw(&Polygon::new(
                top.chain(bottom).collect::<Vec<_>>(),
                CURVE.mix(0.16).filled(),
            ))?;
        } else if let Some((i, c)) = run.first() {
            // A lone interval: a whisker.
            let x = layout.x_of(*i);
            plot.draw(&PathElement::new(
                vec![
                    px(x, layout.y_of(s.clamp(c[0]))),
                    px(x, layout.y_of(s.clamp(c[1]))),
                ],
                CURVE.mix(0.4).stroke_width(6),
            ))?;
        }
        run.clear();
        Ok(())
    };
    for (i, ci) in data.band.iter().enumerate() {
        match ci.filter(|c| c[0].is_finite() && c[1].is_finite()) {
            Some(c) => run.push((i, c)),
            None => flush(&mut run)?,
        }
    }
    flush(&mut run)?;

    // Segment curves first, the all-respondents curve on top.
    for (seg, color) in data.segments.iter().zip(SEGMENT_COLORS) {
        for r in runs(&layout, &seg.means, &s) {
            plot.draw(&PathElement::new(r.clone(), color.stroke_width(2)))?;
            for p in r {
                plot.draw(&Circle::new(p, 3, color.filled()))?;
            }
        }
    }
    for r in runs(&layout, &data.all.means, &s) {
        plot.draw(&PathElement::new(r.clone(), CURVE.stroke_width(th.line_px)))?;
        for p in r {
            plot.draw(&Circle::new(p, th.point_px as i32, CURVE.filled()))?;
            plot.draw(&Circle::new(p, th.point_px as i32, WHITE.stroke_width(1)))?;
        }
    }

    draw_x_labels(&plot, &layout, &data.labels, INK, th.font_px)?;
    root.present()
}

/// Renders the survey chart to a standalone SVG document.
pub fn survey_svg(data: &SurveyChartData, width: u32, height: u32) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        // Drawing into a string cannot fail for I/O reasons; an error leaves a partial SVG.
        let _ = draw_survey(&root, data);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::dots;
    use super::*;
    use crate::analysis::survey::{SegmentReport, Verdict};

    fn tp(name: &str, mean: Option<f64>, ci: Option<Ci>) -> TouchpointStats {
        TouchpointStats {
            name: name.into(),
            mean,
            n: 10,
            ci95: ci,
            ..TouchpointStats::default()
        }
    }

    fn report() -> SurveyReport {
        let seg = |value: &str, m: f64| SegmentReport {
            column: "Region".into(),
            value: value.into(),
            respondents: 5,
            predictors: vec![],
            peak_end_vs_mean: None,
            nps: None,
            touchpoints: vec![
                tp("Offer", Some(m), None),
                tp("Install", Some(m + 1.0), None),
                tp("Invoice", Some(m - 1.0), None),
            ],
            verdict: Verdict::NotEnough,
        };
        SurveyReport {
            respondents: 10,
            touchpoints: vec![
                tp("Offer", Some(7.0), Some([6.5, 7.5])),
                tp("Install", Some(8.0), Some([7.0, 9.0])),
                tp("Invoice", Some(4.0), Some([3.0, 5.0])),
            ],
            segments: vec![seg("North", 6.0), seg("South", 8.0)],
            ..SurveyReport::default()
        }
    }

    fn ten() -> Scale {
        Scale::new(1.0, 10.0, None).unwrap()
    }

    #[test]
    fn the_means_sit_where_the_layout_puts_them_with_a_band_and_names() {
        let d = SurveyChartData::new(&report(), ten(), None, "All respondents", Lang::En);
        let svg = survey_svg(&d, 800, 400);
        for word in ["Offer", "Install", "Invoice", "All respondents"] {
            assert!(svg.contains(word), "missing {word}");
        }
        assert!(!svg.contains("North"), "no segment curves unless asked");
        // The legend takes one row above the plot.
        let legend = (13 + 8) + 4;
        let l = Layout::new(800, 400 - legend, 3, ten());
        let at = |i: usize, r: f64| {
            (
                l.x_of(i).round() as i32,
                l.y_of(r).round() as i32 + legend as i32,
            )
        };
        assert_eq!(dots(&svg, "#2563EB"), [at(0, 7.0), at(1, 8.0), at(2, 4.0)]);
        assert_eq!(svg.matches("<polygon").count(), 1, "one band");
        assert_eq!(svg, survey_svg(&d, 800, 400), "same data, same drawing");
    }

    #[test]
    fn promoters_and_detractors_are_two_curves_from_the_drivers() {
        let mut r = report();
        r.drivers = vec![crate::analysis::survey::Driver {
            name: "Install".into(),
            index: 1,
            promoters_mean: 9.0,
            detractors_mean: 5.0,
            gap: 4.0,
            ci95: Some([3.0, 5.0]),
            n_promoters: 10,
            n_detractors: 8,
        }];
        let d = SurveyChartData::new(&r, ten(), None, "All", Lang::En)
            .with_nps_groups(&r, ["Promoters", "Detractors"]);
        assert_eq!(d.segments.len(), 2);
        assert_eq!(d.segments[0].means, [None, Some(9.0), None]);
        assert_eq!(d.segments[1].means, [None, Some(5.0), None]);
        let svg = survey_svg(&d, 800, 400);
        assert!(svg.contains("Promoters") && svg.contains("Detractors"));
        assert_eq!(dots(&svg, "#E69F00").len(), 1, "the promoters' one mean");
    }

    #[test]
    fn segment_curves_and_their_legend_follow_the_chosen_column() {
        let d = SurveyChartData::new(&report(), ten(), Some("Region"), "All", Lang::En);
        assert_eq!(d.segments.len(), 2);
        let svg = survey_svg(&d, 800, 400);
        assert!(svg.contains("North") && svg.contains("South"));
        assert_eq!(dots(&svg, "#E69F00").len(), 3, "North's three means");
        assert_eq!(dots(&svg, "#009E73").len(), 3, "South's three means");
        let none = SurveyChartData::new(&report(), ten(), Some("Wave"), "All", Lang::En);
        assert!(
            none.segments.is_empty(),
            "a column without segments draws none"
        );
    }

    #[test]
    fn an_unrated_touchpoint_breaks_the_line_and_the_band() {
        let mut r = report();
        r.touchpoints[1] = tp("Install", None, None);
        let d = SurveyChartData::new(&r, ten(), None, "All", Lang::En);
        let svg = survey_svg(&d, 800, 400);
        assert_eq!(dots(&svg, "#2563EB").len(), 2);
        assert_eq!(
            svg.matches("<polygon").count(),
            0,
            "two lone whiskers, no band across the gap"
        );
        let line = |opacity: &str| {
            svg.lines()
                .filter(|l| l.starts_with("<polyline") && l.contains("#2563EB"))
                .filter(|l| l.contains(&format!("opacity=\"{opacity}\"")))
                .count()
        };
        let blue_lines = line("1");
        assert_eq!(line("0.4"), 2, "a whisker at each lone interval");
        assert_eq!(blue_lines, 3, "the legend's line and two single-point runs");
    }

    #[test]
    fn out_of_scale_numbers_and_empty_reports_still_draw_inside() {
        let mut r = report();
        r.touchpoints[0] = tp("Offer", Some(99.0), Some([-50.0, 120.0]));
        let d = SurveyChartData::new(&r, ten(), None, "All", Lang::Nl);
        let svg = survey_svg(&d, 390, 300);
        let l = Layout::new(390, 300 - 25, 3, ten());
        let first = dots(&svg, "#2563EB")[0];
        assert_eq!(
            first.1,
            l.y_of(10.0).round() as i32 + 25,
            "clamped to the top"
        );
        let empty = SurveyChartData::new(&SurveyReport::default(), ten(), None, "All", Lang::En);
        assert!(survey_svg(&empty, 300, 200).starts_with("<svg"));
    }

    #[test]
    fn names_are_escaped() {
        let mut r = report();
        r.touchpoints[0].name = "<script>x</script>".into();
        let d = SurveyChartData::new(&r, ten(), None, "All", Lang::En);
        assert!(!survey_svg(&d, 800, 400).contains("<script>"));
    }
}
