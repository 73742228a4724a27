//! What a survey can change in a journey: its touchpoints' ratings (the customers' means),
//! a new journey made of its touchpoints, and a memory model with the customers' own
//! weights. Each becomes one [`Action`] (or a new journey for the library), so it is one
//! undo step.
//!
//! Pure Rust, and independent of `analysis`: it takes plain means and weights, so the model
//! never depends on the statistics.

use super::text::{MAX_NAME_CHARS, clean};
use super::{
    Action, BankSettings, Journey, MAX_TOUCHPOINTS, MAX_WITHDRAWAL_WEIGHT, MemoryModel, Scale,
    TouchpointId,
};

/// The journey's new ratings: for each survey touchpoint matched to a journey touchpoint
/// (`matches[i]` = its index in the journey) and rated by someone, the survey mean moved
/// from the survey's scale `from` to the same relative place on the journey's scale.
pub fn survey_ratings(
    journey: &Journey,
    means: &[Option<f64>],
    from: &Scale,
    matches: &[Option<usize>],
) -> Vec<(TouchpointId, f64)> {
    means
        .iter()
        .zip(matches)
        .filter_map(|(mean, at)| {
            let (mean, t) = (
                mean.filter(|m| m.is_finite())?,
                journey.touchpoints.get((*at)?)?,
            );
            Some((t.id, from.rescale(mean, &journey.scale)))
        })
        .collect()
}

/// The survey's means per journey touchpoint (journey order, on the journey's scale):
/// `Some` where a survey touchpoint matched it and someone rated it, as "Use these ratings"
/// would set it. For the customer's side of the expectations, without changing the journey.
pub fn survey_means_by_touchpoint(
    journey: &Journey,
    means: &[Option<f64>],
    from: &Scale,
    matches: &[Option<usize>],
) -> Vec<Option<f64>> {
    let mut out = vec![None; journey.touchpoints.len()];
    for (id, mean) in survey_ratings(journey, means, from, matches) {
        if let Some(i) = journey.index_of(id) {
            out[i] = Some(mean);
        }
    }
    out
}

/// The survey's promoter–detractor gaps per journey touchpoint (journey order), as
/// distances on the journey's scale: `gaps` holds (survey touchpoint, promoters' mean −
/// detractors' mean on the survey's scale `from`); a gap is a difference, so it is scaled
/// by the ratio of the spans, not moved like a rating. For ranking the moments of truth.
pub fn survey_gaps_by_touchpoint(
    journey: &Journey,
    gaps: &[(usize, f64)],
    from: &Scale,
    matches: &[Option<usize>],
) -> Vec<Option<f64>> {
    let mut out = vec![None; journey.touchpoints.len()];
    let ratio = journey.scale.span() / from.span();
    for (k, gap) in gaps.iter().filter(|(_, g)| g.is_finite()) {
        if let Some(i) = matches
            .get(*k)
            .copied()
            .flatten()
            .filter(|i| *i < out.len())
        {
            out[i] = Some(gap * ratio);
        }
    }
    out
}

/// Why the customers' λ cannot become the bank's withdrawal weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LambdaRefusal {
    /// The interval has no upper end: the answers cannot show that good moments raise
    /// the verdict reliably enough to weigh bad ones against them.
    Unbounded,
    /// Above [`MAX_WITHDRAWAL_WEIGHT`].
    TooLarge,
    /// Below 0.01 (or not a number): it would make every withdrawal nearly free.
    TooSmall,
}

/// The bank settings with the customers' λ as the withdrawal weight, rounded to two
/// decimals (the estimate is not more precise than that), the broken-promise size kept.
/// `bounded`: whether the estimate's 95% interval has an upper end.
pub fn lambda_bank(
    current: &BankSettings,
    lambda: f64,
    bounded: bool,
) -> Result<BankSettings, LambdaRefusal> {
    if !bounded {
        return Err(LambdaRefusal::Unbounded);
    }
    let w = (lambda * 100.0).round() / 100.0;
    if w > MAX_WITHDRAWAL_WEIGHT {
        return Err(LambdaRefusal::TooLarge);
    }
    if w.is_nan() || w < 0.01 {
        return Err(LambdaRefusal::TooSmall);
    }
    Ok(BankSettings {
        withdrawal_weight: w,
        ..*current
    })
}

