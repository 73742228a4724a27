//! The workspace's page, built with plain DOM: the library (`web::state::Workspace`) and
//! the screen ([`Screen`]) as state, and a [`Slot`] for every part of the page. A message
//! (a typed name, a dragged rating, a panel opened) changes the state; the page then shows
//! it in a microtask, part by part, each part touched only when what it shows changed.
//! After each showing come the side effects: saving, trying again, `<html lang>`.
//!
//! Messages wait in a queue until the showing: a part reporting from inside its own
//! `show` never finds the state in use.

use super::journey_header::{Header, HeaderOut, HeaderValue};
use super::journey_toolbar::{Toolbar, ToolbarOut, ToolbarValue};
use super::library_panel::{Library, LibraryOut, LibraryValue};
use super::screen::{Screen, View};
use super::status::{NoticeBar, SaveLine};
use crate::chart::Theme;
use crate::i18n::interview::Q;
use crate::i18n::settings::SE;
use crate::i18n::stories::panel_summary;
use crate::i18n::survey::S;
use crate::i18n::{Lang, T};
use crate::io::json;
use crate::model::{Action, Journey};
use crate::presets;
use crate::ui::after_paint::after_paint;
use crate::ui::editor::add_touchpoint_form::{AddForm, AddValue};
use crate::ui::editor::touchpoint_list::TouchpointRows;
use crate::ui::files::batch::FileBatch;
use crate::ui::files::file_drop::Drop as FileDrop;
use crate::ui::insight::compare_panel::{Compare, CompareValue};
use crate::ui::insight::journey_chart::{ChartOut, ChartPart, ChartValue};
use crate::ui::insight::journey_lanes::LanesValue;
use crate::ui::insight::keep_promises_offer::KeepPromises;
use crate::ui::insight::print_report::{PrintReport, PrintTable};
use crate::ui::lazy::host::{PanelHost, PanelValue};
use crate::ui::lazy::protocol::{Extra, Out};
use crate::ui::lazy::{Details, DetailsValue, Kind};
use crate::ui::parts::fix_first::FixFirst;
use crate::ui::parts::lanes::LanesFigure;
use crate::ui::parts::scores::JourneyScores;
use crate::ui::plan::plan_panel;
use crate::ui::present::presenting::Presenting;
use crate::ui::slot::Slot;
use crate::ui::stories::story_markers::Markers;
use crate::ui::survey::respondents_after;
use crate::web::dom::{El, document};
use crate::web::download::{download, file_name};
use crate::web::lang::set_page_lang;
use crate::web::persistence::{self, Dispatch, Stop};
use crate::web::state::{Doc, Msg, SaveStatus, Workspace};
use crate::web::storage::{self, Channel, Db, load_survey};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use wasm_bindgen::JsValue;
use web_sys::{Element, Node};

/// What the page is told. (A few at a time, gone once taken: the size of a new journey
/// inside `Ws` costs nothing worth a box.)
#[allow(clippy::large_enum_variant)]
pub enum Event {
    /// A change to the library or the open journey.
    Ws(Msg),
    Screen(View),
    /// Save the open journey as a file.
    Export,
    /// Save every journey of the library as one file.
    ExportLibrary,
    /// Add the example journey (in the screen's language) and open it.
    LoadExample,
}

/// Every part of the page, in the page's order.
struct Parts {
    header: Slot<Header>,
    library: Slot<Library>,
    toolbar: Slot<Toolbar>,
    files: Slot<PanelHost>,
    drop: Slot<FileDrop>,
    import: Slot<PanelHost>,
    notice: Slot<NoticeBar>,
    group: Slot<PanelHost>,
    phases: Slot<Details>,
    list: Slot<TouchpointRows>,
    add: Slot<AddForm>,
    interviews: Slot<Details>,
    settings: Slot<Details>,
    report: Slot<PrintReport>,
    chart: Slot<ChartPart>,
    markers: Slot<Markers>,
    lanes: Slot<LanesFigure>,
    keep: Slot<KeepPromises>,
    scores: Slot<JourneyScores>,
    compare: Slot<Compare>,
    fixes: Slot<FixFirst>,
    stories: Slot<Details>,
    plan: Slot<Details>,
    survey: Slot<Details>,
    table: Slot<PrintTable>,
    save: Slot<SaveLine>,
    present: Slot<Presenting>,
    /// The page's own elements whose words change with the language.
    touchpoints_heading: Element,
    insight: Element,
}

