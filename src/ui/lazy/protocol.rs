//! What the workspace and its panels program say to each other, as JSON text.
//!
//! The rarely opened screens (stories, the plan, interviews, the group round, the embed
//! dialog, the survey, import and export, the settings, the phase editor and presentation
//! mode) are a program of their own (`src/bin/panels.rs`), fetched the first time one of
//! them is opened. The two programs share no memory: the workspace sends
//! a panel its [`State`] (the journey, the language, what it asked for), the panel answers
//! with [`Out`] (a change to make, or "close me"). The workspace keeps the
//! undo history and saves; a panel only shows and asks.
//!
//! The journey travels only when it changed: every state carries the journey's revision,
//! and the journey itself only the first time the panels program sees that revision. When
//! only a few touchpoints changed (a rating, a name), only those travel: on a journey of
//! ten thousand touchpoints a rating change is a few hundred bytes, not a megabyte.

use crate::analysis::lanes::SurveySide;
use crate::i18n::Lang;
use crate::model::{
    Action, BankSettings, InterviewEdit, InterviewId, Journey, MemoryModel, PhaseId, PlanAction,
    Scale, StoryAction, Touchpoint, TouchpointEdit, TouchpointId,
};
use serde::{Deserialize, Serialize};

/// Which panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Stories,
    Plan,
    Interviews,
    GroupRound,
    Embed,
    Survey,
    Files,
    Import,
    Settings,
    /// Presentation mode: the whole page while presenting.
    Present,
    /// The phase editor, inside the phases panel.
    Phases,
    /// One touchpoint's Details (its row names it: [`State::touchpoint`]).
    Details,
}

impl Kind {
    pub const ALL: [Kind; 12] = [
        Kind::Stories,
        Kind::Plan,
        Kind::Interviews,
        Kind::GroupRound,
        Kind::Embed,
        Kind::Survey,
        Kind::Files,
        Kind::Import,
        Kind::Settings,
        Kind::Present,
        Kind::Phases,
        Kind::Details,
    ];

    /// The name on the wire (`"group-round"`).
    pub fn key(self) -> &'static str {
        match self {
            Kind::Stories => "stories",
            Kind::Plan => "plan",
            Kind::Interviews => "interviews",
            Kind::GroupRound => "group-round",
            Kind::Embed => "embed",
            Kind::Survey => "survey",
            Kind::Files => "files",
            Kind::Import => "import",
            Kind::Settings => "settings",
            Kind::Present => "present",
            Kind::Phases => "phases",
            Kind::Details => "details",
        }
    }

    pub fn from_key(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// A request from outside the stories panel (a marker under the chart) to show one
/// touchpoint's stories; `seq` changes with each request, so choosing the same one twice
/// works twice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryFocus {
    pub touchpoint: TouchpointId,
    pub seq: u64,
}

/// Everything a panel shows, from the workspace.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct State {
    /// The journey's revision: a new number whenever the workspace's journey changed.
    pub rev: u64,
    /// The journey of revision `rev`; left out when the panels program has it already.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub journey: Option<Journey>,
    /// Instead of the journey: the touchpoints (by position) that make revision `rev` of
    /// revision `rev - 1`, when nothing else changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed: Option<Vec<(usize, Touchpoint)>>,
    pub lang: Lang,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus: Option<StoryFocus>,
    /// The attached survey as the customer's side (the plan ranks moments by its gaps).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub survey: Option<SurveySide>,
    /// The open journey's document id (the survey is stored with it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// Whether the panel is open (a survey panel keeps working while closed: it gives the
    /// lanes the customer's side).
    #[serde(default = "yes")]
    pub open: bool,
    /// The number of the batch of files to import that travels with this state (the
    /// files themselves are not JSON: they go beside it, see `guest::mount`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<u32>,
    /// The touchpoint whose Details these are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub touchpoint: Option<TouchpointId>,
}

fn yes() -> bool {
    true
}

