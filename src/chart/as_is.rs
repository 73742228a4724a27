//! Where the as-is journey's dashed curve goes on a to-be scenario's chart.
//!
//! The comparison matches touchpoints by id, so the chart does too: each as-is touchpoint
//! that is still in the to-be sits above that to-be touchpoint, and its rating is moved to
//! the same position on the to-be's scale (via 0–100, as the comparison's `_pct` deltas).
//! A touchpoint the to-be removed is not dropped: it sits between the slots of its
//! matched neighbours in the as-is order, so the dashed curve still shows the moment the
//! scenario took out (often the very dip it was made to remove). The points are returned
//! in the order they are drawn, left to right, and never leave the plot.
//!
//! Pure Rust: never imports yew, web-sys or wasm-bindgen.

use crate::model::Journey;
use std::collections::HashMap;

/// One point of the as-is curve on the to-be's axes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AsIsPoint {
    /// Horizontal position in to-be touchpoint slots: `2.0` is the third to-be
    /// touchpoint; a removed touchpoint lies between two slots.
    pub x: f64,
    /// The as-is rating, moved to the same position on the to-be's scale.
    pub rating: f64,
}

/// The as-is curve of `as_is` drawn on the axes of `to_be`, left to right.
pub fn as_is_points(as_is: &Journey, to_be: &Journey) -> Vec<AsIsPoint> {
    let slots: HashMap<_, usize> = to_be
        .touchpoints
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id, i))
        .collect();
    let matched: Vec<Option<f64>> = as_is
        .touchpoints
        .iter()
        .map(|t| slots.get(&t.id).map(|&i| i as f64))
        .collect();
    // The plot spans half a slot either side of the first and the last touchpoint.
    let (left, right) = (-0.5, to_be.touchpoints.len().max(1) as f64 - 0.5);
    let mut xs = matched.clone();
    let mut k = 0;
    while k < matched.len() {
        if matched[k].is_some() {
            k += 1;
            continue;
        }
        // A run of removed touchpoints: spread them evenly between the neighbours.
        let start = k;
        while k < matched.len() && matched[k].is_none() {
            k += 1;
        }
        let from = start
            .checked_sub(1)
            .and_then(|i| matched[i])
            .unwrap_or(left);
        let to = matched.get(k).copied().flatten().unwrap_or(right);
        let gaps = (k - start + 1) as f64;
        for (n, x) in xs[start..k].iter_mut().enumerate() {
            *x = Some(from + (to - from) * (n + 1) as f64 / gaps);
        }
    }
    let mut points: Vec<AsIsPoint> = as_is
        .touchpoints
        .iter()
        .zip(xs)
        .map(|(t, x)| AsIsPoint {
            x: x.unwrap_or(left).clamp(left, right),
            rating: to_be.scale.clamp(
                to_be.scale.min + as_is.scale.to_percent(t.rating) / 100.0 * to_be.scale.span(),
            ),
        })
        .filter(|p| p.rating.is_finite())
        .collect();
    // A reordered scenario: draw the curve left to right, not back and forth.
    crate::model::order::sort_by(&mut points, |a, b| a.x.total_cmp(&b.x));
    points
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, Scale, apply};

    fn journey(ratings: &[f64]) -> Journey {
        let mut j = Journey::new("as-is");
        for r in ratings {
            let a = Action::AddTouchpoint {
                name: format!("t{r}"),
                rating: *r,
                after: None,
            };
            apply(&mut j, a).unwrap();
        }
        j
    }

    fn xy(points: &[AsIsPoint]) -> Vec<(f64, f64)> {
        points.iter().map(|p| (p.x, p.rating)).collect()
    }

    #[test]
    fn an_unchanged_copy_lies_on_the_same_slots() {
        let a = journey(&[3.0, -4.0, 2.0]);
        assert_eq!(
            xy(&as_is_points(&a, &a.clone())),
            [(0.0, 3.0), (1.0, -4.0), (2.0, 2.0)]
        );
    }

    #[test]
    fn an_inserted_touchpoint_does_not_shift_the_as_is_curve() {
        let a = journey(&[3.0, -4.0, 2.0]);
        let mut b = a.clone();
        let first = b.touchpoints[0].id;
        apply(
            &mut b,
            Action::AddTouchpoint {
                name: "new".into(),
                rating: 5.0,
                after: Some(first),
            },
        )
        .unwrap();
        // The to-be is now t3, new, t-4, t2: the as-is points stay above their own.
        assert_eq!(
            xy(&as_is_points(&a, &b)),
            [(0.0, 3.0), (2.0, -4.0), (3.0, 2.0)]
        );
    }

    #[test]
    fn a_removed_touchpoint_sits_between_its_neighbours() {
        let a = journey(&[3.0, -4.0, -5.0, 2.0, 1.0]);
        let mut b = a.clone();
        for i in [2, 1] {
            let id = b.touchpoints[i].id;
            apply(&mut b, Action::Remove(id)).unwrap();
        }
        // To-be: t3, t2, t1 in slots 0, 1, 2; the two removed share the gap 0..1.
        let p = xy(&as_is_points(&a, &b));
        assert_eq!(p.len(), 5);
        assert_eq!(p[0], (0.0, 3.0));
        assert!((p[1].0 - 1.0 / 3.0).abs() < 1e-12 && p[1].1 == -4.0);
        assert!((p[2].0 - 2.0 / 3.0).abs() < 1e-12 && p[2].1 == -5.0);
        assert_eq!(&p[3..], [(1.0, 2.0), (2.0, 1.0)]);
    }

    #[test]
    fn a_longer_as_is_stays_inside_the_plot() {
        let a = journey(&[1.0, 2.0, 3.0, 4.0, -1.0, -2.0]);
        let mut b = a.clone();
        for i in [5, 4, 3] {
            let id = b.touchpoints[i].id;
            apply(&mut b, Action::Remove(id)).unwrap();
        }
        let p = as_is_points(&a, &b);
        assert_eq!(p.len(), 6);
        // Three to-be slots: the plot runs from −0.5 to 2.5.
        assert!(p.iter().all(|p| (-0.5..=2.5).contains(&p.x)), "{p:?}");
        assert!(p.windows(2).all(|w| w[0].x < w[1].x));
    }

    #[test]
    fn a_changed_scale_moves_ratings_to_the_same_position() {
        let a = journey(&[-5.0, 0.0, 5.0, 2.5]);
        let mut b = a.clone();
        b.scale = Scale::new(0.0, 10.0, None).unwrap();
        // −5..+5 → 0..10: the same place on the scale, by 0–100 as the comparison does.
        assert_eq!(
            xy(&as_is_points(&a, &b)),
            [(0.0, 0.0), (1.0, 5.0), (2.0, 10.0), (3.0, 7.5)]
        );
    }

    #[test]
    fn a_reordered_scenario_draws_left_to_right() {
        let a = journey(&[1.0, 2.0, 3.0]);
        let mut b = a.clone();
        b.touchpoints.reverse();
        assert_eq!(
            xy(&as_is_points(&a, &b)),
            [(0.0, 3.0), (1.0, 2.0), (2.0, 1.0)]
        );
    }

    #[test]
    fn nothing_in_common_spreads_over_the_plot() {
        let a = journey(&[1.0, 2.0, 3.0]);
        let b = journey(&[4.0]);
        let mut b2 = b.clone();
        // Fresh ids that cannot match the as-is ones.
        for t in &mut b2.touchpoints {
            t.id = crate::model::TouchpointId(999);
        }
        let p = xy(&as_is_points(&a, &b2));
        assert_eq!(p, [(-0.25, 1.0), (0.0, 2.0), (0.25, 3.0)]);
        assert!(as_is_points(&journey(&[]), &b).is_empty());
    }
}
