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

use super::{BAD, CURVE, GOOD, INK, INK_DARK, Layout, Theme, sans};
use crate::i18n::Lang;
use crate::i18n::lanes::L;
use crate::i18n::number::count;
use crate::i18n::signed;
use crate::model::{Journey, PromiseState, Scale};
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

impl LanesData {
    /// The lanes a journey has something to show in: the bank account always (every
    /// rating is a deposit or a withdrawal), the promises, the failure demand and the
    /// expectations only when some touchpoint carries one. The numbers come from
    /// `analysis::lanes`, under the journey's own settings.
    pub fn of_journey(j: &Journey, lang: Lang, theme: Theme) -> LanesData {
        LanesData::of_journey_with(j, lang, theme, &[])
    }

    /// [`LanesData::of_journey`] with the customer's side of the expectations taken from a
    /// survey's means where it has one (`survey`: one per touchpoint on the journey's scale,
    /// see `analysis::lanes::customer_side`); a survey that does not fit the journey (its
    /// touchpoints changed meanwhile) is left out rather than misplaced.
    pub fn of_journey_with(
        j: &Journey,
        lang: Lang,
        theme: Theme,
        survey: &[Option<f64>],
    ) -> LanesData {
        let tps = &j.touchpoints;
        let mut lanes = Vec::new();
        let broken: Vec<usize> = tps
            .iter()
            .map(|t| t.promises_in(PromiseState::Broken))
            .collect();
        if let Ok(b) = crate::analysis::lanes::bank(&j.ratings(), &broken, &j.scale, j.bank) {
            lanes.push(Lane::Bank {
                running: b.running,
                lowest_at: b.lowest_at,
            });
        }
        if tps.iter().any(|t| !t.promises.is_empty()) {
            lanes.push(Lane::Promises {
                counts: tps
                    .iter()
                    .map(|t| PromiseCounts {
                        kept: t.promises_in(PromiseState::Kept),
                        broken: t.promises_in(PromiseState::Broken),
                        open: t.promises_in(PromiseState::Open),
                    })
                    .collect(),
            });
        }
        if tps.iter().any(|t| t.failure_demand) {
            lanes.push(Lane::FailureDemand {
                flags: tps.iter().map(|t| t.failure_demand).collect(),
                caused_by: tps
                    .iter()
                    .map(|t| t.caused_by.and_then(|c| j.index_of(c)))
                    .collect(),
            });
        }
        if tps.iter().any(|t| t.expected.is_some()) {
            let ratings = j.ratings();
            let theirs = crate::analysis::lanes::customer_side(&ratings, survey).unwrap_or(ratings);
            lanes.push(Lane::Expectations {
                gaps: tps
                    .iter()
                    .zip(theirs)
                    .map(|(t, r)| t.expected.map(|e| r - e))
                    .collect(),
                tolerance: j.scale.step / 2.0,
            });
        }
        LanesData {
            labels: tps.iter().map(|t| t.name.clone()).collect(),
            lanes,
            lang,
            theme,
        }
    }
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
    let font = sans(th.font_px).color(&ink);

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
            sans(th.font_px)
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
        sans(font_px)
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

