//! Which stories a list shows: filtered by touchpoint, teller and theme, newest first.
//! Pure; the stories panel pages through the positions it returns.

use crate::model::{Story, Teller, TouchpointId};

/// What the list of stories is narrowed to; `None` is "all".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoryFilter {
    pub touchpoint: Option<TouchpointId>,
    pub teller: Option<Teller>,
    pub theme: Option<String>,
}

impl StoryFilter {
    /// Whether story `s` passes every filter that is set.
    pub fn matches(&self, s: &Story) -> bool {
        self.touchpoint.is_none_or(|t| s.touchpoint == Some(t))
            && self.teller.is_none_or(|t| s.teller == t)
            && self
                .theme
                .as_ref()
                .is_none_or(|t| s.themes.iter().any(|x| x == t))
    }

    /// Whether any filter is set.
    pub fn is_set(&self) -> bool {
        self.touchpoint.is_some() || self.teller.is_some() || self.theme.is_some()
    }
}

/// Positions (0-based, in `stories`) of the stories that pass `f`, the newest (last added)
/// first.
pub fn filtered_newest_first(stories: &[Story], f: &StoryFilter) -> Vec<usize> {
    (0..stories.len())
        .rev()
        .filter(|i| f.matches(&stories[*i]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_combine_and_the_newest_comes_first() {
        let mut a = Story::new("a", Teller::Employee, 3.0);
        a.touchpoint = Some(TouchpointId(1));
        a.themes = vec!["wachttijd".into()];
        let mut b = Story::new("b", Teller::Customer, -3.0);
        b.touchpoint = Some(TouchpointId(1));
        let mut c = Story::new("c", Teller::Customer, -1.0);
        c.themes = vec!["wachttijd".into()];
        let all = [a, b, c];
        assert_eq!(
            filtered_newest_first(&all, &StoryFilter::default()),
            [2, 1, 0]
        );
        let at_one = StoryFilter {
            touchpoint: Some(TouchpointId(1)),
            ..Default::default()
        };
        assert_eq!(filtered_newest_first(&all, &at_one), [1, 0]);
        let customers_waiting = StoryFilter {
            teller: Some(Teller::Customer),
            theme: Some("wachttijd".into()),
            ..Default::default()
        };
        assert_eq!(filtered_newest_first(&all, &customers_waiting), [2]);
        assert!(customers_waiting.is_set() && !StoryFilter::default().is_set());
    }
}
