//! The workspace's paths, natively: a fixed clock and counted "random" numbers stand in
//! for the browser's.

use super::*;
use crate::model::{TouchpointEdit, TouchpointId};
use std::cell::Cell;

thread_local! {
    static NEXT: Cell<u32> = const { Cell::new(0) };
}

fn fixed_now() -> f64 {
    1_700_000_000_000.0
}

fn counted() -> f64 {
    NEXT.with(|n| {
        n.set(n.get() + 1);
        f64::from(n.get()) / 1_000.0
    })
}

const CLOCK: Clock = Clock {
    now: fixed_now,
    random: counted,
};

fn journey(title: &str, ratings: &[f64]) -> Journey {
    let mut j = Journey::new(title);
    for (i, r) in ratings.iter().enumerate() {
        model::apply(
            &mut j,
            Action::AddTouchpoint {
                name: format!("T{i}"),
                rating: *r,
                after: None,
            },
        )
        .unwrap();
    }
    j
}

fn stored(id: &str, rev: u64, j: Journey) -> StoredDoc {
    StoredDoc {
        id: id.into(),
        rev,
        updated: 1.0,
        based_on: None,
        journey: j,
    }
}

/// A workspace holding saved documents `a` (rev 3) and `b` (rev 5), with `a` open.
fn two_docs() -> Workspace {
    let library = Library {
        docs: vec![
            stored("a", 3, journey("A", &[1.0, -2.0])),
            stored("b", 5, journey("B", &[4.0])),
        ],
        current: Some("a".into()),
        set_aside: Vec::new(),
    };
    Workspace::new(library, journey("fallback", &[]), Lang::En, CLOCK)
}

fn rate_first(ws: &mut Workspace, rating: f64) {
    let id = ws.journey().touchpoints[0].id;
    ws.update(Msg::Do(Action::Edit(id, TouchpointEdit::Rating(rating))));
}

/// Hands out the next batch and reports every document written, as storage would.
fn save_all(ws: &mut Workspace) -> SaveReport {
    let batch = ws.save_batch().expect("something to save");
    let report = SaveReport {
        generation: batch.generation,
        docs: batch
            .docs
            .iter()
            .map(|d| (d.id.to_string(), Ok(d.base_rev + 1)))
            .collect(),
        rest: Ok(()),
    };
    let g = batch.generation;
    ws.update(Msg::Saving(g));
    report
}

#[test]
fn an_empty_library_opens_the_fallback_and_saves_it() {
    let ws = Workspace::new(
        Library::default(),
        journey("Example", &[2.0]),
        Lang::En,
        CLOCK,
    );
    assert_eq!(ws.docs.len(), 1);
    assert_eq!(ws.journey().title, "Example");
    let batch = ws.save_batch().unwrap();
    assert_eq!(batch.docs.len(), 1, "the example is written at once");
    assert_eq!(batch.docs[0].base_rev, 0);
    assert_eq!(batch.current, ws.current);
}

#[test]
fn the_journey_that_was_open_opens_again_or_else_the_last_one() {
    let ws = two_docs();
    assert_eq!(ws.current, "a");
    assert_eq!(
        ws.save_batch().unwrap().docs,
        vec![],
        "nothing to write after loading"
    );
    let library = Library {
        docs: vec![
            stored("a", 1, journey("A", &[])),
            stored("b", 1, journey("B", &[])),
        ],
        current: Some("gone".into()),
        set_aside: vec![],
    };
    let ws = Workspace::new(library, Journey::default(), Lang::En, CLOCK);
    assert_eq!(ws.current, "b");
}

#[test]
fn unreadable_saved_data_is_told_with_the_data_to_download() {
    let library = Library {
        docs: vec![stored("a", 1, journey("A", &[]))],
        current: None,
        set_aside: vec!["{not json".into()],
    };
    let ws = Workspace::new(library, Journey::default(), Lang::En, CLOCK);
    assert_eq!(ws.notice, Some(Notice::SetAside(vec!["{not json".into()])));
}

