//! The top ten moments of truth (seed `003`) ranked with what Peakend knows of each, the
//! norms the twelve weeks produced, and the run chart of the remembered score.
//!
//! The ranking is lexicographic, so it can be told in one sentence: first how much one
//! step better there lifts the remembered score (ΔR, as in "fix first"); on a tie, more
//! negative stories about it; then more failure-demand contacts it causes; then a wider
//! gap between promoters and detractors in a survey; then ΔE; then the earlier moment.

use crate::analysis::{NoScore, fix_first};
use crate::model::{Decision, Journey, Plan, TOP_MOMENTS, TouchpointId};
use serde::Serialize;
use std::cmp::Ordering;

/// What Peakend knows of one moment of truth.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Moment {
    /// Position in the journey (0-based).
    pub index: usize,
    pub id: TouchpointId,
    pub name: String,
    /// How much one scale step better here lifts the remembered score.
    pub delta_remembered: f64,
    /// The same for the experienced score.
    pub delta_experienced: f64,
    /// Stories about it below neutral.
    pub negative_stories: usize,
    /// Failure-demand contacts whose cause is this moment.
    pub failure_demand_caused: usize,
    /// Promoters' mean rating here minus detractors' (a survey's), when known.
    pub promoter_gap: Option<f64>,
    /// Place in Peakend's ranking (1 = first).
    pub rank: usize,
    /// Place in the team's own order, when the team set one and this moment is in it.
    pub team_rank: Option<usize>,
}

fn by_evidence(a: &Moment, b: &Moment) -> Ordering {
    let gap = |m: &Moment| m.promoter_gap.unwrap_or(f64::NEG_INFINITY);
    b.delta_remembered
        .total_cmp(&a.delta_remembered)
        .then(b.negative_stories.cmp(&a.negative_stories))
        .then(b.failure_demand_caused.cmp(&a.failure_demand_caused))
        .then(gap(b).total_cmp(&gap(a)))
        .then(b.delta_experienced.total_cmp(&a.delta_experienced))
        .then(a.index.cmp(&b.index))
}

/// Every touchpoint flagged as a moment of truth, ranked by the evidence, then put in the
/// team's order where the plan has one (the team's moments first, in their order; the
/// others after them in Peakend's). At most [`TOP_MOMENTS`]. `promoter_gap` holds one
/// value per touchpoint, or is empty without a survey.
pub fn moments_of_truth(j: &Journey, promoter_gap: &[Option<f64>]) -> Result<Vec<Moment>, NoScore> {
    if !j.touchpoints.iter().any(|t| t.moment_of_truth) {
        return Ok(Vec::new());
    }
    let fixes = fix_first(j)?;
    let neutral = j.scale.neutral;
    let position = j.positions();
    let mut negative = vec![0usize; j.touchpoints.len()];
    for s in j.stories.iter().filter(|s| s.valence < neutral) {
        if let Some(i) = s.touchpoint.and_then(|id| position.get(&id)) {
            negative[*i] += 1;
        }
    }
    let mut caused = vec![0usize; j.touchpoints.len()];
    for t in j.touchpoints.iter().filter(|t| t.failure_demand) {
        if let Some(i) = t.caused_by.and_then(|id| position.get(&id)) {
            caused[*i] += 1;
        }
    }
    let mut moments: Vec<Moment> = fixes
        .iter()
        .filter(|f| j.touchpoints[f.index].moment_of_truth)
        .map(|f| Moment {
            index: f.index,
            id: f.id,
            name: j.touchpoints[f.index].name.clone(),
            delta_remembered: f.delta_remembered,
            delta_experienced: f.delta_experienced,
            negative_stories: negative[f.index],
            failure_demand_caused: caused[f.index],
            promoter_gap: promoter_gap
                .get(f.index)
                .copied()
                .flatten()
                .filter(|g| g.is_finite()),
            rank: 0,
            team_rank: None,
        })
        .collect();
    crate::model::order::sort_by(&mut moments, by_evidence);
    for (k, m) in moments.iter_mut().enumerate() {
        m.rank = k + 1;
    }
    if let Some(plan) = &j.plan {
        for (k, id) in plan.top.iter().enumerate() {
            if let Some(m) = moments.iter_mut().find(|m| m.id == *id) {
                m.team_rank = Some(k + 1);
            }
        }
        // Stable: moments outside the team's order keep Peakend's order after them.
        crate::model::order::sort_by_key(&mut moments, |m| m.team_rank.unwrap_or(usize::MAX));
    }
    moments.truncate(TOP_MOMENTS);
    Ok(moments)
}

/// `moments_of_truth` in the analysis JSON.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MomentExport {
    pub name: String,
    pub delta_remembered: f64,
    pub negative_stories: usize,
    pub failure_demand_caused: usize,
    pub rank: usize,
    pub team_rank: Option<usize>,
}

impl Moment {
    pub fn export(&self) -> MomentExport {
        MomentExport {
            name: self.name.clone(),
            delta_remembered: self.delta_remembered,
            negative_stories: self.negative_stories,
            failure_demand_caused: self.failure_demand_caused,
            rank: self.rank,
            team_rank: self.team_rank,
        }
    }
}

