//! The journey file's `stories` and `plan`: read into their on-disk shapes, checked into
//! the model (every reference alive, every valence on the scale, the plan on a Friday),
//! and written back so a written file always opens again.

use super::obj::{Obj, join};
use super::v1::{DecisionV1, PlanV1, StoryV1, TellerV1, WeekV1};
use super::{ErrorKind, FormatError};
use crate::model::{
    Date, Decision, MAX_NAME_CHARS, MAX_NOTES_CHARS, MAX_PLAN_WEEKS, MAX_STORIES, MAX_STORY_CHARS,
    MAX_THEME_CHARS, MAX_THEMES, PhaseId, Plan, Scale, Story, TOP_MOMENTS, Teller, TouchpointId,
    Week, clean, clean_story, clean_themes,
};
use serde_json::Value;
use std::collections::HashSet;

fn quoted_found(s: &str) -> String {
    clean(s, 80)
}

/// `stories`: a list of objects.
pub(super) fn read_stories(o: &Obj) -> Result<Vec<StoryV1>, FormatError> {
    let list = o.list("stories", MAX_STORIES)?.into_iter().flatten();
    list.enumerate()
        .map(|(k, v)| {
            let s = o.item("stories", k, v)?;
            let teller = match s.text("teller", MAX_NAME_CHARS)?.as_deref() {
                None => TellerV1::Customer,
                Some(t) => match Teller::from_key(t) {
                    Some(Teller::Employee) => TellerV1::Employee,
                    Some(Teller::Customer) => TellerV1::Customer,
                    None => {
                        return Err(s.err(
                            "teller",
                            ErrorKind::UnknownTeller {
                                found: quoted_found(t),
                            },
                        ));
                    }
                },
            };
            let themes = s.list("themes", MAX_THEMES)?.into_iter().flatten();
            let themes = themes
                .enumerate()
                .map(|(i, v)| match v {
                    Value::String(t) => Ok(clean(t, MAX_THEME_CHARS)),
                    _ => Err(s.wrong(&format!("themes[{i}]"), super::Expected::Text)),
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok(StoryV1 {
                text: s.text("text", MAX_STORY_CHARS)?.unwrap_or_default(),
                teller,
                who: s.text("who", MAX_NAME_CHARS)?.unwrap_or_default(),
                valence: s.require("valence", s.number("valence")?)?,
                touchpoint: s.id("touchpoint")?,
                phase: s.id("phase")?,
                themes,
                date: s.text("date", MAX_NAME_CHARS)?,
            })
        })
        .collect()
}

/// `plan`: `{"start", "weeks": [...], "top": [...]}`.
pub(super) fn read_plan(o: &Obj) -> Result<Option<PlanV1>, FormatError> {
    let Some(p) = o.object("plan")? else {
        return Ok(None);
    };
    let start = p.require("start", p.text("start", MAX_NAME_CHARS)?)?;
    let weeks = p.require("weeks", p.list("weeks", MAX_PLAN_WEEKS)?)?;
    let weeks = weeks
        .iter()
        .enumerate()
        .map(|(k, v)| {
            let w = p.item("weeks", k, v)?;
            let decision = match w.text("decision", MAX_NAME_CHARS)?.as_deref() {
                None | Some("") => None,
                Some(d) => Some(match Decision::from_key(d) {
                    Some(Decision::Norm) => DecisionV1::Norm,
                    Some(Decision::Adapt) => DecisionV1::Adapt,
                    Some(Decision::Drop) => DecisionV1::Drop,
                    None => {
                        return Err(w.err(
                            "decision",
                            ErrorKind::UnknownDecision {
                                found: quoted_found(d),
                            },
                        ));
                    }
                }),
            };
            let text = |key: &str| -> Result<String, FormatError> {
                Ok(w.text(key, MAX_NOTES_CHARS)?.unwrap_or_default())
            };
            Ok(WeekV1 {
                touchpoint: w.id("touchpoint")?,
                question_answer: text("question_answer")?,
                actions: text("actions")?,
                evaluation: text("evaluation")?,
                decision,
                before: w.number("before")?,
                after: w.number("after")?,
                remembered: w.number("remembered")?,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let top = p.list("top", TOP_MOMENTS)?.into_iter().flatten();
    let top = top
        .enumerate()
        .map(|(k, v)| match v.as_u64() {
            Some(id) if id <= u64::from(super::MAX_ID) => Ok(id as u32),
            _ => Err(p.err(
                &format!("top[{k}]"),
                ErrorKind::BadId { max: super::MAX_ID },
            )),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Some(PlanV1 { start, weeks, top }))
}

/// What the checks need to know of the journey.
pub(super) struct Known<'a> {
    pub scale: &'a Scale,
    pub touchpoints: &'a HashSet<u32>,
    pub phases: &'a HashSet<u32>,
    /// Prefix of error paths (`journeys[3]` inside a library).
    pub path: &'a str,
}

impl Known<'_> {
    fn err(&self, key: String, kind: ErrorKind) -> FormatError {
        FormatError {
            kind,
            path: join(self.path, &key),
            touchpoint: None,
        }
    }

    fn touchpoint(
        &self,
        key: String,
        id: Option<u32>,
    ) -> Result<Option<TouchpointId>, FormatError> {
        match id {
            Some(id) if !self.touchpoints.contains(&id) => {
                Err(self.err(key, ErrorKind::UnknownTouchpoint { id }))
            }
            id => Ok(id.map(TouchpointId)),
        }
    }

    fn on_scale(&self, key: String, v: Option<f64>) -> Result<Option<f64>, FormatError> {
        match v {
            Some(value) if !self.scale.contains(value) => Err(self.err(
                key,
                ErrorKind::OutsideScale {
                    value,
                    min: self.scale.min,
                    max: self.scale.max,
                },
            )),
            v => Ok(v),
        }
    }

    fn date(&self, key: String, s: &str) -> Result<Date, FormatError> {
        Date::parse(s).map_err(|_| {
            self.err(
                key,
                ErrorKind::BadDate {
                    found: quoted_found(s),
                },
            )
        })
    }
}

/// Checks the stories against the journey and builds the model's.
pub(super) fn stories_into_model(list: Vec<StoryV1>, k: &Known) -> Result<Vec<Story>, FormatError> {
    list.into_iter()
        .enumerate()
        .map(|(i, s)| {
            let at = |key: &str| format!("stories[{i}].{key}");
            let phase = match s.phase {
                Some(id) if !k.phases.contains(&id) => {
                    return Err(k.err(at("phase"), ErrorKind::UnknownPhase { id }));
                }
                p => p.map(PhaseId),
            };
            let touchpoint = k.touchpoint(at("touchpoint"), s.touchpoint)?;
            Ok(Story {
                text: clean_story(&s.text),
                teller: match s.teller {
                    TellerV1::Employee => Teller::Employee,
                    TellerV1::Customer => Teller::Customer,
                },
                who: s.who.trim().to_string(),
                valence: k
                    .on_scale(at("valence"), Some(s.valence))?
                    .unwrap_or(s.valence),
                phase: if touchpoint.is_some() { None } else { phase },
                touchpoint,
                themes: clean_themes(&s.themes),
                date: match s.date.as_deref().map(str::trim) {
                    None | Some("") => None,
                    Some(d) => Some(k.date(at("date"), d)?),
                },
            })
        })
        .collect()
}

/// Checks the plan against the journey and builds the model's.
pub(super) fn plan_into_model(p: Option<PlanV1>, k: &Known) -> Result<Option<Plan>, FormatError> {
    let Some(p) = p else {
        return Ok(None);
    };
    let start = k.date("plan.start".into(), &p.start)?;
    if start.weekday() != crate::model::Weekday::Friday {
        return Err(k.err("plan.start".into(), ErrorKind::NotAFriday));
    }
    if p.weeks.is_empty() {
        return Err(k.err("plan.weeks".into(), ErrorKind::Missing));
    }
    if start.add_days(7 * p.weeks.len() as i64).is_none() {
        return Err(k.err(
            "plan.start".into(),
            ErrorKind::BadDate {
                found: p.start.clone(),
            },
        ));
    }
    let weeks = p
        .weeks
        .into_iter()
        .enumerate()
        .map(|(i, w)| {
            let at = |key: &str| format!("plan.weeks[{i}].{key}");
            Ok(Week {
                touchpoint: k.touchpoint(at("touchpoint"), w.touchpoint)?,
                question_answer: w.question_answer,
                actions: w.actions,
                evaluation: w.evaluation,
                decision: w.decision.map(|d| match d {
                    DecisionV1::Norm => Decision::Norm,
                    DecisionV1::Adapt => Decision::Adapt,
                    DecisionV1::Drop => Decision::Drop,
                }),
                before: k.on_scale(at("before"), w.before)?,
                after: k.on_scale(at("after"), w.after)?,
                remembered: w.remembered,
            })
        })
        .collect::<Result<Vec<_>, FormatError>>()?;
    let mut top = Vec::with_capacity(p.top.len());
    for (i, id) in p.top.into_iter().enumerate() {
        let id = k
            .touchpoint(format!("plan.top[{i}]"), Some(id))?
            .unwrap_or(TouchpointId(id));
        if top.contains(&id) {
            return Err(k.err(
                format!("plan.top[{i}]"),
                ErrorKind::DuplicateId { id: id.0 },
            ));
        }
        top.push(id);
    }
    Ok(Some(Plan { start, weeks, top }))
}

/// The stories as written: dangling references dropped, valences on the scale, text
/// within the limits, so the reader takes them back.
pub(super) fn stories_to_v1(
    stories: &[Story],
    scale: &Scale,
    touchpoints: &HashSet<u32>,
    phases: &HashSet<u32>,
) -> Vec<StoryV1> {
    stories
        .iter()
        .take(MAX_STORIES)
        .map(|s| StoryV1 {
            text: clean_story(&s.text),
            teller: match s.teller {
                Teller::Employee => TellerV1::Employee,
                Teller::Customer => TellerV1::Customer,
            },
            who: clean(&s.who, MAX_NAME_CHARS),
            valence: if s.valence.is_finite() {
                scale.clamp(s.valence)
            } else {
                scale.neutral
            },
            touchpoint: s
                .touchpoint
                .map(|t| t.0)
                .filter(|t| touchpoints.contains(t)),
            phase: s.phase.map(|p| p.0).filter(|p| phases.contains(p)),
            themes: clean_themes(&s.themes),
            date: s.date.map(|d| d.to_string()),
        })
        .collect()
}

/// The plan as written, made readable the same way.
pub(super) fn plan_to_v1(p: &Plan, scale: &Scale, touchpoints: &HashSet<u32>) -> PlanV1 {
    let live = |id: Option<TouchpointId>| id.map(|i| i.0).filter(|i| touchpoints.contains(i));
    let on_scale = |v: Option<f64>| v.filter(|v| scale.contains(*v));
    let mut top: Vec<u32> = Vec::new();
    for id in p.top.iter().filter_map(|t| live(Some(*t))) {
        if !top.contains(&id) && top.len() < TOP_MOMENTS {
            top.push(id);
        }
    }
    PlanV1 {
        start: p.start.to_string(),
        weeks: p
            .weeks
            .iter()
            .take(MAX_PLAN_WEEKS)
            .map(|w| WeekV1 {
                touchpoint: live(w.touchpoint),
                question_answer: clean(&w.question_answer, MAX_NOTES_CHARS),
                actions: clean(&w.actions, MAX_NOTES_CHARS),
                evaluation: clean(&w.evaluation, MAX_NOTES_CHARS),
                decision: w.decision.map(|d| match d {
                    Decision::Norm => DecisionV1::Norm,
                    Decision::Adapt => DecisionV1::Adapt,
                    Decision::Drop => DecisionV1::Drop,
                }),
                before: on_scale(w.before),
                after: on_scale(w.after),
                remembered: w.remembered.filter(|v| v.is_finite()),
            })
            .collect(),
        top,
    }
}