/// What the last side effects saw, to run each again only when it changed.
#[derive(Default)]
struct Seen {
    save: Option<(u64, Option<u64>)>,
    retry: Option<(bool, u64)>,
    lang: Option<Lang>,
    journey: Option<Rc<Journey>>,
    survey_doc: Option<String>,
}

/// The workspace's page.
pub struct Page {
    ws: RefCell<Workspace>,
    screen: RefCell<Screen>,
    db: Option<Db>,
    channel: Option<Channel>,
    parts: RefCell<Parts>,
    /// Where the page is: the root, and the nodes of the workspace between two marks
    /// (taken out of the page while presenting).
    root: Element,
    marks: (Node, Node),
    away: RefCell<Vec<Node>>,
    queue: RefCell<Vec<Event>>,
    scheduled: Cell<bool>,
    seen: RefCell<Seen>,
    /// The side effects that run until stopped (a failed save's retry, the undo keys…).
    retry: RefCell<Option<Stop>>,
    listening: RefCell<Vec<Stop>>,
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
    fn new(root: &Node, page: &Weak<Page>, end: &Node) -> Parts {
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

impl Page {
    /// The workspace in `root` (at its end), showing `ws` in `screen`.
    pub fn new(
        root: &Element,
        ws: Workspace,
        screen: Screen,
        db: Option<Db>,
        channel: Option<Channel>,
    ) -> Rc<Page> {
        let marks: (Node, Node) = (
            document().create_comment("workspace").into(),
            document().create_comment("/workspace").into(),
        );
        let _ = root.append_child(&marks.0);
        let page = Rc::new_cyclic(|me: &Weak<Page>| {
            let parts = Parts::new(root, me, &marks.1);
            Page {
                ws: RefCell::new(ws),
                screen: RefCell::new(screen),
                db,
                channel,
                parts: RefCell::new(parts),
                root: root.clone(),
                marks,
                away: RefCell::default(),
                queue: RefCell::default(),
                scheduled: Cell::new(false),
                seen: RefCell::default(),
                retry: RefCell::default(),
                listening: RefCell::default(),
            }
        });
        let dispatch = page.dispatch();
        page.listening.borrow_mut().extend([
            persistence::follow_other_tabs(&dispatch, page.db.clone(), page.channel.clone()),
            persistence::undo_keys(&dispatch),
        ]);
        page.show();
        let me = Rc::downgrade(&page);
        after_paint(move || {
            if let Some(p) = me.upgrade() {
                p.send(Event::Screen(View::Rest));
            }
        });
        page
    }

    /// Where the side effects send the workspace's messages.
    fn dispatch(self: &Rc<Page>) -> Dispatch {
        let me = Rc::downgrade(self);
        Rc::new(move |m| {
            if let Some(p) = me.upgrade() {
                p.send(Event::Ws(m));
            }
        })
    }

    /// Takes `e` in; the page shows it (with whatever else came meanwhile) in a microtask.
    pub fn send(self: &Rc<Page>, e: Event) {
        self.queue.borrow_mut().push(e);
        if self.scheduled.replace(true) {
            return;
        }
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            me.scheduled.set(false);
            let events = me.queue.take();
            for e in events {
                me.take(e);
            }
            me.show();
        });
    }

    /// Changes the state by `e`.
    fn take(&self, e: Event) {
        match e {
            Event::LoadExample => {
                let l = self.screen.borrow().lang;
                self.ws.borrow_mut().update(Msg::Create {
                    journey: presets::telecom(l),
                    based_on: None,
                });
            }
            Event::Ws(m) => self.ws.borrow_mut().update(m),
            Event::Screen(View::Lang(l)) => {
                storage::save_lang(l);
                self.screen.borrow_mut().update(View::Lang(l));
                self.ws.borrow_mut().update(Msg::SetLang(l));
            }
            Event::Screen(v) => self.screen.borrow_mut().update(v),
            Event::Export => {
                let j = self.ws.borrow().shared();
                let text = json::write_journey(&j);
                download(&file_name(&j.title, "json"), "application/json", &text);
            }
            Event::ExportLibrary => {
                let library = library_copy(&self.ws.borrow());
                download(
                    "peakend-journeys.json",
                    "application/json",
                    &json::write_library(&library),
                );
            }
        }
    }

