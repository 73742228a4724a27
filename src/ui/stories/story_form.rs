//! Entering one story by keyboard during a session: type, Ctrl+Enter, type the next. The
//! text clears and takes the focus again; who tells it, how it felt and what it is about
//! stay for the next story. A refused story says why and keeps what was typed.

use super::draft::{Draft, with_theme};
use super::story_fields::StoryFields;
use super::theme_chips::ThemeChips;
use crate::i18n::stories::{ST, model_error};
use crate::model::{
    Action, Date, Journey, ModelError, Story, StoryAction, check_story, parse_number, split_themes,
};
use crate::ui::use_lang;
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryFormProps {
    pub journey: Rc<Journey>,
    pub on_action: Callback<Action>,
    pub themes_in_use: Rc<Vec<(String, usize)>>,
    /// A theme offered from elsewhere (a recurring word), with a number that changes each
    /// time so the same word can be offered twice.
    #[prop_or_default]
    pub offer: Option<(String, u64)>,
    /// The form's choices, shared with the paste box (its defaults).
    pub draft: Draft,
    pub on_draft: Callback<Draft>,
}

/// The form (`story-add` and its fields).
#[function_component(StoryForm)]
pub fn story_form(p: &StoryFormProps) -> Html {
    let l = use_lang();
    let text_ref = use_node_ref();
    let text = use_state(String::new);
    let error = use_state(|| None::<String>);
    let done = use_state(|| None::<String>);
    {
        let (draft, on_draft) = (p.draft.clone(), p.on_draft.clone());
        use_effect_with(p.offer.clone(), move |offer| {
            if let Some((word, _)) = offer {
                on_draft.emit(Draft {
                    themes: with_theme(&draft.themes, word),
                    ..draft
                });
            }
        });
    }
    {
        // A reason given for the last try goes once the user changes what was chosen.
        let error = error.clone();
        use_effect_with(p.draft.clone(), move |_| error.set(None));
    }
    let submit = {
        let (text, error, done, text_ref) =
            (text.clone(), error.clone(), done.clone(), text_ref.clone());
        let (journey, on_action, draft) = (p.journey.clone(), p.on_action.clone(), p.draft.clone());
        let on_draft = p.on_draft.clone();
        Callback::from(move |_: ()| {
            let focus = || {
                if let Some(t) = text_ref.cast::<HtmlTextAreaElement>() {
                    let _ = t.focus();
                }
            };
            done.set(None);
            // What the field holds now, even if a render is still pending.
            let typed = text_ref
                .cast::<HtmlTextAreaElement>()
                .map_or_else(|| (*text).clone(), |t| t.value());
            if typed.trim().is_empty() {
                error.set(Some(ST::NoText.get(l).to_string()));
                focus();
                return;
            }
            let valence = if draft.valence.trim().is_empty() {
                Some(journey.scale.neutral)
            } else {
                parse_number(&draft.valence)
            };
            let Some(valence) = valence else {
                error.set(Some(model_error(l, &ModelError::RatingNotANumber)));
                return;
            };
            let date = match draft.date.trim() {
                "" => None,
                d => match Date::parse(d) {
                    Ok(d) => Some(d),
                    Err(e) => {
                        error.set(Some(model_error(l, &ModelError::Date(e))));
                        return;
                    }
                },
            };
            let mut s = Story::new(typed, draft.teller, valence);
            s.who = draft.who.clone();
            s.touchpoint = draft.about.touchpoint();
            s.phase = draft.about.phase();
            s.themes = split_themes(&draft.themes);
            s.date = date;
            if let Err(e) = check_story(&journey, &s) {
                error.set(Some(model_error(l, &e)));
                return;
            }
            on_action.emit(Action::Story(StoryAction::Add(s)));
            error.set(None);
            done.set(Some(ST::Added.get(l).to_string()));
            text.set(String::new());
            on_draft.emit(Draft {
                who: String::new(),
                themes: String::new(),
                ..draft.clone()
            });
            focus();
        })
    };
    let on_submit = submit.reform(|e: SubmitEvent| e.prevent_default());
    let on_key = {
        let submit = submit.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                submit.emit(());
            }
        })
    };
    let on_text = {
        let text = text.clone();
        let error = error.clone();
        Callback::from(move |e: InputEvent| {
            let t: HtmlTextAreaElement = e.target_unchecked_into();
            text.set(t.value());
            error.set(None);
        })
    };
    let on_pick = {
        let (draft, on_draft) = (p.draft.clone(), p.on_draft.clone());
        Callback::from(move |t: String| {
            on_draft.emit(Draft {
                themes: with_theme(&draft.themes, &t),
                ..draft.clone()
            })
        })
    };
    let invalid = error.is_some().then_some("true");
    html! {
        <form class="story-form" data-testid="story-form" onsubmit={on_submit} onkeydown={on_key}>
            <h3>{ ST::NewStory.get(l) }</h3>
            <label class="field wide" for="story-text">{ ST::Text.get(l) }</label>
            <textarea id="story-text" data-testid="story-text" ref={text_ref} rows="3"
                value={(*text).clone()} oninput={on_text} aria-describedby="story-text-hint story-error"
                aria-invalid={invalid} />
            <p class="hint" id="story-text-hint">{ ST::TextHint.get(l) }</p>
            <StoryFields journey={p.journey.clone()} draft={p.draft.clone()}
                on_draft={p.on_draft.clone()} />
            <ThemeChips themes={p.themes_in_use.clone()} chosen={split_themes(&p.draft.themes)}
                on_pick={on_pick} />
            <div class="story-actions">
                <button type="submit" data-testid="story-add">{ ST::Add.get(l) }</button>
                <span class="done" role="status" data-testid="story-added">{ (*done).clone().unwrap_or_default() }</span>
            </div>
            <p class="import-error" id="story-error" role="alert" data-testid="story-error">
                { (*error).clone().unwrap_or_default() }
            </p>
        </form>
    }
}
