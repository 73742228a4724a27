//! What a course embed keeps in the browser when its address says `save`: the learner's
//! ratings, by touchpoint, and nothing else. A learner can only re-rate; the journey
//! itself comes from the preset or the link each time, so a course page whose text was
//! corrected later shows the correction with the learner's own ratings.
//!
//! The text is `ratings:` and then `id=rating` pairs separated by `;`, such as
//! `ratings:1=3;2=-4.5`. An earlier version kept the whole journey as a journey file;
//! its ratings are read back the same way.

use crate::io::json;
use crate::model::{self, Journey, TouchpointEdit, TouchpointId};
use std::fmt::Write;

const HEAD: &str = "ratings:";

/// The ratings of `j`, as kept.
pub fn write(j: &Journey) -> String {
    let mut out = String::from(HEAD);
    for (k, t) in j.touchpoints.iter().enumerate() {
        if k > 0 {
            out.push(';');
        }
        let _ = write!(out, "{}={}", t.id.0, t.rating);
    }
    out
}

/// `j` with the kept ratings put back: each one of a touchpoint `j` still has, on `j`'s
/// scale (clamped to it); anything else in `kept` (a touchpoint since removed, a damaged
/// pair) is passed over, and text that is neither format changes nothing.
pub fn restore(j: &Journey, kept: &str) -> Journey {
    let ratings: Vec<(TouchpointId, f64)> = match kept.strip_prefix(HEAD) {
        Some(pairs) => pairs
            .split(';')
            .filter_map(|pair| {
                let (id, rating) = pair.split_once('=')?;
                Some((
                    TouchpointId(id.trim().parse().ok()?),
                    model::parse_decimal(rating.trim())?,
                ))
            })
            .collect(),
        None => json::read_for_embed(kept)
            .map(|old| old.touchpoints.iter().map(|t| (t.id, t.rating)).collect())
            .unwrap_or_default(),
    };
    let mut out = j.clone();
    for (id, rating) in ratings {
        // A rating that is not a number, or of a touchpoint no longer there, is refused
        // and leaves the journey as it was.
        let _ = model::edit_touchpoint(&mut out, id, TouchpointEdit::Rating(rating));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::presets;

    fn rerated() -> (Journey, Journey) {
        let j = presets::telecom(Lang::En);
        let mut k = j.clone();
        k.touchpoints[0].rating = -4.5;
        k.touchpoints[8].rating = 2.0;
        (j, k)
    }

    #[test]
    fn the_ratings_come_back_onto_the_journey() {
        let (j, k) = rerated();
        let kept = write(&k);
        assert!(kept.starts_with("ratings:"));
        assert!(kept.contains("=-4.5"));
        assert_eq!(restore(&j, &kept), k);
    }

    #[test]
    fn corrected_text_stays_and_only_the_ratings_are_the_learners() {
        let (j, k) = rerated();
        let kept = write(&k);
        let mut corrected = j.clone();
        corrected.touchpoints[0].name = "First subscription (2010)".into();
        let back = restore(&corrected, &kept);
        assert_eq!(back.touchpoints[0].name, "First subscription (2010)");
        assert_eq!(back.touchpoints[0].rating, -4.5);
        assert_eq!(back.touchpoints[8].rating, 2.0);
    }

    #[test]
    fn what_no_longer_fits_is_passed_over() {
        let j = presets::telecom(Lang::En);
        let (a, b) = (j.touchpoints[1].id.0, j.touchpoints[2].id.0);
        // A removed touchpoint, a rating beyond the scale, damaged pairs, not a number.
        let kept = format!("ratings:999=3;{a}=12;{b}=NaN;x=1;=;{b}; {a} = 12 ;");
        let back = restore(&j, &kept);
        assert_eq!(
            back.touchpoints[1].rating, j.scale.max,
            "clamped to the scale"
        );
        assert_eq!(back.touchpoints[2].rating, j.touchpoints[2].rating);
        assert_eq!(back.touchpoints.len(), j.touchpoints.len());
        assert_eq!(restore(&j, "not ours"), j);
        assert_eq!(restore(&j, ""), j);
        assert_eq!(restore(&j, "ratings:"), j);
    }

    #[test]
    fn a_whole_journey_kept_by_an_earlier_version_gives_its_ratings() {
        let (j, k) = rerated();
        let mut old = k.clone();
        old.title = "An old title".into();
        let back = restore(&j, &json::write_journey(&old));
        assert_eq!(back.title, j.title, "the journey is the current one");
        assert_eq!(back, k);
    }
}
