//! What the workspace's screen shows besides the library (`web::state::Workspace`): the
//! language, which panels are open, presentation mode, the files being imported, the
//! story asked for under the chart and what the survey's panel said. A plain reducer:
//! the page (`page`) keeps one and shows it.

use crate::analysis::lanes::SurveySide;
use crate::i18n::Lang;
use crate::model::TouchpointId;
use crate::ui::files::batch::FileBatch;
use crate::ui::lazy::StoryFocus;
use std::rc::Rc;

/// The screen's state.
#[derive(Clone, Default)]
pub struct Screen {
    pub lang: Lang,
    pub library_open: bool,
    pub presenting: bool,
    pub files_open: bool,
    /// Files being imported (dropped, or picked in the files panel).
    pub batch: Option<Rc<FileBatch>>,
    pub group_open: bool,
    /// The touchpoint whose stories were asked for under the chart.
    pub story_focus: Option<StoryFocus>,
    /// The attached survey's means as the customer's side of the lanes (from the survey's
    /// panel, which owns the survey).
    pub survey_side: Option<Rc<SurveySide>>,
    /// How many answered the shown survey, for its panel's summary.
    pub respondents: Option<usize>,
    /// The survey's panel loads while closed (the open journey has a stored survey).
    pub survey_wanted: bool,
    /// Below the first screen: built just after it is painted (see `after_paint`).
    pub rest: bool,
}

/// What changes the screen.
pub enum View {
    Lang(Lang),
    ToggleLibrary,
    Present(bool),
    ToggleFiles,
    /// Files to import; none is nothing.
    Import(Vec<web_sys::File>),
    EndImport,
    ToggleGroup,
    CloseGroup,
    /// A story marker under the chart: that touchpoint's stories.
    Stories(TouchpointId),
    SurveySide(Option<Rc<SurveySide>>),
    Respondents(Option<usize>),
    WantSurvey,
    /// The first screen is painted.
    Rest,
}

impl Screen {
    pub fn new(lang: Lang, presenting: bool) -> Screen {
        Screen {
            lang,
            presenting,
            ..Screen::default()
        }
    }

    pub fn update(&mut self, v: View) {
        match v {
            View::Lang(l) => self.lang = l,
            View::ToggleLibrary => self.library_open = !self.library_open,
            View::Present(on) => self.presenting = on,
            View::ToggleFiles => self.files_open = !self.files_open,
            View::Import(files) => {
                if !files.is_empty() {
                    let seq = self.batch.as_ref().map_or(0, |b| b.seq + 1);
                    self.batch = Some(Rc::new(FileBatch { seq, files }));
                }
            }
            View::EndImport => self.batch = None,
            View::ToggleGroup => self.group_open = !self.group_open,
            View::CloseGroup => self.group_open = false,
            View::Stories(touchpoint) => {
                let seq = self.story_focus.map_or(0, |f| f.seq + 1);
                self.story_focus = Some(StoryFocus { touchpoint, seq });
            }
            View::SurveySide(side) => {
                if self.survey_side != side {
                    self.survey_side = side;
                }
            }
            View::Respondents(n) => self.respondents = n,
            View::WantSurvey => self.survey_wanted = true,
            View::Rest => self.rest = true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panels_open_and_close() {
        let mut s = Screen::new(Lang::Nl, false);
        s.update(View::ToggleLibrary);
        s.update(View::ToggleFiles);
        s.update(View::ToggleGroup);
        assert!(s.library_open && s.files_open && s.group_open);
        s.update(View::ToggleLibrary);
        s.update(View::ToggleFiles);
        s.update(View::CloseGroup);
        assert!(!s.library_open && !s.files_open && !s.group_open);
        s.update(View::CloseGroup);
        assert!(
            !s.group_open,
            "closing a closed group round leaves it closed"
        );
    }

    #[test]
    fn each_marker_click_is_a_new_request_even_for_the_same_touchpoint() {
        let mut s = Screen::default();
        s.update(View::Stories(TouchpointId(3)));
        let first = s.story_focus.unwrap();
        s.update(View::Stories(TouchpointId(3)));
        let second = s.story_focus.unwrap();
        assert_eq!(first.touchpoint, second.touchpoint);
        assert_ne!(first.seq, second.seq);
    }

    #[test]
    fn no_files_start_no_import() {
        let mut s = Screen::default();
        s.update(View::Import(Vec::new()));
        assert!(s.batch.is_none());
        s.update(View::EndImport);
        assert!(s.batch.is_none());
    }

    #[test]
    fn presenting_language_survey_and_the_rest() {
        let mut s = Screen::new(Lang::En, true);
        assert!(s.presenting && !s.rest);
        s.update(View::Present(false));
        s.update(View::Lang(Lang::Nl));
        s.update(View::Respondents(Some(12)));
        s.update(View::WantSurvey);
        s.update(View::Rest);
        assert!(!s.presenting && s.rest && s.survey_wanted);
        assert_eq!((s.lang, s.respondents), (Lang::Nl, Some(12)));
        s.update(View::Respondents(None));
        assert_eq!(s.respondents, None);
    }
}