/// The changes a panel makes, as they travel: the [`Action`]s of stories, the plan,
/// interviews, the group round, the survey, the settings, the phase editor, a
/// touchpoint's Details and presentation mode. A panel never adds (but for failure
/// demand), moves or removes a touchpoint, nor replaces the whole journey, and the
/// workspace's program reads only these (reading every kind of action would be the
/// largest function in it).
///
/// The workspace reads these by hand (`read_out.rs`): a new kind needs its reader there,
/// and a sample in that file's tests, which compare it with serde's own reader.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PanelAction {
    Story(StoryAction),
    Plan(PlanAction),
    SetEmployeeJourney(bool),
    AddInterview(String),
    EditInterview(InterviewId, InterviewEdit),
    RemoveInterview(InterviewId),
    SetParticipants(usize),
    AddParticipant(String),
    RenameParticipant(usize, String),
    RemoveParticipant(usize),
    Vote {
        id: TouchpointId,
        participant: usize,
        value: Option<f64>,
    },
    PasteVotes {
        id: TouchpointId,
        values: Vec<f64>,
    },
    SetRatings(Vec<(TouchpointId, f64)>),
    SetMemoryModel(MemoryModel),
    SetBank(BankSettings),
    SetScale(Scale),
    /// One field of a touchpoint (the Details; a rating dragged while presenting).
    Edit(TouchpointId, TouchpointEdit),
    /// A contact that a broken promise caused, added after `after` (the Details' offer).
    AddFailureDemand {
        after: TouchpointId,
        name: String,
        rating: f64,
        caused_by: TouchpointId,
    },
    /// A touchpoint's rating, this many steps up or down (the arrow keys, presenting).
    Nudge(TouchpointId, i32),
    AddPhase(String),
    RenamePhase(PhaseId, String),
    MovePhase {
        id: PhaseId,
        to: usize,
    },
    RemovePhase(PhaseId),
}

impl TryFrom<Action> for PanelAction {
    type Error = Action;

    /// The action as it travels; the action itself when no panel makes it.
    fn try_from(a: Action) -> Result<PanelAction, Action> {
        Ok(match a {
            Action::Story(s) => PanelAction::Story(s),
            Action::Plan(p) => PanelAction::Plan(p),
            Action::SetEmployeeJourney(on) => PanelAction::SetEmployeeJourney(on),
            Action::AddInterview(who) => PanelAction::AddInterview(who),
            Action::EditInterview(id, e) => PanelAction::EditInterview(id, e),
            Action::RemoveInterview(id) => PanelAction::RemoveInterview(id),
            Action::SetParticipants(n) => PanelAction::SetParticipants(n),
            Action::AddParticipant(name) => PanelAction::AddParticipant(name),
            Action::RenameParticipant(i, name) => PanelAction::RenameParticipant(i, name),
            Action::RemoveParticipant(i) => PanelAction::RemoveParticipant(i),
            Action::Vote {
                id,
                participant,
                value,
            } => PanelAction::Vote {
                id,
                participant,
                value,
            },
            Action::PasteVotes { id, values } => PanelAction::PasteVotes { id, values },
            Action::SetRatings(r) => PanelAction::SetRatings(r),
            Action::SetMemoryModel(m) => PanelAction::SetMemoryModel(m),
            Action::SetBank(b) => PanelAction::SetBank(b),
            Action::SetScale(s) => PanelAction::SetScale(s),
            Action::Edit(id, e) => PanelAction::Edit(id, e),
            Action::AddFailureDemand {
                after,
                name,
                rating,
                caused_by,
            } => PanelAction::AddFailureDemand {
                after,
                name,
                rating,
                caused_by,
            },
            Action::NudgeRating(id, steps) => PanelAction::Nudge(id, steps),
            Action::AddPhase(name) => PanelAction::AddPhase(name),
            Action::RenamePhase(id, name) => PanelAction::RenamePhase(id, name),
            Action::MovePhase { id, to } => PanelAction::MovePhase { id, to },
            Action::RemovePhase(id) => PanelAction::RemovePhase(id),
            other => return Err(other),
        })
    }
}

