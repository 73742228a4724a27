//! The pattern in the stories (seed `000`): per touchpoint and per theme, how many stories,
//! how many positive and negative, told by employees and by customers; and the mismatch,
//! where employees tell of making customers happy and customers of being let down.
//!
//! A story is positive when its valence lies above the scale's neutral point, negative when
//! below, and neutral on it. Counts, not statistics: a pattern to talk about, not a proof.

use crate::model::{Journey, PhaseId, Story, Teller, TouchpointId};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Stories counted by sign and teller.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub count: usize,
    pub positive: usize,
    pub negative: usize,
    pub employee: usize,
    pub customer: usize,
    /// Employees' stories above neutral.
    pub employee_positive: usize,
    /// Employees' stories below neutral.
    pub employee_negative: usize,
    pub customer_positive: usize,
    pub customer_negative: usize,
}

impl Tally {
    fn add(&mut self, s: &Story, neutral: f64) {
        let (pos, neg) = (s.valence > neutral, s.valence < neutral);
        self.count += 1;
        self.positive += usize::from(pos);
        self.negative += usize::from(neg);
        match s.teller {
            Teller::Employee => {
                self.employee += 1;
                self.employee_positive += usize::from(pos);
                self.employee_negative += usize::from(neg);
            }
            Teller::Customer => {
                self.customer += 1;
                self.customer_positive += usize::from(pos);
                self.customer_negative += usize::from(neg);
            }
        }
    }

    /// Employees mostly tell of a good moment (more than half of their stories are
    /// positive) and customers mostly of a bad one (more than half negative).
    pub fn is_mismatch(&self) -> bool {
        2 * self.employee_positive > self.employee && 2 * self.customer_negative > self.customer
    }
}

/// The stories about one touchpoint.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TouchpointStories {
    /// Position in the journey (0-based).
    pub index: usize,
    pub id: TouchpointId,
    pub name: String,
    #[serde(flatten)]
    pub tally: Tally,
}

/// The stories with one theme.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ThemeStories {
    pub theme: String,
    #[serde(flatten)]
    pub tally: Tally,
}

/// The stories about one phase: told about the phase itself or about one of its touchpoints.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PhaseStories {
    pub id: PhaseId,
    pub name: String,
    #[serde(flatten)]
    pub tally: Tally,
}

/// The whole pattern.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Patterns {
    pub all: Tally,
    /// Touchpoints with at least one story, in journey order.
    pub by_touchpoint: Vec<TouchpointStories>,
    /// Themes, most stories first (then alphabetically).
    pub by_theme: Vec<ThemeStories>,
    /// Phases with at least one story, in journey order.
    pub by_phase: Vec<PhaseStories>,
    /// Stories about no touchpoint or phase.
    pub about_nothing: usize,
    /// Positions (0-based) of the touchpoints where employees' stories are mostly positive
    /// and customers' mostly negative, in journey order.
    pub mismatch: Vec<usize>,
}

