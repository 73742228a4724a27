//! The survey section of the workspace: collapsed until opened. Its inside
//! ([`SurveyBody`]) is part of the panels program, fetched when the section is first
//! opened, or at once when the open journey has a stored survey (whose means the lanes
//! show): wired to the worker bridge (`web::survey::use_survey`; opening starts the
//! worker, so its wasm is compiled before a file is chosen), and matching the survey's
//! touchpoints to the journey's.

use crate::analysis::lanes::SurveySide;
use crate::i18n::survey::{self as say, S};
use crate::io::survey::match_touchpoints;
use crate::model::{Action, Journey, survey_gaps_by_touchpoint, survey_means_by_touchpoint};
use crate::ui::lazy::protocol::Out;
use crate::ui::lazy::{Kind, LazyPanel, use_details_open};
use crate::ui::survey::survey_view::SurveyView;
use crate::ui::use_lang;
use crate::web::state::Msg;
use crate::web::storage::{Db, load_survey, open_db};
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

/// The survey section (`survey-panel`) in the workspace.
#[function_component(SurveyPanel)]
pub fn survey_panel(p: &SurveyPanelProps) -> Html {
    let l = use_lang();
    // The body is there once the section was opened, or the journey has a stored survey.
    let d = use_details_open();
    let respondents = use_state(|| None::<usize>);
    {
        let (wanted, want, db) = (d.wanted, d.want.clone(), p.db.clone());
        use_effect_with(p.doc_id.clone(), move |doc| {
            if let Some(db) = db.filter(|_| !wanted) {
                let doc = doc.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if matches!(load_survey(&db, &doc).await, Ok(Some(_))) {
                        want.emit(());
                    }
                });
            }
        });
    }
    let on_out = {
        let (on_msg, on_side, respondents) = (
            p.on_msg.clone(),
            p.on_customer_side.clone(),
            respondents.clone(),
        );
        Callback::from(move |out: Out| match out {
            Out::Create(journey) => on_msg.emit(Msg::Create {
                journey,
                based_on: None,
            }),
            Out::CustomerSide(side) => on_side.emit(side.map(Rc::new)),
            Out::Respondents(n) => respondents.set(n),
            // Actions go to `on_action`; the survey sends nothing else.
            _ => {}
        })
    };
    let count = match *respondents {
        Some(n) => format!(" ({})", say::respondents(l, n, 0)),
        None => String::new(),
    };
    html! {
        <details class="survey-panel" data-testid="survey-panel" ontoggle={d.on_toggle}>
            <summary><h2>{ S::Title.get(l) }</h2>{ count }</summary>
            if d.wanted {
                <LazyPanel kind={Kind::Survey} journey={p.journey.clone()} active={d.open}
                    follow_closed=true doc={Some(p.doc_id.clone())}
                    on_action={p.on_action.clone()} {on_out} />
            }
        </details>
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