impl From<PanelAction> for Action {
    fn from(a: PanelAction) -> Action {
        match a {
            PanelAction::Story(s) => Action::Story(s),
            PanelAction::Plan(p) => Action::Plan(p),
            PanelAction::SetEmployeeJourney(on) => Action::SetEmployeeJourney(on),
            PanelAction::AddInterview(who) => Action::AddInterview(who),
            PanelAction::EditInterview(id, e) => Action::EditInterview(id, e),
            PanelAction::RemoveInterview(id) => Action::RemoveInterview(id),
            PanelAction::SetParticipants(n) => Action::SetParticipants(n),
            PanelAction::AddParticipant(name) => Action::AddParticipant(name),
            PanelAction::RenameParticipant(i, name) => Action::RenameParticipant(i, name),
            PanelAction::RemoveParticipant(i) => Action::RemoveParticipant(i),
            PanelAction::Vote {
                id,
                participant,
                value,
            } => Action::Vote {
                id,
                participant,
                value,
            },
            PanelAction::PasteVotes { id, values } => Action::PasteVotes { id, values },
            PanelAction::SetRatings(r) => Action::SetRatings(r),
            PanelAction::SetMemoryModel(m) => Action::SetMemoryModel(m),
            PanelAction::SetBank(b) => Action::SetBank(b),
            PanelAction::SetScale(s) => Action::SetScale(s),
            PanelAction::Edit(id, e) => Action::Edit(id, e),
            PanelAction::AddFailureDemand {
                after,
                name,
                rating,
                caused_by,
            } => Action::AddFailureDemand {
                after,
                name,
                rating,
                caused_by,
            },
            PanelAction::Nudge(id, steps) => Action::NudgeRating(id, steps),
            PanelAction::AddPhase(name) => Action::AddPhase(name),
            PanelAction::RenamePhase(id, name) => Action::RenamePhase(id, name),
            PanelAction::MovePhase { id, to } => Action::MovePhase { id, to },
            PanelAction::RemovePhase(id) => Action::RemovePhase(id),
        }
    }
}

/// What a panel asks of the workspace.
// `Create` holds a whole journey; a message lives only until read.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Out {
    /// Make this change (one undo step, or part of one).
    Do(PanelAction),
    /// The panel is done (the dialog or the group round closes, presenting ends).
    Close,
    /// The changes since the last undo step make one step (a drag of the curve ended).
    Seal,
    /// Add this journey to the library and open it (one made from a survey, or imported).
    /// It travels as a journey file: the workspace reads those anyway (its library, links
    /// and files), and a second reader, of the model's own shape, would cost it 31 KB.
    Create(#[serde(with = "as_file")] Journey),
    /// The survey's means as the customer's side of the lanes (`None`: no survey).
    CustomerSide(Option<SurveySide>),
    /// How many respondents the shown survey has (`None`: none shown), for the summary.
    Respondents(Option<usize>),
    /// Save every journey of the library as one file (the workspace holds the library).
    ExportLibrary,
    /// Import the files that travel with this message (picked in the files panel; the
    /// workspace hands them to the import panel, as it does files dropped on the page).
    ImportFiles,
}

impl State {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a state is always JSON: its numbers are finite")
    }

    pub fn from_json(text: &str) -> Result<State, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }
}

impl Out {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a message is always JSON: its numbers are finite")
    }
}

/// A journey as the text of its journey file, read back as a file is, checks and all.
mod as_file {
    use crate::io::json::{read_journey, write_journey};
    use crate::model::Journey;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(j: &Journey, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&write_journey(j))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Journey, D::Error> {
        let text = String::deserialize(d)?;
        read_journey(&text).map_err(D::Error::custom)
    }
}

/// The panels program's copy of the journey: the newest revision it was sent.
#[derive(Default)]
pub struct Received {
    current: Option<(u64, std::rc::Rc<Journey>)>,
}

