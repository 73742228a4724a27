//! The workspace's reader of a panel's message: [`Out`] as serde's derived writer writes
//! it (the panels program's side), read by hand from the parsed JSON.
//!
//! serde's derived reader of these types was the largest single part of the workspace's
//! program that the first screen never runs: 13 KB brotli, for a message that comes only
//! once a panel is open. The JSON value reader is in the program anyway (every journey
//! file is read through it), and this reader is a few KB on top of it. This file's tests
//! send every kind of message through the derived writer and this reader, and compare
//! with serde's derived reader.
//!
//! The shapes are serde's externally tagged ones: a variant without data is its name
//! (`"close"`), one with data is an object with one key, its name (`{"do": …}`), and a
//! variant of several values holds them in a list (`{"Edit": [0, …]}`).

use super::protocol::{Out, PanelAction};
use crate::analysis::lanes::SurveySide;
use crate::io::json::read_journey;
use crate::model::{
    BankSettings, Channel, Date, Decision, InterviewEdit, InterviewId, MemoryModel, PhaseId,
    PlanAction, Promise, PromiseState, Question, Scale, Story, StoryAction, StoryEdit, Teller,
    TouchpointEdit, TouchpointId, WeekEdit,
};
use serde_json::{Map, Value};

type Read<T> = Result<T, String>;

/// Reads a message from its JSON text.
pub fn read(text: &str) -> Read<Out> {
    let v: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    out(&v)
}

fn out(v: &Value) -> Read<Out> {
    Ok(match variant(v)? {
        ("close", None) => Out::Close,
        ("seal", None) => Out::Seal,
        ("export-library", None) => Out::ExportLibrary,
        ("import-files", None) => Out::ImportFiles,
        ("do", Some(a)) => Out::Do(panel_action(a)?),
        ("create", Some(f)) => Out::Create(read_journey(text(f)?).map_err(|e| e.to_string())?),
        ("customer-side", Some(s)) => Out::CustomerSide(option(s, survey_side)?),
        ("respondents", Some(n)) => Out::Respondents(option(n, count)?),
        other => return Err(unknown("message", other.0)),
    })
}

fn panel_action(v: &Value) -> Read<PanelAction> {
    let (name, data) = variant(v)?;
    let d = data.ok_or_else(|| unknown("change", name))?;
    Ok(match name {
        "story" => PanelAction::Story(story_action(d)?),
        "plan" => PanelAction::Plan(plan_action(d)?),
        "set-employee-journey" => PanelAction::SetEmployeeJourney(flag(d)?),
        "add-interview" => PanelAction::AddInterview(string(d)?),
        "edit-interview" => {
            let [id, edit] = pair(d)?;
            PanelAction::EditInterview(InterviewId(id32(id)?), interview_edit(edit)?)
        }
        "remove-interview" => PanelAction::RemoveInterview(InterviewId(id32(d)?)),
        "set-participants" => PanelAction::SetParticipants(count(d)?),
        "add-participant" => PanelAction::AddParticipant(string(d)?),
        "rename-participant" => {
            let [i, name] = pair(d)?;
            PanelAction::RenameParticipant(count(i)?, string(name)?)
        }
        "remove-participant" => PanelAction::RemoveParticipant(count(d)?),
        "vote" => {
            let o = object(d)?;
            PanelAction::Vote {
                id: TouchpointId(id32(field(o, "id")?)?),
                participant: count(field(o, "participant")?)?,
                value: option(field(o, "value")?, number)?,
            }
        }
        "paste-votes" => {
            let o = object(d)?;
            PanelAction::PasteVotes {
                id: TouchpointId(id32(field(o, "id")?)?),
                values: list(field(o, "values")?, number)?,
            }
        }
        "set-ratings" => PanelAction::SetRatings(list(d, |r| {
            let [id, rating] = pair(r)?;
            Ok((TouchpointId(id32(id)?), number(rating)?))
        })?),
        "set-memory-model" => PanelAction::SetMemoryModel(memory_model(d)?),
        "set-bank" => PanelAction::SetBank(bank(d)?),
        "set-scale" => PanelAction::SetScale(scale(d)?),
        "edit" => {
            let [id, edit] = pair(d)?;
            PanelAction::Edit(touchpoint(id)?, touchpoint_edit(edit)?)
        }
        "add-failure-demand" => {
            let o = object(d)?;
            PanelAction::AddFailureDemand {
                after: touchpoint(field(o, "after")?)?,
                name: string(field(o, "name")?)?,
                rating: number(field(o, "rating")?)?,
                caused_by: touchpoint(field(o, "caused_by")?)?,
            }
        }
        "nudge" => {
            let [id, steps] = pair(d)?;
            let steps = steps
                .as_i64()
                .and_then(|s| i32::try_from(s).ok())
                .ok_or_else(|| "expected a whole number of steps".to_string())?;
            PanelAction::Nudge(touchpoint(id)?, steps)
        }
        "add-phase" => PanelAction::AddPhase(string(d)?),
        "rename-phase" => {
            let [id, name] = pair(d)?;
            PanelAction::RenamePhase(phase(id)?, string(name)?)
        }
        "move-phase" => {
            let o = object(d)?;
            PanelAction::MovePhase {
                id: phase(field(o, "id")?)?,
                to: count(field(o, "to")?)?,
            }
        }
        "remove-phase" => PanelAction::RemovePhase(phase(d)?),
        _ => return Err(unknown("change", name)),
    })
}

