//! The twelve weeks of attention to the moments of truth (seed `003`): every Friday the
//! team picks one moment for the coming week and answers "how do I make sure the customer
//! feels attention at this moment?", carries it out, and at the week's end evaluates what
//! worked and decides: make it the norm, adapt it, or drop it.
//!
//! Pure data and the checks behind [`PlanAction`]; a refused edit changes nothing.

use super::date::{Date, Weekday};
use super::text::clean;
use super::{Journey, MAX_NOTES_CHARS, ModelError, Scale, TouchpointId};
use serde::{Deserialize, Serialize};

/// The weeks a new plan has ("keep it up for about 12 weeks").
pub const PLAN_WEEKS: usize = 12;
/// Most weeks a plan may grow to (a year of Fridays).
pub const MAX_PLAN_WEEKS: usize = 52;
/// How many moments of truth the team ranks ("the 10 most important").
pub const TOP_MOMENTS: usize = 10;

/// What the team decided at a week's end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// It worked: from now on this is how we do it.
    Norm,
    /// Keep trying, changed.
    Adapt,
    Drop,
}

impl Decision {
    pub const ALL: [Decision; 3] = [Decision::Norm, Decision::Adapt, Decision::Drop];

    pub fn key(&self) -> &'static str {
        match self {
            Decision::Norm => "norm",
            Decision::Adapt => "adapt",
            Decision::Drop => "drop",
        }
    }

    pub fn from_key(s: &str) -> Option<Decision> {
        Decision::ALL.into_iter().find(|d| d.key() == s)
    }
}

/// One week of the plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Week {
    /// The moment of truth picked on the Friday before.
    #[serde(default)]
    pub touchpoint: Option<TouchpointId>,
    /// The answer to "how do I make sure the customer feels attention at this moment?".
    #[serde(default)]
    pub question_answer: String,
    /// What the team will do.
    #[serde(default)]
    pub actions: String,
    /// At the week's end: which action worked best.
    #[serde(default)]
    pub evaluation: String,
    #[serde(default)]
    pub decision: Option<Decision>,
    /// The moment's rating before the week, on the journey's scale.
    #[serde(default)]
    pub before: Option<f64>,
    /// The moment's rating after the week (from a quick group round, say).
    #[serde(default)]
    pub after: Option<f64>,
    /// The journey's remembered score when the week was evaluated: a point of the run chart.
    #[serde(default)]
    pub remembered: Option<f64>,
}

/// The plan: when it started and its weeks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// The first Friday: week 1's moment is picked on it.
    pub start: Date,
    pub weeks: Vec<Week>,
    /// The team's own order of its top moments of truth, best first (at most
    /// [`TOP_MOMENTS`]); empty until the team reorders Peakend's ranking.
    #[serde(default)]
    pub top: Vec<TouchpointId>,
}

impl Plan {
    /// A plan of [`PLAN_WEEKS`] empty weeks from Friday `start`.
    pub fn new(start: Date) -> Result<Plan, ModelError> {
        check_friday(start)?;
        Ok(Plan {
            start,
            weeks: vec![Week::default(); PLAN_WEEKS],
            top: Vec::new(),
        })
    }

    /// The Friday on which week `k` (0-based) is picked; week `k`'s evaluation falls on
    /// the Friday after, `friday(k + 1)`.
    pub fn friday(&self, k: usize) -> Option<Date> {
        self.start.add_days(7 * k as i64)
    }
}

/// One field of a week being set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum WeekEdit {
    Touchpoint(Option<TouchpointId>),
    Answer(String),
    Actions(String),
    Evaluation(String),
    Decision(Option<Decision>),
    Before(Option<f64>),
    After(Option<f64>),
    Remembered(Option<f64>),
}

/// A change to the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum PlanAction {
    /// Starts a plan of twelve weeks on a Friday (replaces none: refused when one exists).
    Start(Date),
    /// Moves the plan to another first Friday.
    SetStart(Date),
    /// Sets one field of week `k` (0-based).
    Week(usize, WeekEdit),
    /// One more week at the end.
    AddWeek,
    /// Drops the last week.
    RemoveLastWeek,
    /// The team's order of its top moments (unique touchpoints, at most ten).
    SetTop(Vec<TouchpointId>),
    /// Deletes the plan.
    Remove,
}

