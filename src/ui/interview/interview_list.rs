//! The interviews done: each one's name, date and how many questions it answers, a button
//! to open it and one to delete it (after a confirmation).

use crate::i18n::interview::{Q, answered, delete_confirm, interview_name};
use crate::model::{Action, Interview, InterviewId};
use crate::ui::use_lang;
use crate::web::dialog::confirm;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InterviewListProps {
    pub interviews: Vec<Interview>,
    pub open: Option<InterviewId>,
    pub on_choose: Callback<InterviewId>,
    pub on_action: Callback<Action>,
}

#[function_component(InterviewList)]
pub fn interview_list(p: &InterviewListProps) -> Html {
    let l = use_lang();
    if p.interviews.is_empty() {
        return html! { <p class="empty" data-testid="interview-list">{ Q::None.get(l) }</p> };
    }
    let item = |k: usize, i: &Interview| {
        let id = i.id;
        let name = interview_name(l, &i.who, k + 1);
        let on_open = p.on_choose.reform(move |_: MouseEvent| id);
        let on_delete = {
            let (on_action, asked) = (p.on_action.clone(), delete_confirm(l, &name));
            Callback::from(move |_: MouseEvent| {
                if confirm(&asked) {
                    on_action.emit(Action::RemoveInterview(id));
                }
            })
        };
        let current = p.open == Some(id);
        let about = [
            i.date.clone().unwrap_or_default(),
            answered(l, i.answered()),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
        html! {
            <li class={classes!("interview-item", current.then_some("current"))} key={id.0}
                data-testid="interview-item">
                <button type="button" class="open" data-testid="interview-open" onclick={on_open}
                    aria-current={current.then_some("true")}>
                    <span class="name">{ name.clone() }</span>
                    <span class="about">{ about }</span>
                </button>
                <button type="button" class="icon delete" data-testid="interview-delete"
                    aria-label={format!("{}: {name}", Q::Delete.get(l))} onclick={on_delete}>
                    { "✕" }</button>
            </li>
        }
    };
    html! {
        <>
            <h3 id="interview-done">{ Q::Done.get(l) }</h3>
            <ul class="interview-list" data-testid="interview-list" aria-labelledby="interview-done">
                { for p.interviews.iter().enumerate().map(|(k, i)| item(k, i)) }
            </ul>
        </>
    }
}
