use super::status::{NoticeBarPart, SaveStatusLine};
use crate::chart::Theme;
use crate::i18n::interview::Q;
use crate::i18n::settings::SE;
use crate::i18n::{Lang, T};
use crate::io::json;
use crate::model::{Action, Journey};
use crate::presets;
use crate::ui::ComparePanel;
use crate::ui::FixFirstList;
use crate::ui::JourneyChart;
use crate::ui::ScoreCard;
use crate::ui::TouchpointList;
use crate::ui::after_paint::use_after_first_paint;
use crate::ui::editor::add_touchpoint_form::{AddTouchpointForm, AddValue};
use crate::ui::files::batch::FileBatch;
use crate::ui::files::file_drop::FileDrop;
use crate::ui::files::share_link::use_forget_stale_link;
use crate::ui::insight::compare_panel::CompareValue;
use crate::ui::insight::journey_chart::{ChartOut, ChartValue};
use crate::ui::insight::journey_lanes::{JourneyLanes, LanesValue};
use crate::ui::insight::keep_promises_offer::KeepPromisesOffer;
use crate::ui::insight::print_report::PrintReport;
use crate::ui::insight::touchpoint_table::PrintTable;
use crate::ui::lazy::details_open::DetailsValue;
use crate::ui::lazy::protocol::Out;
use crate::ui::lazy::{Kind, LazyDetails, LazyPanel};
use crate::ui::plan::plan_panel::PlanPanel;
use crate::ui::present::presenting::Presenting;
use crate::ui::stories::{StoriesPanel, StoryFocus, StoryMarkers};
use crate::ui::survey::SurveyPanel;
use crate::ui::tr;
use crate::ui::workspace::journey_header::{HeaderOut, HeaderValue, JourneyHeader};
use crate::ui::workspace::journey_toolbar::{JourneyToolbar, ToolbarOut, ToolbarValue};
use crate::ui::workspace::library_panel::LibraryPanel;
use crate::web::download::{download, file_name};
use crate::web::lang::{browser_lang, use_page_lang};
use crate::web::persistence::{use_other_tabs, use_persistence, use_retry_and_warn, use_undo_keys};
use crate::web::route::Route;
use crate::web::state::{Clock, Doc, Msg, SaveStatus, Workspace};
use crate::web::storage::{self, Session};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WorkspacePageProps {
    /// What the address asked for (a forced language, a shared journey…).
    pub route: Route,
    /// A journey to add to the library and open once (a shared one the user copied).
    pub adopt: Option<Rc<crate::model::Journey>>,
    /// The opened library.
    pub session: Session,
}