fn touchpoint_edit(v: &Value) -> Read<TouchpointEdit> {
    let (name, data) = variant(v)?;
    let d = data.ok_or_else(|| unknown("touchpoint change", name))?;
    Ok(match name {
        "name" => TouchpointEdit::Name(string(d)?),
        "rating" => TouchpointEdit::Rating(number(d)?),
        "duration" => TouchpointEdit::Duration(number(d)?),
        "notes" => TouchpointEdit::Notes(string(d)?),
        "channel" => TouchpointEdit::Channel(option(d, channel)?),
        "phase" => TouchpointEdit::Phase(option(d, phase)?),
        "moment-of-truth" => TouchpointEdit::MomentOfTruth(flag(d)?),
        "expected" => TouchpointEdit::Expected(option(d, number)?),
        "ours" => TouchpointEdit::Ours(option(d, number)?),
        "add-promise" => {
            let o = object(d)?;
            TouchpointEdit::AddPromise(Promise {
                text: string(field(o, "text")?)?,
                state: or_default(o, "state", promise_state)?,
            })
        }
        "promise-text" => {
            let [i, text] = pair(d)?;
            TouchpointEdit::PromiseText(count(i)?, string(text)?)
        }
        "promise-state" => {
            let [i, state] = pair(d)?;
            TouchpointEdit::PromiseState(count(i)?, promise_state(state)?)
        }
        "remove-promise" => TouchpointEdit::RemovePromise(count(d)?),
        "failure-demand" => {
            let o = object(d)?;
            TouchpointEdit::FailureDemand {
                failure_demand: flag(field(o, "failure_demand")?)?,
                caused_by: or_default(o, "caused_by", |c| option(c, touchpoint))?,
            }
        }
        _ => return Err(unknown("touchpoint change", name)),
    })
}

/// A channel as serde writes it: a fixed one by its key, a typed one as `{"custom": …}`.
fn channel(v: &Value) -> Read<Channel> {
    match v {
        Value::String(key) => Channel::PRESETS
            .into_iter()
            .find(|c| c.key() == key)
            .ok_or_else(|| unknown("channel", key)),
        _ => match variant(v)? {
            ("custom", Some(name)) => Ok(Channel::Custom(string(name)?)),
            (other, _) => Err(unknown("channel", other)),
        },
    }
}

fn promise_state(v: &Value) -> Read<PromiseState> {
    match text(v)? {
        "kept" => Ok(PromiseState::Kept),
        "broken" => Ok(PromiseState::Broken),
        "open" => Ok(PromiseState::Open),
        other => Err(unknown("promise state", other)),
    }
}

fn story_action(v: &Value) -> Read<StoryAction> {
    let (name, data) = variant(v)?;
    let d = data.ok_or_else(|| unknown("story change", name))?;
    Ok(match name {
        "Add" => StoryAction::Add(story(d)?),
        "Edit" => {
            let [i, edit] = pair(d)?;
            StoryAction::Edit(count(i)?, story_edit(edit)?)
        }
        "Remove" => StoryAction::Remove(count(d)?),
        "Import" => StoryAction::Import(list(d, story)?),
        _ => return Err(unknown("story change", name)),
    })
}

