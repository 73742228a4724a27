//! The promises made at a touchpoint (seed 004): each one's text, its state (kept,
//! broken, not yet due) and a Remove button; and a button to add one.

use crate::i18n::lanes::touchpoint::E;
use crate::model::{
    Action, MAX_PROMISE_CHARS, MAX_PROMISES, Promise, PromiseState, TouchpointEdit, TouchpointId,
};
use crate::ui::use_lang;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PromiseListProps {
    pub id: TouchpointId,
    /// The touchpoint's name, for the labels screen readers hear.
    pub name: String,
    pub promises: Vec<Promise>,
    pub on_action: Callback<Action>,
}

fn state_label(s: PromiseState) -> E {
    match s {
        PromiseState::Open => E::StateOpen,
        PromiseState::Kept => E::StateKept,
        PromiseState::Broken => E::StateBroken,
    }
}

/// The list of promises with their controls.
#[function_component(PromiseList)]
pub fn promise_list(p: &PromiseListProps) -> Html {
    let l = use_lang();
    let id = p.id;
    // The promise being typed and its text as typed: the model trims, so showing the
    // stored text while typing would swallow the space between two words.
    let draft = use_state(|| None::<(usize, String)>);
    // After "Add promise", the new promise's text takes the focus (keyboard users type on).
    let adding = use_mut_ref(|| false);
    let last_text = use_node_ref();
    {
        let (adding, last_text) = (adding.clone(), last_text.clone());
        use_effect_with(p.promises.len(), move |_| {
            if std::mem::take(&mut *adding.borrow_mut()) {
                if let Some(i) = last_text.cast::<HtmlInputElement>() {
                    let _ = i.focus();
                }
            }
        });
    }
    let last = p.promises.len().checked_sub(1);
    let fid = |k: usize, field: &str| format!("tp-{}-promise-{k}-{field}", id.0);
    let row = |k: usize, promise: &Promise| {
        let on_text = {
            let (on_action, draft) = (p.on_action.clone(), draft.clone());
            Callback::from(move |e: InputEvent| {
                let i: HtmlInputElement = e.target_unchecked_into();
                let text = i.value();
                on_action.emit(Action::Edit(
                    id,
                    TouchpointEdit::PromiseText(k, text.clone()),
                ));
                draft.set(Some((k, text)));
            })
        };
        let on_blur = {
            let draft = draft.clone();
            Callback::from(move |_: FocusEvent| draft.set(None))
        };
        let on_state = p.on_action.reform(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            let state = PromiseState::from_key(&s.value()).unwrap_or_default();
            Action::Edit(id, TouchpointEdit::PromiseState(k, state))
        });
        let text = match &*draft {
            Some((d, t)) if *d == k => t.clone(),
            _ => promise.text.clone(),
        };
        let number = format!("{} {}", E::Promise.get(l), k + 1);
        html! {
            <li class={classes!("promise", promise.state.key())} data-testid="promise">
                <label for={fid(k, "text")}>{ number.clone() }</label>
                <input type="text" id={fid(k, "text")} data-testid="promise-text" value={text}
                    ref={if Some(k) == last { last_text.clone() } else { NodeRef::default() }}
                    maxlength={MAX_PROMISE_CHARS.to_string()} oninput={on_text} onblur={on_blur} />
                <label class="visually-hidden" for={fid(k, "state")}>
                    { format!("{}: {number}", E::PromiseState.get(l)) }</label>
                <select id={fid(k, "state")} data-testid="promise-state" onchange={on_state}>
                    { for PromiseState::ALL.iter().map(|s| html! {
                        <option value={s.key()} selected={*s == promise.state}>
                            { state_label(*s).get(l) }</option>
                    }) }
                </select>
                <button type="button" data-testid="promise-remove"
                    aria-label={format!("{}: {number}", E::RemovePromise.get(l))}
                    onclick={p.on_action.reform(move |_: MouseEvent| {
                        Action::Edit(id, TouchpointEdit::RemovePromise(k))
                    })}>{ E::RemovePromise.get(l) }</button>
            </li>
        }
    };
    let on_add = p.on_action.reform(move |_: MouseEvent| {
        *adding.borrow_mut() = true;
        Action::Edit(id, TouchpointEdit::AddPromise(Promise::default()))
    });
    html! {
        <fieldset class="promises">
            <legend>{ E::Promises.get(l) }</legend>
            if p.promises.is_empty() {
                <p class="hint">{ E::PromisesNone.get(l) }</p>
            } else {
                <ol class="promise-list">
                    { for p.promises.iter().enumerate().map(|(k, pr)| row(k, pr)) }
                </ol>
            }
            <button type="button" data-testid="promise-add" onclick={on_add}
                disabled={p.promises.len() >= MAX_PROMISES}
                aria-label={format!("{}: {}", E::AddPromise.get(l), p.name)}>
                { format!("+ {}", E::AddPromise.get(l)) }</button>
        </fieldset>
    }
}
