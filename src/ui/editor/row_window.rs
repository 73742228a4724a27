//! Which rows of a long list exist in the page: the arithmetic of the virtualised touchpoint
//! list, pure (no browser), so it is tested natively.
//!
//! The list is a column of items (phase headings and rows), each taking `pitch` pixels (its
//! height plus the gap after it). Only the items near the visible part, the focused row and
//! any open row are rendered; a spacer stands for every stretch in between, as tall as the
//! items it replaces, so the scrollbar and the page's length stay what they would be.

use std::ops::Range;

/// Up to this many touchpoints every row is rendered: a small journey stays as it always
/// was (find in page sees every row).
pub const RENDER_ALL_UP_TO: usize = 200;
/// Items rendered beyond each edge of the visible part.
pub const MARGIN: usize = 12;
/// Items rendered on each side of a kept item (the focused row): Tab and Shift+Tab always
/// find their next row in the page.
pub const KEEP_AROUND: usize = 3;
/// The rendered range moves in steps of this many items, so scrolling renders again once
/// per step rather than on every pixel.
pub const STEP: usize = 8;
/// The items a long list renders before it has measured anything: the top of the list,
/// about a screenful. Measuring then widens it to what is in view plus the margin.
pub const FIRST_VIEW: usize = 2 * STEP;

/// Sums of the pitches: `starts[i]` is where item `i` begins, `starts[n]` the total length.
pub fn starts(pitches: &[f64]) -> Vec<f64> {
    let mut out = Vec::with_capacity(pitches.len() + 1);
    let mut y = 0.0;
    out.push(y);
    for p in pitches {
        y += p.max(0.0);
        out.push(y);
    }
    out
}

/// The items to render for the part `[top, bottom)` of the list in view (pixels from the
/// list's top; negative or past the end when the list is partly off screen): those the view
/// touches, `margin` more each side, widened to whole `step`s.
pub fn around_view(
    starts: &[f64],
    top: f64,
    bottom: f64,
    margin: usize,
    step: usize,
) -> Range<usize> {
    let n = starts.len().saturating_sub(1);
    if n == 0 {
        return 0..0;
    }
    let step = step.max(1);
    // The first item ending below `top`, and the first item starting at or below `bottom`.
    let first = starts[1..].partition_point(|e| *e <= top).min(n - 1);
    let end = starts[..n].partition_point(|s| *s < bottom).max(first + 1);
    let lo = first.saturating_sub(margin) / step * step;
    let hi = (end + margin).div_ceil(step) * step;
    lo..hi.min(n)
}

/// What the list renders, top to bottom.
#[derive(Clone, Debug, PartialEq)]
pub enum Segment {
    /// A spacer as tall as the items it stands for (their pitches summed).
    Spacer { items: Range<usize>, px: f64 },
    /// Items rendered.
    Items(Range<usize>),
}

