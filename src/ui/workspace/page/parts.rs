//! The page's skeleton: a [`Slot`] for every part, in the page's order, and where each
//! part's reports go (an [`Event`] for the page).

use super::super::journey_header::{Header, HeaderOut};
use super::super::journey_toolbar::{Toolbar, ToolbarOut};
use super::super::library_panel::{Library, LibraryOut};
use super::super::screen::View;
use super::super::status::{NoticeBar, SaveLine};
use super::{Event, Page};
use crate::model::{Action, Journey};
use crate::ui::editor::add_touchpoint_form::AddForm;
use crate::ui::editor::touchpoint_list::TouchpointRows;
use crate::ui::files::batch::FileBatch;
use crate::ui::files::file_drop::Drop as FileDrop;
use crate::ui::insight::compare_panel::Compare;
use crate::ui::insight::journey_chart::{ChartOut, ChartPart};
use crate::ui::insight::keep_promises_offer::KeepPromises;
use crate::ui::insight::print_report::{PrintReport, PrintTable};
use crate::ui::lazy::Details;
use crate::ui::lazy::host::PanelHost;
use crate::ui::lazy::protocol::Out;
use crate::ui::parts::fix_first::FixFirst;
use crate::ui::parts::lanes::LanesFigure;
use crate::ui::parts::scores::JourneyScores;
use crate::ui::present::presenting::Presenting;
use crate::ui::slot::Slot;
use crate::ui::stories::story_markers::Markers;
use crate::web::dom::El;
use crate::web::state::Msg;
use std::rc::{Rc, Weak};
use wasm_bindgen::JsValue;
use web_sys::{Element, Node};

/// Every part of the page, in the page's order.
pub(super) struct Parts {
    pub(super) header: Slot<Header>,
    pub(super) library: Slot<Library>,
    pub(super) toolbar: Slot<Toolbar>,
    pub(super) files: Slot<PanelHost>,
    pub(super) drop: Slot<FileDrop>,
    pub(super) import: Slot<PanelHost>,
    pub(super) notice: Slot<NoticeBar>,
    pub(super) group: Slot<PanelHost>,
    pub(super) phases: Slot<Details>,
    pub(super) list: Slot<TouchpointRows>,
    pub(super) add: Slot<AddForm>,
    pub(super) interviews: Slot<Details>,
    pub(super) settings: Slot<Details>,
    pub(super) report: Slot<PrintReport>,
    pub(super) chart: Slot<ChartPart>,
    pub(super) markers: Slot<Markers>,
    pub(super) lanes: Slot<LanesFigure>,
    pub(super) keep: Slot<KeepPromises>,
    pub(super) scores: Slot<JourneyScores>,
    pub(super) compare: Slot<Compare>,
    pub(super) fixes: Slot<FixFirst>,
    pub(super) stories: Slot<Details>,
    pub(super) plan: Slot<Details>,
    pub(super) survey: Slot<Details>,
    pub(super) table: Slot<PrintTable>,
    pub(super) save: Slot<SaveLine>,
    pub(super) present: Slot<Presenting>,
    /// The page's own elements whose words change with the language.
    pub(super) touchpoints_heading: Element,
    pub(super) insight: Element,
}

/// Where a part's report goes: `f` makes it an event for the page (or nothing).
fn to<T: 'static, F: Fn(T) -> Option<Event> + 'static>(
    page: &Weak<Page>,
    f: F,
) -> impl Fn(T) + 'static + use<T, F> {
    let page = page.clone();
    move |x| {
        if let (Some(p), Some(e)) = (page.upgrade(), f(x)) {
            p.send(e);
        }
    }
}

/// A message of a panel of the panels program as an event; `close`: what its closing does.
fn from_panel(out: Out, with: &JsValue, close: Option<View>) -> Option<Event> {
    Some(match out {
        Out::Do(a) => Event::Ws(Msg::Do(a.into())),
        Out::Seal => Event::Ws(Msg::Seal),
        Out::Create(journey) => Event::Ws(Msg::Create {
            journey,
            based_on: None,
        }),
        Out::Close => Event::Screen(close?),
        Out::CustomerSide(side) => Event::Screen(View::SurveySide(side.map(Rc::new))),
        Out::Respondents(n) => Event::Screen(View::Respondents(n)),
        Out::ExportLibrary => Event::ExportLibrary,
        Out::ImportFiles => Event::Screen(View::Import(FileBatch::from_js(0, with).files)),
    })
}

fn panel(
    page: &Weak<Page>,
    close: Option<fn() -> View>,
) -> impl Fn((Out, JsValue)) + 'static + use<> {
    to(page, move |(out, with): (Out, JsValue)| {
        from_panel(out, &with, close.map(|c| c()))
    })
}

