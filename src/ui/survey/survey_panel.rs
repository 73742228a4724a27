//! The survey section of the workspace: collapsed until opened (opening starts the worker,
//! so its wasm is compiled before a file is chosen), wired to the worker bridge
//! (`web::survey::use_survey`), and matching the survey's touchpoints to the journey's.

use crate::analysis::lanes::SurveySide;
use crate::i18n::survey::{self as say, S};
use crate::io::survey::match_touchpoints;
use crate::model::{Action, Journey, survey_gaps_by_touchpoint, survey_means_by_touchpoint};
use crate::ui::survey::survey_view::SurveyView;
use crate::ui::use_lang;
use crate::web::state::Msg;
use crate::web::storage::Db;
use crate::web::survey::{SurveyPhase, use_survey};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SurveyPanelProps {
    /// Where the survey's numbers are kept (`None`: this browser allows no storage).
    pub db: Option<Db>,
    /// The open journey's document id: its survey is kept with it.
    pub doc_id: String,
    pub journey: Rc<Journey>,
    pub on_action: Callback<Action>,
    pub on_msg: Callback<Msg>,
    /// The survey's means per journey touchpoint as the customer's side of the lanes
    /// (`None` once no survey is attached); unchanged while a survey is being read.
    #[prop_or_default]
    pub on_customer_side: Callback<Option<Rc<SurveySide>>>,
}

/// The survey section (`survey-panel`).
#[function_component(SurveyPanel)]
pub fn survey_panel(p: &SurveyPanelProps) -> Html {
    let l = use_lang();
    let survey = use_survey(p.db.clone(), p.doc_id.clone(), p.journey.memory);
    let names = match &survey.phase {
        SurveyPhase::Ready(r) => Some(
            r.report
                .touchpoints
                .iter()
                .map(|t| t.name.clone())
                .collect::<Vec<_>>(),
        ),
        _ => None,
    };
    let journey_names: Vec<String> = p
        .journey
        .touchpoints
        .iter()
        .map(|t| t.name.clone())
        .collect();
    let matches = use_memo((names, journey_names), |(names, journey)| {
        match_touchpoints(names.as_deref().unwrap_or_default(), journey)
    });
    // The customer's side for the lanes: `Some(None)` without a survey, `None` while one is
    // being read or a new file failed (the lanes keep what they had: a journey switch
    // passes through `Idle` first).
    let side = match &survey.phase {
        SurveyPhase::Ready(r) => {
            let means: Vec<Option<f64>> = r.report.touchpoints.iter().map(|t| t.mean).collect();
            Some(Some(Rc::new(SurveySide {
                means: survey_means_by_touchpoint(
                    &p.journey,
                    &means,
                    &r.mapping.touchpoint_scale,
                    &matches,
                ),
                respondents: r.report.respondents,
                promoter_gaps: survey_gaps_by_touchpoint(
                    &p.journey,
                    &r.report
                        .drivers
                        .iter()
                        .map(|d| (d.index, d.gap))
                        .collect::<Vec<_>>(),
                    &r.mapping.touchpoint_scale,
                    &matches,
                ),
            })))
        }
        SurveyPhase::Idle => Some(None),
        SurveyPhase::Reading { .. } | SurveyPhase::Failed(_) => None,
    };
    {
        let on_side = p.on_customer_side.clone();
        use_effect_with(side, move |side| {
            if let Some(side) = side {
                on_side.emit(side.clone());
            }
        });
    }
    let on_toggle = {
        let warm = survey.warm.clone();
        Callback::from(move |e: Event| {
            let open = e
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|d| d.has_attribute("open"));
            if open {
                warm.emit(());
            }
        })
    };
    let on_new_journey = p.on_msg.reform(|journey| Msg::Create {
        journey,
        based_on: None,
    });
    let count = match &survey.phase {
        SurveyPhase::Ready(r) => format!(" ({})", say::respondents(l, r.report.respondents, 0)),
        _ => String::new(),
    };
    html! {
        <details class="survey-panel" data-testid="survey-panel" ontoggle={on_toggle}>
            <summary><h2>{ S::Title.get(l) }</h2>{ count }</summary>
            <SurveyView phase={survey.phase.clone()} journey={p.journey.clone()}
                matches={matches.clone()} on_open={survey.open.clone()}
                on_remap={survey.remap.clone()} on_cancel={survey.cancel.clone()}
                on_remove={survey.remove.clone()} on_action={p.on_action.clone()}
                on_export_answers={survey.export_answers.clone()}
                {on_new_journey} can_remap={survey.can_remap} />
        </details>
    }
}
