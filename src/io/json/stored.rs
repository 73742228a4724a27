//! The text a journey is stored as, written again after every change. A change touches one
//! touchpoint or a few, so the text of every other touchpoint is kept from the last time
//! and only the changed ones are written anew: at 10,000 touchpoints a rating change
//! writes one touchpoint, not ten thousand. The result is byte for byte the text of
//! `serde_json::to_string(&to_v1(journey))` (the tests check it after every kind of edit).

use super::write::{TouchpointContext, head_v1, touchpoint_v1};
use crate::model::{Journey, Touchpoint};
use std::collections::HashMap;

/// Where the touchpoints go in the text of [`head_v1`]: its list is empty. A title or note
/// cannot hold these characters unescaped, so the first match is the field itself.
const EMPTY_LIST: &str = "\"touchpoints\":[]";

/// The last text written of each touchpoint of one journey, with the touchpoint as it was.
#[derive(Debug, Default)]
pub struct StoredText {
    context: Option<TouchpointContext>,
    /// In journey order: the touchpoint as written, and its text.
    written: Vec<(Touchpoint, String)>,
}

impl StoredText {
    /// The stored text of `j`, re-using the text of every touchpoint unchanged since the
    /// last call.
    pub fn write(&mut self, j: &Journey) -> String {
        let head = head_v1(j);
        let context = TouchpointContext::of(j, head.participants.len());
        if self.context.as_ref() != Some(&context) {
            // Another scale, voter count or set of ids can change any touchpoint's text.
            self.written.clear();
            self.context = Some(context.clone());
        }
        let mut last = std::mem::take(&mut self.written);
        // Where each touchpoint was, by id: made only when one is not where it was (a
        // touchpoint added, removed or moved), never for a change in place.
        let mut moved: Option<HashMap<u32, usize>> = None;
        let mut list = String::with_capacity(last.iter().map(|(_, s)| s.len() + 1).sum());
        self.written.reserve(j.touchpoints.len());
        for (k, t) in j.touchpoints.iter().enumerate() {
            let at = match last.get(k) {
                Some((was, _)) if was.id == t.id => Some(k),
                _ => moved
                    .get_or_insert_with(|| {
                        last.iter()
                            .enumerate()
                            .map(|(i, (w, _))| (w.id.0, i))
                            .collect()
                    })
                    .get(&t.id.0)
                    .copied(),
            };
            let entry = match at.map(|i| std::mem::take(&mut last[i])) {
                Some((was, text)) if was == *t && !text.is_empty() => (was, text),
                _ => (t.clone(), to_text(&touchpoint_v1(t, &context))),
            };
            if k > 0 {
                list.push(',');
            }
            list.push_str(&entry.1);
            self.written.push(entry);
        }
        let text = to_text(&head);
        match text.find(EMPTY_LIST) {
            Some(at) => {
                let open = at + EMPTY_LIST.len() - 1;
                let mut out = String::with_capacity(text.len() + list.len());
                out.push_str(&text[..open]);
                out.push_str(&list);
                out.push_str(&text[open..]);
                out
            }
            // Cannot happen (the field is always written); never store less than all.
            None => to_text(&super::to_v1(j)),
        }
    }
}

fn to_text<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::json::{read_journey, to_v1};
    use crate::model::{Action, Scale, TouchpointEdit, apply, test_journey};

    /// An edit made from the journey as it is by then.
    type Edit = dyn Fn(&Journey) -> Action;

    fn plain(j: &Journey) -> String {
        serde_json::to_string(&to_v1(j)).unwrap()
    }

    /// After each edit, the cached text is exactly the text written from scratch.
    #[test]
    fn every_edit_writes_the_same_text_as_from_scratch() {
        let mut j = test_journey(
            "Title with \"touchpoints\":[] in it",
            &[
                ("Order", 2.0),
                ("Wait", -3.0),
                ("Call", -4.0),
                ("Fixed", 3.0),
            ],
        );
        let mut cache = StoredText::default();
        assert_eq!(cache.write(&j), plain(&j));
        fn id(j: &Journey, k: usize) -> crate::model::TouchpointId {
            j.touchpoints[k].id
        }
        let edits: Vec<Box<Edit>> = vec![
            Box::new(|j| Action::Edit(id(j, 1), TouchpointEdit::Rating(-1.0))),
            Box::new(|j| Action::Edit(id(j, 0), TouchpointEdit::Name("Order \"now\"".into()))),
            Box::new(|j| {
                let failure = TouchpointEdit::FailureDemand {
                    failure_demand: true,
                    caused_by: Some(id(j, 1)),
                };
                Action::Edit(id(j, 2), failure)
            }),
            Box::new(|_| Action::AddPhase("Buy".into())),
            Box::new(|j| Action::Edit(id(j, 3), TouchpointEdit::Phase(Some(j.phases[0].id)))),
            // Deleting the cause drops the reference in another touchpoint's text.
            Box::new(|j| Action::Remove(id(j, 1))),
            Box::new(|_| Action::SetScale(Scale::new(1.0, 10.0, None).unwrap())),
            Box::new(|_| Action::AddTouchpoint {
                name: "Survey".into(),
                rating: 7.0,
                after: None,
            }),
            Box::new(|j| Action::Move {
                id: id(j, 0),
                to: 2,
            }),
            Box::new(|_| Action::SetParticipants(2)),
            Box::new(|j| Action::Edit(id(j, 1), TouchpointEdit::Expected(Some(4.0)))),
        ];
        for (k, edit) in edits.iter().enumerate() {
            let action = edit(&j);
            apply(&mut j, action).unwrap_or_else(|e| panic!("edit {k}: {e:?}"));
            let text = cache.write(&j);
            assert_eq!(text, plain(&j), "after edit {k}");
            assert_eq!(read_journey(&text).unwrap().touchpoints, j.touchpoints);
        }
    }

    /// A touchpoint's text also depends on the rest of the journey: a phase that is gone
    /// is dropped from it even though the touchpoint itself did not change.
    #[test]
    fn a_change_elsewhere_rewrites_the_touchpoints_it_affects() {
        let mut j = test_journey("", &[("Order", 2.0)]);
        apply(&mut j, Action::AddPhase("Buy".into())).unwrap();
        let (t, phase) = (j.touchpoints[0].id, j.phases[0].id);
        apply(&mut j, Action::Edit(t, TouchpointEdit::Phase(Some(phase)))).unwrap();
        let mut cache = StoredText::default();
        assert!(cache.write(&j).contains("\"phase\""));
        j.phases.clear();
        let text = cache.write(&j);
        assert_eq!(text, plain(&j));
        assert!(!text.contains("\"phase\""));
    }

    #[test]
    fn an_empty_journey_and_one_emptied_are_written_whole() {
        let mut cache = StoredText::default();
        let mut j = test_journey("", &[("Only", 1.0)]);
        assert_eq!(cache.write(&j), plain(&j));
        let only = j.touchpoints[0].id;
        apply(&mut j, Action::Remove(only)).unwrap();
        assert_eq!(cache.write(&j), plain(&j));
        assert!(
            cache.written.is_empty(),
            "nothing kept of a deleted touchpoint"
        );
    }
}