fn story(v: &Value) -> Read<Story> {
    let o = object(v)?;
    Ok(Story {
        text: string(field(o, "text")?)?,
        teller: teller(field(o, "teller")?)?,
        who: or_default(o, "who", string)?,
        valence: number(field(o, "valence")?)?,
        touchpoint: or_default(o, "touchpoint", |t| option(t, touchpoint))?,
        phase: or_default(o, "phase", |p| option(p, phase))?,
        themes: or_default(o, "themes", |t| list(t, string))?,
        date: or_default(o, "date", |d| option(d, date))?,
    })
}

fn story_edit(v: &Value) -> Read<StoryEdit> {
    let (name, data) = variant(v)?;
    let d = data.ok_or_else(|| unknown("story field", name))?;
    Ok(match name {
        "Text" => StoryEdit::Text(string(d)?),
        "Teller" => StoryEdit::Teller(teller(d)?),
        "Who" => StoryEdit::Who(string(d)?),
        "Valence" => StoryEdit::Valence(number(d)?),
        "Touchpoint" => StoryEdit::Touchpoint(option(d, touchpoint)?),
        "Phase" => StoryEdit::Phase(option(d, phase)?),
        "Themes" => StoryEdit::Themes(list(d, string)?),
        "Date" => StoryEdit::Date(option(d, date)?),
        _ => return Err(unknown("story field", name)),
    })
}

fn plan_action(v: &Value) -> Read<PlanAction> {
    Ok(match variant(v)? {
        ("AddWeek", None) => PlanAction::AddWeek,
        ("RemoveLastWeek", None) => PlanAction::RemoveLastWeek,
        ("Remove", None) => PlanAction::Remove,
        ("Start", Some(d)) => PlanAction::Start(date(d)?),
        ("SetStart", Some(d)) => PlanAction::SetStart(date(d)?),
        ("Week", Some(d)) => {
            let [k, edit] = pair(d)?;
            PlanAction::Week(count(k)?, week_edit(edit)?)
        }
        ("SetTop", Some(d)) => PlanAction::SetTop(list(d, touchpoint)?),
        (name, _) => return Err(unknown("plan change", name)),
    })
}

fn week_edit(v: &Value) -> Read<WeekEdit> {
    let (name, data) = variant(v)?;
    let d = data.ok_or_else(|| unknown("week field", name))?;
    Ok(match name {
        "Touchpoint" => WeekEdit::Touchpoint(option(d, touchpoint)?),
        "Answer" => WeekEdit::Answer(string(d)?),
        "Actions" => WeekEdit::Actions(string(d)?),
        "Evaluation" => WeekEdit::Evaluation(string(d)?),
        "Decision" => WeekEdit::Decision(option(d, decision)?),
        "Before" => WeekEdit::Before(option(d, number)?),
        "After" => WeekEdit::After(option(d, number)?),
        "Remembered" => WeekEdit::Remembered(option(d, number)?),
        _ => return Err(unknown("week field", name)),
    })
}

fn interview_edit(v: &Value) -> Read<InterviewEdit> {
    let (name, data) = variant(v)?;
    let d = data.ok_or_else(|| unknown("interview field", name))?;
    Ok(match name {
        "Who" => InterviewEdit::Who(string(d)?),
        "Date" => InterviewEdit::Date(option(d, string)?),
        "Text" => {
            let [q, t] = pair(d)?;
            InterviewEdit::Text(question(q)?, string(t)?)
        }
        "Link" => {
            let [q, id, on] = items(d)?;
            InterviewEdit::Link(question(q)?, touchpoint(id)?, flag(on)?)
        }
        "Feelings" => {
            let [q, words] = pair(d)?;
            InterviewEdit::Feelings(question(q)?, list(words, string)?)
        }
        _ => return Err(unknown("interview field", name)),
    })
}

