//! The yew adapter around the pure model: a `Reducible` workspace holding the library of
//! journeys, the open one with its undo history, and what still has to be saved.
//!
//! No side effects in `reduce`: saving happens in an effect that watches `generation`
//! and reports back with [`Msg::Persisted`].

use crate::i18n::{Lang, T};
use crate::model::{self, Action, History, Journey, ModelError};
use crate::web::storage::{StorageError, StoredDoc};
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::Reducible;

/// One journey of the library.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    pub id: String,
    /// For the open document this lags behind; read [`Workspace::journey`] instead.
    pub journey: Journey,
    /// The stored revision this copy is based on.
    pub rev: u64,
    /// Last change, in ms since 1970.
    pub updated: f64,
    /// The as-is journey this one is a to-be scenario of.
    pub based_on: Option<String>,
}

/// Something the user should know that is not an error of theirs.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Another tab saved this journey too; ours was kept as a copy under this title.
    KeptAsCopy(String),
    /// Another tab changed the open journey; its version is shown (Undo goes back).
    UpdatedFromOtherTab,
}

/// Whether the last save worked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    /// Storage is unavailable or full: the work lives only in this tab.
    NotSaved,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Workspace {
    pub docs: Vec<Doc>,
    pub current: String,
    pub history: History<Journey>,
    pub lang: Lang,
    /// Documents whose journey still has to be written.
    pub dirty: BTreeSet<String>,
    /// Documents deleted here whose stored copy must go.
    pub removed: Vec<String>,
    /// Bumps whenever something must be persisted; the save effect watches it.
    pub generation: u64,
    pub refused: Option<ModelError>,
    pub notice: Option<Notice>,
    pub status: SaveStatus,
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn new_id() -> String {
    format!(
        "{:x}{:06x}",
        now() as u64,
        (js_sys::Math::random() * 16_777_215.0) as u64
    )
}

impl Workspace {
    /// A workspace from what storage held; `fallback` opens when nothing was saved.
    pub fn new(
        stored: Vec<StoredDoc>,
        current: Option<String>,
        fallback: Journey,
        lang: Lang,
    ) -> Self {
        let mut docs: Vec<Doc> = stored
            .into_iter()
            .map(|d| Doc {
                id: d.id,
                journey: d.journey,
                rev: d.rev,
                updated: d.updated,
                based_on: d.based_on,
            })
            .collect();
        let mut dirty = BTreeSet::new();
        if docs.is_empty() {
            let id = new_id();
            dirty.insert(id.clone());
            docs.push(Doc {
                id,
                journey: fallback,
                rev: 0,
                updated: now(),
                based_on: None,
            });
        }
        let current = current
            .filter(|c| docs.iter().any(|d| &d.id == c))
            .unwrap_or_else(|| docs[docs.len() - 1].id.clone());
        let journey = docs
            .iter()
            .find(|d| d.id == current)
            .map(|d| d.journey.clone())
            .unwrap_or_default();
        Workspace {
            docs,
            current,
            history: History::new(journey),
            lang,
            dirty,
            removed: Vec::new(),
            generation: 1,
            refused: None,
            notice: None,
            status: SaveStatus::Saved,
        }
    }

    /// The open journey.
    pub fn journey(&self) -> &Journey {
        self.history.present()
    }

    pub fn doc(&self, id: &str) -> Option<&Doc> {
        self.docs.iter().find(|d| d.id == id)
    }

    pub fn current_doc(&self) -> Option<&Doc> {
        self.doc(&self.current)
    }

    /// The as-is journey the open one is a scenario of, if it still exists.
    pub fn as_is(&self) -> Option<&Doc> {
        self.current_doc()?
            .based_on
            .as_deref()
            .and_then(|id| self.doc(id))
    }

    fn doc_mut(&mut self, id: &str) -> Option<&mut Doc> {
        self.docs.iter_mut().find(|d| d.id == id)
    }

    fn touch(&mut self, id: &str) {
        self.dirty.insert(id.to_string());
        self.generation += 1;
    }

    /// Copies the open journey into its library entry after a change.
    fn sync_current(&mut self) {
        let j = self.history.present().clone();
        let id = self.current.clone();
        if let Some(d) = self.doc_mut(&id) {
            if d.journey != j {
                d.journey = j;
                d.updated = now();
                self.touch(&id);
            }
        }
    }

    fn open(&mut self, id: &str) {
        self.sync_current();
        if let Some(d) = self.doc(id) {
            self.history = History::new(d.journey.clone());
            self.current = id.to_string();
            self.generation += 1;
        }
    }

    fn add_doc(&mut self, journey: Journey, based_on: Option<String>) -> String {
        let id = new_id();
        self.docs.push(Doc {
            id: id.clone(),
            journey,
            rev: 0,
            updated: now(),
            based_on,
        });
        self.touch(&id);
        id
    }

    /// A title with a suffix such as "(copy)" in the user's language.
    fn suffixed(&self, title: &str, suffix: T) -> String {
        let base = if title.trim().is_empty() {
            T::Untitled.get(self.lang)
        } else {
            title
        };
        format!("{base} ({})", suffix.get(self.lang))
    }
}

/// Messages the workspace understands.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    Do(Action),
    Undo,
    Redo,
    /// Ends a gesture (a drag), so the next change is its own undo step.
    Seal,
    /// Adds a journey to the library and opens it.
    Create {
        journey: Journey,
        based_on: Option<String>,
    },
    /// Makes a to-be scenario of the open journey and opens it.
    MakeScenario,
    Open(String),
    Rename(String, String),
    Duplicate(String),
    Delete(String),
    SetLang(Lang),
    DismissNotice,
    /// What the save effect achieved, per document.
    Persisted(Vec<(String, Result<u64, StorageError>)>, bool),
    /// Another tab wrote a document (its newest revision, or `None` if it deleted it).
    External(String, Option<(u64, Journey)>),
    /// Another tab added documents.
    Discovered(Vec<StoredDoc>),
}

