//! Undo and redo as snapshots: every committed state is kept whole, so undo can never
//! disagree with what an action did.

/// How many steps back a user can undo.
pub const MAX_UNDO: usize = 200;

/// A present value with the states before it (undo) and after it (redo).
#[derive(Clone, Debug, PartialEq)]
pub struct History<T> {
    past: Vec<T>,
    present: T,
    future: Vec<T>,
    /// The coalescing key of the last commit; a commit with the same key replaces it.
    last_key: Option<String>,
}

impl<T: Clone + PartialEq> History<T> {
    pub fn new(present: T) -> Self {
        History {
            past: Vec::new(),
            present,
            future: Vec::new(),
            last_key: None,
        }
    }

    pub fn present(&self) -> &T {
        &self.present
    }

    /// Makes `next` the present. A commit that changes nothing is ignored; one whose
    /// `key` matches the previous commit's merges into the same undo step.
    pub fn commit(&mut self, next: T, key: Option<String>) {
        if next == self.present {
            return;
        }
        let merge = key.is_some() && key == self.last_key && !self.past.is_empty();
        if !merge {
            let prev = std::mem::replace(&mut self.present, next);
            self.past.push(prev);
            if self.past.len() > MAX_UNDO {
                self.past.remove(0);
            }
        } else {
            self.present = next;
        }
        self.future.clear();
        self.last_key = key;
    }

    /// Ends the current merge: the next commit is a new undo step even with the same key
    /// (a drag that ended, a field that lost focus).
    pub fn seal(&mut self) {
        self.last_key = None;
    }

    /// Replaces the present without an undo step (e.g. a newer copy from another tab).
    pub fn reset(&mut self, present: T) {
        *self = History::new(present);
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    pub fn undo(&mut self) -> bool {
        match self.past.pop() {
            Some(prev) => {
                let cur = std::mem::replace(&mut self.present, prev);
                self.future.push(cur);
                self.last_key = None;
                true
            }
            None => false,
        }
    }

    pub fn redo(&mut self) -> bool {
        match self.future.pop() {
            Some(next) => {
                let cur = std::mem::replace(&mut self.present, next);
                self.past.push(cur);
                self.last_key = None;
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_redo_round_trip() {
        let mut h = History::new(0);
        h.commit(1, None);
        h.commit(2, None);
        assert!(h.undo());
        assert_eq!(*h.present(), 1);
        assert!(h.redo());
        assert_eq!(*h.present(), 2);
        assert!(!h.redo());
        h.undo();
        h.commit(7, None);
        assert!(!h.can_redo(), "a new change drops the redo branch");
    }

    #[test]
    fn typing_merges_into_one_step() {
        let mut h = History::new(String::new());
        for s in ["a", "ab", "abc"] {
            h.commit(s.to_string(), Some("name-1".into()));
        }
        h.commit("abc!".to_string(), Some("name-2".into()));
        h.undo();
        assert_eq!(h.present(), "abc");
        h.undo();
        assert_eq!(h.present(), "");
        assert!(!h.can_undo());
    }

    #[test]
    fn no_op_commits_are_ignored_and_depth_is_capped() {
        let mut h = History::new(0);
        h.commit(0, None);
        assert!(!h.can_undo());
        for i in 1..=(MAX_UNDO as i32 + 50) {
            h.commit(i, None);
        }
        let mut n = 0;
        while h.undo() {
            n += 1;
        }
        assert_eq!(n, MAX_UNDO);
    }
}