impl Received {
    /// Takes in a state: its journey when it carries one, else the one kept for its
    /// revision. `None` when it carries none and the revision is not the one kept (the
    /// workspace then sends the journey again).
    pub fn take(&mut self, state: &mut State) -> Option<std::rc::Rc<Journey>> {
        if let Some(j) = state.journey.take() {
            let j = std::rc::Rc::new(j);
            self.current = Some((state.rev, j.clone()));
            return Some(j);
        }
        if let Some(changed) = state.changed.take() {
            // Only on top of the revision before; else the workspace sends it whole.
            let (rev, before) = self.current.as_ref()?;
            if rev + 1 != state.rev {
                return None;
            }
            let mut j = Journey::clone(before);
            for (at, t) in changed {
                *j.touchpoints.get_mut(at)? = t;
            }
            let j = std::rc::Rc::new(j);
            self.current = Some((state.rev, j.clone()));
            return Some(j);
        }
        match &self.current {
            Some((rev, j)) if *rev == state.rev => Some(j.clone()),
            _ => None,
        }
    }
}

/// What a state carries besides the journey and the language.
#[derive(Clone, Debug, PartialEq)]
pub struct Extra {
    pub focus: Option<StoryFocus>,
    pub survey: Option<SurveySide>,
    pub doc: Option<String>,
    pub open: bool,
    /// The batch of files to import: its number (the files go beside the state).
    pub files: Option<u32>,
    pub touchpoint: Option<TouchpointId>,
}

impl Default for Extra {
    fn default() -> Self {
        Extra {
            focus: None,
            survey: None,
            doc: None,
            open: true,
            files: None,
            touchpoint: None,
        }
    }
}

/// The touchpoints (by position) that make `after` of `before`, when they are few (at
/// most a quarter of them) and nothing else differs; `None` when the whole journey should
/// travel instead.
fn touchpoints_changed(before: &Journey, after: &Journey) -> Option<Vec<(usize, Touchpoint)>> {
    let (old, new) = (&before.touchpoints, &after.touchpoints);
    if old.len() != new.len() {
        return None;
    }
    let changed: Vec<usize> = (0..new.len()).filter(|&i| old[i] != new[i]).collect();
    if changed.len() * 4 > new.len() {
        return None;
    }
    // Everything else is compared whole, so a field added to the journey one day
    // cannot be left behind.
    let mut patched = Journey::clone(before);
    for &i in &changed {
        patched.touchpoints[i] = new[i].clone();
    }
    (patched == *after).then(|| changed.into_iter().map(|i| (i, new[i].clone())).collect())
}

/// The workspace's side of the revisions: which journey the panels program has.
#[derive(Default)]
pub struct Sent {
    last: Option<(std::rc::Rc<Journey>, u64)>,
}

impl Sent {
    /// The state for a panel: the journey goes along only when it is not the one sent last.
    pub fn state(&mut self, journey: &std::rc::Rc<Journey>, lang: Lang, extra: Extra) -> State {
        let (rev, changed, journey) = match &self.last {
            Some((j, rev)) if std::rc::Rc::ptr_eq(j, journey) => (*rev, None, None),
            last => {
                let rev = last.as_ref().map_or(1, |(_, r)| r + 1);
                let changed = last
                    .as_ref()
                    .and_then(|(j, _)| touchpoints_changed(j, journey));
                let whole = changed.is_none().then(|| Journey::clone(journey));
                self.last = Some((journey.clone(), rev));
                (rev, changed, whole)
            }
        };
        State {
            rev,
            journey,
            changed,
            lang,
            focus: extra.focus,
            survey: extra.survey,
            doc: extra.doc,
            open: extra.open,
            files: extra.files,
            touchpoint: extra.touchpoint,
        }
    }

    /// Forgets what was sent (the panels program is new, or lost track): the next state
    /// carries the journey.
    pub fn forget(&mut self) {
        self.last = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, TouchpointEdit};
    use crate::presets;
    use std::rc::Rc;

