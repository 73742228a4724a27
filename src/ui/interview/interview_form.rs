//! One interview: who was interviewed and when, then the five questions one at a time
//! (step buttons, Back and Next).

use super::question_step::QuestionStep;
use crate::i18n::interview::{Q, interview_error, interview_name, question, stories_added};
use crate::model::{
    Action, Interview, InterviewEdit, Journey, MAX_NAME_CHARS, Question, StoryAction, check_date,
    stories_from_interview,
};
use crate::ui::use_lang;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InterviewFormProps {
    pub interview: Interview,
    /// 1-based place in the list, for the name of an interview without a "who".
    pub position: usize,
    pub journey: Rc<Journey>,
    /// Set when the user just added this interview: its "who" field takes the focus.
    pub focus_who: Rc<RefCell<bool>>,
    pub on_action: Callback<Action>,
}

#[function_component(InterviewForm)]
pub fn interview_form(p: &InterviewFormProps) -> Html {
    let l = use_lang();
    let i = &p.interview;
    let id = i.id;
    let step = use_state(|| 0usize);
    let date_error = use_state(|| None::<String>);
    let who_ref = use_node_ref();
    let added = use_state(|| None::<usize>);
    let on_stories = {
        let (j, i, on_action, added) = (
            p.journey.clone(),
            p.interview.clone(),
            p.on_action.clone(),
            added.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let stories = stories_from_interview(&j, &i);
            added.set(Some(stories.len()));
            if !stories.is_empty() {
                on_action.emit(Action::Story(StoryAction::Import(stories)));
            }
        })
    };
    // Set by Back, Next and the step buttons: the new question's answer takes the focus.
    let focus_answer = use_mut_ref(|| false);
    {
        let (flag, who_ref) = (p.focus_who.clone(), who_ref.clone());
        use_effect_with((), move |_| {
            if std::mem::take(&mut *flag.borrow_mut()) {
                if let Some(input) = who_ref.cast::<HtmlInputElement>() {
                    let _ = input.focus();
                }
            }
        });
    }
    let q = Question::ALL[(*step).min(Question::ALL.len() - 1)];
    let go = {
        let (step, focus_answer) = (step.clone(), focus_answer.clone());
        Callback::from(move |to: usize| {
            if to < Question::ALL.len() {
                *focus_answer.borrow_mut() = true;
                step.set(to);
            }
        })
    };
    let on_who = p.on_action.reform(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::EditInterview(id, InterviewEdit::Who(input.value()))
    });
    let on_date = {
        let (on_action, date_error) = (p.on_action.clone(), date_error.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let typed = input.value().trim().to_string();
            if typed.is_empty() {
                date_error.set(None);
                on_action.emit(Action::EditInterview(id, InterviewEdit::Date(None)));
            } else {
                match check_date(&typed) {
                    Ok(()) => {
                        date_error.set(None);
                        on_action.emit(Action::EditInterview(id, InterviewEdit::Date(Some(typed))));
                    }
                    Err(e) => date_error.set(Some(interview_error(l, &e))),
                }
            }
        })
    };
    let name = interview_name(l, &i.who, p.position);
    let fid = |f: &str| format!("interview-{}-{f}", id.0);
    let step_button = |k: usize, s: Question| {
        let current = k == q.index();
        let done = i.answer(s).is_answered();
        html! {
            <li>
                <button type="button" data-testid="interview-step" onclick={go.reform(move |_| k)}
                    class={classes!(current.then_some("current"), done.then_some("done"))}
                    aria-current={current.then_some("step")}>
                    { format!("{}. {}", k + 1, question(s).0.get(l)) }
                    if done { <span aria-hidden="true">{ " ✓" }</span> }
                </button>
            </li>
        }
    };
    html! {
        <div class="interview-form" data-testid="interview-form">
            <h3>{ name }</h3>
            <div class="interview-meta">
                <label class="field" for={fid("who")}>
                    <span>{ Q::Who.get(l) }</span>
                    <input type="text" id={fid("who")} data-testid="interview-who" ref={who_ref}
                        maxlength={MAX_NAME_CHARS.to_string()} value={i.who.clone()}
                        placeholder={Q::WhoPlaceholder.get(l)} oninput={on_who} />
                </label>
                <label class="field" for={fid("date")}>
                    <span>{ Q::Date.get(l) }</span>
                    <input type="date" id={fid("date")} data-testid="interview-date"
                        value={i.date.clone().unwrap_or_default()} onchange={on_date}
                        aria-invalid={date_error.is_some().then_some("true")}
                        aria-describedby={date_error.is_some().then(|| fid("date-error"))} />
                </label>
                if let Some(e) = &*date_error {
                    <p class="field-error" id={fid("date-error")} role="alert">{ e.clone() }</p>
                }
            </div>
            <nav aria-label={Q::Steps.get(l)}>
                <ol class="interview-steps">
                    { for Question::ALL.iter().enumerate().map(|(k, s)| step_button(k, *s)) }
                </ol>
            </nav>
            <QuestionStep key={q.key()} interview={id} question={q} answer={i.answer(q).clone()}
                journey={p.journey.clone()} focus={focus_answer} on_step={go}
                on_action={p.on_action.clone()} />
            <p class="interview-stories">
                <button type="button" data-testid="interview-to-stories" onclick={on_stories}>
                    { Q::ToStories.get(l) }</button>
                <span role="status" data-testid="interview-stories-added">
                    { added.map(|n| format!(" {}", stories_added(l, n))).unwrap_or_default() }</span>
            </p>
        </div>
    }
}
