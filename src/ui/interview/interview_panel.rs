//! The interview panel: the list of interviews done, the Add button, and the open
//! interview's form. Which interview is open and which question shows are the panel's own
//! state; everything typed is an `Action`, saved as it is typed.

use super::interview_form::InterviewForm;
use super::interview_list::InterviewList;
use crate::i18n::interview::{Q, interview_error};
use crate::model::{Action, InterviewId, Journey, MAX_INTERVIEWS, ModelError};
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InterviewPanelProps {
    pub journey: Rc<Journey>,
    pub on_action: Callback<Action>,
}

#[function_component(InterviewPanel)]
pub fn interview_panel(p: &InterviewPanelProps) -> Html {
    let l = use_lang();
    let interviews = &p.journey.interviews;
    let chosen = use_state(|| None::<InterviewId>);
    // After Add, the new interview opens with the focus on its "who" field.
    let adding = use_mut_ref(|| false);
    let focus_who = use_mut_ref(|| false);
    {
        let (chosen, adding) = (chosen.clone(), adding.clone());
        let last = interviews.last().map(|i| i.id);
        use_effect_with(interviews.len(), move |_| {
            if std::mem::take(&mut *adding.borrow_mut()) {
                chosen.set(last);
            }
        });
    }
    // The open interview: the one chosen while it exists, else the last one.
    let open = chosen
        .and_then(|id| interviews.iter().find(|i| i.id == id))
        .or(interviews.last());
    let full = interviews.len() >= MAX_INTERVIEWS;
    let on_add = {
        let (on_action, adding, focus_who) =
            (p.on_action.clone(), adding.clone(), focus_who.clone());
        Callback::from(move |_: MouseEvent| {
            *adding.borrow_mut() = true;
            // Taken by the new interview's form when it appears.
            *focus_who.borrow_mut() = true;
            on_action.emit(Action::AddInterview(String::new()));
        })
    };
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |id: InterviewId| chosen.set(Some(id)))
    };
    html! {
        <section class="interview" aria-labelledby="interview-heading">
            <h2 id="interview-heading">{ Q::Title.get(l) }</h2>
            <p class="hint">{ Q::Intro.get(l) }</p>
            <InterviewList interviews={interviews.clone()} open={open.map(|i| i.id)}
                on_choose={on_choose} on_action={p.on_action.clone()} />
            <button type="button" data-testid="interview-add" onclick={on_add} disabled={full}>
                { format!("+ {}", Q::Add.get(l)) }</button>
            if full {
                <p class="field-error" role="status">
                    { interview_error(l, &ModelError::TooManyInterviews) }</p>
            }
            if let Some(i) = open {
                <InterviewForm key={i.id.0} interview={i.clone()}
                    position={interviews.iter().position(|x| x.id == i.id).unwrap_or(0) + 1}
                    journey={p.journey.clone()} focus_who={focus_who.clone()}
                    on_action={p.on_action.clone()} />
            }
        </section>
    }
}