    #[test]
    fn the_journey_travels_once_per_change_and_arrives_whole() {
        let mut sent = Sent::default();
        let mut received = Received::default();
        let j = Rc::new(presets::telecom(Lang::En));
        let first = sent.state(&j, Lang::En, Extra::default());
        assert!(first.journey.is_some());
        let mut back = State::from_json(&first.to_json()).unwrap();
        assert_eq!(*received.take(&mut back).unwrap(), *j);

        // The same journey again (another panel, a language change): no journey sent.
        let again = sent.state(&j, Lang::Nl, Extra::default());
        assert_eq!((again.rev, again.journey.is_none()), (first.rev, true));
        let mut back = State::from_json(&again.to_json()).unwrap();
        assert!(Rc::ptr_eq(
            &received.take(&mut back).unwrap(),
            &received.take(&mut back).unwrap()
        ));

        // A changed journey: a new revision, with the journey.
        let mut k = Journey::clone(&j);
        k.touchpoints[0].rating += 1.0;
        let k = Rc::new(k);
        let next = sent.state(&k, Lang::En, Extra::default());
        assert_eq!(next.rev, first.rev + 1);
        let mut back = State::from_json(&next.to_json()).unwrap();
        assert_eq!(*received.take(&mut back).unwrap(), *k);
    }

    #[test]
    fn a_rating_change_travels_as_that_touchpoint_alone() {
        let mut sent = Sent::default();
        let mut received = Received::default();
        let j = Rc::new(presets::telecom(Lang::En));
        let first = sent.state(&j, Lang::En, Extra::default());
        received.take(&mut State::from_json(&first.to_json()).unwrap());

        let mut k = Journey::clone(&j);
        k.touchpoints[3].rating = -4.0;
        let k = Rc::new(k);
        let next = sent.state(&k, Lang::En, Extra::default());
        assert!(next.journey.is_none(), "not the whole journey");
        assert_eq!(next.changed.as_ref().map(Vec::len), Some(1));
        assert!(next.to_json().len() * 5 < first.to_json().len());
        let mut back = State::from_json(&next.to_json()).unwrap();
        assert_eq!(*received.take(&mut back).unwrap(), *k);

        // Something besides the touchpoints changed too (the title): the whole journey.
        let mut m = Journey::clone(&k);
        m.touchpoints[0].rating = 1.0;
        m.title.push('!');
        let m = Rc::new(m);
        let whole = sent.state(&m, Lang::En, Extra::default());
        assert!(whole.changed.is_none() && whole.journey.is_some());
        assert_eq!(
            *received
                .take(&mut State::from_json(&whole.to_json()).unwrap())
                .unwrap(),
            *m
        );

        // A touchpoint added, or most of them changed: the whole journey.
        let mut n = Journey::clone(&m);
        n.touchpoints.pop();
        assert!(touchpoints_changed(&m, &n).is_none());
        let mut o = Journey::clone(&m);
        for t in &mut o.touchpoints {
            t.rating = 0.0;
        }
        assert!(touchpoints_changed(&m, &o).is_none());
    }

    #[test]
    fn changes_on_top_of_a_revision_the_panels_lack_are_refused() {
        let mut sent = Sent::default();
        let j = Rc::new(presets::telecom(Lang::En));
        sent.state(&j, Lang::En, Extra::default());
        let mut k = Journey::clone(&j);
        k.touchpoints[1].rating = 5.0;
        let mut next = sent.state(&Rc::new(k), Lang::En, Extra::default());
        assert!(next.changed.is_some());
        // A panels program that never had revision 1 (new, or it lost track).
        assert!(Received::default().take(&mut next.clone()).is_none());
        // One that has a revision further back.
        let mut behind = Received::default();
        let mut old = State::from_json(&next.to_json()).unwrap();
        old.rev = 1;
        old.changed = None;
        old.journey = Some(Journey::clone(&j));
        behind.take(&mut old);
        next.rev += 1;
        assert!(behind.take(&mut next).is_none());
    }

