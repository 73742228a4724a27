//! The save contract, in one place. The workspace says what must be written
//! ([`Workspace::save_batch`]); storage writes it in one transaction and reports per
//! document ([`SaveReport`]); the workspace takes the report ([`Msg::Persisted`]).
//!
//! - One save is in flight at a time. Changes made meanwhile wait for the next batch, so a
//!   save never races the one before it over a document's revision.
//! - A document stays dirty until a save *that started after its last change* has written
//!   it. A failed save keeps everything dirty; it is retried with the next change.
//! - Each write names the revision it started from. When another tab wrote a newer one,
//!   storage refuses with [`StorageError::Conflict`] and both versions are kept: theirs
//!   under the original entry, ours as a copy that stays open with its undo history.
//!
//! [`Msg::Persisted`]: super::Msg::Persisted

use super::{Notice, SaveStatus, Workspace};
use crate::i18n::T;
use crate::model::Journey;
use std::rc::Rc;
use thiserror::Error;

#[derive(Clone, Debug, PartialEq, Error)]
pub enum StorageError {
    /// Private mode, a sandboxed iframe, or storage switched off.
    #[error("this browser does not allow saving here")]
    Unavailable,
    /// The quota is used up.
    #[error("the browser's storage is full")]
    Full,
    /// A newer version of the app in another tab upgraded the database; this tab's
    /// connection was closed for it.
    #[error("a newer version in another tab took over storage")]
    Outdated,
    /// Another tab saved a newer revision of this document.
    #[error("another tab saved a newer version")]
    Conflict { theirs: Box<Journey>, rev: u64 },
}

/// One journey of the library as stored: the journey, its revision and its metadata.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredDoc {
    pub id: String,
    pub rev: u64,
    pub updated: f64,
    pub based_on: Option<String>,
    pub journey: Journey,
}

/// What storage held when the page opened.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Library {
    /// In the order the user last saw them.
    pub docs: Vec<StoredDoc>,
    /// The journey that was open.
    pub current: Option<String>,
    /// Saved data that could not be read, set aside (raw), for the user to be told.
    pub set_aside: Vec<String>,
}

/// One document to write.
#[derive(Debug, PartialEq)]
pub struct DocWrite<'a> {
    pub id: &'a str,
    /// The revision this copy is based on; storage writes `base_rev + 1`.
    pub base_rev: u64,
    pub updated: f64,
    pub based_on: Option<&'a str>,
    pub journey: &'a Journey,
}

/// Everything one save writes, in one transaction.
#[derive(Debug, PartialEq)]
pub struct SaveBatch<'a> {
    /// The workspace's generation when the batch was taken.
    pub generation: u64,
    pub docs: Vec<DocWrite<'a>>,
    /// Documents to delete, each with the revision deleted: storage deletes it only if
    /// no other tab saved a newer one meanwhile.
    pub removed: Vec<(String, u64)>,
    /// The library's order and the open document.
    pub order: Vec<String>,
    pub current: &'a str,
}

/// What a save achieved.
#[derive(Clone, Debug, PartialEq)]
pub struct SaveReport {
    /// The batch's generation.
    pub generation: u64,
    /// Per document written: its new revision, or why not.
    pub docs: Vec<(String, Result<u64, StorageError>)>,
    /// Deletions and the library's order were written.
    pub rest: Result<(), StorageError>,
}

impl Workspace {
    /// What must be written now; `None` while a save is in flight or nothing changed since
    /// the last one was handed out.
    pub fn save_batch(&self) -> Option<SaveBatch<'_>> {
        if self.saving.is_some() || self.generation <= self.attempted {
            return None;
        }
        let docs = self
            .dirty
            .keys()
            .filter_map(|id| self.doc(id))
            .map(|d| DocWrite {
                id: &d.id,
                base_rev: d.rev,
                updated: d.updated,
                based_on: d.based_on.as_deref(),
                journey: if d.id == self.current {
                    self.journey()
                } else {
                    d.journey.as_ref()
                },
            })
            .collect();
        Some(SaveBatch {
            generation: self.generation,
            docs,
            removed: self
                .removed
                .iter()
                .map(|(id, (_, rev))| (id.clone(), *rev))
                .collect(),
            order: self.docs.iter().map(|d| d.id.clone()).collect(),
            current: &self.current,
        })
    }

    /// Takes what a save achieved.
    pub(super) fn persisted(&mut self, report: SaveReport) {
        let batch = report.generation;
        self.saving = None;
        self.attempted = self.attempted.max(batch);
        let mut status = match &report.rest {
            Ok(()) => SaveStatus::Saved,
            Err(e) => SaveStatus::after(e),
        };
        if report.rest.is_ok() {
            self.removed.retain(|_, (g, _)| *g > batch);
        }
        for (id, result) in report.docs {
            match result {
                Ok(rev) => {
                    if let Some(d) = self.doc_mut(&id) {
                        d.rev = rev;
                    }
                    if self.dirty.get(&id).is_some_and(|g| *g <= batch) {
                        self.dirty.remove(&id);
                    }
                }
                Err(StorageError::Conflict { theirs, rev }) => self.keep_both(&id, *theirs, rev),
                Err(e) => status = SaveStatus::after(&e),
            }
        }
        self.status = status;
    }

    /// Another tab saved `id` first: theirs stays under the original entry, ours becomes a
    /// copy (still open, with its undo history, when it was the open one).
    fn keep_both(&mut self, id: &str, theirs: Journey, rev: u64) {
        let Some(ours) = self.doc(id).map(|d| {
            if id == self.current {
                self.journey().clone()
            } else {
                Journey::clone(&d.journey)
            }
        }) else {
            return;
        };
        let based_on = self.doc(id).and_then(|d| d.based_on.clone());
        let mut copy = ours;
        copy.title = self.suffixed(&copy.title, T::ThisTab);
        let title = copy.title.clone();
        let copy_id = self.add_doc(copy, based_on);
        self.dirty.remove(id);
        if let Some(d) = self.doc_mut(id) {
            d.journey = Rc::new(theirs);
            d.rev = rev;
        }
        if id == self.current {
            self.current = copy_id;
            let mut next = self.journey().clone();
            next.title = title.clone();
            self.history.commit(Rc::new(next), None);
        }
        self.notice = Some(Notice::KeptAsCopy(title));
    }
}