/// A week whose way of working the team made the norm.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Norm {
    /// 1-based.
    pub week: usize,
    /// The moment it is about ("" when the week's moment was deleted or never chosen).
    pub moment: String,
    /// How the customer is made to feel attention there: the week's answer.
    pub question_answer: String,
    pub actions: String,
    /// What worked best.
    pub evaluation: String,
    /// The Friday it was decided (the week's end), `YYYY-MM-DD`.
    pub decided: Option<String>,
}

/// The norms kept so far, in week order.
pub fn norms(j: &Journey) -> Vec<Norm> {
    let Some(plan) = &j.plan else {
        return Vec::new();
    };
    plan.weeks
        .iter()
        .enumerate()
        .filter(|(_, w)| w.decision == Some(Decision::Norm))
        .map(|(k, w)| Norm {
            week: k + 1,
            moment: w
                .touchpoint
                .and_then(|id| j.touchpoint(id))
                .map(|t| t.name.clone())
                .unwrap_or_default(),
            question_answer: w.question_answer.clone(),
            actions: w.actions.clone(),
            evaluation: w.evaluation.clone(),
            decided: plan.friday(k + 1).map(|d| d.to_string()),
        })
        .collect()
}

/// One point of the run chart: the remembered score recorded at a week's end.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct RunPoint {
    /// 1-based.
    pub week: usize,
    pub remembered: f64,
    /// The week ended in a norm.
    pub norm: bool,
}

/// The weeks with a recorded remembered score, in order, and their median: the centre
/// line of a run chart, against which a run of six or more points on one side signals a
/// shift (the usual run-chart rule; Perla, Provost & Murray 2011).
pub fn run_chart(plan: &Plan) -> (Vec<RunPoint>, Option<f64>) {
    let points: Vec<RunPoint> = plan
        .weeks
        .iter()
        .enumerate()
        .filter_map(|(k, w)| {
            w.remembered.filter(|r| r.is_finite()).map(|r| RunPoint {
                week: k + 1,
                remembered: r,
                norm: w.decision == Some(Decision::Norm),
            })
        })
        .collect();
    let mut v: Vec<f64> = points.iter().map(|p| p.remembered).collect();
    crate::model::order::sort_by(&mut v, f64::total_cmp);
    let median = match v.len() {
        0 => None,
        n if n % 2 == 1 => Some(v[n / 2]),
        n => Some((v[n / 2 - 1] + v[n / 2]) / 2.0),
    };
    (points, median)
}