fn action(page: &Weak<Page>) -> impl Fn(Action) + 'static + use<> {
    to(page, |a| Some(Event::Ws(Msg::Do(a))))
}

impl Parts {
    /// The page's skeleton at the end of `root`, a slot for each part.
    pub(super) fn new(root: &Node, page: &Weak<Page>, end: &Node) -> Parts {
        let header = Slot::at(root, to(page, |o: HeaderOut| Some(header_event(o))));
        let library = Slot::at(
            root,
            to(page, |o: LibraryOut| {
                Some(match o.msg() {
                    Some(m) => Event::Ws(m),
                    None => Event::Screen(View::ToggleLibrary),
                })
            }),
        );
        let toolbar = Slot::at(root, to(page, |o: ToolbarOut| Some(toolbar_event(o))));
        let files = Slot::at(root, panel(page, Some(|| View::ToggleFiles)));
        let drop = Slot::at(root, to(page, |f| Some(Event::Screen(View::Import(f)))));
        let import = Slot::at(root, panel(page, Some(|| View::EndImport)));
        let main: Node = El::new("main").class("workspace").element().clone().into();
        let _ = root.append_child(&main);
        let notice = Slot::at(&main, to(page, |()| Some(Event::Ws(Msg::DismissNotice))));
        let heading = El::new("h2").attr("id", "touchpoints-heading");
        let editor: Node = El::new("section")
            .class("editor")
            .attr("aria-labelledby", "touchpoints-heading")
            .element()
            .clone()
            .into();
        let insight = El::new("section").class("insight");
        let _ = main.append_child(&editor);
        let _ = main.append_child(insight.element());
        let group = Slot::at(&editor, panel(page, Some(|| View::CloseGroup)));
        let phases = Slot::at(&editor, panel(page, None));
        let _ = editor.append_child(heading.element());
        let list = Slot::at(&editor, action(page));
        let add = Slot::at(&editor, action(page));
        let interviews = Slot::at(&editor, panel(page, None));
        let settings = Slot::at(&editor, panel(page, None));
        let at: &Node = insight.element();
        // The presentation's place comes after the workspace's end.
        let _ = root.append_child(end);
        let present = Slot::at(root, panel(page, Some(|| View::Present(false))));
        Parts {
            header,
            library,
            toolbar,
            files,
            drop,
            import,
            notice,
            group,
            phases,
            list,
            add,
            interviews,
            settings,
            report: Slot::at(at, |()| {}),
            chart: Slot::at(
                at,
                to(page, |o: ChartOut| {
                    Some(Event::Ws(o.action().map_or(Msg::Seal, Msg::Do)))
                }),
            ),
            markers: Slot::at(at, to(page, |t| Some(Event::Screen(View::Stories(t))))),
            lanes: Slot::at(at, |()| {}),
            keep: Slot::at(
                at,
                to(page, |()| Some(Event::Ws(Msg::MakePromisesKeptScenario))),
            ),
            scores: Slot::at(at, |()| {}),
            compare: Slot::at(at, |()| {}),
            fixes: Slot::at(at, |()| {}),
            stories: Slot::at(at, panel(page, None)),
            plan: Slot::at(at, panel(page, None)),
            survey: Slot::at(at, panel(page, None)),
            table: Slot::at(at, |()| {}),
            save: Slot::at(at, to(page, |()| Some(Event::Export))),
            present,
            touchpoints_heading: heading.element().clone(),
            insight: insight.element().clone(),
        }
    }
}

fn header_event(o: HeaderOut) -> Event {
    match o {
        HeaderOut::ToggleLibrary => Event::Screen(View::ToggleLibrary),
        HeaderOut::NewJourney => Event::Ws(Msg::Create {
            journey: Journey::new(""),
            based_on: None,
        }),
        HeaderOut::LoadExample => Event::LoadExample,
        HeaderOut::Lang(l) => Event::Screen(View::Lang(l)),
    }
}

fn toolbar_event(o: ToolbarOut) -> Event {
    match o {
        ToolbarOut::Title(t) => Event::Ws(Msg::Do(Action::SetTitle(t))),
        ToolbarOut::Undo => Event::Ws(Msg::Undo),
        ToolbarOut::Redo => Event::Ws(Msg::Redo),
        ToolbarOut::MakeScenario => Event::Ws(Msg::MakeScenario),
        ToolbarOut::Present => Event::Screen(View::Present(true)),
        ToolbarOut::GroupRound => Event::Screen(View::ToggleGroup),
        ToolbarOut::Export => Event::Export,
        ToolbarOut::Files => Event::Screen(View::ToggleFiles),
    }
}
