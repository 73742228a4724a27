//! The survey's touchpoints next to the open journey's: which matched by name, "Use these
//! ratings" (the customers' averages onto the matched touchpoints, one undo step), and
//! "Make a new journey from this survey" (added to the library, never replacing one).

use crate::analysis::survey::TouchpointStats;
use crate::i18n::number::decimal;
use crate::i18n::survey::{self as say, S};
use crate::model::{Action, Journey, Scale, journey_from_survey, ratings_action};
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TouchpointMatchProps {
    pub touchpoints: Rc<Vec<TouchpointStats>>,
    /// The scale the survey's touchpoints were rated on.
    pub scale: Scale,
    pub journey: Rc<Journey>,
    /// For each survey touchpoint, the index of the journey touchpoint it matches.
    pub matches: Rc<Vec<Option<usize>>>,
    pub file_name: String,
    pub on_action: Callback<Action>,
    pub on_new_journey: Callback<Journey>,
}

/// The matching list (`survey-match`) and its two actions.
#[function_component(TouchpointMatch)]
pub fn touchpoint_match(p: &TouchpointMatchProps) -> Html {
    let l = use_lang();
    let means: Vec<Option<f64>> = p.touchpoints.iter().map(|t| t.mean).collect();
    let action = ratings_action(&p.journey, &means, &p.scale, &p.matches);
    let found = p.matches.iter().filter(|m| m.is_some()).count();
    let rows = p.touchpoints.iter().zip(p.matches.iter()).map(|(t, m)| {
        let target = m.and_then(|i| p.journey.touchpoints.get(i));
        let mean = t.mean.map_or_else(|| "–".to_string(), |v| decimal(l, v, 1));
        html! {
            <li data-matched={target.is_some().to_string()}>
                <span class="name">{ t.name.clone() }</span>{ " " }
                <span class="mean">{ mean }</span>{ " → " }
                { match target {
                    Some(tp) => html! { <strong>{ tp.name.clone() }</strong> },
                    None => html! { <span class="empty">{ S::NotInJourney.get(l) }</span> },
                } }
            </li>
        }
    });
    let use_ratings = {
        let (on_action, action) = (p.on_action.clone(), action.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(a) = action.clone() {
                on_action.emit(a);
            }
        })
    };
    let new_journey = {
        let names: Vec<String> = p.touchpoints.iter().map(|t| t.name.clone()).collect();
        let (title, scale, on_new) = (
            say::journey_title(l, &p.file_name),
            p.scale,
            p.on_new_journey.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            on_new.emit(journey_from_survey(&title, &names, &means, scale))
        })
    };
    html! {
        <section class="survey-card" data-testid="survey-match" aria-labelledby="survey-match-heading">
            <h3 id="survey-match-heading">{ S::MatchTitle.get(l) }</h3>
            <p>{ say::matched(l, found, p.touchpoints.len()) }</p>
            <ul class="survey-matches">{ for rows }</ul>
            <div class="buttons">
                <button type="button" class="primary" data-testid="survey-use-ratings"
                    disabled={action.is_none()} onclick={use_ratings}>{ S::UseRatings.get(l) }</button>
                <button type="button" data-testid="survey-new-journey" onclick={new_journey}>{ S::NewJourney.get(l) }</button>
            </div>
            <p class="hint">{ if action.is_some() { S::UseRatingsHint.get(l) } else { S::NothingToUse.get(l) } }</p>
            <p class="hint">{ S::NewJourneyHint.get(l) }</p>
        </section>
    }
}
