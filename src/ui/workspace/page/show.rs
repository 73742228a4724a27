//! What the page shows, part by part: read from the library once ([`Now`]), then given to
//! each part, which touches the page only where what it shows changed.

use super::super::journey_header::HeaderValue;
use super::super::journey_toolbar::ToolbarValue;
use super::super::library_panel::LibraryValue;
use super::super::screen::Screen;
use super::parts::Parts;
use crate::chart::Theme;
use crate::i18n::T;
use crate::i18n::interview::Q;
use crate::i18n::settings::SE;
use crate::i18n::stories::panel_summary;
use crate::i18n::survey::S;
use crate::model::Journey;
use crate::ui::editor::add_touchpoint_form::AddValue;
use crate::ui::insight::compare_panel::CompareValue;
use crate::ui::insight::journey_chart::ChartValue;
use crate::ui::insight::journey_lanes::LanesValue;
use crate::ui::lazy::host::PanelValue;
use crate::ui::lazy::{DetailsValue, Kind};
use crate::ui::plan::plan_panel;
use crate::ui::survey::respondents_after;
use crate::web::dom::{set_attr, set_text};
use crate::web::state::{Doc, Notice, SaveStatus, Workspace};
use std::rc::Rc;

/// What the page shows of the library now (read at once, so that nothing holds the
/// library while the parts show it).
pub(super) struct Now {
    pub(super) journey: Rc<Journey>,
    pub(super) as_is: Option<Rc<Journey>>,
    pub(super) bar: ToolbarValue,
    pub(super) library_count: usize,
    /// Every journey, while the library is open.
    pub(super) docs: Option<Vec<Doc>>,
    pub(super) notice: Option<Notice>,
    pub(super) status: SaveStatus,
    pub(super) current: String,
}

impl Now {
    pub(super) fn of(ws: &Workspace, s: &Screen) -> Now {
        let journey = ws.shared();
        Now {
            bar: ToolbarValue {
                journey: journey.clone(),
                can_undo: ws.history.can_undo(),
                can_redo: ws.history.can_redo(),
                files_open: s.files_open,
                group_open: s.group_open,
                lang: s.lang,
            },
            journey,
            as_is: ws.as_is().map(|d| d.journey.clone()),
            library_count: ws.docs.len(),
            docs: s.library_open.then(|| ws.docs.clone()),
            notice: ws.notice.clone(),
            status: ws.status,
            current: ws.current.clone(),
        }
    }
}

/// Above the workspace: the top bar, the library, the toolbar, the files, the import, the
/// notice.
pub(super) fn show_top(p: &mut Parts, s: &Screen, now: &Now) {
    let (l, j) = (s.lang, &now.journey);
    let header = HeaderValue {
        library_count: now.library_count,
        library_open: s.library_open,
        lang: l,
    };
    p.header.show(l, &header);
    match &now.docs {
        Some(docs) => {
            let v = LibraryValue {
                docs: docs.clone(),
                current: now.current.clone(),
                lang: l,
            };
            p.library.show(l, &v);
        }
        None => p.library.clear(),
    }
    p.toolbar.show(l, &now.bar);
    if s.files_open {
        p.files.show(l, &PanelValue::of(Kind::Files, j.clone(), l));
    } else {
        p.files.clear();
    }
    p.drop.show(l, &());
    match &s.batch {
        Some(b) => {
            // Closed: it is sent each new batch, not each change.
            let mut v = PanelValue::of(Kind::Import, j.clone(), l);
            v.extra.open = false;
            v.extra.files = Some(b.seq);
            v.batch = Some(b.clone());
            p.import.show(l, &v);
        }
        None => p.import.clear(),
    }
    p.notice.show(l, &now.notice);
}

/// The editor: the group round, the phases, the touchpoints, the add form, and below the
/// first screen the interviews and the settings.
pub(super) fn show_editor(p: &mut Parts, s: &Screen, j: &Rc<Journey>) {
    let l = s.lang;
    if s.group_open {
        p.group
            .show(l, &PanelValue::of(Kind::GroupRound, j.clone(), l));
    } else {
        p.group.clear();
    }
    let summary_only = |kind, class, testid, summary| {
        DetailsValue::plain(kind, class, testid, summary, j.clone(), l)
    };
    let phases = format!("{} ({})", T::Phases.get(l), j.phases.len());
    let phases = summary_only(Kind::Phases, "panel phases-panel", "phases-panel", phases);
    p.phases.show(l, &phases);
    set_text(&p.touchpoints_heading, T::Touchpoints.get(l));
    p.list.show(l, &(j.clone(), l));
    let add = AddValue {
        count: j.touchpoints.len(),
        scale: j.scale,
        lang: l,
    };
    p.add.show(l, &add);
    if s.rest {
        let talks = format!("{} ({})", Q::Title.get(l), j.interviews.len());
        let (class, testid) = ("panel interview-panel", "interview-panel");
        p.interviews
            .show(l, &summary_only(Kind::Interviews, class, testid, talks));
        let settings = SE::Settings.get(l).to_string();
        let (class, testid) = ("panel settings-panel", "settings-panel");
        p.settings
            .show(l, &summary_only(Kind::Settings, class, testid, settings));
    }
}

/// The insight: the curve, the markers, the lanes, and below the first screen the
/// printed report, the scores, the comparison, what to fix first, the panels; the save line.
pub(super) fn show_insight(p: &mut Parts, s: &Screen, now: &Now) {
    let (l, j) = (s.lang, &now.journey);
    set_attr(&p.insight, "aria-label", T::Scores.get(l));
    if s.rest {
        p.report.show(l, j);
    }
    p.chart
        .show(l, &ChartValue::of(j.clone(), now.as_is.clone()));
    p.markers.show(l, j);
    let lanes = LanesValue {
        journey: j.clone(),
        survey: s.survey_side.clone(),
        theme: Theme::default(),
    };
    p.lanes.show(l, &lanes);
    if s.rest {
        p.keep.show(l, j);
        p.scores.show(l, j);
        match &now.as_is {
            Some(as_is) => {
                let to_be = j.clone();
                let as_is = as_is.clone();
                p.compare.show(l, &CompareValue { as_is, to_be });
            }
            None => p.compare.clear(),
        }
        p.fixes.show(l, j);
        show_panels(p, s, j, &now.current);
        p.table.show(l, j);
    }
    p.save.show(l, &now.status);
}

/// The stories, the plan and the survey, behind their summaries.
pub(super) fn show_panels(p: &mut Parts, s: &Screen, j: &Rc<Journey>, current: &str) {
    let l = s.lang;
    let panel = |kind, class, testid, summary| {
        DetailsValue::plain(kind, class, testid, summary, j.clone(), l)
    };
    let summary = panel_summary(l, j.stories.len());
    let mut stories = panel(
        Kind::Stories,
        "panel stories-panel",
        "stories-panel",
        summary,
    );
    stories.heading = true;
    stories.extra.focus = s.story_focus;
    p.stories.show(l, &stories);
    let summary = plan_panel::summary(l, j);
    let mut plan = panel(Kind::Plan, "panel plan-panel", "plan-panel", summary);
    plan.extra.survey = s.survey_side.as_deref().cloned();
    p.plan.show(l, &plan);
    let summary = S::Title.get(l).to_string();
    let mut survey = panel(Kind::Survey, "survey-panel", "survey-panel", summary);
    survey.heading = true;
    survey.after = respondents_after(l, s.respondents);
    survey.extra.doc = Some(current.to_string());
    survey.follow_closed = true;
    survey.want = s.survey_wanted;
    p.survey.show(l, &survey);
}
