//! Expectations and the inside-out view (seed `001`): per touchpoint whether the customer's
//! rating exceeded, met or fell short of what they expected, and where the team's own
//! rating ("what we think we delivered") differs most from the customer's.

use super::{LaneError, names_of, same_length, score_plain};
use crate::model::{MemoryModel, Scale};
use serde::Serialize;

/// Where our view and the customer's rating differ by more than the tolerance.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BlindSpot {
    pub index: usize,
    /// The team's own rating.
    pub ours: f64,
    /// The customer's rating.
    pub theirs: f64,
    /// ours − theirs: above 0, we think it went better than the customer felt.
    pub gap: f64,
}

/// Touchpoints compared with what the customer expected and with what we think.
#[derive(Clone, Debug, PartialEq)]
pub struct Expectations {
    /// Rating − expected above half a scale step: the moments worth keeping.
    pub exceeded: Vec<usize>,
    /// Within half a scale step of what was expected.
    pub met: Vec<usize>,
    /// Rating − expected below minus half a scale step.
    pub fell_short: Vec<usize>,
    /// Largest |gap| first; equal gaps in journey order.
    pub blind_spots: Vec<BlindSpot>,
    /// R from our ratings (the engine on bare ratings), when every touchpoint has one.
    pub remembered_ours: Option<f64>,
}

/// One entry of `blind_spots` in the analysis JSON.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BlindSpotExport {
    pub name: String,
    pub ours: f64,
    pub theirs: f64,
    pub gap: f64,
}

/// `expectations` in the analysis JSON, with touchpoint names for indices.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ExpectationsExport {
    pub exceeded: Vec<String>,
    pub met: Vec<String>,
    pub fell_short: Vec<String>,
    pub blind_spots: Vec<BlindSpotExport>,
}

impl Expectations {
    pub fn export(&self, names: &[impl AsRef<str>]) -> ExpectationsExport {
        ExpectationsExport {
            exceeded: names_of(&self.exceeded, names),
            met: names_of(&self.met, names),
            fell_short: names_of(&self.fell_short, names),
            blind_spots: self
                .blind_spots
                .iter()
                .filter_map(|b| {
                    names.get(b.index).map(|n| BlindSpotExport {
                        name: n.as_ref().to_string(),
                        ours: b.ours,
                        theirs: b.theirs,
                        gap: b.gap,
                    })
                })
                .collect(),
        }
    }
}

/// A survey as the customer's side: per journey touchpoint the survey's mean on the
/// journey's scale where a survey touchpoint matched it and someone rated it.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SurveySide {
    /// One per journey touchpoint, in journey order.
    pub means: Vec<Option<f64>>,
    /// The survey's respondents.
    pub respondents: usize,
    /// Promoters' mean minus detractors' per journey touchpoint, on the journey's scale
    /// (empty without an NPS question): ranks the moments of truth.
    pub promoter_gaps: Vec<Option<f64>>,
}

impl SurveySide {
    /// How many touchpoints take their customer's side from the survey.
    pub fn matched(&self) -> usize {
        self.means.iter().filter(|m| m.is_some()).count()
    }
}

/// The customer's side of the expectations: per touchpoint the survey's mean where
/// `survey` has one, else the journey's own rating. `survey` is empty (no survey) or has
/// one entry per touchpoint, each finite where present.
pub fn customer_side(ratings: &[f64], survey: &[Option<f64>]) -> Result<Vec<f64>, LaneError> {
    optional("survey mean", ratings.len(), survey)?;
    Ok(ratings
        .iter()
        .enumerate()
        .map(|(i, r)| survey.get(i).copied().flatten().unwrap_or(*r))
        .collect())
}

/// Checks an optional per-touchpoint list: empty (none given) or one entry per touchpoint,
/// each finite where present.
fn optional(what: &'static str, n: usize, values: &[Option<f64>]) -> Result<(), LaneError> {
    if !values.is_empty() {
        same_length(what, n, values.len())?;
    }
    match values
        .iter()
        .position(|v| v.is_some_and(|v| !v.is_finite()))
    {
        Some(index) => Err(LaneError::NotANumber { what, index }),
        None => Ok(()),
    }
}

