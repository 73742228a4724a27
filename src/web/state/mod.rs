//! The workspace: the library of journeys, the open one with its undo history, and what
//! still has to be saved. A plain reducer ([`Workspace::update`]) that the page keeps: the clock and
//! new ids come from an injected [`Clock`], so every path (conflict copies, updates from
//! other tabs, what opens after a delete, what still has to be saved) is tested natively.
//!
//! No side effects in `update`: the save contract is in [`save`]; the effect that writes
//! lives in `web::persistence`.

mod save;
#[cfg(test)]
mod tests;

pub use save::{DocWrite, Library, SaveBatch, SaveReport, StorageError, StoredDoc};

use crate::analysis::lanes::{LaneError, promises_kept_scenario};
use crate::i18n::{Lang, T};
use crate::model::{self, Action, History, Journey, ModelError};
use std::collections::BTreeMap;
use std::rc::Rc;

/// One journey of the library.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    pub id: String,
    /// For the open document, [`Workspace::journey`] is the same, with its undo history.
    /// Shared, not copied: the undo history and the page hold the same journey.
    pub journey: Rc<Journey>,
    /// The stored revision this copy is based on.
    pub rev: u64,
    /// Last change, in ms since 1970.
    pub updated: f64,
    /// The as-is journey this one is a to-be scenario of.
    pub based_on: Option<String>,
}

impl From<StoredDoc> for Doc {
    fn from(d: StoredDoc) -> Doc {
        Doc {
            id: d.id,
            journey: Rc::new(d.journey),
            rev: d.rev,
            updated: d.updated,
            based_on: d.based_on,
        }
    }
}

/// Something the user should know that is not an error of theirs.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Another tab saved this journey too; ours was kept as a copy under this title.
    KeptAsCopy(String),
    /// Another tab changed the open journey; its version is shown (Undo goes back).
    UpdatedFromOtherTab,
    /// Saved data that could not be read was set aside (not deleted): here it is, raw,
    /// for the user to download.
    SetAside(Vec<String>),
    /// A change was refused (the journey is as it was): why.
    Refused(ModelError),
    /// The promises-kept scenario could not be made (nothing to keep, or nothing left).
    NoPromisesKept(LaneError),
}

/// Whether the last save worked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    /// Storage is unavailable here: the work lives only in this tab.
    NotSaved,
    /// Storage is full: the work lives only in this tab.
    Full,
    /// A newer version of the app in another tab took over storage: reload this one.
    Outdated,
}

impl SaveStatus {
    /// The status after an error of storage.
    pub fn after(e: &StorageError) -> SaveStatus {
        match e {
            StorageError::Full => SaveStatus::Full,
            StorageError::Outdated => SaveStatus::Outdated,
            _ => SaveStatus::NotSaved,
        }
    }
}

/// Where the workspace gets the time and fresh randomness: the browser's in the app,
/// fixed ones in tests.
#[derive(Clone, Copy)]
pub struct Clock {
    /// Milliseconds since 1970.
    pub now: fn() -> f64,
    /// A number in [0, 1).
    pub random: fn() -> f64,
}

impl Clock {
    /// The browser's clock and `Math.random`.
    pub fn browser() -> Clock {
        Clock {
            now: js_sys::Date::now,
            random: js_sys::Math::random,
        }
    }
}

