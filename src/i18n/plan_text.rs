//! The twelve-week plan as calendar events, in English and Dutch: on every Friday the
//! pick of the coming week's moment of truth with the seed's question, and on the Friday
//! after, the evaluation. Pure Rust; the file itself is written by `io::ics`.

use super::Lang;
use crate::io::ics::{self, Event};
use crate::model::{Decision, Journey, Plan, Week};

/// The seed's question, for customers or, in an employee journey, for the team's own people.
pub fn question(l: Lang, employee: bool) -> &'static str {
    match (l, employee) {
        (Lang::En, false) => {
            "How do I make sure that at this moment of truth the customer feels attention?"
        }
        (Lang::Nl, false) => {
            "Hoe kan ik op dit Moment van de Waarheid ervoor zorgen dat mijn relatie aandacht ervaart?"
        }
        (Lang::En, true) => {
            "How do we make a deposit on our people's emotional bank account at this moment?"
        }
        (Lang::Nl, true) => {
            "Hoe kunnen wij op dit moment storten op de emotionele bankrekening van onze mensen?"
        }
    }
}

pub fn decision(l: Lang, d: Decision) -> &'static str {
    match (l, d) {
        (Lang::En, Decision::Norm) => "make it the norm",
        (Lang::Nl, Decision::Norm) => "wordt de norm",
        (Lang::En, Decision::Adapt) => "adapt",
        (Lang::Nl, Decision::Adapt) => "aanpassen",
        (Lang::En, Decision::Drop) => "drop",
        (Lang::Nl, Decision::Drop) => "laten vallen",
    }
}

/// The calendar's name.
pub fn calendar_name(l: Lang, title: &str) -> String {
    match l {
        Lang::En => format!("Moments of truth: {title}"),
        Lang::Nl => format!("Momenten van de Waarheid: {title}"),
    }
}

fn moment_name<'a>(j: &'a Journey, w: &Week) -> Option<&'a str> {
    w.touchpoint
        .and_then(|id| j.touchpoint(id))
        .map(|t| t.name.as_str())
        .filter(|n| !n.trim().is_empty())
}

fn labelled(out: &mut Vec<String>, label: &str, text: &str) {
    if !text.trim().is_empty() {
        out.push(format!("{label}: {}", text.trim()));
    }
}

/// The pick event of week `k` (0-based) on its Friday, and its evaluation on the next.
fn week_events(l: Lang, j: &Journey, plan: &Plan, k: usize, uid: &str) -> Vec<Event> {
    let w = &plan.weeks[k];
    let n = k + 1;
    let moment = moment_name(j, w);
    let mut events = Vec::with_capacity(2);
    if let Some(date) = plan.friday(k) {
        let summary = match (l, moment) {
            (Lang::En, Some(m)) => format!("Week {n}: {m}, a moment of truth"),
            (Lang::Nl, Some(m)) => format!("Week {n}: {m}, een Moment van de Waarheid"),
            (Lang::En, None) => format!("Week {n}: pick a moment of truth for the coming week"),
            (Lang::Nl, None) => {
                format!("Week {n}: kies een Moment van de Waarheid voor de komende week")
            }
        };
        let mut lines = vec![question(l, j.employee_journey).to_string()];
        let (answer, actions) = match l {
            Lang::En => ("Our answer", "Actions"),
            Lang::Nl => ("Ons antwoord", "Acties"),
        };
        labelled(&mut lines, answer, &w.question_answer);
        labelled(&mut lines, actions, &w.actions);
        events.push(Event {
            uid: format!("{uid}-week{n}-pick@peakend"),
            date,
            summary,
            description: lines.join("\n"),
        });
    }
    if let Some(date) = plan.friday(k + 1) {
        let summary = match (l, moment) {
            (Lang::En, Some(m)) => format!("Week {n}: evaluate {m}"),
            (Lang::Nl, Some(m)) => format!("Week {n}: evalueer {m}"),
            (Lang::En, None) => format!("Week {n}: evaluate the week"),
            (Lang::Nl, None) => format!("Week {n}: evalueer de week"),
        };
        let mut lines = vec![
            match l {
                Lang::En => "Which action worked best? Make it the norm, adapt it, or drop it.",
                Lang::Nl => {
                    "Welke actie werkte het best? Maak het de norm, pas het aan of laat het vallen."
                }
            }
            .to_string(),
        ];
        let (eval, dec) = match l {
            Lang::En => ("What worked best", "Decision"),
            Lang::Nl => ("Wat werkte het best", "Besluit"),
        };
        labelled(&mut lines, eval, &w.evaluation);
        if let Some(d) = w.decision {
            labelled(&mut lines, dec, decision(l, d));
        }
        events.push(Event {
            uid: format!("{uid}-week{n}-evaluate@peakend"),
            date,
            summary,
            description: lines.join("\n"),
        });
    }
    events
}