fn memory_model(v: &Value) -> Read<MemoryModel> {
    let (o, d) = (object(v)?, MemoryModel::default());
    Ok(MemoryModel {
        peak_weight: or(o, "peak_weight", number, d.peak_weight)?,
        end_weight: or(o, "end_weight", number, d.end_weight)?,
        end_window: or(o, "end_window", id32, d.end_window)?,
        split_peaks: or(o, "split_peaks", flag, d.split_peaks)?,
        trend_weight: or(o, "trend_weight", number, d.trend_weight)?,
    })
}

fn bank(v: &Value) -> Read<BankSettings> {
    let (o, d) = (object(v)?, BankSettings::default());
    Ok(BankSettings {
        withdrawal_weight: or(o, "withdrawal_weight", number, d.withdrawal_weight)?,
        broken_promise: or(o, "broken_promise", number, d.broken_promise)?,
    })
}

fn scale(v: &Value) -> Read<Scale> {
    let o = object(v)?;
    Ok(Scale {
        min: number(field(o, "min")?)?,
        max: number(field(o, "max")?)?,
        neutral: number(field(o, "neutral")?)?,
        step: or(o, "step", number, 1.0)?,
    })
}

fn survey_side(v: &Value) -> Read<SurveySide> {
    let o = object(v)?;
    let means = |k| list(field(o, k)?, |m| option(m, number));
    Ok(SurveySide {
        means: means("means")?,
        respondents: count(field(o, "respondents")?)?,
        promoter_gaps: means("promoter_gaps")?,
    })
}

// --- the pieces ----------------------------------------------------------------------

/// A variant: its name, and its data when it has any.
fn variant(v: &Value) -> Read<(&str, Option<&Value>)> {
    match v {
        Value::String(name) => Ok((name, None)),
        Value::Object(o) if o.len() == 1 => {
            let (name, data) = o.iter().next().expect("one entry");
            Ok((name, Some(data)))
        }
        _ => Err("expected a variant: a name, or an object with one key".into()),
    }
}

fn unknown(what: &str, name: &str) -> String {
    format!("unknown {what}: {name}")
}

fn object(v: &Value) -> Read<&Map<String, Value>> {
    v.as_object().ok_or_else(|| "expected an object".into())
}

fn field<'a>(o: &'a Map<String, Value>, key: &str) -> Read<&'a Value> {
    o.get(key).ok_or_else(|| format!("missing field {key}"))
}

/// Field `key` read by `read`, or `fallback` when it is not there.
fn or<T>(o: &Map<String, Value>, key: &str, read: fn(&Value) -> Read<T>, fallback: T) -> Read<T> {
    o.get(key).map_or(Ok(fallback), read)
}

fn or_default<T: Default>(
    o: &Map<String, Value>,
    key: &str,
    read: fn(&Value) -> Read<T>,
) -> Read<T> {
    or(o, key, read, T::default())
}

fn text(v: &Value) -> Read<&str> {
    v.as_str().ok_or_else(|| "expected a text".into())
}

fn string(v: &Value) -> Read<String> {
    text(v).map(str::to_string)
}

fn flag(v: &Value) -> Read<bool> {
    v.as_bool().ok_or_else(|| "expected true or false".into())
}

fn number(v: &Value) -> Read<f64> {
    v.as_f64().ok_or_else(|| "expected a number".into())
}

fn count(v: &Value) -> Read<usize> {
    v.as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| "expected a whole number".into())
}

fn id32(v: &Value) -> Read<u32> {
    v.as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| "expected a whole number".into())
}

fn touchpoint(v: &Value) -> Read<TouchpointId> {
    id32(v).map(TouchpointId)
}

fn phase(v: &Value) -> Read<PhaseId> {
    id32(v).map(PhaseId)
}

fn date(v: &Value) -> Read<Date> {
    Date::parse(text(v)?).map_err(|e| e.to_string())
}

fn teller(v: &Value) -> Read<Teller> {
    // Exactly the keys serde writes (`Teller::from_key` also takes "klant", "staff"…).
    let k = text(v)?;
    [Teller::Employee, Teller::Customer]
        .into_iter()
        .find(|t| t.key() == k)
        .ok_or_else(|| unknown("teller", k))
}

fn decision(v: &Value) -> Read<Decision> {
    let k = text(v)?;
    Decision::from_key(k).ok_or_else(|| unknown("decision", k))
}