/// The action "use these ratings", or `None` when no matched touchpoint has a mean.
pub fn ratings_action(
    journey: &Journey,
    means: &[Option<f64>],
    from: &Scale,
    matches: &[Option<usize>],
) -> Option<Action> {
    let ratings = survey_ratings(journey, means, from, matches);
    (!ratings.is_empty()).then_some(Action::SetRatings(ratings))
}

/// A new journey titled `title` with the survey's touchpoints in order, each rated with its
/// mean on the survey's own scale (neutral where nobody rated it).
pub fn journey_from_survey(
    title: &str,
    names: &[String],
    means: &[Option<f64>],
    scale: Scale,
) -> Journey {
    let mut j = Journey::new(clean(title, MAX_NAME_CHARS));
    j.scale = scale;
    for (i, name) in names.iter().enumerate().take(MAX_TOUCHPOINTS) {
        let mean = means.get(i).copied().flatten().filter(|m| m.is_finite());
        let t = j.new_touchpoint(clean(name, MAX_NAME_CHARS), mean.unwrap_or(scale.neutral));
        j.touchpoints.push(t);
    }
    j
}

/// The journey's memory model with the fitted weights of the peak and the end (the rest of
/// its settings kept), or `None` when the fit cannot be a memory model (a weight below zero
/// or not a number, or both zero).
pub fn fitted_memory(current: &MemoryModel, peak: f64, end: f64) -> Option<MemoryModel> {
    let m = MemoryModel {
        peak_weight: peak,
        end_weight: end,
        ..*current
    };
    m.validate().ok().map(|()| m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn promoter_gaps_are_distances_on_the_journey_scale() {
        let j = journey(&["A", "B", "C"]);
        // A 1–5 survey (span 4) onto −5…+5 (span 10): a gap of 2 is 5 on the journey.
        let five = Scale::new(1.0, 5.0, None).unwrap();
        // Survey touchpoint 0 is journey C, 1 is unmatched, 2 is journey A.
        let gaps = survey_gaps_by_touchpoint(
            &j,
            &[(0, 2.0), (1, 1.0), (2, -0.4)],
            &five,
            &[Some(2), None, Some(0)],
        );
        assert_eq!(gaps, vec![Some(-1.0), None, Some(5.0)]);
    }
    use crate::model::apply;

    fn journey(names: &[&str]) -> Journey {
        let mut j = Journey::new("j");
        for n in names {
            let a = Action::AddTouchpoint {
                name: n.to_string(),
                rating: 0.0,
                after: None,
            };
            apply(&mut j, a).unwrap();
        }
        j
    }

    #[test]
    fn matched_means_move_to_the_journeys_scale_as_one_action() {
        let mut j = journey(&["Offer", "Install", "Invoice"]);
        let ten = Scale::new(1.0, 10.0, None).unwrap();
        // Survey order: Invoice, Offer, Unknown, Install (nobody rated Install).
        let means = [Some(10.0), Some(5.5), Some(7.0), None];
        let matches = [Some(2), Some(0), None, Some(1)];
        let action = ratings_action(&j, &means, &ten, &matches).unwrap();
        let ids: Vec<_> = j.touchpoints.iter().map(|t| t.id).collect();
        // 1–10 → −5..5: 10 → 5, 5.5 (the middle) → 0.
        assert_eq!(
            action,
            Action::SetRatings(vec![(ids[2], 5.0), (ids[0], 0.0)])
        );
        apply(&mut j, action).unwrap();
        assert_eq!(j.ratings(), [0.0, 0.0, 5.0]);
        let one = ten.rescale(1.0, &Scale::default());
        assert_eq!(one, -5.0);
    }

    #[test]
    fn nothing_matched_or_rated_is_no_action() {
        let j = journey(&["A"]);
        let s = Scale::default();
        assert_eq!(ratings_action(&j, &[Some(1.0)], &s, &[None]), None);
        assert_eq!(ratings_action(&j, &[None], &s, &[Some(0)]), None);
        assert_eq!(ratings_action(&j, &[Some(f64::NAN)], &s, &[Some(0)]), None);
        // A match past the journey's end (it changed meanwhile) is skipped, not a panic.
        assert_eq!(ratings_action(&j, &[Some(1.0)], &s, &[Some(7)]), None);
    }

    #[test]
    fn a_new_journey_carries_the_survey_touchpoints_on_its_scale() {
        let five = Scale::new(1.0, 5.0, None).unwrap();
        let names = ["Q1_Offer".to_string(), "Bel\u{7}len".to_string()];
        let j = journey_from_survey("Survey", &names, &[Some(4.25), None], five);
        assert_eq!(j.scale, five);
        assert_eq!(j.title, "Survey");
        let got: Vec<_> = j
            .touchpoints
            .iter()
            .map(|t| (t.name.as_str(), t.rating))
            .collect();
        assert_eq!(got, [("Q1_Offer", 4.25), ("Bellen", 3.0)]);
        assert_ne!(j.touchpoints[0].id, j.touchpoints[1].id);
    }

    #[test]
    fn survey_means_land_on_their_journey_touchpoints() {
        let j = journey(&["Offer", "Install", "Invoice"]);
        let ten = Scale::new(1.0, 10.0, None).unwrap();
        // Survey: Invoice 10, Offer 5.5, Unknown 7, Install unrated.
        let by = survey_means_by_touchpoint(
            &j,
            &[Some(10.0), Some(5.5), Some(7.0), None],
            &ten,
            &[Some(2), Some(0), None, Some(1)],
        );
        assert_eq!(by, [Some(0.0), None, Some(5.0)]);
        assert_eq!(survey_means_by_touchpoint(&j, &[], &ten, &[]), [None; 3]);
    }

    #[test]
    fn the_customers_lambda_becomes_the_bank_weight_within_its_limits() {
        let now = BankSettings {
            withdrawal_weight: 1.0,
            broken_promise: 2.0,
        };
        let b = lambda_bank(&now, 2.4371, true).unwrap();
        assert_eq!((b.withdrawal_weight, b.broken_promise), (2.44, 2.0));
        assert_eq!(lambda_bank(&now, 2.4, false), Err(LambdaRefusal::Unbounded));
        assert_eq!(
            lambda_bank(&now, 100.004, true).unwrap().withdrawal_weight,
            100.0
        );
        assert_eq!(lambda_bank(&now, 100.2, true), Err(LambdaRefusal::TooLarge));
        assert_eq!(lambda_bank(&now, 0.004, true), Err(LambdaRefusal::TooSmall));
        assert_eq!(
            lambda_bank(&now, f64::NAN, true),
            Err(LambdaRefusal::TooSmall)
        );
        assert_eq!(
            lambda_bank(&now, f64::INFINITY, true),
            Err(LambdaRefusal::TooLarge)
        );
    }

    #[test]
    fn fitted_weights_become_a_model_only_when_they_can() {
        let now = MemoryModel {
            end_window: 2,
            ..MemoryModel::default()
        };
        let m = fitted_memory(&now, 0.3, 0.6).unwrap();
        assert_eq!((m.peak_weight, m.end_weight, m.end_window), (0.3, 0.6, 2));
        assert_eq!(fitted_memory(&now, -0.1, 0.6), None);
        assert_eq!(fitted_memory(&now, 0.0, 0.0), None);
        assert_eq!(fitted_memory(&now, f64::NAN, 1.0), None);
    }
}