/// The whole page: header, library, toolbar, touchpoint editor, chart and scores.
#[function_component(WorkspacePage)]
pub fn workspace_page(props: &WorkspacePageProps) -> Html {
    let forced = props.route.lang;
    // Below the first screen: built just after it is painted (see `after_paint`).
    let rest = use_after_first_paint();
    let lang = use_state(move || forced.unwrap_or_else(browser_lang));
    let ws = {
        let lang = *lang;
        let opened = props.session.0.clone();
        use_reducer(move || {
            let library = opened.library.clone();
            let mut w = Workspace::new(library, presets::telecom(lang), lang, Clock::browser());
            if let Some(e) = &opened.error {
                w.status = SaveStatus::after(e);
            }
            w
        })
    };
    let library_open = use_state(|| false);
    let presenting = use_state(|| props.route.present);
    let files_open = use_state(|| false);
    let batch = use_state(|| None::<Rc<FileBatch>>);
    let group_open = use_state(|| false);
    let story_focus = use_state(|| None::<StoryFocus>);
    // The attached survey's means as the customer's side of the lanes (from the survey
    // section, which owns the survey).
    let survey_side = use_state_eq(|| None::<Rc<crate::analysis::lanes::SurveySide>>);
    let (db, channel) = (props.session.0.db.clone(), props.session.1.clone());
    use_persistence(ws.clone(), db.clone(), channel.clone());
    use_other_tabs(ws.dispatcher(), db, channel);
    use_retry_and_warn(ws.clone());
    use_undo_keys(ws.dispatcher());
    use_page_lang(*lang);

    // Stable callbacks: a new one each render would re-render every touchpoint row.
    let on_msg = {
        let d = ws.dispatcher();
        use_memo((), move |_| Callback::from(move |m: Msg| d.dispatch(m)))
    };
    let on_action = use_memo((), {
        let on_msg = on_msg.clone();
        move |_| on_msg.reform(Msg::Do)
    });
    let on_seal = use_memo((), {
        let on_msg = on_msg.clone();
        move |_| on_msg.reform(|_: ()| Msg::Seal)
    });
    let (on_msg, on_action, on_seal) =
        ((*on_msg).clone(), (*on_action).clone(), (*on_seal).clone());
    let on_chart = use_memo((), {
        let on_msg = on_msg.clone();
        move |_| on_msg.reform(|o: ChartOut| o.action().map_or(Msg::Seal, Msg::Do))
    });
    let on_chart = (*on_chart).clone();
    let on_lang = {
        let (lang, on_msg) = (lang.clone(), on_msg.clone());
        Callback::from(move |l: Lang| {
            storage::save_lang(l);
            lang.set(l);
            on_msg.emit(Msg::SetLang(l));
        })
    };
    {
        let on_msg = on_msg.clone();
        use_effect_with(props.adopt.clone(), move |a| {
            if let Some(j) = a {
                on_msg.emit(Msg::Create {
                    journey: (**j).clone(),
                    based_on: None,
                });
            }
        });
    }
    let journey = ws.shared();
    use_forget_stale_link(journey.clone());
    let toggle_files = {
        let open = files_open.clone();
        Callback::from(move |_: ()| open.set(!*open))
    };
    let on_files = {
        let batch = batch.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            if files.is_empty() {
                return;
            }
            let seq = batch.as_ref().map_or(0, |b| b.seq + 1);
            batch.set(Some(Rc::new(FileBatch { seq, files })));
        })
    };
    let on_export = {
        let journey = journey.clone();
        Callback::from(move |_: ()| {
            download(
                &file_name(&journey.title, "json"),
                "application/json",
                &json::write_journey(&journey),
            );
        })
    };
    // The import panel's journeys join the library; it closes when nothing is left to show.
    let on_import_out = {
        let on_msg = on_msg.clone();
        Callback::from(move |out: Out| {
            if let Out::Create(journey) = out {
                on_msg.emit(Msg::Create {
                    journey,
                    based_on: None,
                });
            }
        })
    };
    let end_import = {
        let batch = batch.clone();
        Callback::from(move |_: ()| batch.set(None))
    };
    // The library's export, asked for in the files panel: made from the library now.
    let on_export_library = {
        let (ws, journey) = (ws.clone(), journey.clone());
        Callback::from(move |out: Out| {
            if out == Out::ExportLibrary {
                let library = library_copy(&ws, &journey);
                download(
                    "peakend-journeys.json",
                    "application/json",
                    &json::write_library(&library),
                );
            }
        })
    };
    let toggle_library = {
        let open = library_open.clone();
        Callback::from(move |_: ()| open.set(!*open))
    };
    let as_is = ws.as_is().map(|d| d.journey.clone());
    let set_presenting = |on: bool| {
        let presenting = presenting.clone();
        Callback::from(move |_: ()| presenting.set(on))
    };
    if *presenting {
        return html! {
            <ContextProvider<Lang> context={*lang}>
                <Presenting journey={journey.clone()} on_action={on_action.clone()}
                    on_seal={on_seal.clone()} on_exit={set_presenting(false)} />
            </ContextProvider<Lang>>
        };
    }
    let on_story_marker = {
        let story_focus = story_focus.clone();
        Callback::from(move |touchpoint| {
            let seq = story_focus.map_or(0, |f| f.seq + 1);
            story_focus.set(Some(StoryFocus { touchpoint, seq }));
        })
    };
    let l = *lang;
    let on_header = {
        let (on_msg, toggle_library) = (on_msg.clone(), toggle_library.clone());
        Callback::from(move |o: HeaderOut| match o {
            HeaderOut::ToggleLibrary => toggle_library.emit(()),
            HeaderOut::NewJourney => on_msg.emit(Msg::Create {
                journey: Journey::new(""),
                based_on: None,
            }),
            HeaderOut::LoadExample => on_msg.emit(Msg::Create {
                journey: presets::telecom(l),
                based_on: None,
            }),
            HeaderOut::Lang(x) => on_lang.emit(x),
        })
    };
    let on_toolbar = {
        let (on_msg, on_export, toggle_files) =
            (on_msg.clone(), on_export.clone(), toggle_files.clone());
        let (present, group) = (set_presenting(true), group_open.clone());
        Callback::from(move |o: ToolbarOut| match o {
            ToolbarOut::Title(t) => on_msg.emit(Msg::Do(Action::SetTitle(t))),
            ToolbarOut::Undo => on_msg.emit(Msg::Undo),
            ToolbarOut::Redo => on_msg.emit(Msg::Redo),
            ToolbarOut::MakeScenario => on_msg.emit(Msg::MakeScenario),
            ToolbarOut::Present => present.emit(()),
            ToolbarOut::GroupRound => group.set(!*group),
            ToolbarOut::Export => on_export.emit(()),
            ToolbarOut::Files => toggle_files.emit(()),
        })
    };
    html! {
        <ContextProvider<Lang> context={l}>
            <JourneyHeader value={HeaderValue { library_count: ws.docs.len(), library_open: *library_open, lang: l }}
                on={on_header} />
            if *library_open {
                <LibraryPanel docs={ws.docs.clone()} current={ws.current.clone()} on_msg={on_msg.clone()}
                    on_close={toggle_library} />
            }
            <JourneyToolbar value={ToolbarValue { journey: journey.clone(), can_undo: ws.history.can_undo(),
                can_redo: ws.history.can_redo(), files_open: *files_open, group_open: *group_open }}
                on={on_toolbar} />
            if *files_open {
                <LazyPanel kind={Kind::Files} journey={journey.clone()} on_files={on_files.clone()} on_close={toggle_files}
                    on_out={on_export_library} />
            }
            <FileDrop value={()} on={on_files.clone()} />
            if let Some(b) = (*batch).clone() {
                <LazyPanel kind={Kind::Import} journey={journey.clone()} batch={b} active={false}
                    on_out={on_import_out} on_close={end_import} />
            }
            <main class="workspace">
                <NoticeBarPart value={ws.notice.clone()} on={on_msg.reform(|_: ()| Msg::DismissNotice)} />
                <section class="editor" aria-labelledby="touchpoints-heading">
                    if *group_open {
                        <LazyPanel kind={Kind::GroupRound} journey={journey.clone()} on_action={on_action.clone()}
                            on_close={{ let o = group_open.clone(); Callback::from(move |_: ()| o.set(false)) }} />
                    }
                    <LazyDetails value={DetailsValue { kind: Kind::Phases, class: "panel phases-panel", testid: "phases-panel",
                            summary: format!("{} ({})", tr(l, T::Phases), journey.phases.len()), journey: journey.clone(), lang: l }}
                            on={on_action.clone()} />
                    <h2 id="touchpoints-heading">{ tr(l, T::Touchpoints) }</h2>
                    <TouchpointList value={(journey.clone(), l)} on={on_action.clone()} />
                    <AddTouchpointForm value={AddValue { count: journey.touchpoints.len(), scale: journey.scale }}
                        on={on_action.clone()} />
                    if rest {
                        <LazyDetails value={DetailsValue { kind: Kind::Interviews, class: "panel interview-panel", testid: "interview-panel",
                            summary: format!("{} ({})", Q::Title.get(l), journey.interviews.len()), journey: journey.clone(), lang: l }}
                            on={on_action.clone()} />
                        <LazyDetails value={DetailsValue { kind: Kind::Settings, class: "panel settings-panel", testid: "settings-panel",
                            summary: SE::Settings.get(l).to_string(), journey: journey.clone(), lang: l }}
                            on={on_action.clone()} />
                    }
                </section>
                <section class="insight" aria-label={tr(l, T::Scores)}>
                    if rest {
                        <PrintReport journey={journey.clone()} />
                    }
                    <JourneyChart value={ChartValue::of(journey.clone(), as_is.clone())}
                        on={on_chart} />
                    <StoryMarkers value={journey.clone()} on={on_story_marker} />
                    <JourneyLanes value={LanesValue { journey: journey.clone(), survey: (*survey_side).clone(), theme: Theme::default() }} />
                    if rest {
                        <KeepPromisesOffer value={journey.clone()} on={on_msg.reform(|_: ()| Msg::MakePromisesKeptScenario)} />
                        <ScoreCard value={journey.clone()} />
                        if let Some(a) = as_is.clone() {
                            <ComparePanel value={CompareValue { as_is: a, to_be: journey.clone() }} />
                        }
                        <FixFirstList value={journey.clone()} />
                        <StoriesPanel journey={journey.clone()} on_action={on_action.clone()}
                            focus={*story_focus} />
                        <PlanPanel journey={journey.clone()} on_action={on_action.clone()}
                            survey={(*survey_side).clone()} />
                        <SurveyPanel db={props.session.0.db.clone()} doc_id={ws.current.clone()}
                            journey={journey.clone()} on_action={on_action.clone()} on_msg={on_msg.clone()}
                            on_customer_side={{ let s = survey_side.clone(); Callback::from(move |v| s.set(v)) }} />
                        <div class="print-only"><PrintTable journey={journey.clone()} /></div>
                    }
                    <SaveStatusLine value={ws.status} on={on_export} />
                </section>
            </main>
        </ContextProvider<Lang>>
    }
}

/// Every journey of the library, the open one as it is now: for the files panel's library
/// export, made only when asked for (it copies every journey).
fn library_copy(ws: &Workspace, open: &Journey) -> Rc<Vec<Journey>> {
    let journey = |d: &Doc| {
        if d.id == ws.current {
            open.clone()
        } else {
            Journey::clone(&d.journey)
        }
    };
    Rc::new(ws.docs.iter().map(journey).collect())
}