    // The line, red where the balance is below zero; a long journey's at most four points
    // per pixel column (see `decimate`), a stretch red when any balance in it is.
    let pixels: Vec<(i32, i32)> = pts.iter().map(|p| at(*p)).collect();
    let line = super::decimate::keep_per_column(&pixels, &[]);
    for seg in line.windows(2) {
        let red = pts[seg[0]..=seg[1]].iter().any(|p| p.1 < 0.0);
        let color = if red { BAD } else { CURVE };
        root.draw(&PathElement::new(
            vec![pixels[seg[0]], pixels[seg[1]]],
            color.stroke_width(th.line_px),
        ))?;
    }
    let dot = (th.point_px as i32 - 1).max(2);
    let balances: Vec<(i32, i32)> = running
        .iter()
        .enumerate()
        .map(|(i, v)| at((i as f64, *v)))
        .collect();
    for i in super::decimate::keep_per_column(&balances, &[]) {
        let color = if running[i] < 0.0 { BAD } else { CURVE };
        root.draw(&Circle::new(balances[i], dot, color.filled()))?;
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
    let font = sans(th.font_px)
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
        // Thin beside the curve, but still visible from the back of a room.
        let thin = (th.line_px / 2).max(1);
        root.draw(&PathElement::new(pts, FAILURE.mix(0.8).stroke_width(thin)))?;
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
                // Symmetric about the touchpoint, whatever the rounding.
                let (cx, half_w) = (x.round() as i32, (bw / 2.0).round() as i32);
                root.draw(&Rectangle::new(
                    [
                        (cx - half_w, zero.min(end).round() as i32),
                        (cx + half_w, zero.max(end).round() as i32),
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
mod of_journey_tests {
    use super::*;
    use crate::model::{Promise, Touchpoint};

    #[test]
    fn a_journey_shows_the_bank_always_and_the_other_lanes_only_when_used() {
        let mut j = Journey::new("Lanes");
        for (name, r) in [("A", 2.0), ("B", -3.0), ("C", 1.0)] {
            let t = j.new_touchpoint(name, r);
            j.touchpoints.push(t);
        }
        let plain = LanesData::of_journey(&j, Lang::En, Theme::default());
        assert_eq!(plain.labels, ["A", "B", "C"]);
        assert_eq!(
            plain.lanes,
            [Lane::Bank {
                running: vec![2.0, -1.0, 0.0],
                lowest_at: Some(1)
            }]
        );
        let b_id = j.touchpoints[1].id;
        let t: &mut Touchpoint = &mut j.touchpoints[1];
        t.promises
            .push(Promise::new("Call back", PromiseState::Broken));
        j.touchpoints[2].failure_demand = true;
        j.touchpoints[2].caused_by = Some(b_id);
        j.touchpoints[0].expected = Some(1.0);
        let full = LanesData::of_journey(&j, Lang::Nl, Theme::default());
        // The broken promise is one more withdrawal (size 1) at B.
        assert_eq!(
            full.lanes[0],
            Lane::Bank {
                running: vec![2.0, -2.0, -1.0],
                lowest_at: Some(1)
            }
        );
        assert_eq!(
            full.lanes[1],
            Lane::Promises {
                counts: vec![
                    PromiseCounts::default(),
                    PromiseCounts {
                        kept: 0,
                        broken: 1,
                        open: 0
                    },
                    PromiseCounts::default()
                ]
            }
        );
        assert_eq!(
            full.lanes[2],
            Lane::FailureDemand {
                flags: vec![false, false, true],
                caused_by: vec![None, None, Some(1)]
            }
        );
        assert_eq!(
            full.lanes[3],
            Lane::Expectations {
                gaps: vec![Some(1.0), None, None],
                tolerance: 0.5
            }
        );
        // With a survey whose customers rated A −1 on average (expected 1): fell short by
        // 2 instead of exceeding by 1. A survey for three other touchpoints is left out.
        let surveyed = LanesData::of_journey_with(
            &j,
            Lang::En,
            Theme::default(),
            &[Some(-1.0), Some(4.0), None],
        );
        assert_eq!(
            surveyed.lanes[3],
            Lane::Expectations {
                gaps: vec![Some(-2.0), None, None],
                tolerance: 0.5
            }
        );
        let stale = LanesData::of_journey_with(&j, Lang::En, Theme::default(), &[Some(-1.0)]);
        assert_eq!(stale.lanes[3], full.lanes[3]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// One element of a drawing: its tag, its attributes and (for text) its words.
    #[derive(Debug)]
    struct El {
        tag: String,
        attrs: HashMap<String, String>,
        text: String,
    }

    impl El {
        fn get(&self, key: &str) -> &str {
            self.attrs.get(key).map_or("", String::as_str)
        }
        fn num(&self, key: &str) -> f64 {
            self.get(key).parse().unwrap_or(f64::NAN)
        }
        fn points(&self) -> Vec<(i32, i32)> {
            self.get("points")
                .split_whitespace()
                .filter_map(|p| p.split_once(','))
                .map(|(x, y)| (x.parse().unwrap(), y.parse().unwrap()))
                .collect()
        }
    }

    /// The elements of an SVG written by plotters: one element a line, a text's words on
    /// the line after it.
    fn elements(svg: &str) -> Vec<El> {
        let lines: Vec<&str> = svg.lines().collect();
        let mut out = Vec::new();
        for (k, l) in lines.iter().enumerate() {
            let Some(rest) = l.strip_prefix('<').filter(|r| !r.starts_with('/')) else {
                continue;
            };
            let tag: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
            let mut attrs = HashMap::new();
            for part in rest.split("\" ").filter(|p| p.contains("=\"")) {
                if let Some((key, value)) = part.rsplit_once("=\"") {
                    let key = key.split_whitespace().last().unwrap_or("").to_string();
                    attrs.insert(key, value.to_string());
                }
            }
            let text = if tag == "text" {
                lines.get(k + 1).unwrap_or(&"").to_string()
            } else {
                String::new()
            };
            out.push(El { tag, attrs, text });
        }
        out
    }

    fn of<'a>(els: &'a [El], tag: &str, key: &str, color: &str) -> Vec<&'a El> {
        els.iter()
            .filter(|e| e.tag == tag && e.get(key) == color)
            .collect()
    }

    const RED: &str = "#DC2626";
    const GREEN: &str = "#16A34A";
    const BLUE: &str = "#2563EB";
    const VERMILLION: &str = "#D55E00";
    const GREY: &str = "#6B7280";

    fn names(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("T{}", i + 1)).collect()
    }

    fn one(lane: Lane, n: usize) -> LanesData {
        LanesData {
            labels: names(n),
            lanes: vec![lane],
            ..LanesData::default()
        }
    }

    fn x(w: u32, n: usize, slot: f64) -> i32 {
        Layout::new(w, 300, n, Scale::default()).x_at(slot).round() as i32
    }

    /// The y of the bank lane's dashed zero line.
    fn zero_line(els: &[El]) -> i32 {
        let dashes: Vec<_> = els
            .iter()
            .filter(|e| e.tag == "polyline" && e.get("opacity") == "0.55")
            .collect();
        assert!(!dashes.is_empty(), "no zero line");
        dashes[0].points()[0].1
    }

    #[test]
    fn the_red_part_lies_only_where_the_balance_is_below_zero() {
        // 3 → −1 crosses zero at slot 1 + 3/4; −4 → 1 at slot 3 + 4/5.
        let d = one(
            Lane::Bank {
                running: vec![2.0, 3.0, -1.0, -4.0, 1.0],
                lowest_at: Some(3),
            },
            5,
        );
        let els = elements(&lanes_svg(&d, 800, 300));
        let zero = zero_line(&els);
        let red = of(&els, "polygon", "fill", RED);
        assert_eq!(red.len(), 1, "one stretch in the red");
        let pts = red[0].points();
        assert!(pts.iter().all(|p| p.1 >= zero), "{pts:?} above {zero}");
        let xs: Vec<i32> = pts.iter().map(|p| p.0).collect();
        assert_eq!(xs.iter().min(), Some(&x(800, 5, 1.75)));
        assert_eq!(xs.iter().max(), Some(&x(800, 5, 3.8)));
        let green = of(&els, "polygon", "fill", GREEN);
        assert_eq!(green.len(), 2, "before and after the red");
        for g in green {
            assert!(g.points().iter().all(|p| p.1 <= zero));
        }
        // The line is red over the same stretch, and only there.
        for seg in of(&els, "polyline", "stroke", RED) {
            for p in seg.points() {
                assert!((x(800, 5, 1.75)..=x(800, 5, 3.8)).contains(&p.0), "{p:?}");
            }
        }
        // A balance that touches zero but never goes below it has no red at all.
        let d = one(
            Lane::Bank {
                running: vec![2.0, 0.0, 1.0],
                lowest_at: Some(1),
            },
            3,
        );
        let els = elements(&lanes_svg(&d, 800, 300));
        assert!(of(&els, "polygon", "fill", RED).is_empty());
        assert!(of(&els, "polyline", "stroke", RED).is_empty());
        assert!(of(&els, "circle", "fill", RED).is_empty());
    }

    #[test]
    fn marks_sit_under_their_touchpoints_of_the_journey_chart() {
        let n = 5;
        for w in [390, 800, 1280] {
            let curve = crate::chart::CurveData {
                ratings: vec![1.0, -2.0, 3.0, -4.0, 0.5],
                labels: names(n),
                ..crate::chart::CurveData::default()
            };
            let curve_els = elements(&crate::chart::to_svg(&curve, w, 300));
            let mut curve_x: Vec<i32> = curve_els
                .iter()
                .filter(|e| e.tag == "circle" && [GREEN, RED].contains(&e.get("fill")))
                .map(|e| e.num("cx") as i32)
                .collect();
            curve_x.dedup();
            assert_eq!(curve_x.len(), n);

            let d = LanesData {
                labels: names(n),
                lanes: vec![
                    Lane::Bank {
                        running: vec![1.0, -1.0, 2.0, -2.0, 3.0],
                        lowest_at: Some(3),
                    },
                    Lane::FailureDemand {
                        flags: vec![false, true, false, true, false],
                        caused_by: vec![None; n],
                    },
                ],
                ..LanesData::default()
            };
            let els = elements(&lanes_svg(&d, w, preferred_height(&d, w)));
            let bank_x: Vec<i32> = els
                .iter()
                .filter(|e| e.tag == "circle" && [BLUE, RED].contains(&e.get("fill")))
                .map(|e| e.num("cx") as i32)
                .collect();
            assert_eq!(bank_x, curve_x, "the balance at {w} px");
            let contacts: Vec<i32> = of(&els, "circle", "fill", GREY)
                .iter()
                .map(|e| e.num("cx") as i32)
                .collect();
            // The legend's dot first, then the three ordinary contacts.
            assert_eq!(contacts[1..], [curve_x[0], curve_x[2], curve_x[4]]);
            let triangles: Vec<i32> = of(&els, "polygon", "fill", VERMILLION)
                .iter()
                .map(|e| e.points()[0].0)
                .collect();
            assert_eq!(triangles[1..], [curve_x[1], curve_x[3]]);
        }
    }

    #[test]
    fn the_lowest_point_is_ringed_and_the_end_labelled() {
        let d = one(
            Lane::Bank {
                running: vec![1.0, -5.0, -2.0],
                lowest_at: Some(1),
            },
            3,
        );
        let els = elements(&lanes_svg(&d, 800, 300));
        let rings: Vec<_> = els
            .iter()
            .filter(|e| e.tag == "circle" && e.get("fill") == "none" && e.get("stroke") == RED)
            .collect();
        assert_eq!(rings.len(), 1);
        let dot = of(&els, "circle", "fill", RED)
            .into_iter()
            .find(|e| e.num("cx") as i32 == x(800, 3, 1.0))
            .expect("a red dot at the second touchpoint");
        assert_eq!(
            (rings[0].num("cx"), rings[0].num("cy")),
            (dot.num("cx"), dot.num("cy"))
        );
        // The lowest dot is the lowest of all: the largest y.
        let ys: Vec<f64> = of(&els, "circle", "fill", RED)
            .iter()
            .map(|e| e.num("cy"))
            .collect();
        assert!(ys.iter().all(|y| *y <= dot.num("cy")));
        let words: Vec<&str> = els.iter().map(|e| e.text.as_str()).collect();
        assert!(words.contains(&"lowest −5"), "{words:?}");
        assert!(words.contains(&"end −2"), "{words:?}");

        // In Dutch, with the lowest point at the end: one label says both.
        let mut nl = one(
            Lane::Bank {
                running: vec![1.0, -0.5, -2.5],
                lowest_at: Some(2),
            },
            3,
        );
        nl.lang = Lang::Nl;
        let svg = lanes_svg(&nl, 800, 300);
        assert!(svg.contains("laagste en einde −2,5"), "{svg}");
        assert!(!svg.contains("\neinde −2,5\n"));

        // A lowest point past the last touchpoint is not drawn; the end still is.
        let d = one(
            Lane::Bank {
                running: vec![1.0, -5.0, -2.0],
                lowest_at: Some(9),
            },
            3,
        );
        let els = elements(&lanes_svg(&d, 800, 300));
        assert!(
            !els.iter()
                .any(|e| e.tag == "circle" && e.get("fill") == "none")
        );
        assert!(els.iter().any(|e| e.text == "end −2"));
    }

    #[test]
    fn promises_show_state_by_row_and_shape_with_their_counts() {
        let counts = vec![
            PromiseCounts::default(),
            PromiseCounts {
                kept: 2,
                ..PromiseCounts::default()
            },
            PromiseCounts::default(),
            PromiseCounts {
                kept: 0,
                broken: 1,
                open: 4,
            },
        ];
        let d = one(
            Lane::Promises {
                counts: counts.clone(),
            },
            4,
        );
        let els = elements(&lanes_svg(&d, 800, 200));
        let at = |text: &str| -> Vec<(i32, i32)> {
            els.iter()
                .filter(|e| e.tag == "text" && e.text == text)
                .map(|e| (e.num("x") as i32, e.num("y") as i32))
                .collect()
        };
        let (kept, broken, open) = (at("2"), at("1"), at("4"));
        assert_eq!(kept.len(), 1);
        assert_eq!(
            kept[0].0,
            x(800, 4, 1.0) + 2,
            "the count right of its touchpoint"
        );
        assert_eq!(broken[0].0, x(800, 4, 3.0) + 2);
        assert_eq!(open[0].0, x(800, 4, 3.0) + 2);
        assert!(
            kept[0].1 < broken[0].1 && broken[0].1 < open[0].1,
            "rows: kept, broken, open"
        );
        // Shapes as well as colours: a tick (three points), a cross (two strokes), a ring.
        let ticks = of(&els, "polyline", "stroke", GREEN);
        assert_eq!(ticks.len(), 2, "the legend's and one");
        assert!(ticks.iter().all(|t| t.points().len() == 3));
        assert_eq!(of(&els, "polyline", "stroke", RED).len(), 4, "two crosses");
        assert_eq!(of(&els, "circle", "stroke", GREY).len(), 2, "two rings");

        // Forty touchpoints on a phone: no room for counts, the shapes stay.
        let mut many = vec![PromiseCounts::default(); 40];
        many[7].broken = 3;
        let d = one(Lane::Promises { counts: many }, 40);
        let els = elements(&lanes_svg(&d, 390, 200));
        assert!(!els.iter().any(|e| e.text == "3"));
        assert_eq!(of(&els, "polyline", "stroke", RED).len(), 4);
    }

    #[test]
    fn failure_demand_links_each_contact_to_its_cause() {
        let d = one(
            Lane::FailureDemand {
                flags: vec![false, false, true, true, false],
                caused_by: vec![None, None, Some(1), Some(1), None],
            },
            5,
        );
        let els = elements(&lanes_svg(&d, 800, 200));
        let links: Vec<_> = of(&els, "polyline", "stroke", VERMILLION);
        assert_eq!(links.len(), 2);
        for (link, to) in links.iter().zip([2.0, 3.0]) {
            let p = link.points();
            assert_eq!(p.first().map(|p| p.0), Some(x(800, 5, 1.0)));
            assert_eq!(p.last().map(|p| p.0), Some(x(800, 5, to)));
            assert_eq!(p.first().map(|p| p.1), p.last().map(|p| p.1));
            assert!(
                p.iter().all(|q| q.1 <= p[0].1),
                "the arc rises over the lane"
            );
        }
        // Links to nowhere, to itself, or from a contact that is not failure demand: none.
        let d = one(
            Lane::FailureDemand {
                flags: vec![false, true, true, false],
                caused_by: vec![None, Some(99), Some(2), Some(0)],
            },
            4,
        );
        let els = elements(&lanes_svg(&d, 800, 200));
        assert!(of(&els, "polyline", "stroke", VERMILLION).is_empty());
        assert_eq!(
            of(&els, "polygon", "fill", VERMILLION).len(),
            3,
            "legend + two"
        );
    }

    #[test]
    fn expectations_go_up_down_or_even_by_shape() {
        // Tolerance 0.5: 0.5 is met, 0.6 exceeded; −3 is the largest gap, the full half.
        let d = one(
            Lane::Expectations {
                gaps: vec![Some(2.0), Some(-3.0), Some(0.5), None, Some(0.6)],
                tolerance: 0.5,
            },
            5,
        );
        let els = elements(&lanes_svg(&d, 800, 200));
        let b = lane_boxes(&d, 800, 200)[0];
        let zero = (f64::from(b.content_top + b.bottom) / 2.0).round();
        let bars = |color: &str| -> Vec<(i32, f64, f64)> {
            of(&els, "rect", "fill", color)
                .iter()
                .filter(|e| e.num("y") >= f64::from(b.content_top))
                .map(|e| {
                    let (y, h) = (e.num("y"), e.num("height"));
                    let cx = (e.num("x") + e.num("width") / 2.0).round() as i32;
                    (cx, y, y + h)
                })
                .collect()
        };
        let up = bars(GREEN);
        let down = bars(RED);
        assert_eq!(
            up.iter().map(|b| b.0).collect::<Vec<_>>(),
            [x(800, 5, 0.0), x(800, 5, 4.0)]
        );
        assert!(up.iter().all(|b| (b.2 - zero).abs() <= 1.0), "up from zero");
        assert_eq!(down.len(), 1);
        assert_eq!(down[0].0, x(800, 5, 1.0));
        assert!((down[0].1 - zero).abs() <= 1.0, "down from zero");
        // Heights in proportion: 2 is two thirds of 3.
        let (h2, h3) = (up[0].2 - up[0].1, down[0].2 - down[0].1);
        assert!((h2 / h3 - 2.0 / 3.0).abs() < 0.05, "{h2} {h3}");
        // Met: an equals sign (two short strokes) at the third touchpoint.
        let even: Vec<_> = els
            .iter()
            .filter(|e| e.tag == "polyline" && e.get("opacity") == "0.75")
            .filter(|e| e.points().iter().all(|p| p.1 > b.content_top))
            .collect();
        assert_eq!(even.len(), 2);
        for e in even {
            let p = e.points();
            assert_eq!((p[0].0 + p[1].0) / 2, x(800, 5, 2.0));
        }
        let words: Vec<&str> = els.iter().map(|e| e.text.as_str()).collect();
        for w in ["+2", "−3", "+0.6"] {
            assert!(words.contains(&w), "{w} in {words:?}");
        }
        assert_eq!(met(0.5, 0.5), Met::Met);
        assert_eq!(met(-0.5, 0.5), Met::Met);
        assert_eq!(met(-0.51, 0.5), Met::FellShort);
        assert_eq!(
            met(0.1, f64::NAN),
            Met::Exceeded,
            "no tolerance when it is not a number"
        );
    }

    fn all_four() -> LanesData {
        crate::i18n::lanes::text::tests::telecom()
    }

    #[test]
    fn the_same_data_draws_the_same_picture() {
        let d = all_four();
        let svg = lanes_svg(&d, 800, 400);
        assert!(svg.starts_with("<svg"));
        assert_eq!(svg, lanes_svg(&d, 800, 400));
        let mut moved = d.clone();
        if let Lane::Bank { running, .. } = &mut moved.lanes[0] {
            running[0] = 2.0;
        }
        assert_ne!(svg, lanes_svg(&moved, 800, 400));
    }

    #[test]
    fn each_lane_is_named_in_the_chosen_language() {
        let mut d = all_four();
        let texts = |d: &LanesData| -> Vec<String> {
            elements(&lanes_svg(d, 800, 400))
                .into_iter()
                .filter(|e| e.tag == "text")
                .map(|e| e.text)
                .collect()
        };
        let en = texts(&d);
        for w in [
            "Emotional bank account",
            "Promises",
            "Failure demand",
            "Expectations",
            "kept",
            "fell short",
        ] {
            assert!(en.iter().any(|t| t == w), "{w}");
        }
        d.lang = Lang::Nl;
        let nl = texts(&d);
        for w in [
            "Emotionele bankrekening",
            "Beloftes",
            "Onnodige contacten",
            "Verwachtingen",
            "nagekomen",
            "tegengevallen",
        ] {
            assert!(nl.iter().any(|t| t == w), "{w}");
        }
        assert!(!nl.iter().any(|t| t == "Promises"));
    }

    #[test]
    fn lanes_stay_readable_on_a_phone_and_grow_on_a_projector() {
        let phone = all_four();
        let h = preferred_height(&phone, 390);
        let boxes = lane_boxes(&phone, 390, h);
        assert_eq!(boxes.len(), 4);
        for (b, next) in boxes.iter().zip(boxes.iter().skip(1)) {
            assert_eq!(b.bottom, next.top, "stacked without overlap");
        }
        let font = phone.theme.font_px as i32;
        for b in &boxes {
            assert!(b.bottom - b.content_top >= 3 * font, "{b:?}");
            assert!(b.content_top - b.top >= font + 8, "room for the name");
        }
        assert!(boxes[3].bottom <= h as i32);
        // A phone wraps the legends onto more rows than a wide screen does.
        assert!(h > preferred_height(&phone, 1280));
        let mut projector = all_four();
        projector.theme = Theme {
            font_px: 22,
            line_px: 5,
            point_px: 8,
            dark: false,
        };
        assert!(preferred_height(&projector, 1280) > preferred_height(&phone, 1280) * 3 / 2);
        // Squeezed into too little room: the lanes shrink but stay inside, in order.
        let tight = lane_boxes(&phone, 390, 120);
        assert!(tight.windows(2).all(|w| w[0].bottom <= w[1].top));
        assert!(tight.iter().all(|b| b.content_top <= b.bottom));
    }

    #[test]
    fn the_dark_theme_writes_light_on_dark() {
        let mut d = all_four();
        d.theme.dark = true;
        let els = elements(&lanes_svg(&d, 800, 400));
        assert_eq!(els[1].tag, "rect");
        assert_eq!(els[1].get("fill"), "#111827", "a dark background");
        let name = els
            .iter()
            .find(|e| e.text == "Emotional bank account")
            .expect("the bank lane's name");
        assert_eq!(name.get("fill"), "#E5E7EB");
    }

    #[test]
    fn hostile_data_draws_without_panicking() {
        let nan = LanesData {
            labels: names(3),
            lanes: vec![
                Lane::Bank {
                    running: vec![f64::NAN, f64::INFINITY],
                    lowest_at: Some(usize::MAX),
                },
                Lane::Promises {
                    counts: vec![
                        PromiseCounts {
                            kept: usize::MAX,
                            broken: 10_000,
                            open: 1
                        };
                        10
                    ],
                },
                Lane::FailureDemand {
                    flags: vec![true; 50],
                    caused_by: vec![Some(usize::MAX); 50],
                },
                Lane::Expectations {
                    gaps: vec![Some(f64::NAN), Some(f64::INFINITY), Some(-1e300), Some(2.0)],
                    tolerance: -1.0,
                },
            ],
            ..LanesData::default()
        };
        for (w, h) in [(800, 400), (1, 1), (0, 0), (390, 10)] {
            assert!(lanes_svg(&nan, w, h).starts_with("<svg"));
        }
        let els = elements(&lanes_svg(&nan, 800, 400));
        assert!(
            !els.iter()
                .any(|e| e.get("points").contains("NaN") || e.get("cy").contains("NaN")),
            "nothing drawn at a place that is not a number"
        );
        // Only three touchpoints: the lanes' extra entries are not drawn.
        assert_eq!(of(&els, "polygon", "fill", VERMILLION).len(), 1 + 3);
        let empty = LanesData::default();
        assert!(lanes_svg(&empty, 390, 100).starts_with("<svg"));
        let no_touchpoints = LanesData {
            lanes: all_four().lanes,
            ..LanesData::default()
        };
        assert!(lanes_svg(&no_touchpoints, 390, 300).starts_with("<svg"));
    }
}
