//! The survey section's body for each phase: choose a file, reading (progress, Cancel),
//! what went wrong (and choose another), or the results. Typed props only, so it is
//! mounted in browser tests with hand-made results; `SurveyPanel` wires it to the worker.

use crate::i18n::Lang;
use crate::i18n::survey::S;
use crate::i18n::survey_read::survey_error;
use crate::io::survey::SurveyError;
use crate::model::survey::Mapping;
use crate::model::{Action, Journey};
use crate::ui::survey::file_chooser::FileChooser;
use crate::ui::survey::reading_progress::ReadingProgress;
use crate::ui::survey::survey_results::SurveyResults;
use crate::ui::use_lang;
use crate::web::survey::{SurveyFailure, SurveyPhase};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SurveyViewProps {
    pub phase: SurveyPhase,
    pub journey: Rc<Journey>,
    /// For each survey touchpoint, the journey touchpoint it matches by name.
    pub matches: Rc<Vec<Option<usize>>>,
    pub on_open: Callback<web_sys::File>,
    pub on_remap: Callback<Mapping>,
    pub on_cancel: Callback<()>,
    pub on_remove: Callback<()>,
    /// Saves the answers as CSV (only when the user asks: the analysis alone is the default).
    #[prop_or_default]
    pub on_export_answers: Callback<()>,
    pub on_action: Callback<Action>,
    pub on_new_journey: Callback<Journey>,
    /// The file of the shown survey is at hand, so its columns can be mapped again.
    #[prop_or(true)]
    pub can_remap: bool,
}

/// Why the survey could not be read, in the user's language.
pub fn failure_text(l: Lang, f: &SurveyFailure) -> String {
    match f {
        SurveyFailure::TooLarge { bytes } => {
            survey_error(l, &SurveyError::TooLarge { bytes: *bytes })
        }
        SurveyFailure::Unreadable(e) => survey_error(l, e),
        SurveyFailure::Worker(_) => S::WorkerFailed.get(l).to_string(),
        SurveyFailure::Storage(_) => S::StorageFailed.get(l).to_string(),
    }
}

/// The body of the survey section.
#[function_component(SurveyView)]
pub fn survey_view(p: &SurveyViewProps) -> Html {
    let l = use_lang();
    match &p.phase {
        SurveyPhase::Idle => html! {
            <>
                <p class="hint">{ S::Intro.get(l) }</p>
                <FileChooser on_file={p.on_open.clone()} />
            </>
        },
        SurveyPhase::Reading {
            file_name,
            done,
            total,
        } => html! {
            <ReadingProgress file_name={file_name.clone()} done={*done} total={*total}
                on_cancel={p.on_cancel.clone()} />
        },
        SurveyPhase::Failed(f) => html! {
            <>
                <p class="alert" role="alert" data-testid="survey-error">{ failure_text(l, f) }</p>
                <FileChooser on_file={p.on_open.clone()} label={S::TryAnother} />
                <button type="button" data-testid="survey-dismiss"
                    onclick={p.on_cancel.reform(|_: MouseEvent| ())}>{ crate::i18n::T::Close.get(l) }</button>
            </>
        },
        SurveyPhase::Ready(r) => html! {
            <SurveyResults result={r.clone()} journey={p.journey.clone()} matches={p.matches.clone()}
                on_remap={p.on_remap.clone()} on_remove={p.on_remove.clone()} on_open={p.on_open.clone()}
                on_export_answers={p.on_export_answers.clone()}
                on_action={p.on_action.clone()} on_new_journey={p.on_new_journey.clone()}
                can_remap={p.can_remap} />
        },
    }
}