/// Counts the journey's stories. O(stories + touchpoints).
pub fn patterns(j: &Journey) -> Patterns {
    let neutral = j.scale.neutral;
    let position = j.positions();
    let mut per_tp = vec![Tally::default(); j.touchpoints.len()];
    let mut per_phase = vec![Tally::default(); j.phases.len()];
    let phase_pos: HashMap<PhaseId, usize> = j
        .phases
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id, i))
        .collect();
    let mut themes: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut all = Tally::default();
    let mut about_nothing = 0;
    for s in &j.stories {
        all.add(s, neutral);
        let tp = s.touchpoint.and_then(|id| position.get(&id).copied());
        if let Some(i) = tp {
            per_tp[i].add(s, neutral);
        }
        let phase = match tp {
            Some(i) => j.touchpoints[i].phase,
            None => s.phase,
        };
        match phase.and_then(|p| phase_pos.get(&p).copied()) {
            Some(p) => per_phase[p].add(s, neutral),
            None if tp.is_none() => about_nothing += 1,
            None => {}
        }
        for t in &s.themes {
            themes.entry(t).or_default().add(s, neutral);
        }
    }
    let by_touchpoint: Vec<TouchpointStories> = per_tp
        .into_iter()
        .enumerate()
        .filter(|(_, t)| t.count > 0)
        .map(|(index, tally)| TouchpointStories {
            index,
            id: j.touchpoints[index].id,
            name: j.touchpoints[index].name.clone(),
            tally,
        })
        .collect();
    let mismatch = by_touchpoint
        .iter()
        .filter(|t| t.tally.is_mismatch())
        .map(|t| t.index)
        .collect();
    let mut by_theme: Vec<ThemeStories> = themes
        .into_iter()
        .map(|(theme, tally)| ThemeStories {
            theme: theme.to_string(),
            tally,
        })
        .collect();
    // Stable: equal counts stay alphabetical.
    crate::model::order::sort_by_key(&mut by_theme, |t| std::cmp::Reverse(t.tally.count));
    let by_phase = per_phase
        .into_iter()
        .enumerate()
        .filter(|(_, t)| t.count > 0)
        .map(|(i, tally)| PhaseStories {
            id: j.phases[i].id,
            name: j.phases[i].name.clone(),
            tally,
        })
        .collect();
    Patterns {
        all,
        by_touchpoint,
        by_theme,
        by_phase,
        about_nothing,
        mismatch,
    }
}

/// The journey's stories per touchpoint position: how many are about each (the chart's
/// markers).
pub fn counts_per_touchpoint(j: &Journey) -> Vec<usize> {
    let position = j.positions();
    let mut out = vec![0; j.touchpoints.len()];
    for i in j
        .stories
        .iter()
        .filter_map(|s| s.touchpoint.and_then(|id| position.get(&id)))
    {
        out[*i] += 1;
    }
    out
}

/// `stories` in the analysis JSON.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StoriesExport {
    pub count: usize,
    pub positive: usize,
    pub negative: usize,
    pub employee: usize,
    pub customer: usize,
    pub by_touchpoint: Vec<TouchpointStoriesExport>,
    pub by_theme: Vec<ThemeStories>,
    /// Names of the touchpoints where employees' stories are mostly positive and
    /// customers' mostly negative.
    pub mismatch: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TouchpointStoriesExport {
    pub name: String,
    pub count: usize,
    pub positive: usize,
    pub negative: usize,
    pub employee: usize,
    pub customer: usize,
}

