//! The panels program's root: one per opened panel, mounted into the element the
//! workspace gave it, showing that panel with the language and the journey it was sent.

use super::protocol::{Kind, Out, PanelAction, StoryFocus};
use crate::analysis::lanes::SurveySide;
use crate::i18n::Lang;
use crate::model::{Action, Journey, TouchpointId};
use crate::ui::editor::phase_editor::PhaseEditor;
use crate::ui::editor::settings_panel::SettingsBody;
use crate::ui::editor::touchpoint_details::DetailsOf;
use crate::ui::embed::embed_dialog::EmbedDialog;
use crate::ui::files::batch::FileBatch;
use crate::ui::files::file_import::ImportPanel;
use crate::ui::files::files_panel::FilesPanel;
use crate::ui::interview::interview_panel::InterviewPanel;
use crate::ui::plan::plan_panel::PlanBody;
use crate::ui::present::presentation_view::PresentationView;
use crate::ui::stories::stories_panel::StoriesBody;
use crate::ui::survey::survey_panel::SurveyBody;
use crate::ui::workshop::group_round::GroupRound;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct PanelRootProps {
    pub kind: Kind,
    pub journey: Rc<Journey>,
    pub lang: Lang,
    #[prop_or_default]
    pub focus: Option<StoryFocus>,
    #[prop_or_default]
    pub survey: Option<Rc<SurveySide>>,
    /// The open journey's document id (the survey is stored with it).
    #[prop_or_default]
    pub doc: Option<String>,
    /// Whether the panel is open.
    #[prop_or(true)]
    pub open: bool,
    /// The files to import (the import panel's).
    #[prop_or_default]
    pub batch: Option<Rc<FileBatch>>,
    /// The touchpoint whose Details these are.
    #[prop_or_default]
    pub touchpoint: Option<TouchpointId>,
    /// Sends a message to the workspace.
    pub on_out: Callback<Out>,
    /// Sends files to import to the workspace.
    pub on_files: Callback<Vec<web_sys::File>>,
}

#[function_component(PanelRoot)]
pub fn panel_root(p: &PanelRootProps) -> Html {
    // Made once per mount: the panels compare their callbacks, and a new one each render
    // would redraw them all.
    let on_action = use_memo(p.on_out.clone(), |o| {
        let o = o.clone();
        Callback::from(move |a: Action| match PanelAction::try_from(a) {
            Ok(a) => o.emit(Out::Do(a)),
            // Never made by a panel (the protocol's tests list what they make).
            Err(a) => web_sys::console::error_1(
                &format!("Peakend: a panel's change the workspace does not take: {a:?}").into(),
            ),
        })
    });
    let on_close = use_memo(p.on_out.clone(), |o| o.reform(|_: ()| Out::Close));
    let (on_action, on_close): (Callback<Action>, Callback<()>) =
        ((*on_action).clone(), (*on_close).clone());
    let j = p.journey.clone();
    let body = match p.kind {
        Kind::Stories => html! { <StoriesBody journey={j} {on_action} focus={p.focus} /> },
        Kind::Plan => html! { <PlanBody journey={j} {on_action} survey={p.survey.clone()} /> },
        Kind::Interviews => html! { <InterviewPanel journey={j} {on_action} /> },
        Kind::GroupRound => html! { <GroupRound journey={j} {on_action} {on_close} /> },
        Kind::Embed => html! { <EmbedDialog journey={j} {on_close} /> },
        Kind::Files => html! {
            <FilesPanel journey={j} on_files={p.on_files.clone()} {on_close}
                on_export_library={p.on_out.reform(|_: ()| Out::ExportLibrary)} />
        },
        Kind::Import => html! {
            <ImportPanel scale={j.scale} batch={p.batch.clone()} on_create={p.on_out.reform(Out::Create)}
                {on_close} />
        },
        Kind::Settings => html! { <SettingsBody journey={j} {on_action} /> },
        Kind::Phases => html! {
            <PhaseEditor phases={j.phases.clone()} counts={j.phase_counts()} {on_action} />
        },
        Kind::Details => match p.touchpoint {
            Some(touchpoint) => html! { <DetailsOf journey={j} {touchpoint} {on_action} /> },
            None => Html::default(),
        },
        Kind::Present => html! {
            <PresentationView journey={j} {on_action} on_seal={p.on_out.reform(|_: ()| Out::Seal)}
                on_exit={on_close} />
        },
        Kind::Survey => html! {
            <SurveyBody journey={j} doc_id={p.doc.clone().unwrap_or_default()} open={p.open}
                {on_action} on_out={p.on_out.clone()} />
        },
    };
    html! {
        <ContextProvider<Lang> context={p.lang}>{ body }</ContextProvider<Lang>>
    }
}
