//! One question of the interview: its number and text, a hint from the seed, the answer
//! (saved as it is typed), the touchpoints it speaks about, the feeling words with the
//! fourth question, and Back / Next. Ctrl+Enter in the answer goes to the next question.

use super::touchpoint_links::TouchpointLinks;
use crate::i18n::interview::{Q, question, question_number};
use crate::model::{
    Action, Answer, InterviewEdit, InterviewId, Journey, MAX_ANSWER_CHARS, Question, feeling_words,
};
use crate::ui::use_lang;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionStepProps {
    pub interview: InterviewId,
    pub question: Question,
    pub answer: Answer,
    pub journey: Rc<Journey>,
    /// Set when the user moved to this question: the answer takes the focus.
    pub focus: Rc<RefCell<bool>>,
    /// Go to the question at this 0-based position.
    pub on_step: Callback<usize>,
    pub on_action: Callback<Action>,
}

#[function_component(QuestionStep)]
pub fn question_step(p: &QuestionStepProps) -> Html {
    let l = use_lang();
    let (id, q) = (p.interview, p.question);
    let k = q.index();
    let last = Question::ALL.len() - 1;
    let answer_ref = use_node_ref();
    // The feeling words as typed while the field has the focus: the model keeps words,
    // so showing the stored list would swallow a comma just typed.
    let feelings_draft = use_state(|| None::<String>);
    {
        let (flag, answer_ref) = (p.focus.clone(), answer_ref.clone());
        use_effect_with((), move |_| {
            if std::mem::take(&mut *flag.borrow_mut()) {
                if let Some(t) = answer_ref.cast::<HtmlTextAreaElement>() {
                    let _ = t.focus();
                }
            }
        });
    }
    let on_text = p.on_action.reform(move |e: InputEvent| {
        let t: HtmlTextAreaElement = e.target_unchecked_into();
        Action::EditInterview(id, InterviewEdit::Text(q, t.value()))
    });
    let on_keys = {
        let on_step = p.on_step.clone();
        Callback::from(move |e: KeyboardEvent| {
            if (e.ctrl_key() || e.meta_key()) && e.key() == "Enter" && k < last {
                e.prevent_default();
                on_step.emit(k + 1);
            }
        })
    };
    let on_feelings = {
        let (on_action, draft) = (p.on_action.clone(), feelings_draft.clone());
        Callback::from(move |e: InputEvent| {
            let i: HtmlInputElement = e.target_unchecked_into();
            let typed = i.value();
            on_action.emit(Action::EditInterview(
                id,
                InterviewEdit::Feelings(q, feeling_words(&typed)),
            ));
            draft.set(Some(typed));
        })
    };
    let feelings_blur = {
        let draft = feelings_draft.clone();
        Callback::from(move |_: FocusEvent| draft.set(None))
    };
    let (_, ask, hint) = question(q);
    let fid = |f: &str| format!("interview-{}-{}-{f}", id.0, q.key());
    html! {
        <div class="question-step" data-testid="interview-step-body">
            <p class="step-of">{ question_number(l, q) }</p>
            <h4 id={fid("q")} data-testid="interview-question">{ ask.get(l) }</h4>
            <p class="hint" id={fid("hint")}>{ hint.get(l) }</p>
            <label class="visually-hidden" for={fid("answer")}>
                { format!("{}: {}", Q::Answer.get(l), ask.get(l)) }</label>
            <textarea id={fid("answer")} data-testid="interview-answer" ref={answer_ref} rows="5"
                maxlength={MAX_ANSWER_CHARS.to_string()} value={p.answer.text.clone()}
                aria-describedby={format!("{} {}", fid("hint"), fid("keys"))}
                oninput={on_text} onkeydown={on_keys} />
            <p class="hint keys" id={fid("keys")}>{ Q::KeysHint.get(l) }</p>
            if q == Question::Feelings {
                <label class="field feelings" for={fid("feelings")}>
                    <span>{ Q::Feelings.get(l) }</span>
                    <input type="text" id={fid("feelings")} data-testid="interview-feelings"
                        placeholder={Q::FeelingsPlaceholder.get(l)} oninput={on_feelings}
                        onblur={feelings_blur}
                        value={(*feelings_draft).clone().unwrap_or_else(|| p.answer.feelings.join(", "))} />
                </label>
            }
            <TouchpointLinks interview={id} question={q} linked={p.answer.touchpoints.clone()}
                journey={p.journey.clone()} on_action={p.on_action.clone()} />
            <div class="step-nav">
                <button type="button" data-testid="interview-back" disabled={k == 0}
                    onclick={p.on_step.reform(move |_| k.saturating_sub(1))}>
                    { format!("← {}", Q::Back.get(l)) }</button>
                <button type="button" class="primary" data-testid="interview-next" disabled={k == last}
                    onclick={p.on_step.reform(move |_| k + 1)}>
                    { format!("{} →", Q::Next.get(l)) }</button>
            </div>
        </div>
    }
}