    /// Shows the state, then runs the side effects that depend on what changed.
    fn show(self: &Rc<Page>) {
        let s = self.screen.borrow().clone();
        let (journey, as_is, bar, docs, notice, status, current) = {
            let ws = self.ws.borrow();
            let bar = ToolbarValue {
                journey: ws.shared(),
                can_undo: ws.history.can_undo(),
                can_redo: ws.history.can_redo(),
                files_open: s.files_open,
                group_open: s.group_open,
                lang: s.lang,
            };
            let docs = s.library_open.then(|| ws.docs.clone());
            (
                ws.shared(),
                ws.as_is().map(|d| d.journey.clone()),
                (bar, ws.docs.len()),
                docs,
                ws.notice.clone(),
                ws.status,
                ws.current.clone(),
            )
        };
        let l = s.lang;
        self.place_workspace(!s.presenting);
        let mut p = self.parts.borrow_mut();
        if s.presenting {
            p.present
                .show(l, &PanelValue::of(Kind::Present, journey.clone(), l));
        } else {
            p.present.clear();
            show_workspace(
                &mut p,
                &s,
                journey.clone(),
                as_is,
                bar,
                docs,
                notice,
                status,
                &current,
            );
        }
        drop(p);
        self.effects(&s, journey, &current);
    }

    /// Takes the workspace out of the page while presenting, and back after.
    fn place_workspace(&self, shown: bool) {
        let mut away = self.away.borrow_mut();
        if shown {
            for n in away.drain(..) {
                let _ = self.root.insert_before(&n, Some(&self.marks.1));
            }
            return;
        }
        if !away.is_empty() {
            return;
        }
        while let Some(n) = self.marks.0.next_sibling().filter(|n| n != &self.marks.1) {
            let _ = self.root.remove_child(&n);
            away.push(n);
        }
    }

    /// The side effects of the state now.
    fn effects(self: &Rc<Page>, s: &Screen, journey: Rc<Journey>, current: &str) {
        let dispatch = self.dispatch();
        let mut seen = self.seen.borrow_mut();
        let (save, retry) = {
            let ws = self.ws.borrow();
            let failing = ws.status != SaveStatus::Saved && ws.unsaved();
            ((ws.generation, ws.saving), (failing, ws.attempted))
        };
        if seen.save != Some(save) {
            seen.save = Some(save);
            persistence::save(
                &self.ws.borrow(),
                self.db.as_ref(),
                self.channel.as_ref(),
                &dispatch,
            );
        }
        if seen.retry != Some(retry) {
            seen.retry = Some(retry);
            let again = retry.0.then(|| persistence::retry_and_warn(&dispatch));
            *self.retry.borrow_mut() = again;
        }
        if seen.lang != Some(s.lang) {
            seen.lang = Some(s.lang);
            set_page_lang(s.lang);
        }
        // A share link in the address holds the journey as it was when shared. Once the
        // journey changes, the address lets go of it, so a reload opens the workspace and
        // not an old copy.
        let before = seen.journey.replace(journey.clone());
        if before.is_some_and(|b| !Rc::ptr_eq(&b, &journey)) {
            let hash = web_sys::window().and_then(|w| w.location().hash().ok());
            if hash.is_some_and(|h| h.len() > 1) {
                crate::web::address::clear_fragment();
            }
        }
        // A journey with a stored survey: its panel loads at once (the lanes show the
        // survey's means).
        if seen.survey_doc.as_deref() != Some(current) {
            seen.survey_doc = Some(current.to_string());
            if let Some(db) = self.db.clone().filter(|_| !s.survey_wanted) {
                let (doc, me) = (current.to_string(), Rc::downgrade(self));
                wasm_bindgen_futures::spawn_local(async move {
                    if matches!(load_survey(&db, &doc).await, Ok(Some(_))) {
                        if let Some(p) = me.upgrade() {
                            p.send(Event::Screen(View::WantSurvey));
                        }
                    }
                });
            }
        }
    }
}

