//! A survey read and analysed: every part of the analysis in the order a reader asks about
//! it (how many, does peak-end hold, the curve, NPS, weights, drivers), the mapping to
//! change, the matching with the journey, the bad answers, and export / remove.

use crate::i18n::survey::{self as say, S};
use crate::model::{Action, Journey};
use crate::ui::survey::bad_answers::BadAnswers;
use crate::ui::survey::customer_lambda::CustomerLambda;
use crate::ui::survey::drivers_list::DriversList;
use crate::ui::survey::file_chooser::FileChooser;
use crate::ui::survey::fitted_weights::FittedWeights;
use crate::ui::survey::mapping_step::MappingStep;
use crate::ui::survey::nps_card::NpsCard;
use crate::ui::survey::predictors_table::PredictorsTable;
use crate::ui::survey::survey_chart::SurveyChart;
use crate::ui::survey::touchpoint_match::TouchpointMatch;
use crate::ui::survey::verdict_card::VerdictCard;
use crate::ui::use_lang;
use crate::web::dialog::confirm;
use crate::web::download::{download, file_name};
use crate::web::survey::SurveyResult;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SurveyResultsProps {
    pub result: Rc<SurveyResult>,
    pub journey: Rc<Journey>,
    pub matches: Rc<Vec<Option<usize>>>,
    pub on_remap: Callback<crate::model::survey::Mapping>,
    pub on_remove: Callback<()>,
    #[prop_or_default]
    pub on_export_answers: Callback<()>,
    /// Another file replaces this survey once it has been read.
    pub on_open: Callback<web_sys::File>,
    pub on_action: Callback<Action>,
    pub on_new_journey: Callback<Journey>,
    #[prop_or(true)]
    pub can_remap: bool,
}

/// Everything the analysis shows, with `survey-respondents` (`data-value`) first.
#[function_component(SurveyResults)]
pub fn survey_results(p: &SurveyResultsProps) -> Html {
    let l = use_lang();
    let r = &p.result;
    // Shared parts as Rc, so a re-render of the page does not re-render every table.
    let parts = use_memo(r.clone(), |r| {
        (
            Rc::new(r.report.clone()),
            Rc::new(r.report.touchpoints.clone()),
            Rc::new(r.report.predictors.clone()),
            Rc::new(r.report.drivers.clone()),
            Rc::new(r.report.segments.clone()),
            Rc::new(r.report.nps_differences.clone()),
            Rc::new(r.summary.bad.clone()),
            Rc::new(r.detected.clone()),
        )
    });
    let (report, touchpoints, predictors, drivers, segments, differences, bad, detected) =
        (*parts).clone();
    let on_export = {
        let r = r.clone();
        Callback::from(move |_: MouseEvent| {
            if let Ok(json) = serde_json::to_string_pretty(&r.report) {
                download(
                    &file_name(&r.file_name, "survey-analysis.json"),
                    "application/json",
                    &json,
                );
            }
        })
    };
    let on_remove = {
        let on_remove = p.on_remove.clone();
        Callback::from(move |_: MouseEvent| {
            if confirm(S::RemoveConfirm.get(l)) {
                on_remove.emit(());
            }
        })
    };
    let scale = r.mapping.touchpoint_scale;
    html! {
        <div class="survey-results">
            <p class="survey-head">
                <span class="file">{ r.file_name.clone() }</span>{ ": " }
                <strong data-testid="survey-respondents" data-value={r.report.respondents.to_string()}>
                    { say::respondents(l, r.report.respondents, r.report.skipped) }
                </strong>
            </p>
            <MappingStep detected={detected} mapping={r.mapping.clone()} on_remap={p.on_remap.clone()} can_remap={p.can_remap} />
            <div class="survey-grid">
                <VerdictCard verdict={r.report.verdict} comparison={r.report.peak_end_vs_mean.clone()} segments={segments.clone()} />
                <NpsCard nps={r.report.nps.clone()} differences={differences} segments={segments.clone()} />
            </div>
            <SurveyChart report={report} {scale} />
            <TouchpointMatch touchpoints={touchpoints} {scale} journey={p.journey.clone()}
                matches={p.matches.clone()} file_name={r.file_name.clone()}
                on_action={p.on_action.clone()} on_new_journey={p.on_new_journey.clone()} />
            <PredictorsTable predictors={predictors} />
            <FittedWeights fitted={r.report.fitted.clone()} model={p.journey.memory} on_action={p.on_action.clone()} />
            <CustomerLambda estimate={r.report.lambda.clone()} has_overall={!r.report.predictors.is_empty()}
                bank={p.journey.bank} on_action={p.on_action.clone()} />
            <DriversList drivers={drivers} />
            <BadAnswers bad={bad} count={r.summary.bad_count} />
            <div class="survey-card buttons survey-actions">
                <button type="button" data-testid="survey-export" onclick={on_export}>{ S::Export.get(l) }</button>
                <button type="button" data-testid="survey-export-answers"
                    onclick={p.on_export_answers.reform(|_: MouseEvent| ())}>{ S::ExportAnswers.get(l) }</button>
                <button type="button" data-testid="survey-remove" onclick={on_remove}>{ S::Remove.get(l) }</button>
                <p class="hint">{ S::ExportHint.get(l) }</p>
                <FileChooser on_file={p.on_open.clone()} label={S::TryAnother} />
            </div>
            <details class="survey-sources">
                <summary>{ crate::i18n::T::FormulaSources.get(l) }</summary>
                <ul>{ for say::SOURCES.iter().map(|s| html! { <li>{ *s }</li> }) }</ul>
            </details>
        </div>
    }
}