impl PartialEq for Clock {
    /// Clocks never make two workspaces different.
    fn eq(&self, _: &Clock) -> bool {
        true
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Clock")
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Workspace {
    pub docs: Vec<Doc>,
    pub current: String,
    /// Each step shares its journey: a workspace is cheap to copy whatever the size of
    /// the journeys.
    pub history: History<Rc<Journey>>,
    pub lang: Lang,
    /// Documents whose journey still has to be written, with the generation of their
    /// latest change.
    pub dirty: BTreeMap<String, u64>,
    /// Documents deleted here whose stored copy must go: the generation of the delete and
    /// the revision deleted (a newer one, saved by another tab meanwhile, stays).
    pub removed: BTreeMap<String, (u64, u64)>,
    /// Bumps whenever something must be persisted; the save effect watches it.
    pub generation: u64,
    /// The generation of the save in flight, if one is.
    pub saving: Option<u64>,
    /// The generation of the last save handed out: a failed save is retried with the
    /// next change, not in a loop.
    pub attempted: u64,
    pub refused: Option<ModelError>,
    pub notice: Option<Notice>,
    pub status: SaveStatus,
    clock: Clock,
}

impl Workspace {
    /// A workspace from what storage held; `fallback` opens when nothing was saved.
    pub fn new(library: Library, fallback: Journey, lang: Lang, clock: Clock) -> Self {
        let mut ws = Workspace {
            docs: library.docs.into_iter().map(Doc::from).collect(),
            current: String::new(),
            history: History::new(Rc::default()),
            lang,
            dirty: BTreeMap::new(),
            removed: BTreeMap::new(),
            generation: 1,
            saving: None,
            attempted: 0,
            refused: None,
            notice: (!library.set_aside.is_empty()).then_some(Notice::SetAside(library.set_aside)),
            status: SaveStatus::Saved,
            clock,
        };
        if ws.docs.is_empty() {
            ws.add_doc(fallback, None);
        }
        let current = library
            .current
            .filter(|c| ws.doc(c).is_some())
            .unwrap_or_else(|| ws.docs[ws.docs.len() - 1].id.clone());
        ws.show(&current);
        ws
    }

    /// Whether some change is not (yet) stored: the page should not close silently.
    pub fn unsaved(&self) -> bool {
        !self.dirty.is_empty() || !self.removed.is_empty()
    }

    /// The open journey.
    pub fn journey(&self) -> &Journey {
        self.history.present()
    }

    /// The open journey, shared: what the page hands its components (they compare it by
    /// pointer first, so an unchanged journey costs nothing to pass on).
    pub fn shared(&self) -> Rc<Journey> {
        self.history.present().clone()
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

    fn now(&self) -> f64 {
        (self.clock.now)()
    }

    /// A new document id: the time, and randomness so two tabs never pick the same one.
    fn new_id(&self) -> String {
        let random = ((self.clock.random)() * 16_777_215.0) as u64;
        let mut id = format!("{:x}{random:06x}", self.now() as u64);
        while self.doc(&id).is_some() {
            id.push('x');
        }
        id
    }

    /// Marks a document as changed: it is written with the next save.
    fn touch(&mut self, id: &str) {
        self.generation += 1;
        self.dirty.insert(id.to_string(), self.generation);
    }

    /// Copies the open journey into its library entry after a change.
    fn sync_current(&mut self) {
        let j = self.history.present().clone();
        let (id, now) = (self.current.clone(), self.now());
        if let Some(d) = self.doc_mut(&id) {
            // The history only moves to another journey when something changed.
            if !Rc::ptr_eq(&d.journey, &j) {
                d.journey = j;
                d.updated = now;
                self.touch(&id);
            }
        }
    }

    /// Makes `id` the open document with a fresh undo history.
    fn show(&mut self, id: &str) {
        if let Some(d) = self.doc(id) {
            self.history = History::new(d.journey.clone());
            self.current = id.to_string();
            self.generation += 1;
        }
    }

    fn open(&mut self, id: &str) {
        self.sync_current();
        self.show(id);
    }

    fn add_doc(&mut self, journey: Journey, based_on: Option<String>) -> String {
        let id = self.new_id();
        self.docs.push(Doc {
            id: id.clone(),
            journey: Rc::new(journey),
            rev: 0,
            updated: self.now(),
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

    fn commit(&mut self, action: Action) {
        let key = action.coalesce_key();
        let mut next = Journey::clone(self.history.present());
        match model::apply(&mut next, action) {
            Ok(()) => self.history.commit(Rc::new(next), key),
            Err(e) => {
                self.notice = Some(Notice::Refused(e.clone()));
                self.refused = Some(e);
            }
        }
        self.sync_current();
    }

    fn delete(&mut self, id: &str) {
        if self.doc(id).is_none() {
            return;
        }
        let rev = self.doc(id).map_or(0, |d| d.rev);
        self.docs.retain(|d| d.id != id);
        self.dirty.remove(id);
        self.generation += 1;
        self.removed.insert(id.to_string(), (self.generation, rev));
        let orphans: Vec<String> = self
            .docs
            .iter()
            .filter(|d| d.based_on.as_deref() == Some(id))
            .map(|d| d.id.clone())
            .collect();
        for o in orphans {
            if let Some(d) = self.doc_mut(&o) {
                d.based_on = None;
            }
            self.touch(&o);
        }
        if self.docs.is_empty() {
            self.add_doc(Journey::new(""), None);
        }
        if self.current == id {
            // The journey listed last opens: the newest, as after a reload.
            let next = self.docs[self.docs.len() - 1].id.clone();
            self.show(&next);
        }
    }

    /// Another tab wrote document `id` (its newest revision), or deleted it (`None`).
    fn external(&mut self, id: &str, newest: Option<StoredDoc>) {
        let pending = self.dirty.contains_key(id);
        match newest {
            Some(stored) => {
                if self.removed.contains_key(id) {
                    return;
                }
                let is_current = id == self.current;
                match self.doc_mut(id) {
                    Some(d) if stored.rev > d.rev && !pending => {
                        d.rev = stored.rev;
                        d.updated = stored.updated;
                        d.based_on = stored.based_on;
                        let theirs = Rc::new(stored.journey);
                        d.journey = theirs.clone();
                        if is_current {
                            self.history.commit(theirs, None);
                            self.notice = Some(Notice::UpdatedFromOtherTab);
                        }
                    }
                    Some(_) => {}
                    None => self.docs.push(Doc::from(stored)),
                }
            }
            // The open one, or one with unsaved changes, stays: nothing typed is lost.
            None if id != self.current && !pending => self.docs.retain(|d| d.id != id),
            None => {}
        }
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
    /// Makes the to-be of keeping the open journey's promises (its failure demand gone,
    /// its broken promises kept) and opens it; says why when there is nothing to keep.
    MakePromisesKeptScenario,
    Open(String),
    Rename(String, String),
    Duplicate(String),
    Delete(String),
    SetLang(Lang),
    DismissNotice,
    /// The save effect started writing the batch of this generation.
    Saving(u64),
    /// What the save achieved.
    Persisted(SaveReport),
    /// Try again to write what a failed save left (the effect sends it on a timer).
    Retry,
    /// Another tab wrote documents (their newest revisions) or deleted them (`None`).
    External(Vec<(String, Option<StoredDoc>)>),
    /// Everything storage holds now, read after this tab started listening to the others:
    /// what they saved or deleted before that is taken in too.
    Reconcile(Vec<StoredDoc>),
}

impl Workspace {
    /// Applies one message: the whole reducer.
    pub fn update(&mut self, msg: Msg) {
        self.refused = None;
        match msg {
            Msg::Do(action) => self.commit(action),
            Msg::Undo => {
                self.history.undo();
                self.sync_current();
            }
            Msg::Redo => {
                self.history.redo();
                self.sync_current();
            }
            Msg::Seal => self.history.seal(),
            Msg::Create { journey, based_on } => {
                self.sync_current();
                let id = self.add_doc(journey, based_on);
                self.open(&id);
            }
            Msg::MakeScenario => {
                self.sync_current();
                let mut j = self.journey().clone();
                j.title = self.suffixed(&j.title, T::ToBeSuffix);
                let id = self.add_doc(j, Some(self.current.clone()));
                self.open(&id);
            }
            Msg::MakePromisesKeptScenario => match promises_kept_scenario(self.journey()) {
                Ok(s) => {
                    self.sync_current();
                    let mut j = s.journey;
                    j.title = self.suffixed(&j.title, T::PromisesKeptSuffix);
                    let id = self.add_doc(j, Some(self.current.clone()));
                    self.open(&id);
                }
                Err(e) => self.notice = Some(Notice::NoPromisesKept(e)),
            },
            Msg::Open(id) => self.open(&id),
            Msg::Rename(id, title) => {
                if id == self.current {
                    // The same undo step as typing the title in the toolbar.
                    self.commit(Action::SetTitle(title));
                } else {
                    let now = self.now();
                    if let Some(d) = self.doc_mut(&id) {
                        let _ = model::apply(Rc::make_mut(&mut d.journey), Action::SetTitle(title));
                        d.updated = now;
                        self.touch(&id);
                    }
                }
            }
            Msg::Duplicate(id) => {
                self.sync_current();
                if let Some(d) = self.doc(&id) {
                    let mut j = Journey::clone(&d.journey);
                    j.title = self.suffixed(&j.title, T::Copy);
                    self.add_doc(j, None);
                }
            }
            Msg::Delete(id) => self.delete(&id),
            Msg::SetLang(l) => self.lang = l,
            Msg::DismissNotice => self.notice = None,
            Msg::Saving(generation) => {
                self.saving = Some(generation);
                self.attempted = self.attempted.max(generation);
            }
            Msg::Persisted(report) => self.persisted(report),
            Msg::Retry => {
                if self.saving.is_none() && self.unsaved() {
                    self.generation += 1;
                }
            }
            Msg::External(changes) => {
                for (id, newest) in changes {
                    self.external(&id, newest);
                }
            }
            Msg::Reconcile(stored) => {
                // Saved once here (rev > 0) and gone from storage: deleted by another tab.
                let gone: Vec<String> = self
                    .docs
                    .iter()
                    .filter(|d| d.rev > 0 && !stored.iter().any(|s| s.id == d.id))
                    .map(|d| d.id.clone())
                    .collect();
                for id in gone {
                    self.external(&id, None);
                }
                for doc in stored {
                    let id = doc.id.clone();
                    self.external(&id, Some(doc));
                }
            }
        }
    }
}