#[test]
fn a_change_is_written_from_the_revision_it_started_from() {
    let mut ws = two_docs();
    rate_first(&mut ws, 5.0);
    let batch = ws.save_batch().unwrap();
    assert_eq!(batch.docs.len(), 1);
    assert_eq!((batch.docs[0].id, batch.docs[0].base_rev), ("a", 3));
    assert_eq!(batch.docs[0].journey.touchpoints[0].rating, 5.0);
    let report = save_all(&mut ws);
    ws.update(Msg::Persisted(report));
    assert_eq!(ws.doc("a").unwrap().rev, 4);
    assert!(ws.dirty.is_empty());
    assert_eq!(ws.status, SaveStatus::Saved);
    assert!(ws.save_batch().is_none(), "nothing left to save");
}

#[test]
fn a_change_during_a_save_waits_for_the_next_batch_with_the_new_revision() {
    let mut ws = two_docs();
    rate_first(&mut ws, 5.0);
    let report = save_all(&mut ws);
    rate_first(&mut ws, -1.0);
    assert!(ws.save_batch().is_none(), "one save in flight at a time");
    ws.update(Msg::Persisted(report));
    assert!(
        ws.dirty.contains_key("a"),
        "the later change is still to be written"
    );
    let batch = ws.save_batch().unwrap();
    assert_eq!(
        batch.docs[0].base_rev, 4,
        "based on the revision just written"
    );
    assert_eq!(batch.docs[0].journey.touchpoints[0].rating, -1.0);
}

#[test]
fn a_failed_save_keeps_the_work_dirty_and_retries_with_the_next_change() {
    let mut ws = two_docs();
    rate_first(&mut ws, 5.0);
    let batch = ws.save_batch().unwrap();
    let g = batch.generation;
    ws.update(Msg::Saving(g));
    ws.update(Msg::Persisted(SaveReport {
        generation: g,
        docs: vec![("a".into(), Err(StorageError::Full))],
        rest: Err(StorageError::Full),
    }));
    assert_eq!(ws.status, SaveStatus::Full);
    assert!(ws.dirty.contains_key("a"));
    assert!(
        ws.save_batch().is_none(),
        "no retry loop without a new change"
    );
    rate_first(&mut ws, 4.0);
    let batch = ws.save_batch().unwrap();
    assert_eq!(
        batch.docs[0].base_rev, 3,
        "still based on the stored revision"
    );
}

#[test]
fn a_conflicting_save_keeps_both_versions_and_ours_stays_open_with_its_undo() {
    let mut ws = two_docs();
    rate_first(&mut ws, 5.0);
    let batch = ws.save_batch().unwrap();
    let g = batch.generation;
    ws.update(Msg::Saving(g));
    let theirs = journey("A", &[-5.0, -2.0]);
    ws.update(Msg::Persisted(SaveReport {
        generation: g,
        docs: vec![(
            "a".into(),
            Err(StorageError::Conflict {
                theirs: Box::new(theirs.clone()),
                rev: 9,
            }),
        )],
        rest: Ok(()),
    }));
    assert_eq!(ws.docs.len(), 3);
    let original = ws.doc("a").unwrap();
    assert_eq!(
        (original.rev, original.journey.as_ref()),
        (9, &theirs),
        "theirs under the original entry"
    );
    assert_ne!(ws.current, "a", "our copy is open");
    assert_eq!(ws.journey().title, "A (this tab)");
    assert_eq!(ws.journey().touchpoints[0].rating, 5.0);
    assert_eq!(ws.notice, Some(Notice::KeptAsCopy("A (this tab)".into())));
    assert!(ws.history.can_undo(), "the undo history goes with our copy");
    let next = ws.save_batch().unwrap();
    assert_eq!(next.docs.len(), 1, "only our copy is written next");
    assert_eq!(
        (next.docs[0].id, next.docs[0].base_rev),
        (ws.current.as_str(), 0)
    );
}

#[test]
fn another_tabs_newer_version_of_the_open_journey_is_shown_and_undo_goes_back() {
    let mut ws = two_docs();
    let before = ws.journey().clone();
    let newer = journey("A", &[0.0, 0.0]);
    ws.update(Msg::External(vec![(
        "a".into(),
        Some(stored("a", 4, newer.clone())),
    )]));
    assert_eq!(ws.journey(), &newer);
    assert_eq!(ws.doc("a").unwrap().rev, 4);
    assert_eq!(ws.notice, Some(Notice::UpdatedFromOtherTab));
    assert!(ws.dirty.is_empty(), "their version is already stored");
    ws.update(Msg::Undo);
    assert_eq!(ws.journey(), &before);
}