/// Shows the workspace's parts.
#[allow(clippy::too_many_arguments)]
fn show_workspace(
    p: &mut Parts,
    s: &Screen,
    journey: Rc<Journey>,
    as_is: Option<Rc<Journey>>,
    (bar, library_count): (ToolbarValue, usize),
    docs: Option<Vec<Doc>>,
    notice: Option<crate::web::state::Notice>,
    status: SaveStatus,
    current: &str,
) {
    let l = s.lang;
    let j = &journey;
    p.header.show(
        l,
        &HeaderValue {
            library_count,
            library_open: s.library_open,
            lang: l,
        },
    );
    match docs {
        Some(docs) => p.library.show(
            l,
            &LibraryValue {
                docs,
                current: current.to_string(),
                lang: l,
            },
        ),
        None => p.library.clear(),
    }
    p.toolbar.show(l, &bar);
    if s.files_open {
        p.files.show(l, &PanelValue::of(Kind::Files, j.clone(), l));
    } else {
        p.files.clear();
    }
    p.drop.show(l, &());
    match &s.batch {
        Some(b) => {
            let mut v = PanelValue::of(Kind::Import, j.clone(), l);
            v.extra.open = false;
            v.extra.files = Some(b.seq);
            v.batch = Some(b.clone());
            p.import.show(l, &v);
        }
        None => p.import.clear(),
    }
    p.notice.show(l, &notice);
    if s.group_open {
        p.group
            .show(l, &PanelValue::of(Kind::GroupRound, j.clone(), l));
    } else {
        p.group.clear();
    }
    let summary = format!("{} ({})", T::Phases.get(l), j.phases.len());
    let phases = DetailsValue::plain(
        Kind::Phases,
        "panel phases-panel",
        "phases-panel",
        summary,
        j.clone(),
        l,
    );
    p.phases.show(l, &phases);
    crate::web::dom::set_text(&p.touchpoints_heading, T::Touchpoints.get(l));
    p.list.show(l, &(j.clone(), l));
    p.add.show(
        l,
        &AddValue {
            count: j.touchpoints.len(),
            scale: j.scale,
            lang: l,
        },
    );
    crate::web::dom::set_attr(&p.insight, "aria-label", T::Scores.get(l));
    let rest = s.rest;
    if rest {
        let summary = format!("{} ({})", Q::Title.get(l), j.interviews.len());
        let kind = Kind::Interviews;
        let v = DetailsValue::plain(
            kind,
            "panel interview-panel",
            "interview-panel",
            summary,
            j.clone(),
            l,
        );
        p.interviews.show(l, &v);
        let summary = SE::Settings.get(l).to_string();
        let kind = Kind::Settings;
        let v = DetailsValue::plain(
            kind,
            "panel settings-panel",
            "settings-panel",
            summary,
            j.clone(),
            l,
        );
        p.settings.show(l, &v);
        p.report.show(l, j);
    }
    p.chart.show(l, &ChartValue::of(j.clone(), as_is.clone()));
    p.markers.show(l, j);
    let lanes = LanesValue {
        journey: j.clone(),
        survey: s.survey_side.clone(),
        theme: Theme::default(),
    };
    p.lanes.show(l, &lanes);
    if !rest {
        p.save.show(l, &status);
        return;
    }
    p.keep.show(l, j);
    p.scores.show(l, j);
    match as_is {
        Some(as_is) => p.compare.show(
            l,
            &CompareValue {
                as_is,
                to_be: j.clone(),
            },
        ),
        None => p.compare.clear(),
    }
    p.fixes.show(l, j);
    let mut stories = DetailsValue::plain(
        Kind::Stories,
        "panel stories-panel",
        "stories-panel",
        panel_summary(l, j.stories.len()),
        j.clone(),
        l,
    );
    stories.heading = true;
    stories.extra.focus = s.story_focus;
    p.stories.show(l, &stories);
    let mut plan = DetailsValue::plain(
        Kind::Plan,
        "panel plan-panel",
        "plan-panel",
        plan_panel::summary(l, j),
        j.clone(),
        l,
    );
    plan.extra.survey = s.survey_side.as_deref().cloned();
    p.plan.show(l, &plan);
    let survey = DetailsValue {
        heading: true,
        after: respondents_after(l, s.respondents),
        extra: Extra {
            doc: Some(current.to_string()),
            ..Extra::default()
        },
        follow_closed: true,
        want: s.survey_wanted,
        ..DetailsValue::plain(
            Kind::Survey,
            "survey-panel",
            "survey-panel",
            S::Title.get(l).to_string(),
            j.clone(),
            l,
        )
    };
    p.survey.show(l, &survey);
    p.table.show(l, j);
    p.save.show(l, &status);
}

/// Every journey of the library, the open one as it is now: for the files panel's library
/// export, made only when asked for (it copies every journey).
fn library_copy(ws: &Workspace) -> Vec<Journey> {
    let open = ws.journey();
    let journey = |d: &Doc| {
        if d.id == ws.current {
            open.clone()
        } else {
            Journey::clone(&d.journey)
        }
    };
    ws.docs.iter().map(journey).collect()
}
