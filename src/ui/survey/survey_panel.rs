//! The survey section of the workspace: collapsed until opened. Its inside
//! ([`SurveyBody`]) is part of the panels program, fetched when the section is first
//! opened, or at once when the open journey has a stored survey (whose means the lanes
//! show): wired to the worker bridge (`web::survey::use_survey`; opening starts the
//! worker, so its wasm is compiled before a file is chosen), and matching the survey's
//! touchpoints to the journey's.

use crate::analysis::lanes::SurveySide;
use crate::i18n::Lang;
use crate::i18n::survey as say;
use crate::io::survey::match_touchpoints;
use crate::model::{Action, Journey, survey_gaps_by_touchpoint, survey_means_by_touchpoint};
use crate::ui::lazy::protocol::Out;
use crate::ui::survey::survey_view::SurveyView;
use crate::web::storage::{Db, open_db};
use crate::web::survey::{SurveyPhase, use_survey};
use std::rc::Rc;
use yew::prelude::*;

/// What follows the section's name in its summary: how many answered the attached survey.
pub fn respondents_after(l: Lang, respondents: Option<usize>) -> String {
    match respondents {
        Some(n) => format!(" ({})", say::respondents(l, n, 0)),
        None => String::new(),
    }
}

#[derive(Properties, PartialEq)]
pub struct SurveyBodyProps {
    pub journey: Rc<Journey>,
    /// The open journey's document id: its survey is kept with it.
    pub doc_id: String,
    /// Whether the section is open (opening starts the worker).
    pub open: bool,
    pub on_action: Callback<Action>,
    /// A new journey, the customer's side, the respondents.
    pub on_out: Callback<Out>,
}

/// Inside the section, in the panels program: opens storage for the survey, then works.
#[function_component(SurveyBody)]
pub fn survey_body(p: &SurveyBodyProps) -> Html {
    // `None` while storage opens; then the database, or `None` inside when there is none.
    let db = use_state(|| None::<Option<Db>>);
    {
        let db = db.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                db.set(Some(open_db().await.ok()));
            });
        });
    }
    match (*db).clone() {
        Some(db) => html! {
            <SurveyWork {db} doc_id={p.doc_id.clone()} journey={p.journey.clone()} open={p.open}
                on_action={p.on_action.clone()} on_out={p.on_out.clone()} />
        },
        None => Html::default(),
    }
}

#[derive(Properties, PartialEq)]
struct SurveyWorkProps {
    db: Option<Db>,
    doc_id: String,
    journey: Rc<Journey>,
    open: bool,
    on_action: Callback<Action>,
    on_out: Callback<Out>,
}

#[function_component(SurveyWork)]
fn survey_work(p: &SurveyWorkProps) -> Html {
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
        let on_out = p.on_out.clone();
        use_effect_with(side, move |side| {
            if let Some(side) = side {
                on_out.emit(Out::CustomerSide(side.as_deref().cloned()));
            }
        });
    }
    {
        let on_out = p.on_out.clone();
        let respondents = match &survey.phase {
            SurveyPhase::Ready(r) => Some(r.report.respondents),
            _ => None,
        };
        use_effect_with(respondents, move |n| on_out.emit(Out::Respondents(*n)));
    }
    {
        let warm = survey.warm.clone();
        use_effect_with(p.open, move |open| {
            if *open {
                warm.emit(());
            }
        });
    }
    let on_new_journey = p.on_out.reform(Out::Create);
    html! {
        <SurveyView phase={survey.phase.clone()} journey={p.journey.clone()}
            matches={matches.clone()} on_open={survey.open.clone()}
            on_remap={survey.remap.clone()} on_cancel={survey.cancel.clone()}
            on_remove={survey.remove.clone()} on_action={p.on_action.clone()}
            on_export_answers={survey.export_answers.clone()}
            {on_new_journey} can_remap={survey.can_remap} />
    }
}
