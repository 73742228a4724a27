//! The lanes under the journey curve: the emotional bank account's running balance, the
//! promises kept and broken, the failure-demand contacts and what caused them, and how
//! each touchpoint met what the customer expected. One function generic over plotters'
//! `DrawingBackend`, so the canvas and the SVG tests draw the same thing.
//!
//! The lanes take plain numbers (the analysis computes them) and only turn them into
//! pixels. Their x positions come from the journey chart's [`Layout`], so at the same
//! width every mark sits under its own touchpoint of the curve. Every state is told apart
//! by shape as well as by colour: a tick, a cross and a ring for promises; a dot and a
//! triangle for contacts; bars up, bars down and an equals sign for expectations.
//!
//! Pure Rust: never imports yew, web-sys or wasm-bindgen. Never panics on what it is
//! given: lanes shorter or longer than the touchpoints, links to touchpoints that do not
//! exist and numbers that are not finite are drawn as far as they make sense.

use super::{BAD, CURVE, GOOD, INK, INK_DARK, Layout, Theme};
use crate::i18n::Lang;
use crate::i18n::lanes::L;
use crate::i18n::number::count;
use crate::i18n::signed;
use crate::model::Scale;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The colour of a failure-demand contact and its link to the cause (Okabe & Ito's
/// vermillion: apart from the red of the balance for colour-blind readers too).
const FAILURE: RGBColor = RGBColor(213, 94, 0);
/// The grey of things that are neither good nor bad: an open promise, an ordinary contact,
/// an expectation met.
const NEUTRAL: RGBColor = RGBColor(107, 114, 128);

/// How many promises of each state one touchpoint carries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PromiseCounts {
    pub kept: usize,
    pub broken: usize,
    pub open: usize,
}

/// One lane under the curve; each vector has one entry per touchpoint, in order.
#[derive(Clone, Debug, PartialEq)]
pub enum Lane {
    /// The emotional bank account: the balance after each touchpoint, and where it is
    /// lowest.
    Bank {
        running: Vec<f64>,
        lowest_at: Option<usize>,
    },
    /// The promises each touchpoint carries.
    Promises { counts: Vec<PromiseCounts> },
    /// Which contacts are failure demand, and the touchpoint that caused each.
    FailureDemand {
        flags: Vec<bool>,
        caused_by: Vec<Option<usize>>,
    },
    /// Rating − expected per touchpoint (`None`: nothing expected was given); a gap no
    /// larger than `tolerance` (half a scale step) counts as met.
    Expectations {
        gaps: Vec<Option<f64>>,
        tolerance: f64,
    },
}

/// Which of the three an expectation gap is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Met {
    Exceeded,
    Met,
    FellShort,
}

/// Exceeded when the gap is above the tolerance, fell short when below minus it, met in
/// between (both ends included). A tolerance that is negative or not a number counts as 0.
pub fn met(gap: f64, tolerance: f64) -> Met {
    let tol = if tolerance.is_finite() {
        tolerance.max(0.0)
    } else {
        0.0
    };
    if gap > tol {
        Met::Exceeded
    } else if gap < -tol {
        Met::FellShort
    } else {
        Met::Met
    }
}

/// Everything the lanes show.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LanesData {
    /// The touchpoints' names, one per touchpoint: their number sets the x positions.
    pub labels: Vec<String>,
    /// The lanes, drawn top to bottom in this order.
    pub lanes: Vec<Lane>,
    pub lang: Lang,
    pub theme: Theme,
}

/// Where one lane lies, in pixels from the top of the drawing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LaneBox {
    /// The top of the lane: its name is written just below.
    pub top: i32,
    /// The top of the marks, below the name and the legend.
    pub content_top: i32,
    /// The bottom of the lane.
    pub bottom: i32,
}

const MARGIN: i32 = 12;
/// Horizontal room between legend entries, and between a shape and its word.
const GAP: i32 = 14;