/// Compares `ratings` (the customer's) with `expected` and with `ours`, each either empty
/// or one optional value per touchpoint. The tolerance is half the scale's step, both for
/// "met" and for a blind spot.
pub fn expectations(
    ratings: &[f64],
    expected: &[Option<f64>],
    ours: &[Option<f64>],
    scale: &Scale,
    mm: &MemoryModel,
) -> Result<Expectations, LaneError> {
    scale.validate().map_err(|_| LaneError::BadScale)?;
    super::finite("rating", ratings)?;
    let n = ratings.len();
    optional("expected rating", n, expected)?;
    optional("own rating", n, ours)?;
    let tolerance = scale.step / 2.0;
    let (mut exceeded, mut met, mut fell_short) = (Vec::new(), Vec::new(), Vec::new());
    for (i, e) in expected.iter().enumerate() {
        let Some(e) = e else { continue };
        let d = ratings[i] - e;
        if d > tolerance {
            exceeded.push(i);
        } else if d < -tolerance {
            fell_short.push(i);
        } else {
            met.push(i);
        }
    }
    let mut blind_spots: Vec<BlindSpot> = ours
        .iter()
        .enumerate()
        .filter_map(|(index, o)| {
            let ours = (*o)?;
            let theirs = ratings[index];
            let gap = ours - theirs;
            (gap.abs() > tolerance).then_some(BlindSpot {
                index,
                ours,
                theirs,
                gap,
            })
        })
        .collect();
    // Stable: equal gaps keep journey order.
    crate::model::order::sort_by(&mut blind_spots, |a, b| b.gap.abs().total_cmp(&a.gap.abs()));
    let all_ours: Option<Vec<f64>> = if n > 0 && ours.len() == n {
        ours.iter().copied().collect()
    } else {
        None
    };
    let remembered_ours = match all_ours {
        Some(o) => Some(score_plain(&o, scale, mm)?.remembered),
        None => None,
    };
    Ok(Expectations {
        exceeded,
        met,
        fell_short,
        blind_spots,
        remembered_ours,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_worked_expectations_and_blind_spots() {
        // −5…5, step 1 → tolerance 0.5.
        // ratings   3    4    −1   −3   −4
        // expected  2    4    1    −3.5 —      → exceeded (+1), met (0), short (−2), met (+0.5)
        // ours      3    2    3    —    1      → gaps 0, −2, +4, —, +5
        let r = [3.0, 4.0, -1.0, -3.0, -4.0];
        let expected = [Some(2.0), Some(4.0), Some(1.0), Some(-3.5), None];
        let ours = [Some(3.0), Some(2.0), Some(3.0), None, Some(1.0)];
        let s = Scale::default();
        let x = expectations(&r, &expected, &ours, &s, &MemoryModel::default()).unwrap();
        assert_eq!(x.exceeded, [0]);
        assert_eq!(x.met, [1, 3]);
        assert_eq!(x.fell_short, [2]);
        let spots: Vec<(usize, f64)> = x.blind_spots.iter().map(|b| (b.index, b.gap)).collect();
        assert_eq!(spots, [(4, 5.0), (2, 4.0), (1, -2.0)]);
        assert_eq!(
            (x.blind_spots[0].ours, x.blind_spots[0].theirs),
            (1.0, -4.0)
        );
        // One touchpoint without our rating: no remembered score from our side.
        assert_eq!(x.remembered_ours, None);
    }

    #[test]
    fn remembered_from_our_side() {
        // Customers: peak −4, end −4 → R = −4. Ours 3, 4, 2: peak 4, end 2 → R = 3.
        // "We think customers remember +3; they remember −4."
        let r = [3.0, 1.0, -4.0];
        let ours = [Some(3.0), Some(4.0), Some(2.0)];
        let x = expectations(&r, &[], &ours, &Scale::default(), &MemoryModel::default()).unwrap();
        assert_eq!(x.remembered_ours, Some(3.0));
        let spots: Vec<usize> = x.blind_spots.iter().map(|b| b.index).collect();
        assert_eq!(
            spots,
            [2, 1],
            "|6| before |3|; the equal 3 = 3 is no blind spot"
        );
    }

    #[test]
    fn survey_means_are_the_customers_side_where_matched() {
        // Journey ratings 3, 1, −4; the survey has means −2 (first) and −3.5 (third), none
        // for the second: the customer's side is −2, 1, −3.5.
        let r = [3.0, 1.0, -4.0];
        let survey = [Some(-2.0), None, Some(-3.5)];
        let theirs = customer_side(&r, &survey).unwrap();
        assert_eq!(theirs, [-2.0, 1.0, -3.5]);
        // Ours 3, 4, 2. From the journey's ratings: gaps 0, 3, 6 → blind spots third, second.
        // From the survey: gaps 5, 3, 5.5 → third (5.5), first (5), second (3).
        let ours = [Some(3.0), Some(4.0), Some(2.0)];
        let (s, mm) = (Scale::default(), MemoryModel::default());
        let plain = expectations(&r, &[], &ours, &s, &mm).unwrap();
        let spots = |x: &Expectations| -> Vec<(usize, f64)> {
            x.blind_spots.iter().map(|b| (b.index, b.gap)).collect()
        };
        assert_eq!(spots(&plain), [(2, 6.0), (1, 3.0)]);
        let surveyed = expectations(&theirs, &[], &ours, &s, &mm).unwrap();
        assert_eq!(spots(&surveyed), [(2, 5.5), (0, 5.0), (1, 3.0)]);
        assert_eq!(surveyed.blind_spots[1].theirs, -2.0);
        // No survey: the ratings as they are; a survey for another journey: refused.
        assert_eq!(customer_side(&r, &[]).unwrap(), r);
        assert_eq!(
            customer_side(&r, &[Some(1.0)]),
            Err(LaneError::LengthMismatch {
                what: "survey mean",
                expected: 3,
                got: 1
            })
        );
        assert_eq!(
            customer_side(&r, &[None, Some(f64::NAN), None]),
            Err(LaneError::NotANumber {
                what: "survey mean",
                index: 1
            })
        );
        let side = SurveySide {
            means: survey.to_vec(),
            respondents: 812,
            promoter_gaps: Vec::new(),
        };
        assert_eq!(side.matched(), 2);
    }

    #[test]
    fn the_tolerance_follows_the_step() {
        // Step 0.5 → tolerance 0.25: a difference of 0.5 is no longer "met".
        let mut s = Scale {
            step: 0.5,
            ..Scale::default()
        };
        let x = expectations(&[1.5], &[Some(1.0)], &[], &s, &MemoryModel::default()).unwrap();
        assert_eq!(x.exceeded, [0]);
        s.step = 1.0;
        let x = expectations(&[1.5], &[Some(1.0)], &[], &s, &MemoryModel::default()).unwrap();
        assert_eq!(x.met, [0]);
    }

    #[test]
    fn bad_lists_get_clear_errors_and_names_follow_indices() {
        let s = Scale::default();
        let mm = MemoryModel::default();
        assert_eq!(
            expectations(&[1.0, 2.0], &[Some(1.0)], &[], &s, &mm),
            Err(LaneError::LengthMismatch {
                what: "expected rating",
                expected: 2,
                got: 1
            })
        );
        assert_eq!(
            expectations(&[1.0], &[], &[Some(f64::INFINITY)], &s, &mm),
            Err(LaneError::NotANumber {
                what: "own rating",
                index: 0
            })
        );
        let x = expectations(
            &[1.0, -2.0],
            &[Some(-1.0), Some(0.0)],
            &[Some(4.0), None],
            &s,
            &mm,
        )
        .unwrap();
        let e = x.export(&["Sign", "Wait"]);
        assert_eq!(
            (e.exceeded, e.fell_short),
            (vec!["Sign".to_string()], vec!["Wait".to_string()])
        );
        let json = serde_json::to_value(&e.blind_spots).unwrap();
        assert_eq!(
            json,
            serde_json::json!([{"name": "Sign", "ours": 4.0, "theirs": 1.0, "gap": 3.0}])
        );
    }
}