fn question(v: &Value) -> Read<Question> {
    let k = text(v)?;
    Question::from_key(k).ok_or_else(|| unknown("question", k))
}

fn option<T>(v: &Value, read: fn(&Value) -> Read<T>) -> Read<Option<T>> {
    if v.is_null() {
        Ok(None)
    } else {
        read(v).map(Some)
    }
}

fn list<T>(v: &Value, read: fn(&Value) -> Read<T>) -> Read<Vec<T>> {
    v.as_array()
        .ok_or_else(|| "expected a list".to_string())?
        .iter()
        .map(read)
        .collect()
}

/// A list of exactly `N` values (a variant's several values).
fn items<const N: usize>(v: &Value) -> Read<[&Value; N]> {
    let a = v.as_array().ok_or_else(|| "expected a list".to_string())?;
    let refs: Vec<&Value> = a.iter().collect();
    refs.try_into()
        .map_err(|_| format!("expected a list of {N} values"))
}

fn pair(v: &Value) -> Read<[&Value; 2]> {
    items::<2>(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::presets;

    fn story_sample(d: Date) -> Story {
        Story {
            text: "They called back \"at once\"".into(),
            teller: Teller::Employee,
            who: "Anna".into(),
            valence: -2.5,
            touchpoint: Some(TouchpointId(3)),
            phase: None,
            themes: vec!["speed".into(), "tone".into()],
            date: Some(d),
        }
    }

    /// One of every change a panel sends, each kind of every nested change included; the
    /// `match`es below stop compiling when a kind is added and not listed here.
    fn every_change() -> Vec<PanelAction> {
        let d = Date::parse("2026-12-04").unwrap();
        let (tp, q) = (TouchpointId(7), Question::Change);
        let stories = [
            StoryAction::Add(story_sample(d)),
            StoryAction::Add(Story {
                touchpoint: None,
                phase: Some(PhaseId(2)),
                date: None,
                ..story_sample(d)
            }),
            StoryAction::Remove(4),
            StoryAction::Import(vec![story_sample(d), story_sample(d)]),
            StoryAction::Edit(1, StoryEdit::Text("x".into())),
            StoryAction::Edit(1, StoryEdit::Teller(Teller::Customer)),
            StoryAction::Edit(1, StoryEdit::Who("".into())),
            StoryAction::Edit(1, StoryEdit::Valence(0.25)),
            StoryAction::Edit(1, StoryEdit::Touchpoint(Some(tp))),
            StoryAction::Edit(1, StoryEdit::Touchpoint(None)),
            StoryAction::Edit(1, StoryEdit::Phase(Some(PhaseId(1)))),
            StoryAction::Edit(1, StoryEdit::Themes(vec!["a".into()])),
            StoryAction::Edit(1, StoryEdit::Date(None)),
            StoryAction::Edit(1, StoryEdit::Date(Some(d))),
        ];
        let weeks = [
            WeekEdit::Touchpoint(Some(tp)),
            WeekEdit::Answer("a".into()),
            WeekEdit::Actions("b".into()),
            WeekEdit::Evaluation("c".into()),
            WeekEdit::Decision(Some(Decision::Adapt)),
            WeekEdit::Decision(None),
            WeekEdit::Before(Some(-1.5)),
            WeekEdit::After(None),
            WeekEdit::Remembered(Some(4.0)),
        ];
        let plans = [
            PlanAction::Start(d),
            PlanAction::SetStart(d),
            PlanAction::AddWeek,
            PlanAction::RemoveLastWeek,
            PlanAction::SetTop(vec![tp, TouchpointId(1)]),
            PlanAction::Remove,
        ];
        let interviews = [
            InterviewEdit::Who("Piet".into()),
            InterviewEdit::Date(Some("2026-11-30".into())),
            InterviewEdit::Date(None),
            InterviewEdit::Text(q, "It was slow".into()),
            InterviewEdit::Link(Question::Offer, tp, true),
            InterviewEdit::Feelings(Question::Feelings, vec!["angry".into()]),
        ];
        let mut all: Vec<PanelAction> = stories.into_iter().map(PanelAction::Story).collect();
        all.extend(plans.into_iter().map(PanelAction::Plan));
        all.extend(
            weeks
                .into_iter()
                .enumerate()
                .map(|(k, w)| PanelAction::Plan(PlanAction::Week(k, w))),
        );
        all.extend(
            interviews
                .into_iter()
                .map(|e| PanelAction::EditInterview(InterviewId(5), e)),
        );
        let edits = [
            TouchpointEdit::Name("Till".into()),
            TouchpointEdit::Rating(-3.25),
            TouchpointEdit::Duration(1.5),
            TouchpointEdit::Notes("Line one\nline \"two\"".into()),
            TouchpointEdit::Channel(Some(Channel::InPerson)),
            TouchpointEdit::Channel(Some(Channel::Custom("Pigeon".into()))),
            TouchpointEdit::Channel(None),
            TouchpointEdit::Phase(Some(PhaseId(2))),
            TouchpointEdit::Phase(None),
            TouchpointEdit::MomentOfTruth(true),
            TouchpointEdit::Expected(Some(2.5)),
            TouchpointEdit::Expected(None),
            TouchpointEdit::Ours(Some(-1.0)),
            TouchpointEdit::AddPromise(Promise::new("Called back today", PromiseState::Broken)),
            TouchpointEdit::PromiseText(1, "Within a day".into()),
            TouchpointEdit::PromiseState(0, PromiseState::Kept),
            TouchpointEdit::PromiseState(2, PromiseState::Open),
            TouchpointEdit::RemovePromise(3),
            TouchpointEdit::FailureDemand {
                failure_demand: true,
                caused_by: Some(TouchpointId(1)),
            },
            TouchpointEdit::FailureDemand {
                failure_demand: false,
                caused_by: None,
            },
        ];
        all.extend(edits.into_iter().map(|e| PanelAction::Edit(tp, e)));
        // Every fixed channel: read by its key, which must be the name serde writes.
        all.extend(
            Channel::PRESETS
                .into_iter()
                .map(|c| PanelAction::Edit(tp, TouchpointEdit::Channel(Some(c)))),
        );
        all.extend([
            PanelAction::SetEmployeeJourney(true),
            PanelAction::AddInterview("Jan".into()),
            PanelAction::RemoveInterview(InterviewId(5)),
            PanelAction::SetParticipants(6),
            PanelAction::AddParticipant("Kim".into()),
            PanelAction::RenameParticipant(2, "Lee".into()),
            PanelAction::RemoveParticipant(0),
            PanelAction::Vote {
                id: tp,
                participant: 2,
                value: Some(3.5),
            },
            PanelAction::Vote {
                id: tp,
                participant: 0,
                value: None,
            },
            PanelAction::PasteVotes {
                id: tp,
                values: vec![1.0, -2.0, 0.5],
            },
            PanelAction::SetRatings(vec![(tp, 2.0), (TouchpointId(1), -4.5)]),
            PanelAction::SetMemoryModel(MemoryModel {
                peak_weight: 2.0,
                end_weight: 1.0,
                end_window: 3,
                split_peaks: true,
                trend_weight: 0.5,
            }),
            PanelAction::SetBank(BankSettings {
                withdrawal_weight: 2.5,
                broken_promise: 0.0,
            }),
            PanelAction::SetScale(Scale {
                min: 1.0,
                max: 10.0,
                neutral: 5.5,
                step: 0.5,
            }),
            PanelAction::AddFailureDemand {
                after: tp,
                name: "Calls again".into(),
                rating: -3.0,
                caused_by: TouchpointId(2),
            },
            PanelAction::Nudge(tp, -1),
            PanelAction::Nudge(TouchpointId(0), 2),
            PanelAction::AddPhase("After \"sales\"".into()),
            PanelAction::RenamePhase(PhaseId(3), "Onboarding".into()),
            PanelAction::MovePhase {
                id: PhaseId(3),
                to: 0,
            },
            PanelAction::RemovePhase(PhaseId(1)),
        ]);
        all
    }

    /// Which kind of change `a` is, a name per kind, nested kinds included.
    fn kind(a: &PanelAction) -> &'static str {
        match a {
            PanelAction::Story(s) => match s {
                StoryAction::Add(_) => "story-add",
                StoryAction::Remove(_) => "story-remove",
                StoryAction::Import(_) => "story-import",
                StoryAction::Edit(_, e) => match e {
                    StoryEdit::Text(_) => "story-text",
                    StoryEdit::Teller(_) => "story-teller",
                    StoryEdit::Who(_) => "story-who",
                    StoryEdit::Valence(_) => "story-valence",
                    StoryEdit::Touchpoint(_) => "story-touchpoint",
                    StoryEdit::Phase(_) => "story-phase",
                    StoryEdit::Themes(_) => "story-themes",
                    StoryEdit::Date(_) => "story-date",
                },
            },
            PanelAction::Plan(p) => match p {
                PlanAction::Start(_) => "plan-start",
                PlanAction::SetStart(_) => "plan-set-start",
                PlanAction::AddWeek => "plan-add-week",
                PlanAction::RemoveLastWeek => "plan-remove-last-week",
                PlanAction::SetTop(_) => "plan-set-top",
                PlanAction::Remove => "plan-remove",
                PlanAction::Week(_, w) => match w {
                    WeekEdit::Touchpoint(_) => "week-touchpoint",
                    WeekEdit::Answer(_) => "week-answer",
                    WeekEdit::Actions(_) => "week-actions",
                    WeekEdit::Evaluation(_) => "week-evaluation",
                    WeekEdit::Decision(_) => "week-decision",
                    WeekEdit::Before(_) => "week-before",
                    WeekEdit::After(_) => "week-after",
                    WeekEdit::Remembered(_) => "week-remembered",
                },
            },
            PanelAction::EditInterview(_, e) => match e {
                InterviewEdit::Who(_) => "interview-who",
                InterviewEdit::Date(_) => "interview-date",
                InterviewEdit::Text(..) => "interview-text",
                InterviewEdit::Link(..) => "interview-link",
                InterviewEdit::Feelings(..) => "interview-feelings",
            },
            PanelAction::SetEmployeeJourney(_) => "employee-journey",
            PanelAction::AddInterview(_) => "add-interview",
            PanelAction::RemoveInterview(_) => "remove-interview",
            PanelAction::SetParticipants(_) => "set-participants",
            PanelAction::AddParticipant(_) => "add-participant",
            PanelAction::RenameParticipant(..) => "rename-participant",
            PanelAction::RemoveParticipant(_) => "remove-participant",
            PanelAction::Vote { .. } => "vote",
            PanelAction::PasteVotes { .. } => "paste-votes",
            PanelAction::SetRatings(_) => "set-ratings",
            PanelAction::SetMemoryModel(_) => "memory-model",
            PanelAction::SetBank(_) => "bank",
            PanelAction::SetScale(_) => "scale",
            PanelAction::Edit(_, e) => match e {
                TouchpointEdit::Name(_) => "edit-name",
                TouchpointEdit::Rating(_) => "edit-rating",
                TouchpointEdit::Duration(_) => "edit-duration",
                TouchpointEdit::Notes(_) => "edit-notes",
                TouchpointEdit::Channel(_) => "edit-channel",
                TouchpointEdit::Phase(_) => "edit-phase",
                TouchpointEdit::MomentOfTruth(_) => "edit-moment-of-truth",
                TouchpointEdit::Expected(_) => "edit-expected",
                TouchpointEdit::Ours(_) => "edit-ours",
                TouchpointEdit::AddPromise(_) => "edit-add-promise",
                TouchpointEdit::PromiseText(..) => "edit-promise-text",
                TouchpointEdit::PromiseState(..) => "edit-promise-state",
                TouchpointEdit::RemovePromise(_) => "edit-remove-promise",
                TouchpointEdit::FailureDemand { .. } => "edit-failure-demand",
            },
            PanelAction::AddFailureDemand { .. } => "add-failure-demand",
            PanelAction::Nudge(..) => "nudge",
            PanelAction::AddPhase(_) => "add-phase",
            PanelAction::RenamePhase(..) => "rename-phase",
            PanelAction::MovePhase { .. } => "move-phase",
            PanelAction::RemovePhase(_) => "remove-phase",
        }
    }

    #[test]
    fn every_change_reads_back_as_serde_wrote_it() {
        let changes = every_change();
        let kinds: std::collections::BTreeSet<_> = changes.iter().map(kind).collect();
        // As many kinds as the `match` in `kind` names: a new kind of change must get an
        // arm there (or `kind` does not compile), a sample in `every_change` and this
        // number raised, and a reader above (or this test fails).
        assert_eq!(kinds.len(), 63, "{kinds:?}");
        for a in changes {
            let out = Out::Do(a);
            let text = out.to_json();
            assert_eq!(read(&text).unwrap(), out, "{text}");
            let theirs: Out = serde_json::from_str(&text).unwrap();
            assert_eq!(theirs, out, "serde's reader agrees: {text}");
        }
    }

    #[test]
    fn every_other_message_reads_back() {
        let j = presets::telecom(Lang::Nl);
        for out in [
            Out::Close,
            Out::Seal,
            Out::ExportLibrary,
            Out::ImportFiles,
            Out::Create(j),
            Out::CustomerSide(None),
            Out::CustomerSide(Some(SurveySide {
                means: vec![Some(2.5), None],
                respondents: 120,
                promoter_gaps: vec![None, Some(-1.25)],
            })),
            Out::Respondents(None),
            Out::Respondents(Some(1_000_000)),
        ] {
            assert_eq!(read(&out.to_json()).unwrap(), out);
        }
    }

    #[test]
    fn defaults_fill_in_what_serde_would_and_nonsense_is_refused() {
        let m = read(r#"{"do":{"set-memory-model":{"end_window":2}}}"#).unwrap();
        let want = MemoryModel {
            end_window: 2,
            ..MemoryModel::default()
        };
        assert_eq!(m, Out::Do(PanelAction::SetMemoryModel(want)));
        let s = read(r#"{"do":{"story":{"Add":{"text":"t","teller":"customer","valence":1}}}}"#);
        let Ok(Out::Do(PanelAction::Story(StoryAction::Add(s)))) = s else {
            panic!("{s:?}");
        };
        assert_eq!(
            (s.who.as_str(), s.touchpoint, s.themes.len()),
            ("", None, 0)
        );
        // Left-out fields, as serde's own reader fills them in.
        for text in [
            r#"{"do":{"set-scale":{"min":0,"max":10,"neutral":5}}}"#,
            r#"{"do":{"set-bank":{}}}"#,
            r#"{"do":{"set-bank":{"broken_promise":2}}}"#,
            r#"{"do":{"set-memory-model":{}}}"#,
            r#"{"do":{"set-memory-model":{"split_peaks":true,"trend_weight":1}}}"#,
            r#"{"do":{"story":{"Add":{"text":"t","teller":"employee","valence":-1}}}}"#,
            r#"{"do":{"story":{"Import":[{"text":"t","teller":"customer","valence":0,"phase":2}]}}}"#,
            r#"{"do":{"edit":[4,{"add-promise":{"text":"t"}}]}}"#,
            r#"{"do":{"edit":[4,{"failure-demand":{"failure_demand":false}}]}}"#,
        ] {
            let theirs: Out = serde_json::from_str(text).unwrap();
            assert_eq!(read(text).unwrap(), theirs, "{text}");
        }
        for bad in [
            "",
            "3",
            r#""open""#,
            r#"{"do": 3}"#,
            r#"{"do": {"vote": {"id": 1}}}"#,
            r#"{"do": {"vote": {"id": -1, "participant": 0, "value": null}}}"#,
            r#"{"do": {"rename-participant": [1]}}"#,
            r#"{"do": {"nudge": [1, 0.5]}}"#,
            r#"{"do": {"edit": [1, {"channel": "Phone"}]}}"#,
            r#"{"do": {"edit": [1, {"promise-state": [0, "nagekomen"]}]}}"#,
            r#"{"do": {"edit": [1, {"failure-demand": {"caused_by": 2}}]}}"#,
            r#"{"do": {"move-phase": {"id": 1}}}"#,
            r#"{"do": {"story": {"Edit": [0, {"Teller": "boss"}]}}}"#,
            r#"{"do": {"plan": {"Start": "2026-02-30"}}}"#,
            r#"{"create": "not a journey"}"#,
            r#"{"close": null, "open": null}"#,
        ] {
            assert!(read(bad).is_err(), "{bad}");
        }
    }
}