/// The longest run of consecutive points on one side of the median (points on it neither
/// break nor extend a run), and whether it signals a shift (six or more).
pub fn longest_run(points: &[RunPoint], median: f64) -> (usize, bool) {
    let (mut best, mut run, mut side) = (0usize, 0usize, 0i8);
    for p in points {
        let s = if p.remembered > median {
            1
        } else if p.remembered < median {
            -1
        } else {
            continue;
        };
        run = if s == side { run + 1 } else { 1 };
        side = s;
        best = best.max(run);
    }
    (best, best >= 6)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Action, Date, PlanAction, Story, StoryAction, Teller, TouchpointEdit, WeekEdit, apply,
    };

    /// Five touchpoints on −5..5: Call −1, Visit −3, Quote +2, Chase −2, Bill −4.
    /// Moments of truth: Call, Visit, Quote, Bill. Chase is failure demand caused by Visit.
    fn journey() -> Journey {
        let rows = [
            ("Call", -1.0),
            ("Visit", -3.0),
            ("Quote", 2.0),
            ("Chase", -2.0),
            ("Bill", -4.0),
        ];
        let mut j = crate::model::test_journey("Repair", &rows);
        let id = |j: &Journey, i: usize| j.touchpoints[i].id;
        for i in [0, 1, 2, 4] {
            let tp = id(&j, i);
            apply(
                &mut j,
                Action::Edit(tp, TouchpointEdit::MomentOfTruth(true)),
            )
            .unwrap();
        }
        let (chase, visit) = (id(&j, 3), id(&j, 1));
        let fd = TouchpointEdit::FailureDemand {
            failure_demand: true,
            caused_by: Some(visit),
        };
        apply(&mut j, Action::Edit(chase, fd)).unwrap();
        j
    }

    fn story(j: &mut Journey, i: usize, valence: f64) {
        let mut s = Story::new("…", Teller::Customer, valence);
        s.touchpoint = Some(j.touchpoints[i].id);
        apply(j, Action::Story(StoryAction::Add(s))).unwrap();
    }

    #[test]
    fn ranked_by_memory_then_stories_then_failure_demand() {
        let mut j = journey();
        // Peak-end: the most intense moment is Bill (−4) and it is also the end, so
        // R = −4. One step better at Bill (−3) ties Visit (−3) for intensity: R = −3,
        // ΔR = +1. Anywhere else one step better leaves R at −4: ΔR = 0.
        story(&mut j, 0, -2.0); // Call: one negative story
        story(&mut j, 2, -1.0); // Quote: two negative stories
        story(&mut j, 2, -3.0);
        story(&mut j, 2, 4.0); // a positive one does not count
        let m = moments_of_truth(&j, &[]).unwrap();
        let order: Vec<(&str, f64, usize, usize)> = m
            .iter()
            .map(|m| {
                (
                    m.name.as_str(),
                    m.delta_remembered,
                    m.negative_stories,
                    m.failure_demand_caused,
                )
            })
            .collect();
        assert_eq!(
            order,
            [
                ("Bill", 1.0, 0, 0),
                ("Quote", 0.0, 2, 0),
                ("Call", 0.0, 1, 0),
                ("Visit", 0.0, 0, 1),
            ]
        );
        assert_eq!(m.iter().map(|m| m.rank).collect::<Vec<_>>(), [1, 2, 3, 4]);
        assert!(m.iter().all(|m| m.name != "Chase"), "not flagged");
    }

    #[test]
    fn a_survey_gap_breaks_a_tie_and_the_team_has_the_last_word() {
        let mut j = journey();
        // Without stories Call, Quote, Visit tie on ΔR and stories; Visit causes failure
        // demand so it leads them; between Call and Quote the survey gap decides.
        let gap = [Some(0.5), None, Some(3.0), None, None];
        let m = moments_of_truth(&j, &gap).unwrap();
        let names: Vec<&str> = m.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Bill", "Visit", "Quote", "Call"]);
        // The team puts Call first and Quote second: the rest follow in Peakend's order.
        let friday = Date::parse("2026-12-04").unwrap();
        apply(&mut j, Action::Plan(PlanAction::Start(friday))).unwrap();
        let (call, quote) = (j.touchpoints[0].id, j.touchpoints[2].id);
        apply(&mut j, Action::Plan(PlanAction::SetTop(vec![call, quote]))).unwrap();
        let m = moments_of_truth(&j, &gap).unwrap();
        let names: Vec<(&str, usize, Option<usize>)> = m
            .iter()
            .map(|m| (m.name.as_str(), m.rank, m.team_rank))
            .collect();
        assert_eq!(
            names,
            [
                ("Call", 4, Some(1)),
                ("Quote", 3, Some(2)),
                ("Bill", 1, None),
                ("Visit", 2, None)
            ]
        );
    }

    #[test]
    fn no_flags_no_moments_and_at_most_ten() {
        let mut j = Journey::new("none");
        assert!(moments_of_truth(&j, &[]).unwrap().is_empty());
        for k in 0..14 {
            let add = Action::AddTouchpoint {
                name: format!("m{k}"),
                rating: 0.0,
                after: None,
            };
            apply(&mut j, add).unwrap();
            let id = j.touchpoints[k].id;
            apply(
                &mut j,
                Action::Edit(id, TouchpointEdit::MomentOfTruth(true)),
            )
            .unwrap();
        }
        assert_eq!(moments_of_truth(&j, &[]).unwrap().len(), TOP_MOMENTS);
    }

    #[test]
    fn norms_and_the_run_chart() {
        let mut j = journey();
        let friday = Date::parse("2026-12-04").unwrap();
        apply(&mut j, Action::Plan(PlanAction::Start(friday))).unwrap();
        let visit = j.touchpoints[1].id;
        let week = |k, e| Action::Plan(PlanAction::Week(k, e));
        apply(&mut j, week(1, WeekEdit::Touchpoint(Some(visit)))).unwrap();
        apply(
            &mut j,
            week(1, WeekEdit::Actions("Call before we come".into())),
        )
        .unwrap();
        apply(&mut j, week(1, WeekEdit::Decision(Some(Decision::Norm)))).unwrap();
        apply(&mut j, week(2, WeekEdit::Decision(Some(Decision::Drop)))).unwrap();
        let n = norms(&j);
        assert_eq!(n.len(), 1);
        assert_eq!((n[0].week, n[0].moment.as_str()), (2, "Visit"));
        // Week 2 is picked on 11 December and decided on 18 December.
        assert_eq!(n[0].decided.as_deref(), Some("2026-12-18"));

        for (k, r) in [(0, -4.0), (1, -3.0), (2, -3.5), (4, -2.0)] {
            apply(&mut j, week(k, WeekEdit::Remembered(Some(r)))).unwrap();
        }
        let (points, median) = run_chart(j.plan.as_ref().unwrap());
        assert_eq!(
            points.iter().map(|p| p.week).collect::<Vec<_>>(),
            [1, 2, 3, 5]
        );
        assert!(points[1].norm && !points[0].norm);
        // Sorted −4, −3.5, −3, −2: the median is (−3.5 + −3)/2 = −3.25.
        assert_eq!(median, Some(-3.25));
        // Below, above, below, above: no run longer than one.
        assert_eq!(longest_run(&points, -3.25), (1, false));
        let rising: Vec<RunPoint> = (1..=8)
            .map(|w| RunPoint {
                week: w,
                remembered: if w <= 2 { -4.0 } else { -1.0 },
                norm: false,
            })
            .collect();
        assert_eq!(longest_run(&rising, -2.0), (6, true));
    }
}
