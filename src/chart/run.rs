//! The run chart of the twelve weeks: the remembered score recorded at each week's end,
//! the median as centre line, the weeks that became a norm marked. Geometry only, in SVG
//! user units; the page draws it as inline SVG (a few dozen points need no canvas).
//!
//! Pure Rust: never imports yew, web-sys or wasm-bindgen.

use crate::analysis::practice::RunPoint;
use crate::model::Scale;

/// Room for the axis labels around the plot.
pub const MARGIN_LEFT: f64 = 44.0;
pub const MARGIN_RIGHT: f64 = 24.0;
pub const MARGIN_TOP: f64 = 12.0;
pub const MARGIN_BOTTOM: f64 = 28.0;

/// Where everything goes.
#[derive(Clone, Debug, PartialEq)]
pub struct RunGeometry {
    pub width: f64,
    pub height: f64,
    /// One point per recorded week: (x, y, week, norm).
    pub points: Vec<(f64, f64, usize, bool)>,
    /// The centre line's y.
    pub median_y: Option<f64>,
    /// Gridlines: (y, value) at the scale's minimum, neutral and maximum.
    pub grid: Vec<(f64, f64)>,
    /// Week ticks along the bottom: (x, week).
    pub ticks: Vec<(f64, usize)>,
}

/// Lays out `points` of a plan of `weeks` weeks on `scale` in a box of `width` × `height`.
/// Week 1 sits at the left edge of the plot, the last week at the right.
pub fn layout(
    points: &[RunPoint],
    median: Option<f64>,
    weeks: usize,
    scale: &Scale,
    width: f64,
    height: f64,
) -> RunGeometry {
    let weeks = weeks.max(1);
    let plot_w = (width - MARGIN_LEFT - MARGIN_RIGHT).max(1.0);
    let plot_h = (height - MARGIN_TOP - MARGIN_BOTTOM).max(1.0);
    let x = |week: usize| {
        if weeks == 1 {
            MARGIN_LEFT + plot_w / 2.0
        } else {
            MARGIN_LEFT + plot_w * (week.saturating_sub(1)) as f64 / (weeks - 1) as f64
        }
    };
    let span = scale.span();
    let y = |v: f64| MARGIN_TOP + plot_h * (scale.max - scale.clamp(v)) / span;
    let mut grid = vec![(y(scale.max), scale.max)];
    if scale.neutral > scale.min && scale.neutral < scale.max {
        grid.push((y(scale.neutral), scale.neutral));
    }
    grid.push((y(scale.min), scale.min));
    // A tick per week up to 13 weeks, else every fourth week and the last.
    let every = if weeks <= 13 { 1 } else { 4 };
    let ticks = (1..=weeks)
        .filter(|w| (w - 1) % every == 0 || *w == weeks)
        .map(|w| (x(w), w))
        .collect();
    RunGeometry {
        width,
        height,
        points: points
            .iter()
            .map(|p| (x(p.week), y(p.remembered), p.week, p.norm))
            .collect(),
        median_y: median.map(y),
        grid,
        ticks,
    }
}

/// The polyline's `points` attribute.
pub fn polyline(g: &RunGeometry) -> String {
    g.points
        .iter()
        .map(|(x, y, _, _)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_spread_across_and_ratings_up_the_scale() {
        let scale = Scale::default(); // −5..5, neutral 0
        let pts = [
            RunPoint {
                week: 1,
                remembered: 5.0,
                norm: false,
            },
            RunPoint {
                week: 12,
                remembered: -5.0,
                norm: true,
            },
        ];
        // Plot: 44..(300 − 24) = 232 wide, 12..(140 − 28) = 100 high.
        let g = layout(&pts, Some(0.0), 12, &scale, 300.0, 140.0);
        assert_eq!(g.points[0], (44.0, 12.0, 1, false));
        assert_eq!(g.points[1], (276.0, 112.0, 12, true));
        assert_eq!(g.median_y, Some(62.0));
        assert_eq!(g.grid, vec![(12.0, 5.0), (62.0, 0.0), (112.0, -5.0)]);
        assert_eq!(g.ticks.len(), 12);
        assert_eq!(polyline(&g), "44.0,12.0 276.0,112.0");
        // A year of weeks gets a tick every fourth week and at the end.
        let g = layout(&pts, None, 52, &scale, 300.0, 140.0);
        let weeks: Vec<usize> = g.ticks.iter().map(|t| t.1).collect();
        assert_eq!(weeks[..3], [1, 5, 9]);
        assert_eq!(weeks.last(), Some(&52));
    }
}