#[test]
fn another_tabs_version_never_overwrites_unsaved_work_or_an_older_revision() {
    let mut ws = two_docs();
    rate_first(&mut ws, 5.0);
    ws.update(Msg::External(vec![(
        "a".into(),
        Some(stored("a", 4, journey("A", &[0.0]))),
    )]));
    assert_eq!(
        ws.journey().touchpoints[0].rating,
        5.0,
        "our unsaved change stays"
    );
    ws.update(Msg::External(vec![(
        "b".into(),
        Some(stored("b", 5, journey("old B", &[]))),
    )]));
    assert_eq!(
        ws.doc("b").unwrap().journey.title,
        "B",
        "same revision: nothing new"
    );
}

#[test]
fn journeys_added_and_deleted_in_another_tab_appear_and_go() {
    let mut ws = two_docs();
    ws.update(Msg::External(vec![(
        "c".into(),
        Some(stored("c", 1, journey("C", &[]))),
    )]));
    assert_eq!(
        ws.docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
        ["a", "b", "c"]
    );
    ws.update(Msg::External(vec![("b".into(), None), ("a".into(), None)]));
    assert!(ws.doc("b").is_none());
    assert!(
        ws.doc("a").is_some(),
        "the open journey stays when another tab deletes it"
    );
}

#[test]
fn deleting_the_open_journey_opens_the_last_and_the_delete_is_saved_once() {
    let mut ws = two_docs();
    ws.update(Msg::Open("b".into()));
    ws.update(Msg::Delete("b".into()));
    assert_eq!(ws.current, "a");
    assert_eq!(ws.journey().title, "A");
    assert_eq!(
        ws.removed.get("b").map(|r| r.1),
        Some(5),
        "the revision deleted"
    );
    let batch = ws.save_batch().unwrap();
    assert_eq!(
        batch.removed,
        vec![("b".to_string(), 5)],
        "a newer one stays in storage"
    );
    let report = save_all(&mut ws);
    assert_eq!(ws.removed.keys().collect::<Vec<_>>(), ["b"]);
    ws.update(Msg::External(vec![(
        "b".into(),
        Some(stored("b", 6, journey("B", &[]))),
    )]));
    assert!(
        ws.doc("b").is_none(),
        "another tab's late write does not bring it back"
    );
    ws.update(Msg::Persisted(report));
    assert!(ws.removed.is_empty(), "the delete is written");
    assert!(ws.save_batch().is_none());
}

#[test]
fn deleting_the_last_journey_leaves_an_empty_one_and_scenarios_lose_their_as_is() {
    let mut ws = two_docs();
    ws.update(Msg::MakeScenario);
    let scenario = ws.current.clone();
    assert_eq!(ws.as_is().map(|d| d.id.as_str()), Some("a"));
    ws.update(Msg::Delete("a".into()));
    assert_eq!(ws.doc(&scenario).unwrap().based_on, None);
    assert!(
        ws.dirty.contains_key(&scenario),
        "the scenario's change of as-is is saved"
    );
    ws.update(Msg::Delete("b".into()));
    ws.update(Msg::Delete(scenario));
    assert_eq!(ws.docs.len(), 1);
    assert!(ws.journey().touchpoints.is_empty());
    let batch = ws.save_batch().unwrap();
    assert_eq!(batch.removed.len(), 3);
    assert_eq!(batch.docs.len(), 1, "the new empty journey is written");
}

#[test]
fn a_scenario_and_a_duplicate_get_their_own_ids_and_titles() {
    let mut ws = two_docs();
    ws.update(Msg::MakeScenario);
    assert_eq!(ws.journey().title, "A (to-be)");
    ws.update(Msg::Duplicate("b".into()));
    let ids: std::collections::BTreeSet<_> = ws.docs.iter().map(|d| d.id.clone()).collect();
    assert_eq!(ids.len(), 4, "every id is new");
    assert!(ws.docs.iter().any(|d| d.journey.title == "B (copy)"));
    assert_eq!(ws.save_batch().unwrap().docs.len(), 2);
}

#[test]
fn renaming_the_open_journey_in_the_library_is_one_undo_step() {
    let mut ws = two_docs();
    for typed in ["A ", "A j", "A jo", "A journey"] {
        ws.update(Msg::Rename("a".into(), typed.into()));
    }
    assert_eq!(ws.journey().title, "A journey");
    ws.update(Msg::Undo);
    assert_eq!(ws.journey().title, "A", "one undo step for the whole word");
}

