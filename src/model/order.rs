//! Stable sorting through one shared routine. The standard library's sort is generic, so
//! each element type and comparison that sorts gets its own copy of it in the program
//! (about 4 KB of wasm each, a dozen copies in the workspace). These sort a list of
//! positions instead, with the comparison behind a reference, so the program holds the
//! sort once; only the small step that puts the items in their new places is per type.
//! The same order as `slice::sort_by`: stable, equal items keep their order.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stably.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    sort_positions(&mut order, &|a, b| cmp(&v[a], &v[b]));
    permute(v, order);
}

/// Sorts `v` by `key`, stably.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// The one sort: positions, compared through `cmp`.
#[inline(never)]
fn sort_positions(order: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Puts the item at `order[i]` at `i`, following each cycle of the permutation once.
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..v.len() {
        let mut at = start;
        while order[at] != DONE {
            let from = order[at];
            order[at] = DONE;
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cmp::Reverse;

    #[test]
    fn sorts_like_the_standard_sort_and_keeps_equal_items_in_order() {
        // (key, original position): equal keys must come out in their original order.
        let mut seed = 7u64;
        for len in [0, 1, 2, 3, 10, 33, 200] {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut want = items.clone();
            want.sort_by_key(|x| x.0);
            assert_eq!(ours, want, "length {len}");
            let mut ours = items.clone();
            sort_by_key(&mut ours, |x| Reverse(x.0));
            let mut want = items;
            want.sort_by_key(|x| Reverse(x.0));
            assert_eq!(ours, want, "length {len}, by key");
        }
    }

    #[test]
    fn moves_items_that_cannot_be_copied() {
        let mut words = vec![
            String::from("pear"),
            "fig".into(),
            "apple".into(),
            "kiwi".into(),
        ];
        sort_by(&mut words, |a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
        assert_eq!(words, ["fig", "kiwi", "pear", "apple"]);
    }
}
