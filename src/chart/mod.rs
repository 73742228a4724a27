//! The journey curve, drawn by one function generic over plotters' `DrawingBackend`:
//! the canvas in the app and the SVG export call the same [`draw_curve`].
//!
//! Pure Rust: never imports yew, web-sys or wasm-bindgen. [`Layout`] is the single
//! source of the pixel ↔ rating mapping, so dragging a point and drawing it agree.

mod as_is;
pub mod decimate;
pub mod lane_choice;
pub mod lanes;
pub mod run;
pub mod survey;

pub use as_is::{AsIsPoint, as_is_points};

use crate::analysis;
use crate::i18n::{Lang, T};
use crate::model::{Journey, Scale};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// A stretch of touchpoints that belong to one phase, drawn as a band.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub name: String,
    /// First and last touchpoint index (inclusive).
    pub first: usize,
    pub last: usize,
}

/// Colours and line widths; the presentation theme is bolder.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    pub font_px: u32,
    pub line_px: u32,
    pub point_px: u32,
    pub dark: bool,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            font_px: 13,
            line_px: 3,
            point_px: 5,
            dark: false,
        }
    }
}

/// Everything the curve shows, already computed by the analysis.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CurveData {
    pub ratings: Vec<f64>,
    pub labels: Vec<String>,
    pub scale: Scale,
    pub peak: Option<usize>,
    pub end: Option<usize>,
    pub best: Option<usize>,
    pub worst: Option<usize>,
    pub moments_of_truth: Vec<usize>,
    pub bands: Vec<Band>,
    /// The as-is journey, drawn dashed behind a to-be scenario (see [`as_is_points`]).
    pub compare: Option<Vec<AsIsPoint>>,
    /// How many stories are about each touchpoint (empty: none drawn); each non-zero
    /// count is a small badge at the foot of its touchpoint.
    pub stories: Vec<usize>,
    /// Localised words drawn on the chart: peak, end.
    pub peak_label: String,
    pub end_label: String,
    /// The language the axis numbers are written in (a decimal comma in Dutch).
    pub lang: Lang,
    pub theme: Theme,
}

impl CurveData {
    /// The curve of a journey with its peak, end, best, worst, phases and moments of
    /// truth, its words and numbers in `lang`.
    pub fn from_journey(j: &Journey, lang: Lang) -> CurveData {
        let scores = analysis::score(j).ok();
        let mut bands: Vec<Band> = Vec::new();
        for (i, t) in j.touchpoints.iter().enumerate() {
            let Some(phase) = t.phase.and_then(|p| j.phase(p)) else {
                continue;
            };
            match bands.last_mut() {
                Some(b) if b.name == phase.name && b.last + 1 == i => b.last = i,
                _ => bands.push(Band {
                    name: phase.name.clone(),
                    first: i,
                    last: i,
                }),
            }
        }
        CurveData {
            ratings: j.ratings(),
            labels: j.touchpoints.iter().map(|t| t.name.clone()).collect(),
            scale: j.scale,
            peak: scores.as_ref().map(|s| s.peak),
            end: scores.as_ref().map(|s| s.end),
            best: scores.as_ref().map(|s| s.best),
            worst: scores.as_ref().map(|s| s.worst),
            moments_of_truth: (0..j.touchpoints.len())
                .filter(|i| j.touchpoints[*i].moment_of_truth)
                .collect(),
            bands,
            compare: None,
            stories: analysis::practice::counts_per_touchpoint(j),
            peak_label: T::Peak.get(lang).to_string(),
            end_label: T::End.get(lang).to_string(),
            lang,
            theme: Theme::default(),
        }
    }

    /// The curve of the to-be scenario `to_be`, with the as-is journey `as_is` dashed
    /// behind it: each as-is touchpoint above its own to-be touchpoint, on the to-be's scale.
    pub fn scenario(to_be: &Journey, as_is: &Journey, lang: Lang) -> CurveData {
        CurveData {
            compare: Some(as_is_points(as_is, to_be)),
            ..CurveData::from_journey(to_be, lang)
        }
    }
}

/// Where the plotting area lies inside a chart of a given pixel size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    pub width: u32,
    pub height: u32,
    pub left: i32,
    pub top: i32,
    pub right: i32,
    pub bottom: i32,
    pub n: usize,
    pub scale: Scale,
}