    #[test]
    fn the_changes_panels_make_travel_and_the_others_are_refused() {
        let j = presets::telecom(Lang::En);
        let id = j.touchpoints[1].id;
        let made = [
            Action::Story(StoryAction::Remove(0)),
            Action::Plan(PlanAction::AddWeek),
            Action::SetEmployeeJourney(true),
            Action::AddInterview("Ana".into()),
            Action::RemoveInterview(InterviewId(3)),
            Action::SetParticipants(4),
            Action::AddParticipant("Bo".into()),
            Action::RenameParticipant(1, "Cas".into()),
            Action::RemoveParticipant(0),
            Action::Vote {
                id,
                participant: 1,
                value: None,
            },
            Action::PasteVotes {
                id,
                values: vec![1.0, -2.5],
            },
            Action::SetRatings(vec![(id, 2.0)]),
            Action::SetMemoryModel(j.memory),
            Action::SetBank(j.bank),
            Action::SetScale(Scale::new(0.0, 10.0, None).unwrap()),
            Action::Edit(id, TouchpointEdit::Rating(1.0)),
            Action::Edit(id, TouchpointEdit::Notes("Slow".into())),
            Action::AddFailureDemand {
                after: id,
                name: "Calls again".into(),
                rating: -3.0,
                caused_by: id,
            },
            Action::NudgeRating(id, -1),
            Action::AddPhase("Use".into()),
            Action::RenamePhase(j.phases[0].id, "Before".into()),
            Action::MovePhase {
                id: j.phases[0].id,
                to: 2,
            },
            Action::RemovePhase(j.phases[1].id),
        ];
        for a in made {
            let wire = PanelAction::try_from(a.clone()).expect("a panel's change travels");
            let out: Out = serde_json::from_str(&Out::Do(wire).to_json()).unwrap();
            let Out::Do(back) = out else {
                panic!("not a change: {out:?}")
            };
            assert_eq!(Action::from(back), a);
        }
        for a in [
            Action::SetTitle("x".into()),
            Action::Replace(j.clone()),
            Action::Remove(id),
        ] {
            assert_eq!(PanelAction::try_from(a.clone()), Err(a));
        }
    }

    #[test]
    fn a_state_without_the_journey_of_an_unknown_revision_is_refused() {
        let mut received = Received::default();
        let mut state = State {
            rev: 4,
            journey: None,
            changed: None,
            lang: Lang::En,
            focus: None,
            survey: None,
            doc: None,
            open: true,
            files: None,
            touchpoint: None,
        };
        assert!(received.take(&mut state).is_none());
        let mut sent = Sent::default();
        let j = Rc::new(presets::telecom(Lang::En));
        sent.state(&j, Lang::En, Extra::default());
        sent.forget();
        assert!(sent.state(&j, Lang::En, Extra::default()).journey.is_some());
    }

    #[test]
    fn every_message_survives_the_trip() {
        let j = presets::telecom(Lang::En);
        let id = j.touchpoints[2].id;
        for out in [
            Out::Do(PanelAction::Vote {
                id,
                participant: 2,
                value: Some(3.5),
            }),
            Out::Do(PanelAction::Story(StoryAction::Remove(2))),
            Out::Close,
            Out::Seal,
            Out::Create(j.clone()),
            Out::CustomerSide(None),
            Out::Respondents(Some(1_000_000)),
            Out::ExportLibrary,
            Out::ImportFiles,
        ] {
            assert_eq!(serde_json::from_str::<Out>(&out.to_json()).unwrap(), out);
        }
        let state = State {
            rev: 9,
            journey: Some(j),
            changed: None,
            lang: Lang::Nl,
            focus: Some(StoryFocus {
                touchpoint: id,
                seq: 3,
            }),
            survey: Some(SurveySide {
                means: vec![Some(2.5), None],
                respondents: 120,
                promoter_gaps: vec![],
            }),
            doc: Some("doc-1".into()),
            open: false,
            files: Some(2),
            touchpoint: Some(id),
        };
        assert_eq!(State::from_json(&state.to_json()).unwrap(), state);
        for k in Kind::ALL {
            assert_eq!(Kind::from_key(k.key()), Some(k));
        }
        // Sent before `open` existed: open.
        let old = r#"{"rev":1,"lang":"en"}"#;
        assert!(State::from_json(old).unwrap().open);
        assert_eq!(State::from_json(old).unwrap().files, None);
        assert_eq!(State::from_json(old).unwrap().touchpoint, None);
    }
}