impl PlanAction {
    /// Typing in one of a week's texts is one undo step.
    pub fn coalesce_key(&self) -> Option<String> {
        match self {
            PlanAction::Week(k, WeekEdit::Answer(_)) => Some(format!("week-answer-{k}")),
            PlanAction::Week(k, WeekEdit::Actions(_)) => Some(format!("week-actions-{k}")),
            PlanAction::Week(k, WeekEdit::Evaluation(_)) => Some(format!("week-eval-{k}")),
            PlanAction::Week(k, WeekEdit::Before(_)) => Some(format!("week-before-{k}")),
            PlanAction::Week(k, WeekEdit::After(_)) => Some(format!("week-after-{k}")),
            _ => None,
        }
    }
}

fn check_friday(d: Date) -> Result<(), ModelError> {
    if d.weekday() == Weekday::Friday {
        Ok(())
    } else {
        Err(ModelError::NotAFriday)
    }
}

fn on_scale(scale: &Scale, v: Option<f64>) -> Result<Option<f64>, ModelError> {
    match v {
        Some(x) if !scale.contains(x) => Err(ModelError::OutsideScale {
            min: scale.min,
            max: scale.max,
        }),
        v => Ok(v),
    }
}

fn plan_mut(j: &mut Journey) -> Result<&mut Plan, ModelError> {
    j.plan.as_mut().ok_or(ModelError::NoPlan)
}

fn text(s: &str) -> String {
    clean(s, MAX_NOTES_CHARS)
}

/// Applies a plan action; on error the journey is unchanged.
pub(super) fn apply(j: &mut Journey, action: PlanAction) -> Result<(), ModelError> {
    match action {
        PlanAction::Start(d) => {
            if j.plan.is_some() {
                return Err(ModelError::PlanExists);
            }
            j.plan = Some(Plan::new(d)?);
        }
        PlanAction::SetStart(d) => {
            check_friday(d)?;
            let p = plan_mut(j)?;
            // The last week's evaluation Friday must still be a date we can write.
            if d.add_days(7 * p.weeks.len() as i64).is_none() {
                return Err(ModelError::Date(super::DateError::OutOfRange));
            }
            p.start = d;
        }
        PlanAction::Week(k, edit) => {
            match &edit {
                WeekEdit::Touchpoint(Some(id)) => {
                    j.index_of(*id).ok_or(ModelError::NoSuchTouchpoint(id.0))?;
                }
                WeekEdit::Before(v) | WeekEdit::After(v) => {
                    on_scale(&j.scale, *v)?;
                }
                WeekEdit::Remembered(Some(v)) if !v.is_finite() => {
                    return Err(ModelError::RatingNotANumber);
                }
                _ => {}
            }
            let p = plan_mut(j)?;
            let w = p.weeks.get_mut(k).ok_or(ModelError::NoSuchWeek(k))?;
            match edit {
                WeekEdit::Touchpoint(t) => w.touchpoint = t,
                WeekEdit::Answer(s) => w.question_answer = text(&s),
                WeekEdit::Actions(s) => w.actions = text(&s),
                WeekEdit::Evaluation(s) => w.evaluation = text(&s),
                WeekEdit::Decision(d) => w.decision = d,
                WeekEdit::Before(v) => w.before = v,
                WeekEdit::After(v) => w.after = v,
                WeekEdit::Remembered(v) => w.remembered = v,
            }
        }
        PlanAction::AddWeek => {
            let p = plan_mut(j)?;
            if p.weeks.len() >= MAX_PLAN_WEEKS {
                return Err(ModelError::TooManyWeeks);
            }
            if p.friday(p.weeks.len() + 1).is_none() {
                return Err(ModelError::Date(super::DateError::OutOfRange));
            }
            p.weeks.push(Week::default());
        }
        PlanAction::RemoveLastWeek => {
            let p = plan_mut(j)?;
            if p.weeks.len() <= 1 {
                return Err(ModelError::NoSuchWeek(0));
            }
            p.weeks.pop();
        }
        PlanAction::SetTop(ids) => {
            if ids.len() > TOP_MOMENTS {
                return Err(ModelError::TooManyMoments);
            }
            for (k, id) in ids.iter().enumerate() {
                j.index_of(*id).ok_or(ModelError::NoSuchTouchpoint(id.0))?;
                if ids[..k].contains(id) {
                    return Err(ModelError::TooManyMoments);
                }
            }
            plan_mut(j)?.top = ids;
        }
        PlanAction::Remove => {
            plan_mut(j)?;
            j.plan = None;
        }
    }
    Ok(())
}