impl Patterns {
    pub fn export(&self, j: &Journey) -> StoriesExport {
        StoriesExport {
            count: self.all.count,
            positive: self.all.positive,
            negative: self.all.negative,
            employee: self.all.employee,
            customer: self.all.customer,
            by_touchpoint: self
                .by_touchpoint
                .iter()
                .map(|t| TouchpointStoriesExport {
                    name: t.name.clone(),
                    count: t.tally.count,
                    positive: t.tally.positive,
                    negative: t.tally.negative,
                    employee: t.tally.employee,
                    customer: t.tally.customer,
                })
                .collect(),
            by_theme: self.by_theme.clone(),
            mismatch: self
                .mismatch
                .iter()
                .filter_map(|i| j.touchpoints.get(*i))
                .map(|t| t.name.clone())
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, StoryAction, apply};

    /// Order, Delivery, Invoice on −5..5; Delivery in phase "Getting it".
    fn journey() -> Journey {
        crate::model::test_journey(
            "Shop",
            &[("Order", 0.0), ("Delivery", 0.0), ("Invoice", 0.0)],
        )
    }

    fn story(j: &mut Journey, teller: Teller, valence: f64, tp: Option<usize>, themes: &[&str]) {
        let mut s = Story::new("…", teller, valence);
        s.touchpoint = tp.map(|i| j.touchpoints[i].id);
        s.themes = themes.iter().map(|t| t.to_string()).collect();
        apply(j, Action::Story(StoryAction::Add(s))).unwrap();
    }

    #[test]
    fn counts_by_touchpoint_theme_and_teller() {
        use Teller::{Customer as C, Employee as E};
        let mut j = journey();
        // Delivery: employees +4, +3, −1; customers −4, −2, 0 (neutral).
        story(&mut j, E, 4.0, Some(1), &["speed"]);
        story(&mut j, E, 3.0, Some(1), &["speed", "tone"]);
        story(&mut j, E, -1.0, Some(1), &[]);
        story(&mut j, C, -4.0, Some(1), &["waiting"]);
        story(&mut j, C, -2.0, Some(1), &["waiting", "speed"]);
        story(&mut j, C, 0.0, Some(1), &[]);
        // Order: one customer +2. One story about nothing.
        story(&mut j, C, 2.0, Some(0), &["tone"]);
        story(&mut j, E, -3.0, None, &[]);
        let p = patterns(&j);
        assert_eq!(
            (
                p.all.count,
                p.all.positive,
                p.all.negative,
                p.all.employee,
                p.all.customer
            ),
            (8, 3, 4, 4, 4)
        );
        assert_eq!(p.about_nothing, 1);
        let names: Vec<&str> = p.by_touchpoint.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            ["Order", "Delivery"],
            "journey order, only with stories"
        );
        let d = &p.by_touchpoint[1].tally;
        assert_eq!((d.count, d.positive, d.negative), (6, 2, 3));
        assert_eq!((d.employee_positive, d.employee_negative), (2, 1));
        assert_eq!((d.customer_positive, d.customer_negative), (0, 2));
        // Employees 2 of 3 positive (> ½); customers 2 of 3 negative (> ½): a mismatch.
        assert_eq!(p.mismatch, vec![1]);
        // Themes: speed 3, tone 2, waiting 2 (tone before waiting: alphabetical).
        let themes: Vec<(&str, usize)> = p
            .by_theme
            .iter()
            .map(|t| (t.theme.as_str(), t.tally.count))
            .collect();
        assert_eq!(themes, [("speed", 3), ("tone", 2), ("waiting", 2)]);
        assert_eq!(counts_per_touchpoint(&j), vec![1, 6, 0]);
        let e = p.export(&j);
        assert_eq!(e.mismatch, vec!["Delivery"]);
        assert_eq!(e.by_touchpoint[1].negative, 3);
    }

    #[test]
    fn half_is_not_mostly() {
        use Teller::{Customer as C, Employee as E};
        let mut j = journey();
        story(&mut j, E, 3.0, Some(2), &[]);
        story(&mut j, E, -3.0, Some(2), &[]);
        story(&mut j, C, -3.0, Some(2), &[]);
        assert!(patterns(&j).mismatch.is_empty(), "employees split 1–1");
        story(&mut j, E, 1.0, Some(2), &[]);
        assert_eq!(patterns(&j).mismatch, vec![2]);
        // Without any customer story there is nothing to mismatch.
        let mut k = journey();
        story(&mut k, E, 3.0, Some(0), &[]);
        assert!(patterns(&k).mismatch.is_empty());
    }

    #[test]
    fn phases_gather_their_touchpoints_stories() {
        let mut j = journey();
        apply(&mut j, Action::AddPhase("Buying".into())).unwrap();
        let phase = j.phases[0].id;
        story(&mut j, Teller::Customer, -2.0, Some(0), &[]);
        let mut s = Story::new("the whole buying part", Teller::Customer, 3.0);
        s.phase = Some(phase);
        apply(&mut j, Action::Story(StoryAction::Add(s))).unwrap();
        let p = patterns(&j);
        assert_eq!(p.by_phase.len(), 1);
        assert_eq!(p.by_phase[0].tally.count, 2);
        assert_eq!(p.about_nothing, 0);
    }
}