#[test]
fn renaming_another_journey_changes_only_its_entry() {
    let mut ws = two_docs();
    ws.update(Msg::Rename("b".into(), "Bee".into()));
    assert_eq!(ws.doc("b").unwrap().journey.title, "Bee");
    assert!(!ws.history.can_undo(), "not in the open journey's undo");
    assert!(ws.dirty.contains_key("b"));
}

#[test]
fn a_refused_action_is_reported_and_changes_nothing() {
    let mut ws = two_docs();
    let before = ws.journey().clone();
    let g = ws.generation;
    ws.update(Msg::Do(Action::Edit(
        TouchpointId(999),
        TouchpointEdit::Rating(1.0),
    )));
    assert_eq!(ws.refused, Some(ModelError::NoSuchTouchpoint(999)));
    assert_eq!(ws.journey(), &before);
    assert_eq!(ws.generation, g, "nothing to save");
}

#[test]
fn reconciling_takes_in_what_other_tabs_did_before_this_one_listened() {
    let mut ws = two_docs();
    ws.update(Msg::MakeScenario); // a new, unsaved journey: not in storage yet
    let scenario = ws.current.clone();
    ws.update(Msg::Reconcile(vec![
        stored("a", 3, journey("A", &[1.0, -2.0])),
        stored("c", 1, journey("C", &[])),
    ]));
    assert!(ws.doc("b").is_none(), "deleted elsewhere meanwhile");
    assert!(ws.doc("c").is_some(), "added elsewhere meanwhile");
    assert!(ws.doc(&scenario).is_some(), "our own unsaved journey stays");
    assert!(ws.doc("a").is_some());
}

#[test]
fn a_newer_version_in_another_tab_is_its_own_reason() {
    let mut ws = two_docs();
    rate_first(&mut ws, 5.0);
    let g = ws.save_batch().unwrap().generation;
    ws.update(Msg::Saving(g));
    ws.update(Msg::Persisted(SaveReport {
        generation: g,
        docs: vec![("a".into(), Err(StorageError::Outdated))],
        rest: Err(StorageError::Outdated),
    }));
    assert_eq!(ws.status, SaveStatus::Outdated);
    assert!(ws.unsaved(), "kept, to export");
}

#[test]
fn a_surveys_ratings_are_one_undo_step_and_a_survey_journey_is_added_not_replacing() {
    let mut ws = two_docs();
    let before = ws.journey().clone();
    let ids: Vec<_> = before.touchpoints.iter().map(|t| t.id).collect();
    ws.update(Msg::Do(Action::SetRatings(vec![
        (ids[0], 3.5),
        (ids[1], 4.0),
    ])));
    assert_eq!(ws.journey().ratings(), [3.5, 4.0]);
    assert_eq!(ws.doc("a").unwrap().journey.ratings(), [3.5, 4.0]);
    ws.update(Msg::Undo);
    assert_eq!(ws.journey(), &before, "one undo step restores every rating");
    ws.update(Msg::Redo);
    assert_eq!(ws.journey().ratings(), [3.5, 4.0]);

    let names = ["Offer".to_string(), "Invoice".to_string()];
    let scale = crate::model::Scale::new(1.0, 10.0, None).unwrap();
    let made = model::journey_from_survey("From the survey", &names, &[Some(8.0), None], scale);
    ws.update(Msg::Create {
        journey: made,
        based_on: None,
    });
    assert_eq!(ws.docs.len(), 3, "added to the library");
    assert_eq!(ws.doc("a").unwrap().journey.ratings(), [3.5, 4.0], "a kept");
    assert_eq!(ws.journey().title, "From the survey");
    assert_eq!(ws.journey().ratings(), [8.0, 5.5]);
}

/// A workspace with the telecom journey whose promise was never kept, in `lang`, open.
fn promise_workspace(lang: Lang) -> Workspace {
    let j = crate::presets::by_key("telecom-promise", lang).unwrap();
    let library = Library {
        docs: vec![stored("p", 1, j)],
        current: Some("p".into()),
        set_aside: Vec::new(),
    };
    Workspace::new(library, Journey::default(), lang, CLOCK)
}