const MARGIN: u32 = 12;
const Y_LABEL_AREA: u32 = 40;
const X_LABEL_AREA: u32 = 44;
const TOP_AREA: u32 = 26;

/// How tall the live curve is drawn at `width` CSS pixels: half as tall as wide, taller
/// on a phone (under 600 px) or a projector so ratings stay apart, between 260 px and
/// 440 px (560 px on a projector, never taller than it shows).
pub fn curve_height(width: u32, projector: bool) -> u32 {
    let ratio = if width < 600 || projector { 0.8 } else { 0.5 };
    let tallest = if projector { 560.0 } else { 440.0 };
    (f64::from(width) * ratio).clamp(260.0, tallest) as u32
}

impl Layout {
    pub fn new(width: u32, height: u32, n: usize, scale: Scale) -> Layout {
        let left = (MARGIN + Y_LABEL_AREA) as i32;
        let top = (MARGIN + TOP_AREA) as i32;
        let right = (width.saturating_sub(MARGIN)) as i32;
        let bottom = (height.saturating_sub(MARGIN + X_LABEL_AREA)) as i32;
        Layout {
            width,
            height,
            left,
            top,
            right: right.max(left + 1),
            bottom: bottom.max(top + 1),
            n,
            scale,
        }
    }

    /// The x range in data units: one slot per touchpoint, centred on its index.
    fn x_range(&self) -> std::ops::Range<f64> {
        -0.5..(self.n.max(1) as f64 - 0.5)
    }

    /// Horizontal pixel of touchpoint `i`.
    pub fn x_of(&self, i: usize) -> f64 {
        self.x_at(i as f64)
    }

    /// Horizontal pixel of a position in touchpoint slots (`1.5`: between the second
    /// and the third touchpoint).
    pub fn x_at(&self, slot: f64) -> f64 {
        let r = self.x_range();
        let w = f64::from(self.right - self.left);
        f64::from(self.left) + (slot - r.start) / (r.end - r.start) * w
    }

    /// Vertical pixel of a rating.
    pub fn y_of(&self, rating: f64) -> f64 {
        let h = f64::from(self.bottom - self.top);
        f64::from(self.top) + (self.scale.max - rating) / self.scale.span() * h
    }

    /// The rating a pixel row stands for, snapped to the scale's step and clamped.
    pub fn rating_at(&self, y: f64) -> f64 {
        let h = f64::from(self.bottom - self.top);
        let raw = self.scale.max - (y - f64::from(self.top)) / h * self.scale.span();
        self.scale.snap(raw)
    }

    /// The touchpoint whose point is nearest to pixel `(x, y)`, if within `radius` px.
    pub fn hit(&self, ratings: &[f64], x: f64, y: f64, radius: f64) -> Option<usize> {
        ratings
            .iter()
            .enumerate()
            .map(|(i, r)| (i, (self.x_of(i) - x).hypot(self.y_of(*r) - y)))
            .filter(|(_, d)| *d <= radius)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i)
    }
}

const INK: RGBColor = RGBColor(31, 41, 55);
const INK_DARK: RGBColor = RGBColor(229, 231, 235);
const CURVE: RGBColor = RGBColor(37, 99, 235);
const COMPARE: RGBColor = RGBColor(13, 148, 136);
const GOOD: RGBColor = RGBColor(22, 163, 74);
const BAD: RGBColor = RGBColor(220, 38, 38);
const PEAK: RGBColor = RGBColor(217, 119, 6);
const END: RGBColor = RGBColor(124, 58, 237);
/// The stories' badges: a blue apart from the curve's, the peak's and the end's colours.
pub const STORY: RGBColor = RGBColor(29, 78, 216);
const BAND_A: RGBColor = RGBColor(241, 245, 249);
const BAND_B: RGBColor = RGBColor(226, 232, 240);

pub(crate) fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// The charts' one typeface, `px` high. Built from the family itself, not from its name
/// (`sans(px)`): reading a name lowercases it, which links the
/// Unicode case tables (about 6 KB brotli) into every program that draws a chart.
pub fn sans(px: impl Into<f64>) -> FontDesc<'static> {
    FontDesc::new(FontFamily::SansSerif, px.into(), FontStyle::Normal)
}