/// After touchpoint `id` is deleted: weeks that picked it keep their texts but no longer
/// point at it; it leaves the team's top.
pub(super) fn forget_touchpoint(j: &mut Journey, id: TouchpointId) {
    if let Some(p) = &mut j.plan {
        for w in p.weeks.iter_mut().filter(|w| w.touchpoint == Some(id)) {
            w.touchpoint = None;
        }
        p.top.retain(|t| *t != id);
    }
}

/// Moves the ratings before and after to the same relative place on a new scale; the
/// remembered snapshots move the same way (they are on the scale too).
pub(super) fn rescale(j: &mut Journey, from: &Scale, to: &Scale) {
    if let Some(p) = &mut j.plan {
        for w in &mut p.weeks {
            for v in [&mut w.before, &mut w.after, &mut w.remembered]
                .into_iter()
                .flatten()
            {
                *v = from.rescale(*v, to);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, apply as apply_action};

    fn friday() -> Date {
        Date::parse("2026-12-04").unwrap()
    }

    fn journey() -> Journey {
        crate::model::test_journey("Plan", &[("Intake", 0.0), ("Visit", 0.0), ("Invoice", 0.0)])
    }

    fn plan(j: &mut Journey, a: PlanAction) -> Result<(), ModelError> {
        apply_action(j, Action::Plan(a))
    }

    #[test]
    fn a_plan_starts_on_a_friday_with_twelve_weeks() {
        let mut j = journey();
        assert_eq!(
            plan(
                &mut j,
                PlanAction::Start(Date::parse("2026-12-03").unwrap())
            ),
            Err(ModelError::NotAFriday)
        );
        assert_eq!(j.plan, None);
        plan(&mut j, PlanAction::Start(friday())).unwrap();
        let p = j.plan.as_ref().unwrap();
        assert_eq!(p.weeks.len(), PLAN_WEEKS);
        assert_eq!(p.friday(0), Some(friday()));
        // Week 12 is evaluated on the 13th Friday, 84 days after the start.
        assert_eq!(p.friday(12).unwrap().to_string(), "2027-02-26");
        assert_eq!(
            plan(&mut j, PlanAction::Start(friday())),
            Err(ModelError::PlanExists)
        );
    }

    #[test]
    fn weeks_are_checked_and_follow_deleted_touchpoints() {
        let mut j = journey();
        plan(&mut j, PlanAction::Start(friday())).unwrap();
        let visit = j.touchpoints[1].id;
        let week = |k, e| PlanAction::Week(k, e);
        plan(&mut j, week(0, WeekEdit::Touchpoint(Some(visit)))).unwrap();
        plan(&mut j, week(0, WeekEdit::Decision(Some(Decision::Norm)))).unwrap();
        plan(&mut j, PlanAction::SetTop(vec![visit])).unwrap();
        let before = j.clone();
        for bad in [
            week(0, WeekEdit::Touchpoint(Some(TouchpointId(77)))),
            week(12, WeekEdit::Answer("x".into())),
            week(1, WeekEdit::Before(Some(6.0))),
            week(1, WeekEdit::Remembered(Some(f64::INFINITY))),
            PlanAction::SetTop(vec![visit, visit]),
            PlanAction::SetStart(Date::parse("2026-12-05").unwrap()),
        ] {
            assert!(plan(&mut j, bad).is_err());
        }
        assert_eq!(j, before);
        apply_action(&mut j, Action::Remove(visit)).unwrap();
        let p = j.plan.as_ref().unwrap();
        assert_eq!(p.weeks[0].touchpoint, None);
        assert_eq!(p.weeks[0].decision, Some(Decision::Norm));
        assert!(p.top.is_empty());
    }

    #[test]
    fn weeks_grow_to_a_year_and_shrink_to_one() {
        let mut j = journey();
        assert_eq!(plan(&mut j, PlanAction::AddWeek), Err(ModelError::NoPlan));
        plan(&mut j, PlanAction::Start(friday())).unwrap();
        for _ in PLAN_WEEKS..MAX_PLAN_WEEKS {
            plan(&mut j, PlanAction::AddWeek).unwrap();
        }
        assert_eq!(
            plan(&mut j, PlanAction::AddWeek),
            Err(ModelError::TooManyWeeks)
        );
        for _ in 1..MAX_PLAN_WEEKS {
            plan(&mut j, PlanAction::RemoveLastWeek).unwrap();
        }
        assert!(plan(&mut j, PlanAction::RemoveLastWeek).is_err());
        plan(&mut j, PlanAction::Remove).unwrap();
        assert_eq!(j.plan, None);
    }
}