#[test]
fn keeping_the_promises_opens_a_to_be_linked_to_the_as_is() {
    let mut ws = promise_workspace(Lang::Nl);
    let as_is = ws.journey().clone();
    ws.update(Msg::MakePromisesKeptScenario);
    assert_ne!(ws.current, "p", "the scenario is open");
    assert_eq!(ws.as_is().map(|d| d.id.as_str()), Some("p"));
    let to_be = ws.journey();
    assert_eq!(to_be.title, format!("{} (beloftes nagekomen)", as_is.title));
    assert_eq!(to_be.touchpoints.len(), as_is.touchpoints.len() - 3);
    assert!(to_be.touchpoints.iter().all(|t| !t.failure_demand));
    assert!(
        to_be
            .touchpoints
            .iter()
            .all(|t| t.promises_in(crate::model::PromiseState::Broken) == 0),
        "every promise that stays is kept"
    );
    assert_eq!(
        *ws.doc("p").unwrap().journey,
        as_is,
        "the as-is is untouched"
    );
    assert!(
        !ws.history.can_undo(),
        "a fresh history: undo cannot touch the as-is"
    );
    assert_eq!(
        ws.save_batch().unwrap().docs.len(),
        1,
        "the scenario is saved"
    );
    // In English the suffix is English.
    let mut en = promise_workspace(Lang::En);
    en.update(Msg::MakePromisesKeptScenario);
    assert_eq!(
        en.journey().title,
        "A promise that never came (promises kept)"
    );
}

#[test]
fn a_journey_with_nothing_to_keep_says_so_and_nothing_changes() {
    let mut ws = two_docs();
    let before = (ws.docs.clone(), ws.current.clone(), ws.generation);
    ws.update(Msg::MakePromisesKeptScenario);
    assert_eq!(
        ws.notice,
        Some(Notice::NoPromisesKept(LaneError::NothingToKeep))
    );
    assert_eq!((ws.docs.clone(), ws.current.clone(), ws.generation), before);
    // Every contact failure demand: nothing would be left.
    for t in 0..2 {
        let id = ws.journey().touchpoints[t].id;
        ws.update(Msg::Do(Action::Edit(
            id,
            TouchpointEdit::FailureDemand {
                failure_demand: true,
                caused_by: None,
            },
        )));
    }
    let before = (ws.docs.clone(), ws.current.clone(), ws.generation);
    ws.update(Msg::MakePromisesKeptScenario);
    assert_eq!(
        ws.notice,
        Some(Notice::NoPromisesKept(LaneError::NothingLeft))
    );
    assert_eq!((ws.docs.clone(), ws.current.clone(), ws.generation), before);
}

#[test]
fn a_refused_change_is_told_to_the_user() {
    let mut ws = two_docs();
    let a = ws.journey().touchpoints[0].id;
    ws.update(Msg::Do(Action::AddFailureDemand {
        after: a,
        name: "Complaint".into(),
        rating: -3.0,
        caused_by: TouchpointId(404),
    }));
    assert_eq!(
        ws.notice,
        Some(Notice::Refused(ModelError::NoSuchCause(404)))
    );
    assert_eq!(ws.journey().touchpoints.len(), 2);
    ws.update(Msg::DismissNotice);
    assert_eq!(ws.notice, None);
}

#[test]
fn a_change_shares_every_journey_it_does_not_touch() {
    let mut ws = two_docs();
    rate_first(&mut ws, 2.0);
    ws.update(Msg::Seal);
    let before = ws.clone();
    rate_first(&mut ws, 3.0);
    let b = |w: &Workspace| w.doc("b").unwrap().journey.clone();
    assert!(
        Rc::ptr_eq(&b(&before), &b(&ws)),
        "the other journey is not copied"
    );
    assert!(
        !Rc::ptr_eq(&before.shared(), &ws.shared()),
        "the changed one is new"
    );
    assert_eq!(ws.journey().touchpoints[0].rating, 3.0);
    assert!(
        Rc::ptr_eq(&ws.shared(), &ws.doc("a").unwrap().journey),
        "the library entry and the open journey are one"
    );
    ws.update(Msg::Undo);
    assert!(
        Rc::ptr_eq(&ws.shared(), &before.shared()),
        "undo brings back the same journey"
    );
}