/// The plan of `j` as an iCalendar file, or `None` without a plan. `stamp` is the time of
/// export ([`ics::utc_stamp`]). Event UIDs come from the journey's title and the plan's
/// start, so exporting again updates the events in a calendar instead of doubling them.
pub fn plan_calendar(l: Lang, j: &Journey, stamp: &str) -> Option<String> {
    let plan = j.plan.as_ref()?;
    let uid = format!(
        "peakend-{}-{}",
        ics::fingerprint(&j.title),
        plan.start.basic()
    );
    let events: Vec<Event> = (0..plan.weeks.len())
        .flat_map(|k| week_events(l, j, plan, k, &uid))
        .collect();
    Some(ics::write_calendar(
        &calendar_name(l, &j.title),
        &events,
        stamp,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::ics::unfold;
    use crate::model::{Action, Date, PlanAction, WeekEdit, apply};

    #[test]
    fn twelve_fridays_each_with_a_pick_and_an_evaluation() {
        let mut j = crate::model::test_journey("Repairs, North", &[("Engineer visit", -2.0)]);
        assert_eq!(plan_calendar(Lang::En, &j, "20261202T102500Z"), None);
        let start = Date::parse("2026-12-04").unwrap();
        apply(&mut j, Action::Plan(PlanAction::Start(start))).unwrap();
        let visit = j.touchpoints[0].id;
        let week = |k, e| Action::Plan(PlanAction::Week(k, e));
        apply(&mut j, week(0, WeekEdit::Touchpoint(Some(visit)))).unwrap();
        apply(
            &mut j,
            week(0, WeekEdit::Actions("Call; then, text".into())),
        )
        .unwrap();
        apply(&mut j, week(0, WeekEdit::Decision(Some(Decision::Norm)))).unwrap();
        let ics = plan_calendar(Lang::En, &j, "20261202T102500Z").unwrap();
        let lines = unfold(&ics);
        let count = |p: &str| lines.iter().filter(|l| l.starts_with(p)).count();
        assert_eq!(count("BEGIN:VEVENT"), 24);
        assert_eq!(count("END:VEVENT"), 24);
        let starts: Vec<&String> = lines.iter().filter(|l| l.starts_with("DTSTART")).collect();
        assert_eq!(starts[0], "DTSTART;VALUE=DATE:20261204");
        assert_eq!(
            starts[1], "DTSTART;VALUE=DATE:20261211",
            "week 1 evaluated a week on"
        );
        assert_eq!(starts[23], "DTSTART;VALUE=DATE:20270226");
        assert!(lines.contains(&"SUMMARY:Week 1: Engineer visit\\, a moment of truth".into()));
        assert!(
            lines.contains(&"SUMMARY:Week 2: pick a moment of truth for the coming week".into())
        );
        assert!(
            lines
                .iter()
                .any(|l| l.contains("Actions: Call\\; then\\, text"))
        );
        assert!(
            lines
                .iter()
                .any(|l| l.contains("Decision: make it the norm"))
        );
        assert!(lines.contains(&"X-WR-CALNAME:Moments of truth: Repairs\\, North".into()));
        // Unique UIDs.
        let mut uids: Vec<&String> = lines.iter().filter(|l| l.starts_with("UID:")).collect();
        uids.sort();
        uids.dedup();
        assert_eq!(uids.len(), 24);
        let nl = plan_calendar(Lang::Nl, &j, "20261202T102500Z").unwrap();
        assert!(nl.contains("Moment van de Waarheid"));
    }
}