/// The shapes the lanes draw, also used in the legends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Black,
    Red,
    Kept,
    Broken,
    Open,
    Contact,
    Failure,
    Exceeded,
    Met,
    FellShort,
}

/// The name of `lane` in `lang`, as the lane shows it.
pub fn lane_name(lane: &Lane, lang: Lang) -> &'static str {
    match lane {
        Lane::Bank { .. } => L::LaneBank,
        Lane::Promises { .. } => L::LanePromises,
        Lane::FailureDemand { .. } => L::LaneFailureDemand,
        Lane::Expectations { .. } => L::LaneExpectations,
    }
    .get(lang)
}

impl Lane {
    fn legend(&self) -> &'static [(Mark, L)] {
        match self {
            Lane::Bank { .. } => &[(Mark::Black, L::InTheBlack), (Mark::Red, L::InTheRed)],
            Lane::Promises { .. } => &[
                (Mark::Kept, L::Kept),
                (Mark::Broken, L::Broken),
                (Mark::Open, L::Open),
            ],
            Lane::FailureDemand { .. } => &[
                (Mark::Contact, L::Contact),
                (Mark::Failure, L::FailureContact),
            ],
            Lane::Expectations { .. } => &[
                (Mark::Exceeded, L::Exceeded),
                (Mark::Met, L::Met),
                (Mark::FellShort, L::FellShort),
            ],
        }
    }

    /// The height of the marks, in multiples of the font size: room for the labels above
    /// and below the balance and the bars, three rows of promises, arcs over contacts.
    fn content_em(&self) -> f64 {
        match self {
            Lane::Bank { .. } => 8.0,
            Lane::Promises { .. } => 4.0,
            Lane::FailureDemand { .. } => 3.2,
            Lane::Expectations { .. } => 5.0,
        }
    }
}

/// A rough width of `text` at `font_px`: enough to lay out legends without measuring.
fn text_width(text: &str, font_px: u32) -> i32 {
    (text.chars().count() as f64 * f64::from(font_px) * 0.58).ceil() as i32
}

/// The name of a lane and its legend entries: `(x, row, mark, word)`, wrapped over as many
/// rows as the width needs. The name sits on row 0 at the left margin.
fn header(
    lane: &Lane,
    lang: Lang,
    font_px: u32,
    width: u32,
) -> Vec<(i32, i32, Mark, &'static str)> {
    let shape = font_px as i32;
    let right = width as i32 - MARGIN;
    let mut x = MARGIN + text_width(lane_name(lane, lang), font_px) + 2 * GAP;
    let mut row = 0;
    let mut out = Vec::new();
    for (mark, word) in lane.legend() {
        let word = word.get(lang);
        let w = shape + GAP / 2 + text_width(word, font_px);
        if x + w > right && x > MARGIN {
            x = MARGIN;
            row += 1;
        }
        out.push((x, row, *mark, word));
        x += w + GAP;
    }
    out
}

fn row_px(font_px: u32) -> i32 {
    font_px as i32 + 8
}

fn header_px(lane: &Lane, lang: Lang, theme: &Theme, width: u32) -> i32 {
    let rows = header(lane, lang, theme.font_px, width)
        .iter()
        .map(|e| e.1)
        .max()
        .unwrap_or(0)
        + 1;
    rows * row_px(theme.font_px) + 2
}

/// The height the lanes read well at, `width` pixels wide: the canvas asks for this.
/// It grows with the theme's font (a projector) and when legends wrap (a phone).
pub fn preferred_height(data: &LanesData, width: u32) -> u32 {
    let f = f64::from(data.theme.font_px);
    let total: i32 = data
        .lanes
        .iter()
        .map(|l| header_px(l, data.lang, &data.theme, width) + (l.content_em() * f).round() as i32)
        .sum();
    (total + MARGIN).max(0) as u32
}