/// Draws the whole chart into `root`. The same call renders a canvas or an SVG string.
pub fn draw_curve<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &CurveData,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (w, h) = root.dim_in_pixel();
    let layout = Layout::new(w, h, data.ratings.len(), data.scale);
    let th = data.theme;
    let ink = if th.dark { INK_DARK } else { INK };
    let bg = if th.dark { RGBColor(17, 24, 39) } else { WHITE };
    let band_colors = if th.dark {
        [RGBColor(31, 41, 55), RGBColor(55, 65, 81)]
    } else {
        [BAND_A, BAND_B]
    };
    let font = |px: u32| sans(px).color(&ink);
    root.fill(&bg)?;

    let s = data.scale;
    let px = |x: f64, y: f64| (x.round() as i32, y.round() as i32);

    // Phase bands behind everything, each named at its top.
    for (k, b) in data.bands.iter().enumerate() {
        let x0 = layout.x_of(b.first) - (layout.x_of(1) - layout.x_of(0)) / 2.0;
        let x1 = layout.x_of(b.last) + (layout.x_of(1) - layout.x_of(0)) / 2.0;
        root.draw(&Rectangle::new(
            [
                px(x0, f64::from(layout.top)),
                px(x1, f64::from(layout.bottom)),
            ],
            band_colors[k % 2].filled(),
        ))?;
        let chars = ((x1 - x0) / (f64::from(th.font_px) * 0.6)).max(1.0) as usize;
        root.draw(&Text::new(
            truncate(&b.name, chars),
            px((x0 + x1) / 2.0, f64::from(layout.top) - 4.0),
            font(th.font_px).pos(Pos::new(HPos::Center, VPos::Bottom)),
        ))?;
    }

    draw_grid(root, &layout, &s, data.lang, ink, th.font_px)?;

    // The neutral line: above it a moment felt good, below it bad.
    let ny = layout.y_of(s.neutral);
    let dash = 8;
    let mut x = layout.left;
    while x < layout.right {
        let x2 = (x + dash).min(layout.right);
        root.draw(&PathElement::new(
            vec![(x, ny.round() as i32), (x2, ny.round() as i32)],
            ink.mix(0.55).stroke_width(2),
        ))?;
        x += dash * 2;
    }

    let points: Vec<(i32, i32)> = data
        .ratings
        .iter()
        .enumerate()
        .map(|(i, r)| px(layout.x_of(i), layout.y_of(*r)))
        .collect();

    if let Some(cmp) = &data.compare {
        let cpts: Vec<(i32, i32)> = cmp
            .iter()
            .map(|p| px(layout.x_at(p.x), layout.y_of(p.rating)))
            .collect();
        for seg in cpts.windows(2) {
            draw_dashed(root, seg[0], seg[1], COMPARE.stroke_width(th.line_px))?;
        }
        for p in &cpts {
            root.draw(&Circle::new(*p, th.point_px as i32, COMPARE.filled()))?;
        }
    }

    // No more segments than pixel columns: where touchpoints share a column, its first,
    // lowest, highest and last stay (and the peak, end and moments of truth always).
    let mut always: Vec<usize> = data.moments_of_truth.clone();
    always.extend(data.peak);
    always.extend(data.end);
    let keep = decimate::keep_per_column(&points, &always);
    root.draw(&PathElement::new(
        keep.iter().map(|i| points[*i]).collect::<Vec<_>>(),
        CURVE.stroke_width(th.line_px),
    ))?;

    // With many points, skip the outline rings: they cost time and blur into each other.
    let crowded = points.len() > 60;
    let mut truths = data.moments_of_truth.clone();
    truths.sort_unstable();
    // Dots that would vanish under their neighbour are not drawn (a crowded curve).
    let dots = decimate::visible_dots(&points, &keep, th.point_px as i32, &always);
    for i in dots {
        let (p, r) = (&points[i], &data.ratings[i]);
        let c = if *r >= s.neutral { GOOD } else { BAD };
        if truths.binary_search(&i).is_ok() {
            let d = th.point_px as i32 + 4;
            root.draw(&Polygon::new(
                vec![
                    (p.0, p.1 - d),
                    (p.0 + d, p.1),
                    (p.0, p.1 + d),
                    (p.0 - d, p.1),
                ],
                ink.mix(0.85).filled(),
            ))?;
        }
        root.draw(&Circle::new(*p, th.point_px as i32, c.filled()))?;
        if crowded {
            continue;
        }
        root.draw(&Circle::new(*p, th.point_px as i32, bg.stroke_width(1)))?;
    }

    // Peak and end: rings with a word, so they read without colour too.
    let ring = |i: usize, color: RGBColor, word: &str, above: bool| {
        let Some(p) = points.get(i) else {
            return Ok(());
        };
        let r = th.point_px as i32 + 6;
        root.draw(&Circle::new(*p, r, color.stroke_width(3)))?;
        // On a crowded curve the word sits a little further off, on a patch of background,
        // so it reads over the lines and dots around it.
        let gap = if crowded { 6 } else { 3 };
        let (dy, v) = if above {
            (-r - gap, VPos::Bottom)
        } else {
            (r + gap, VPos::Top)
        };
        // Keep the word inside the chart: near an edge, align it to that edge.
        let half = (word.chars().count() as f64 * f64::from(th.font_px) * 0.32) as i32;
        let (x, h) = if p.0 + half > w as i32 - 2 {
            (p.0 + r, HPos::Right)
        } else if p.0 - half < 2 {
            (p.0 - r, HPos::Left)
        } else {
            (p.0, HPos::Center)
        };
        if crowded {
            let (wide, tall) = (2 * half + 6, th.font_px as i32 + 4);
            let left = match h {
                HPos::Right => x - wide + 3,
                HPos::Left => x - 3,
                HPos::Center => x - wide / 2,
            };
            let top = if above {
                p.1 + dy - tall + 2
            } else {
                p.1 + dy - 2
            };
            root.draw(&Rectangle::new(
                [(left, top), (left + wide, top + tall)],
                bg.mix(0.9).filled(),
            ))?;
        }
        root.draw(&Text::new(
            word.to_string(),
            (x, p.1 + dy),
            sans(th.font_px)
                .style(FontStyle::Bold)
                .color(&color)
                .pos(Pos::new(h, v)),
        ))
    };
    let label_above = |i: usize| data.ratings.get(i).is_some_and(|r| *r <= s.neutral);
    match (data.peak, data.end) {
        // One moment that is both: one ring, one label on the free side.
        (Some(p), Some(e)) if p == e => {
            let word = format!("{} = {}", data.peak_label, data.end_label);
            ring(p, END, &word, label_above(p))?;
        }
        (peak, end) => {
            if let Some(i) = peak {
                ring(i, PEAK, &data.peak_label, label_above(i))?;
            }
            if let Some(i) = end {
                ring(i, END, &data.end_label, label_above(i))?;
            }
        }
    }

    draw_story_badges(root, &layout, &data.stories, th.font_px)?;
    draw_x_labels(root, &layout, &data.labels, ink, th.font_px)?;
    root.present()
}

