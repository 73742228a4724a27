//! Thinning a long curve to what a screen can show: a chart of thousands of touchpoints needs
//! no more line segments than it has pixel columns.

/// The points worth drawing, as indices in order: every point where no two share a pixel
/// column; where several do, the column's first, lowest, highest and last (so a spike inside
/// a column still shows, and the line enters and leaves the column where it really does),
/// plus every index in `always` (the peak, the end, moments of truth). `points` are pixel
/// positions with x never decreasing, as a curve is drawn left to right.
pub fn keep_per_column(points: &[(i32, i32)], always: &[usize]) -> Vec<usize> {
    let mut keep = Vec::with_capacity(points.len().min(4096));
    let mut i = 0;
    while i < points.len() {
        let x = points[i].0;
        let mut j = i;
        let (mut low, mut high) = (i, i);
        while j + 1 < points.len() && points[j + 1].0 == x {
            j += 1;
            if points[j].1 < points[low].1 {
                low = j;
            }
            if points[j].1 > points[high].1 {
                high = j;
            }
        }
        let mut column = [i, low, high, j];
        column.sort_unstable();
        for k in column {
            if keep.last() != Some(&k) {
                keep.push(k);
            }
        }
        i = j + 1;
    }
    let mut extra: Vec<usize> = always
        .iter()
        .copied()
        .filter(|k| *k < points.len())
        .collect();
    if !extra.is_empty() {
        keep.append(&mut extra);
        keep.sort_unstable();
        keep.dedup();
    }
    keep
}

/// Of the points `keep` (indices into `points`, in order), those whose dot shows: a point
/// closer than `min_px` in both directions to the last dot drawn would vanish under it, so it
/// is left out; `always` (the peak, the end) are drawn whatever their neighbours.
pub fn visible_dots(
    points: &[(i32, i32)],
    keep: &[usize],
    min_px: i32,
    always: &[usize],
) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(keep.len());
    let mut last: Option<(i32, i32)> = None;
    for &i in keep {
        let Some(&p) = points.get(i) else { continue };
        let apart = last.is_none_or(|q| (p.0 - q.0).abs() >= min_px || (p.1 - q.1).abs() >= min_px);
        if apart || always.contains(&i) {
            out.push(i);
            last = Some(p);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dots_hidden_under_their_neighbour_are_left_out() {
        // Dots 4 px wide: (10,50) and (12,51) overlap; (12,58) is 8 px lower; (20,50) is apart.
        let pts = [(10, 50), (12, 51), (12, 58), (20, 50), (21, 50)];
        assert_eq!(visible_dots(&pts, &[0, 1, 2, 3, 4], 4, &[]), vec![0, 2, 3]);
        // The end is drawn even under its neighbour.
        assert_eq!(
            visible_dots(&pts, &[0, 1, 2, 3, 4], 4, &[4]),
            vec![0, 2, 3, 4]
        );
        // Far apart, every dot shows.
        assert_eq!(visible_dots(&pts, &[0, 3], 4, &[]), vec![0, 3]);
    }

    #[test]
    fn points_in_their_own_columns_all_stay() {
        let pts = [(10, 5), (20, 50), (30, 7)];
        assert_eq!(keep_per_column(&pts, &[]), vec![0, 1, 2]);
        assert_eq!(keep_per_column(&[], &[3]), Vec::<usize>::new());
    }

    #[test]
    fn a_crowded_column_keeps_its_first_lowest_highest_and_last() {
        // Six points in column 10 (y: 40, 38, 5, 90, 41, 42), then one in column 11.
        let pts = [
            (10, 40),
            (10, 38),
            (10, 5),
            (10, 90),
            (10, 41),
            (10, 42),
            (11, 60),
        ];
        // First 0, top of the screen (smallest y) 2, bottom 3, last 5; then 6.
        assert_eq!(keep_per_column(&pts, &[]), vec![0, 2, 3, 5, 6]);
        // The peak and end are always kept, even when a column would drop them.
        assert_eq!(keep_per_column(&pts, &[4, 6]), vec![0, 2, 3, 4, 5, 6]);
    }

    #[test]
    fn ten_thousand_points_on_800_columns_need_at_most_four_each() {
        // A zig-zag of 10,000 ratings across 800 pixel columns, with one spike at 7,777.
        let pts: Vec<(i32, i32)> = (0..10_000i32)
            .map(|i| {
                let y = if i == 7_777 { 0 } else { 100 + i % 7 };
                (40 + i * 800 / 10_000, y)
            })
            .collect();
        let keep = keep_per_column(&pts, &[9_999]);
        assert!(keep.len() <= 800 * 4, "{} points kept", keep.len());
        assert!(keep.contains(&7_777), "the spike stays visible");
        assert_eq!(keep.first(), Some(&0));
        assert_eq!(keep.last(), Some(&9_999));
        assert!(keep.windows(2).all(|w| w[0] < w[1]), "in order, once each");
    }
}