/// Where each lane lies in a drawing of `width` × `height`: each lane keeps its header
/// and shares the rest in proportion to what it asks for.
pub fn lane_boxes(data: &LanesData, width: u32, height: u32) -> Vec<LaneBox> {
    let f = f64::from(data.theme.font_px);
    let heads: Vec<i32> = data
        .lanes
        .iter()
        .map(|l| header_px(l, data.lang, &data.theme, width))
        .collect();
    let wants: Vec<f64> = data.lanes.iter().map(|l| l.content_em() * f).collect();
    let room = (height as i32 - MARGIN - heads.iter().sum::<i32>()).max(0);
    let asked: f64 = wants.iter().sum::<f64>().max(1.0);
    let mut y = MARGIN / 2;
    let mut out = Vec::new();
    for (head, want) in heads.iter().zip(&wants) {
        let content = (f64::from(room) * want / asked).floor() as i32;
        out.push(LaneBox {
            top: y,
            content_top: y + head,
            bottom: y + head + content,
        });
        y += head + content;
    }
    out
}

type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

fn px(x: f64, y: f64) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

/// Draws one shape of size `s` centred on `c`.
fn mark<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    m: Mark,
    c: (i32, i32),
    s: i32,
    ink: RGBColor,
) -> DrawResult<DB> {
    let h = (s / 2).max(2);
    let stroke = (s / 6).clamp(2, 4) as u32;
    let (x, y) = c;
    match m {
        Mark::Black => root.draw(&Rectangle::new(
            [(x - h, y - h), (x + h, y + h)],
            GOOD.mix(0.3).filled(),
        )),
        Mark::Red => root.draw(&Rectangle::new(
            [(x - h, y - h), (x + h, y + h)],
            BAD.mix(0.35).filled(),
        )),
        Mark::Kept => root.draw(&PathElement::new(
            vec![
                (x - h, y),
                (x - h / 3, y + h * 2 / 3),
                (x + h, y - h * 2 / 3),
            ],
            GOOD.stroke_width(stroke),
        )),
        Mark::Broken => {
            root.draw(&PathElement::new(
                vec![(x - h, y - h), (x + h, y + h)],
                BAD.stroke_width(stroke),
            ))?;
            root.draw(&PathElement::new(
                vec![(x - h, y + h), (x + h, y - h)],
                BAD.stroke_width(stroke),
            ))
        }
        Mark::Open => root.draw(&Circle::new(c, h * 3 / 4, NEUTRAL.stroke_width(2))),
        Mark::Contact => root.draw(&Circle::new(c, (h / 2).max(2), NEUTRAL.filled())),
        Mark::Failure => root.draw(&Polygon::new(
            vec![(x, y - h), (x + h, y + h * 3 / 4), (x - h, y + h * 3 / 4)],
            FAILURE.filled(),
        )),
        Mark::Exceeded => root.draw(&Rectangle::new(
            [(x - h * 2 / 3, y - h), (x + h * 2 / 3, y + 1)],
            GOOD.filled(),
        )),
        Mark::FellShort => root.draw(&Rectangle::new(
            [(x - h * 2 / 3, y - 1), (x + h * 2 / 3, y + h)],
            BAD.filled(),
        )),
        Mark::Met => {
            for dy in [-3, 3] {
                root.draw(&PathElement::new(
                    vec![(x - h, y + dy), (x + h, y + dy)],
                    ink.mix(0.75).stroke_width(2),
                ))?;
            }
            Ok(())
        }
    }
}