/// A badge with the number of stories at the foot of each touchpoint that has some: a
/// rounded box just above the plot's bottom edge, white digits on [`STORY`].
fn draw_story_badges<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &Layout,
    counts: &[usize],
    font_px: u32,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = font_px.saturating_sub(1).max(9);
    let h = px as i32 + 6;
    for (i, n) in counts.iter().enumerate().filter(|(_, n)| **n > 0) {
        let text = if *n > 999 {
            "999+".to_string()
        } else {
            n.to_string()
        };
        let w = (text.chars().count() as i32 * px as i32 * 6 / 10 + 10).max(h);
        let x = layout.x_of(i).round() as i32;
        let y1 = layout.bottom - 3;
        let y0 = y1 - h;
        root.draw(&Rectangle::new(
            [(x - w / 2, y0), (x + w / 2, y1)],
            STORY.filled(),
        ))?;
        root.draw(&Text::new(
            text,
            (x, (y0 + y1) / 2),
            sans(px)
                .style(FontStyle::Bold)
                .color(&WHITE)
                .pos(Pos::new(HPos::Center, VPos::Center)),
        ))?;
    }
    Ok(())
}

fn draw_dashed<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    a: (i32, i32),
    b: (i32, i32),
    style: ShapeStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (dx, dy) = (f64::from(b.0 - a.0), f64::from(b.1 - a.1));
    let len = dx.hypot(dy);
    let (on, off) = (8.0, 6.0);
    let mut t = 0.0;
    while t < len {
        let t2 = (t + on).min(len);
        let p = |t: f64| {
            (
                (f64::from(a.0) + dx * t / len).round() as i32,
                (f64::from(a.1) + dy * t / len).round() as i32,
            )
        };
        root.draw(&PathElement::new(vec![p(t), p(t2)], style))?;
        t += on + off;
    }
    Ok(())
}