/// The segments for `n` items when `view` is rendered, plus each of `keep` with `around`
/// items each side (the focused row, open rows); ranges that touch or overlap merge.
pub fn segments(starts: &[f64], view: Range<usize>, keep: &[usize], around: usize) -> Vec<Segment> {
    let n = starts.len().saturating_sub(1);
    let mut ranges: Vec<Range<usize>> = keep
        .iter()
        .filter(|k| **k < n)
        .map(|k| k.saturating_sub(around)..(k + around + 1).min(n))
        .collect();
    if view.start < view.end {
        ranges.push(view.start.min(n)..view.end.min(n));
    }
    crate::model::order::sort_by_key(&mut ranges, |r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    let mut out = Vec::new();
    let mut at = 0;
    let spacer = |a: usize, b: usize| Segment::Spacer {
        items: a..b,
        px: starts[b] - starts[a],
    };
    for r in merged {
        if r.start > at {
            out.push(spacer(at, r.start));
        }
        out.push(Segment::Items(r.clone()));
        at = r.end;
    }
    if at < n {
        out.push(spacer(at, n));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_sum_the_pitches() {
        assert_eq!(starts(&[10.0, 20.0, 5.0]), vec![0.0, 10.0, 30.0, 35.0]);
        assert_eq!(starts(&[]), vec![0.0]);
    }

    #[test]
    fn the_view_is_widened_by_the_margin_and_to_whole_steps() {
        // 1,000 items of 50 px; the view shows pixels 5,000 to 5,600: items 100 to 111.
        let s = starts(&[50.0; 1000]);
        assert_eq!(around_view(&s, 5000.0, 5600.0, 0, 1), 100..112);
        // 12 more each side (88..124), then out to multiples of 8.
        assert_eq!(around_view(&s, 5000.0, 5600.0, 12, 8), 88..128);
        // A view half-way into item 100 still starts there.
        assert_eq!(around_view(&s, 5025.0, 5600.0, 0, 1), 100..112);
    }

    #[test]
    fn a_view_above_or_below_the_list_renders_its_nearest_end() {
        let s = starts(&[50.0; 1000]);
        // The list starts 300 px below the screen's bottom: nothing in view, the first items
        // ready.
        assert_eq!(around_view(&s, -1100.0, -300.0, 4, 8), 0..8);
        // Scrolled past the list: the last items.
        assert_eq!(around_view(&s, 60_000.0, 60_800.0, 4, 8), 992..1000);
        assert_eq!(around_view(&starts(&[]), 0.0, 100.0, 4, 8), 0..0);
    }

    #[test]
    fn spacers_stand_for_the_items_left_out() {
        let s = starts(&[50.0; 100]);
        assert_eq!(
            segments(&s, 40..56, &[], 3),
            vec![
                Segment::Spacer {
                    items: 0..40,
                    px: 2000.0
                },
                Segment::Items(40..56),
                Segment::Spacer {
                    items: 56..100,
                    px: 2200.0
                },
            ]
        );
        // Every item is either rendered or in a spacer, once.
        let total: usize = segments(&s, 40..56, &[5, 90], 3)
            .iter()
            .map(|seg| match seg {
                Segment::Spacer { items, .. } | Segment::Items(items) => items.len(),
            })
            .sum();
        assert_eq!(total, 100);
    }

    #[test]
    fn the_focused_row_stays_with_its_neighbours_far_from_the_view() {
        let s = starts(&[50.0; 100]);
        // Focus on row 5 while the view shows 40..56: rows 2..9 stay, a spacer between.
        assert_eq!(
            segments(&s, 40..56, &[5], 3),
            vec![
                Segment::Spacer {
                    items: 0..2,
                    px: 100.0
                },
                Segment::Items(2..9),
                Segment::Spacer {
                    items: 9..40,
                    px: 1550.0
                },
                Segment::Items(40..56),
                Segment::Spacer {
                    items: 56..100,
                    px: 2200.0
                },
            ]
        );
        // Next to the view, the ranges merge; at the list's end, nothing past it.
        assert_eq!(
            segments(&s, 40..56, &[57, 99], 3),
            vec![
                Segment::Spacer {
                    items: 0..40,
                    px: 2000.0
                },
                Segment::Items(40..61),
                Segment::Spacer {
                    items: 61..96,
                    px: 1750.0
                },
                Segment::Items(96..100),
            ]
        );
    }

    #[test]
    fn variable_pitches_make_spacers_as_tall_as_their_items() {
        // A phase heading of 30 px among rows of 50, an open row of 300.
        let mut p = vec![50.0; 20];
        p[0] = 30.0;
        p[3] = 300.0;
        let s = starts(&p);
        assert_eq!(s[20], 30.0 + 300.0 + 18.0 * 50.0);
        // A view from 400 to 500 px: item 3 ends at 430, so items 3..5 are in view.
        assert_eq!(around_view(&s, 400.0, 500.0, 0, 1), 3..6);
        assert_eq!(
            segments(&s, 10..12, &[], 0)[0],
            Segment::Spacer {
                items: 0..10,
                px: 30.0 + 300.0 + 8.0 * 50.0
            }
        );
    }
}