/// Draws the lanes into `root`, stacked in the order of `data.lanes`, each with its name
/// and legend above its marks. The same call renders a canvas or an SVG string.
pub fn draw_lanes<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &LanesData,
) -> DrawResult<DB> {
    let th = data.theme;
    let ink = if th.dark { INK_DARK } else { INK };
    let bg = if th.dark { RGBColor(17, 24, 39) } else { WHITE };
    root.fill(&bg)?;
    let (w, h) = root.dim_in_pixel();
    let n = data.labels.len();
    // Only the x mapping is used: the same as the journey chart's at the same width.
    let layout = Layout::new(w, h, n, Scale::default());
    let boxes = lane_boxes(data, w, h);
    let f = th.font_px as i32;
    let font = ("sans-serif", th.font_px).into_font().color(&ink);

    // Faint guides down from each touchpoint, so a mark reads against the curve above.
    if n <= 60 {
        if let (Some(first), Some(last)) = (boxes.first(), boxes.last()) {
            for i in 0..n {
                let x = layout.x_of(i).round() as i32;
                root.draw(&PathElement::new(
                    vec![(x, first.content_top), (x, last.bottom)],
                    ink.mix(0.07),
                ))?;
            }
        }
    }

    for (k, (lane, b)) in data.lanes.iter().zip(&boxes).enumerate() {
        if k > 0 {
            root.draw(&PathElement::new(
                vec![(MARGIN, b.top), (w as i32 - MARGIN, b.top)],
                ink.mix(0.2),
            ))?;
        }
        let row_mid = |row: i32| b.top + 2 + row * row_px(th.font_px) + row_px(th.font_px) / 2;
        root.draw(&Text::new(
            lane_name(lane, data.lang).to_string(),
            (MARGIN, row_mid(0)),
            ("sans-serif", th.font_px)
                .into_font()
                .style(FontStyle::Bold)
                .color(&ink)
                .pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        for (x, row, m, word) in header(lane, data.lang, th.font_px, w) {
            let y = row_mid(row);
            mark(root, m, (x + f / 2, y), f, ink)?;
            root.draw(&Text::new(
                word,
                (x + f + GAP / 2, y),
                font.clone().pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
        match lane {
            Lane::Bank { running, lowest_at } => {
                draw_bank(root, &layout, b, running, *lowest_at, data.lang, &th, ink)?
            }
            Lane::Promises { counts } => {
                draw_promises(root, &layout, b, counts, data.lang, &th, ink)?
            }
            Lane::FailureDemand { flags, caused_by } => {
                draw_failure_demand(root, &layout, b, flags, caused_by, n, &th, ink)?
            }
            Lane::Expectations { gaps, tolerance } => {
                draw_expectations(root, &layout, b, gaps, *tolerance, data.lang, &th, ink)?
            }
        }
    }
    root.present()
}

/// The width of one touchpoint's slot.
fn slot(layout: &Layout) -> f64 {
    if layout.n > 1 {
        layout.x_of(1) - layout.x_of(0)
    } else {
        f64::from(layout.right - layout.left)
    }
}

/// A word drawn at `(x, y)`, moved inwards when it would cross the drawing's edge.
fn label<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    text: String,
    (x, y): (i32, i32),
    v: VPos,
    font_px: u32,
    color: RGBColor,
    bold: bool,
) -> DrawResult<DB> {
    let (w, _) = root.dim_in_pixel();
    let half = text_width(&text, font_px) / 2;
    let (x, hpos) = if x + half > w as i32 - 2 {
        (w as i32 - 2, HPos::Right)
    } else if x - half < 2 {
        (2, HPos::Left)
    } else {
        (x, HPos::Center)
    };
    let style = if bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    root.draw(&Text::new(
        text,
        (x, y),
        ("sans-serif", font_px)
            .into_font()
            .style(style)
            .color(&color)
            .pos(Pos::new(hpos, v)),
    ))
}

/// The balance's points with a point added wherever the line crosses zero, in slots.
fn with_crossings(running: &[f64]) -> Vec<(f64, f64)> {
    let mut out = Vec::with_capacity(running.len() * 2);
    for (i, v) in running.iter().enumerate() {
        if let Some(prev) = i.checked_sub(1).map(|p| running[p]) {
            if (prev < 0.0) != (*v < 0.0) && prev != 0.0 && *v != 0.0 {
                let t = prev / (prev - v);
                out.push(((i - 1) as f64 + t, 0.0));
            }
        }
        out.push((i as f64, *v));
    }
    out
}

/// Maximal stretches of `pts` on one side of zero (`below`: strictly below), each with
/// the zero points that bound it.
fn stretches(pts: &[(f64, f64)], below: bool) -> Vec<Vec<(f64, f64)>> {
    let side = |v: f64| if below { v < 0.0 } else { v > 0.0 };
    let mut out = Vec::new();
    let mut cur: Vec<(f64, f64)> = Vec::new();
    for (k, p) in pts.iter().enumerate() {
        if side(p.1) {
            if cur.is_empty() {
                if let Some(prev) = k.checked_sub(1).map(|j| pts[j]).filter(|q| q.1 == 0.0) {
                    cur.push(prev);
                }
            }
            cur.push(*p);
        } else if !cur.is_empty() {
            if p.1 == 0.0 {
                cur.push(*p);
            }
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn draw_bank<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &Layout,
    b: &LaneBox,
    running: &[f64],
    lowest_at: Option<usize>,
    lang: Lang,
    th: &Theme,
    ink: RGBColor,
) -> DrawResult<DB> {
    let running = &running[..running.len().min(layout.n)];
    // A balance that is not a number has no place on the lane: draw none of it.
    if running.is_empty() || running.iter().any(|v| !v.is_finite()) {
        return Ok(());
    }
    // Room for the end's label above and the lowest point's ring and label below.
    let (pad_top, pad_bottom) = (
        f64::from(th.font_px + 6),
        f64::from(th.font_px + th.point_px + 10),
    );
    let lo = running.iter().copied().fold(0.0, f64::min);
    let hi = running.iter().copied().fold(0.0, f64::max);
    let span = if hi - lo > 1e-9 { hi - lo } else { 1.0 };
    let (top, bottom) = (
        f64::from(b.content_top) + pad_top,
        f64::from(b.bottom) - pad_bottom,
    );
    let height = (bottom - top).max(1.0);
    let y = |v: f64| top + (hi - v) / span * height;
    let at = |p: (f64, f64)| px(layout.x_at(p.0), y(p.1));
    let zero = y(0.0);

    let pts = with_crossings(running);
    for (below, color) in [(false, GOOD.mix(0.22)), (true, BAD.mix(0.3))] {
        for s in stretches(&pts, below) {
            let mut poly: Vec<(i32, i32)> = s.iter().map(|p| at(*p)).collect();
            if let (Some(first), Some(last)) = (s.first(), s.last()) {
                poly.push(px(layout.x_at(last.0), zero));
                poly.push(px(layout.x_at(first.0), zero));
            }
            root.draw(&Polygon::new(poly, color.filled()))?;
        }
    }

    // The zero line, dashed as the neutral line of the curve.
    let z = zero.round() as i32;
    let mut x = layout.left;
    while x < layout.right {
        root.draw(&PathElement::new(
            vec![(x, z), ((x + 8).min(layout.right), z)],
            ink.mix(0.55).stroke_width(2),
        ))?;
        x += 16;
    }

    // The line, red where the balance is below zero.
    for seg in pts.windows(2) {
        let red = seg[0].1 < 0.0 || seg[1].1 < 0.0;
        let color = if red { BAD } else { CURVE };
        root.draw(&PathElement::new(
            vec![at(seg[0]), at(seg[1])],
            color.stroke_width(th.line_px),
        ))?;
    }
    let dot = (th.point_px as i32 - 1).max(2);
    for (i, v) in running.iter().enumerate() {
        let color = if *v < 0.0 { BAD } else { CURVE };
        root.draw(&Circle::new(at((i as f64, *v)), dot, color.filled()))?;
    }

    let last = running.len() - 1;
    let lowest = lowest_at.filter(|i| *i < running.len());
    let ring = th.point_px as i32 + 5;
    let word = |l: L, v: f64| format!("{} {}", l.get(lang), signed(lang, v, 1));
    if let Some(i) = lowest {
        let c = at((i as f64, running[i]));
        let color = if running[i] < 0.0 { BAD } else { ink };
        root.draw(&Circle::new(c, ring, color.stroke_width(2)))?;
        let text = if i == last {
            word(L::LowestAndEnd, running[i])
        } else {
            word(L::Lowest, running[i])
        };
        label(
            root,
            text,
            (c.0, c.1 + ring + 2),
            VPos::Top,
            th.font_px,
            color,
            true,
        )?;
    }
    if lowest != Some(last) {
        let v = running[last];
        let c = at((last as f64, v));
        let color = if v < 0.0 { BAD } else { ink };
        // Away from the zero line, where there is room.
        let (dy, vpos) = if v < 0.0 {
            (dot + 3, VPos::Top)
        } else {
            (-dot - 3, VPos::Bottom)
        };
        label(
            root,
            word(L::EndValue, v),
            (c.0, c.1 + dy),
            vpos,
            th.font_px,
            color,
            true,
        )?;
    }
    Ok(())
}

fn draw_promises<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &Layout,
    b: &LaneBox,
    counts: &[PromiseCounts],
    lang: Lang,
    th: &Theme,
    ink: RGBColor,
) -> DrawResult<DB> {
    // One row per state, always in the same order: the row tells the state too.
    let row_h = f64::from(b.bottom - b.content_top) / 3.0;
    let s = (row_h * 0.7).min(f64::from(th.font_px)).max(4.0) as i32;
    let with_counts = slot(layout) >= f64::from(th.font_px) * 2.4;
    let font = ("sans-serif", th.font_px)
        .into_font()
        .color(&ink)
        .pos(Pos::new(HPos::Left, VPos::Center));
    for (i, c) in counts.iter().enumerate().take(layout.n) {
        let x = layout.x_of(i);
        for (row, (m, k)) in [
            (Mark::Kept, c.kept),
            (Mark::Broken, c.broken),
            (Mark::Open, c.open),
        ]
        .into_iter()
        .enumerate()
        {
            if k == 0 {
                continue;
            }
            let y = f64::from(b.content_top) + row_h * (row as f64 + 0.5);
            let cx = if with_counts {
                x - f64::from(s) * 0.6
            } else {
                x
            };
            mark(root, m, px(cx, y), s, ink)?;
            if with_counts {
                root.draw(&Text::new(count(lang, k), px(x + 2.0, y), font.clone()))?;
            }
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn draw_failure_demand<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &Layout,
    b: &LaneBox,
    flags: &[bool],
    caused_by: &[Option<usize>],
    n: usize,
    th: &Theme,
    ink: RGBColor,
) -> DrawResult<DB> {
    let s = th.font_px as i32;
    let base = f64::from(b.bottom) - f64::from(s) * 0.9;
    let room = (base - f64::from(b.content_top) - 4.0).max(4.0);
    // The links first, so the marks sit on top of their ends.
    for (i, cause) in caused_by.iter().enumerate().take(n) {
        let Some(j) = cause.filter(|j| *j < n && *j != i) else {
            continue;
        };
        if !flags.get(i).copied().unwrap_or(false) {
            continue;
        }
        let (x0, x1) = (layout.x_of(j), layout.x_of(i));
        let rise = ((x1 - x0).abs() * 0.35).clamp(6.0, room);
        let pts: Vec<(i32, i32)> = (0..=20)
            .map(|k| {
                let t = f64::from(k) / 20.0;
                // A parabola through both ends, highest half-way.
                px(x0 + (x1 - x0) * t, base - 4.0 * rise * t * (1.0 - t))
            })
            .collect();
        root.draw(&PathElement::new(pts, FAILURE.mix(0.8).stroke_width(1)))?;
        root.draw(&Circle::new(px(x0, base), 3, FAILURE.stroke_width(1)))?;
    }
    for i in 0..n {
        let m = if flags.get(i).copied().unwrap_or(false) {
            Mark::Failure
        } else {
            Mark::Contact
        };
        mark(root, m, px(layout.x_of(i), base), s, ink)?;
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn draw_expectations<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &Layout,
    b: &LaneBox,
    gaps: &[Option<f64>],
    tolerance: f64,
    lang: Lang,
    th: &Theme,
    ink: RGBColor,
) -> DrawResult<DB> {
    let sl = slot(layout);
    let with_labels = sl >= f64::from(th.font_px) * 2.4;
    let label_room = if with_labels {
        f64::from(th.font_px + 4)
    } else {
        2.0
    };
    let zero = f64::from(b.content_top + b.bottom) / 2.0;
    let half = (f64::from(b.bottom - b.content_top) / 2.0 - label_room).max(3.0);
    let largest = gaps
        .iter()
        .take(layout.n)
        .filter_map(|g| g.filter(|g| g.is_finite()))
        .fold(0.0, |m: f64, g| m.max(g.abs()));
    let unit = largest.max(1e-9);
    root.draw(&PathElement::new(
        vec![
            px(f64::from(layout.left), zero),
            px(f64::from(layout.right), zero),
        ],
        ink.mix(0.35),
    ))?;
    let bw = (sl * 0.4).clamp(2.0, f64::from(th.font_px) * 1.6);
    for (i, g) in gaps.iter().enumerate().take(layout.n) {
        let Some(g) = g.filter(|g| g.is_finite()) else {
            continue;
        };
        let x = layout.x_of(i);
        let kind = met(g, tolerance);
        let len = (g.abs() / unit * half).max(2.0);
        match kind {
            Met::Met => mark(root, Mark::Met, px(x, zero), bw.round() as i32, ink)?,
            Met::Exceeded | Met::FellShort => {
                let up = kind == Met::Exceeded;
                let (end, color) = if up {
                    (zero - len, GOOD)
                } else {
                    (zero + len, BAD)
                };
                root.draw(&Rectangle::new(
                    [
                        px(x - bw / 2.0, zero.min(end)),
                        px(x + bw / 2.0, zero.max(end)),
                    ],
                    color.filled(),
                ))?;
                if with_labels {
                    let (y, v) = if up {
                        (end - 2.0, VPos::Bottom)
                    } else {
                        (end + 2.0, VPos::Top)
                    };
                    label(
                        root,
                        signed(lang, g, 1),
                        px(x, y),
                        v,
                        th.font_px,
                        ink,
                        false,
                    )?;
                }
            }
        }
    }
    Ok(())
}

/// Renders the lanes to a standalone SVG document.
pub fn lanes_svg(data: &LanesData, width: u32, height: u32) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        // Drawing into a string cannot fail for I/O reasons; an error leaves a partial SVG.
        let _ = draw_lanes(&root, data);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes pictures to look at when `LANES_DUMP` names a folder (not a test).
    #[test]
    fn dump() {
        let Ok(dir) = std::env::var("LANES_DUMP") else {
            return;
        };
        let mut html = String::from("<html><body style='margin:0;background:#eee'>");
        for (w, lang, font) in [
            (800, Lang::En, 13),
            (390, Lang::Nl, 13),
            (390, Lang::En, 13),
            (1280, Lang::En, 22),
        ] {
            let mut d = crate::i18n::lanes_text::tests::telecom();
            d.lang = lang;
            d.theme.font_px = font;
            let ratings = [4.0, -3.0, -2.0, -4.0, -5.0];
            let curve = crate::chart::CurveData {
                ratings: ratings.to_vec(),
                labels: d.labels.clone(),
                lang,
                theme: d.theme,
                ..crate::chart::CurveData::default()
            };
            let c = crate::chart::to_svg(&curve, w, 300);
            let l = lanes_svg(&d, w, preferred_height(&d, w));
            let name = format!("{w}_{}_{font}", lang.tag());
            std::fs::write(format!("{dir}/{name}_curve.svg"), c).unwrap();
            std::fs::write(format!("{dir}/{name}_lanes.svg"), l).unwrap();
            html.push_str(&format!("<div id='{name}' style='display:inline-block;margin:8px;background:#fff;line-height:0'><img src='{name}_curve.svg'><br><img src='{name}_lanes.svg'></div><p>{}</p>", crate::i18n::lanes_text::lanes_summary(lang, &d)));
        }
        std::fs::write(format!("{dir}/index.html"), html).unwrap();
    }
}