/// A round step for grid lines: 1, 2 or 5 times a power of ten, about a tenth of the span.
/// The horizontal grid and its rating labels, about one line per 24 px (never more than
/// ten), at round steps of the scale: shared by the journey chart and the survey chart.
pub(crate) fn draw_grid<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    layout: &Layout,
    s: &Scale,
    lang: Lang,
    ink: RGBColor,
    font_px: u32,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |x: f64, y: f64| (x.round() as i32, y.round() as i32);
    let font = sans(font_px)
        .color(&ink)
        .pos(Pos::new(HPos::Right, VPos::Center));
    let lines = (f64::from(layout.bottom - layout.top) / 24.0).clamp(2.0, 10.0);
    let step = nice_step(s.span() * 10.0 / lines);
    let mut v = (s.min / step).ceil() * step;
    while v <= s.max + 1e-9 {
        let y = layout.y_of(v);
        area.draw(&PathElement::new(
            vec![
                px(f64::from(layout.left), y),
                px(f64::from(layout.right), y),
            ],
            ink.mix(0.12),
        ))?;
        area.draw(&Text::new(
            lang.number(v, 2),
            px(f64::from(layout.left) - 6.0, y),
            font.clone(),
        ))?;
        v += step;
    }
    Ok(())
}

/// The touchpoints' names along the bottom, shortened to their slot, or their numbers
/// (every k-th when crowded): shared by the journey chart and the survey chart.
pub(crate) fn draw_x_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    layout: &Layout,
    labels: &[String],
    ink: RGBColor,
    font_px: u32,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let n = labels.len();
    let slot = if n > 1 {
        layout.x_of(1) - layout.x_of(0)
    } else {
        f64::from(layout.right - layout.left)
    };
    let max_chars = (slot / (f64::from(font_px) * 0.55)) as usize;
    // Numbers need about three characters of room (four- and five-digit ones their digits
    // and a space and a half); label every k-th when crowded.
    let digits = n.to_string().len();
    let room = if digits >= 4 {
        0.62 * (digits as f64 + 1.5)
    } else {
        2.2
    };
    let stride = ((f64::from(font_px) * room) / slot).ceil().max(1.0) as usize;
    let font = sans(font_px)
        .color(&ink)
        .pos(Pos::new(HPos::Center, VPos::Top));
    for (i, name) in labels.iter().enumerate() {
        if max_chars < 6 && i % stride != 0 && i + 1 != n {
            continue;
        }
        // A long journey's last number stands alone: no label just before it runs into it.
        if max_chars < 6 && digits >= 4 && i + 1 != n && n - 1 - i < stride {
            continue;
        }
        let text = if max_chars >= 6 && !name.trim().is_empty() {
            truncate(name, max_chars)
        } else {
            (i + 1).to_string()
        };
        // Centred under its point, but never past the chart's edge (a last "10000" would
        // lose its final digit): digits are about 0.6 of the font size wide.
        let half = 0.3 * f64::from(font_px) * text.chars().count() as f64;
        let x = layout
            .x_of(i)
            .min(f64::from(layout.width) - half - 1.0)
            .max(half + 1.0);
        area.draw(&Text::new(
            text,
            (
                x.round() as i32,
                (f64::from(layout.bottom) + 8.0).round() as i32,
            ),
            font.clone(),
        ))?;
    }
    Ok(())
}

pub(crate) fn nice_step(span: f64) -> f64 {
    let raw = span / 10.0;
    let mag = 10f64.powf(raw.log10().floor());
    let f = raw / mag;
    let nice = if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * mag
}