impl Reducible for Workspace {
    type Action = Msg;

    fn reduce(mut self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let ws = Rc::make_mut(&mut self);
        ws.refused = None;
        match msg {
            Msg::Do(action) => {
                let key = action.coalesce_key();
                let mut next = ws.history.present().clone();
                match model::apply(&mut next, action) {
                    Ok(()) => ws.history.commit(next, key),
                    Err(e) => ws.refused = Some(e),
                }
                ws.sync_current();
            }
            Msg::Undo => {
                ws.history.undo();
                ws.sync_current();
            }
            Msg::Redo => {
                ws.history.redo();
                ws.sync_current();
            }
            Msg::Seal => ws.history.seal(),
            Msg::Create { journey, based_on } => {
                ws.sync_current();
                let id = ws.add_doc(journey, based_on);
                ws.open(&id);
            }
            Msg::MakeScenario => {
                ws.sync_current();
                let mut j = ws.journey().clone();
                j.title = ws.suffixed(&j.title, T::ToBeSuffix);
                let id = ws.add_doc(j, Some(ws.current.clone()));
                ws.open(&id);
            }
            Msg::Open(id) => ws.open(&id),
            Msg::Rename(id, title) => {
                if id == ws.current {
                    let mut next = ws.journey().clone();
                    if model::apply(&mut next, Action::SetTitle(title)).is_ok() {
                        ws.history.commit(next, None);
                    }
                    ws.sync_current();
                } else if let Some(d) = ws.doc_mut(&id) {
                    let _ = model::apply(&mut d.journey, Action::SetTitle(title));
                    d.updated = now();
                    ws.touch(&id);
                }
            }
            Msg::Duplicate(id) => {
                ws.sync_current();
                if let Some(d) = ws.doc(&id) {
                    let mut j = d.journey.clone();
                    j.title = ws.suffixed(&j.title, T::Copy);
                    ws.add_doc(j, None);
                }
            }
            Msg::Delete(id) => {
                ws.docs.retain(|d| d.id != id);
                ws.dirty.remove(&id);
                ws.removed.push(id.clone());
                for d in &mut ws.docs {
                    if d.based_on.as_deref() == Some(id.as_str()) {
                        d.based_on = None;
                    }
                }
                if ws.docs.is_empty() {
                    ws.add_doc(Journey::new(""), None);
                }
                if ws.current == id {
                    let next = ws.docs[ws.docs.len() - 1].id.clone();
                    if let Some(d) = ws.doc(&next) {
                        ws.history = History::new(d.journey.clone());
                        ws.current = next;
                    }
                }
                ws.generation += 1;
            }
            Msg::SetLang(l) => ws.lang = l,
            Msg::DismissNotice => ws.notice = None,
            Msg::Persisted(results, index_ok) => {
                ws.removed.clear();
                let mut ok = index_ok;
                for (id, result) in results {
                    ws.dirty.remove(&id);
                    match result {
                        Ok(rev) => {
                            if let Some(d) = ws.doc_mut(&id) {
                                d.rev = rev;
                            }
                        }
                        Err(StorageError::Conflict { theirs, rev }) => {
                            // Keep both: theirs under the original entry, ours as a copy
                            // that stays open with its undo history.
                            let Some(ours) = ws.doc(&id).map(|d| {
                                if id == ws.current {
                                    ws.journey().clone()
                                } else {
                                    d.journey.clone()
                                }
                            }) else {
                                continue;
                            };
                            let mut copy = ours;
                            copy.title = ws.suffixed(&copy.title, T::ThisTab);
                            let title = copy.title.clone();
                            let copy_id = ws.add_doc(copy.clone(), None);
                            if let Some(d) = ws.doc_mut(&id) {
                                d.journey = *theirs;
                                d.rev = rev;
                            }
                            if id == ws.current {
                                ws.current = copy_id;
                                let mut next = ws.journey().clone();
                                next.title = title.clone();
                                ws.history.commit(next, None);
                            }
                            ws.notice = Some(Notice::KeptAsCopy(title));
                        }
                        Err(_) => ok = false,
                    }
                }
                ws.status = if ok {
                    SaveStatus::Saved
                } else {
                    SaveStatus::NotSaved
                };
            }
            Msg::External(id, newest) => match newest {
                Some((rev, journey)) => {
                    let is_current = id == ws.current;
                    let pending = ws.dirty.contains(&id);
                    if let Some(d) = ws.doc_mut(&id) {
                        if rev > d.rev && !pending {
                            d.rev = rev;
                            d.journey = journey.clone();
                            if is_current {
                                ws.history.commit(journey, None);
                                ws.notice = Some(Notice::UpdatedFromOtherTab);
                            }
                        }
                    }
                }
                None => {
                    if id != ws.current && !ws.dirty.contains(&id) {
                        ws.docs.retain(|d| d.id != id);
                    }
                }
            },
            Msg::Discovered(stored) => {
                for d in stored {
                    if ws.doc(&d.id).is_none() {
                        ws.docs.push(Doc {
                            id: d.id,
                            journey: d.journey,
                            rev: d.rev,
                            updated: d.updated,
                            based_on: d.based_on,
                        });
                    }
                }
            }
        }
        self
    }
}