/// Renders the chart to a standalone SVG document.
pub fn to_svg(data: &CurveData, width: u32, height: u32) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        // Drawing into a string cannot fail for I/O reasons; an error leaves a partial SVG.
        let _ = draw_curve(&root, data);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> CurveData {
        CurveData {
            ratings: vec![3.0, 4.0, 2.0, -4.0],
            labels: vec![
                "Sign up".into(),
                "Travel".into(),
                "Renew".into(),
                "Cancel".into(),
            ],
            scale: Scale::default(),
            peak: Some(1),
            end: Some(3),
            peak_label: "Peak".into(),
            end_label: "End".into(),
            ..CurveData::default()
        }
    }

    #[test]
    fn every_label_is_set_in_the_sans_serif_face() {
        let svg = to_svg(&data(), 800, 400);
        let texts = svg.matches("<text").count();
        assert!(texts >= 6, "names, peak and end: {svg}");
        assert_eq!(
            svg.matches("font-family=\"sans-serif\"").count(),
            texts,
            "{svg}"
        );
    }

    #[test]
    fn the_curve_is_half_as_tall_as_wide_taller_on_a_phone_or_projector() {
        assert_eq!(curve_height(800, false), 400);
        assert_eq!(curve_height(1200, false), 440, "at most 440 on a screen");
        assert_eq!(curve_height(390, false), 312, "0.8 on a phone");
        assert_eq!(curve_height(200, false), 260, "at least 260");
        assert_eq!(
            curve_height(1200, true),
            560,
            "a projector: 0.8, at most 560"
        );
        assert_eq!(curve_height(0, false), 260);
    }

    #[test]
    fn layout_maps_pixels_and_ratings_both_ways() {
        let l = Layout::new(800, 400, 4, Scale::default());
        for r in [-5.0, -2.0, 0.0, 3.0, 5.0] {
            assert_eq!(l.rating_at(l.y_of(r)), r);
        }
        // Dragging beyond the plot clamps to the scale.
        assert_eq!(l.rating_at(-100.0), 5.0);
        assert_eq!(l.rating_at(10_000.0), -5.0);
        let ratings = [3.0, 4.0, 2.0, -4.0];
        assert_eq!(l.hit(&ratings, l.x_of(2), l.y_of(2.0) + 3.0, 12.0), Some(2));
        assert_eq!(l.hit(&ratings, l.x_of(2), l.y_of(-5.0), 12.0), None);
    }

    #[test]
    fn svg_shows_names_marks_and_is_stable() {
        let svg = to_svg(&data(), 800, 400);
        assert!(svg.starts_with("<svg"));
        for word in ["Sign up", "Cancel", "Peak", "End", "−4"] {
            assert!(svg.contains(word), "missing {word}");
        }
        assert_eq!(svg, to_svg(&data(), 800, 400), "same data, same drawing");
        let mut moved = data();
        moved.ratings[3] = 1.0;
        assert_ne!(svg, to_svg(&moved, 800, 400));
    }

    #[test]
    fn story_badges_sit_under_their_touchpoints_with_their_counts() {
        use crate::model::{Action, Story, StoryAction, Teller, apply};
        let mut j = telecom();
        let travel = j.touchpoints[1].id;
        let cancel = j.touchpoints[3].id;
        let about = |id, n: usize| {
            (0..n).map(move |_| {
                let mut s = Story::new("x", Teller::Customer, 1.0);
                s.touchpoint = Some(id);
                s
            })
        };
        let list: Vec<Story> = about(travel, 7).chain(about(cancel, 13)).collect();
        apply(&mut j, Action::Story(StoryAction::Import(list))).unwrap();
        let d = CurveData::from_journey(&j, Lang::En);
        assert_eq!(d.stories, [0, 7, 0, 13]);
        let svg = to_svg(&d, 800, 400);
        let layout = Layout::new(800, 400, 4, Scale::default());
        let badges: Vec<&str> = svg
            .lines()
            .filter(|l| l.starts_with("<rect") && l.contains("fill=\"#1D4ED8\""))
            .collect();
        assert_eq!(badges.len(), 2, "one badge per touchpoint with stories");
        // A number attribute of an SVG element's line.
        let attr = |line: &str, name: &str| -> f64 {
            let after = line.split(&format!(" {name}=\"")).nth(1).unwrap();
            after.split('"').next().unwrap().parse().unwrap()
        };
        for (line, i) in badges.iter().zip([1usize, 3]) {
            let (x, w) = (attr(line, "x"), attr(line, "width"));
            assert!(
                (x + w / 2.0 - layout.x_of(i)).abs() <= 1.5,
                "badge {i} centred"
            );
        }
        let texts: Vec<&str> = svg.lines().map(str::trim).collect();
        assert!(
            texts.contains(&"13") && texts.contains(&"7"),
            "the counts are written"
        );
        // No stories, no badges.
        let none = to_svg(&CurveData::from_journey(&telecom(), Lang::En), 800, 400);
        assert!(!none.contains("#1D4ED8"));
    }

    /// Centres of the dots drawn in `color` (`#RRGGBB`), left to right (also for the
    /// survey chart's tests).
    pub(super) fn dots(svg: &str, color: &str) -> Vec<(i32, i32)> {
        let num = |l: &str, key: &str| -> i32 {
            let at = l.find(key).unwrap() + key.len();
            l[at..].split('"').next().unwrap().parse().unwrap()
        };
        svg.lines()
            .filter(|l| l.starts_with("<circle") && l.contains(&format!("fill=\"{color}\"")))
            .map(|l| (num(l, "cx=\""), num(l, "cy=\"")))
            .collect()
    }

    fn telecom() -> Journey {
        use crate::model::{Action, apply};
        let mut j = Journey::new("Telecom");
        for (name, rating) in [
            ("Sign up", 3.0),
            ("Travel", 4.0),
            ("Renew", 2.0),
            ("Cancel", -4.0),
        ] {
            let a = Action::AddTouchpoint {
                name: name.into(),
                rating,
                after: None,
            };
            apply(&mut j, a).unwrap();
        }
        j
    }

    #[test]
    fn the_as_is_curve_sits_above_its_own_touchpoints_on_the_to_be_axes() {
        use crate::model::{Action, apply};
        let as_is = telecom();
        let (w, h) = (800, 400);
        let teal = "#0D9488";

        // An inserted touchpoint: the as-is dots stay above their own touchpoints.
        let mut to_be = as_is.clone();
        let first = to_be.touchpoints[0].id;
        let add = Action::AddTouchpoint {
            name: "Welcome call".into(),
            rating: 5.0,
            after: Some(first),
        };
        apply(&mut to_be, add).unwrap();
        let l = Layout::new(w, h, 5, to_be.scale);
        let svg = to_svg(&CurveData::scenario(&to_be, &as_is, Lang::En), w, h);
        let at = |slot: f64, r: f64| (l.x_at(slot).round() as i32, l.y_of(r).round() as i32);
        assert_eq!(
            dots(&svg, teal),
            [at(0.0, 3.0), at(2.0, 4.0), at(3.0, 2.0), at(4.0, -4.0)]
        );

        // A shorter to-be: nothing is drawn past the plot.
        let mut to_be = as_is.clone();
        for i in [2, 1] {
            let id = to_be.touchpoints[i].id;
            apply(&mut to_be, Action::Remove(id)).unwrap();
        }
        let l = Layout::new(w, h, 2, to_be.scale);
        let svg = to_svg(&CurveData::scenario(&to_be, &as_is, Lang::En), w, h);
        let drawn = dots(&svg, teal);
        assert_eq!(
            drawn.len(),
            4,
            "the removed moments still show where they were"
        );
        assert!(
            drawn.iter().all(|(x, _)| (l.left..=l.right).contains(x)),
            "{drawn:?} outside {}..{}",
            l.left,
            l.right
        );
        assert_eq!(
            drawn[3],
            (l.x_of(1).round() as i32, l.y_of(-4.0).round() as i32)
        );

        // A to-be on 0..10: the as-is ratings move to the same place on that scale.
        let mut to_be = as_is.clone();
        apply(
            &mut to_be,
            Action::SetScale(Scale::new(0.0, 10.0, None).unwrap()),
        )
        .unwrap();
        let l = Layout::new(w, h, 4, to_be.scale);
        let svg = to_svg(&CurveData::scenario(&to_be, &as_is, Lang::En), w, h);
        let y = |r: f64| l.y_of(r).round() as i32;
        let ys: Vec<i32> = dots(&svg, teal).iter().map(|d| d.1).collect();
        assert_eq!(ys, [y(8.0), y(9.0), y(7.0), y(1.0)]);
    }

    fn hex(c: RGBColor) -> String {
        format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
    }

    #[test]
    fn ten_thousand_touchpoints_draw_a_thin_curve_with_the_peak_end_and_spike_kept() {
        // 10,000 ratings on a 800 px chart: a low wave, one spike at 4,321 (the peak), the
        // end at the last touchpoint.
        let ratings: Vec<f64> = (0..10_000)
            .map(|i| {
                if i == 4_321 {
                    5.0
                } else {
                    f64::from(i % 3) - 2.0
                }
            })
            .collect();
        let d = CurveData {
            labels: (0..ratings.len()).map(|i| format!("T{i}")).collect(),
            peak: Some(4_321),
            end: Some(9_999),
            ratings,
            ..data()
        };
        let svg = to_svg(&d, 800, 400);
        let line = svg
            .lines()
            .find(|l| l.starts_with("<polyline") && l.contains(&hex(CURVE)))
            .expect("the curve is drawn");
        let points = line
            .split("points=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let n = points.split_whitespace().count();
        assert!(n <= 4 * 800, "{n} points in the curve");
        // The spike's column keeps its highest point: the top of the scale is reached.
        let layout = Layout::new(800, 400, 10_000, d.scale);
        let top = layout.y_of(5.0).round() as i32;
        assert!(points.contains(&format!(",{top}")), "the spike is drawn");
        // One dot per kept point, and the peak and end rings.
        assert!(dots(&svg, &hex(GOOD)).len() + dots(&svg, &hex(BAD)).len() <= n);
        let texts: Vec<&str> = svg.lines().map(str::trim).collect();
        assert!(
            texts.contains(&"Peak") && texts.contains(&"End"),
            "the peak and end are named"
        );
        // The numbers along the bottom have room: five and a half characters apart at least.
        let lines: Vec<&str> = svg.lines().collect();
        let along: Vec<i32> = lines
            .windows(2)
            .filter(|w| w[0].starts_with("<text") && w[0].contains("text-anchor=\"middle\""))
            .filter(|w| w[1].trim().parse::<usize>().is_ok())
            .filter_map(|w| w[0].split(" x=\"").nth(1)?.split('"').next()?.parse().ok())
            .collect();
        assert!(along.len() > 5, "numbers are written along the bottom");
        let room = (f64::from(d.theme.font_px) * 0.62 * 5.5) as i32;
        assert!(
            along.windows(2).all(|w| w[1] - w[0] >= room - 1),
            "{along:?}"
        );
        // The last number, "10000", is whole: its right half inside the drawing.
        let half = (f64::from(d.theme.font_px) * 0.3 * 5.0) as i32;
        assert!(along.last().is_some_and(|x| x + half < 800), "{along:?}");
    }

    #[test]
    fn svg_escapes_names() {
        let mut d = data();
        d.labels[0] = "<script>alert(1)</script>".into();
        let svg = to_svg(&d, 800, 400);
        assert!(!svg.contains("<script>"));
    }

    #[test]
    fn empty_and_single_journeys_draw() {
        let mut d = CurveData::default();
        assert!(to_svg(&d, 300, 200).starts_with("<svg"));
        d.ratings = vec![1.0];
        d.labels = vec!["one".into()];
        d.peak = Some(0);
        d.end = Some(0);
        assert!(to_svg(&d, 300, 200).contains("one"));
    }

    #[test]
    fn axis_numbers_are_written_the_local_way() {
        let mut d = data();
        d.scale = Scale::new(1.0, 5.0, None).unwrap();
        d.ratings = vec![1.0, 4.5, 2.0, 3.0];
        // A 1–5 scale has grid lines every half point; plotters writes each text on a line.
        let has = |svg: &str, text: &str| svg.lines().any(|l| l == text);
        let en = to_svg(&d, 800, 400);
        assert!(has(&en, "1.5") && has(&en, "4.5"), "{en}");
        d.lang = Lang::Nl;
        let nl = to_svg(&d, 800, 400);
        assert!(has(&nl, "1,5") && has(&nl, "4,5"));
        assert!(!has(&nl, "1.5"), "no decimal point in Dutch");
        d.scale = Scale::default();
        assert!(has(&to_svg(&d, 800, 400), "−4"), "a real minus sign");
    }

    #[test]
    fn grid_steps_are_round() {
        assert_eq!(nice_step(10.0), 1.0);
        assert_eq!(nice_step(100.0), 10.0);
        assert_eq!(nice_step(4.0), 0.5);
    }
}
