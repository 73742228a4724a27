//! One story in the list: its text (always as text, never as markup), who told it, how it
//! felt, what it is about, its themes and date; buttons to edit and delete it.

use super::about_select::About;
use super::sign_class;
use super::story_edit::StoryEdit;
use crate::i18n::signed;
use crate::i18n::stories::{ST, story_action, told_by};
use crate::model::{Action, Journey, Story, StoryAction};
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryItemProps {
    pub journey: Rc<Journey>,
    /// Its position in the journey's stories.
    pub index: usize,
    pub story: Story,
    pub editing: bool,
    pub on_edit: Callback<Option<usize>>,
    pub on_action: Callback<Action>,
}

/// A list item (`story-item`).
#[function_component(StoryItem)]
pub fn story_item(p: &StoryItemProps) -> Html {
    let l = use_lang();
    let s = &p.story;
    let number = p.index + 1;
    let neutral = p.journey.scale.neutral;
    let sign = sign_class(s.valence, neutral);
    let on_delete = {
        let (on_action, on_edit, i) = (p.on_action.clone(), p.on_edit.clone(), p.index);
        Callback::from(move |_: MouseEvent| {
            on_edit.emit(None);
            on_action.emit(Action::Story(StoryAction::Remove(i)));
        })
    };
    let on_toggle = {
        let (on_edit, i, editing) = (p.on_edit.clone(), p.index, p.editing);
        Callback::from(move |_: MouseEvent| on_edit.emit((!editing).then_some(i)))
    };
    let who = told_by(l, s);
    let about = About::of(s.touchpoint, s.phase).name(&p.journey);
    html! {
        <li class={classes!("story-item", sign)} data-testid="story-item">
            <div class="story-head">
                <span class={classes!("valence", sign)} data-testid="story-item-valence">
                    { signed(l, s.valence, 2) }
                </span>
                <p class="story-text" data-testid="story-item-text">{ s.text.clone() }</p>
            </div>
            <div class="story-foot">
                <p class="story-meta">
                    <span data-testid="story-item-teller">{ who }</span>
                    if let Some(a) = about {
                        { " · " }<span data-testid="story-item-about">{ a }</span>
                    }
                    if let Some(d) = s.date {
                        { " · " }<span class="date">{ d.to_string() }</span>
                    }
                    { for s.themes.iter().map(|t| html! { <span class="theme">{ format!("#{t}") }</span> }) }
                </p>
                <div class="story-buttons">
                    <button type="button" data-testid="story-edit" aria-expanded={p.editing.to_string()}
                        aria-label={story_action(l, if p.editing { ST::Done } else { ST::Edit }, number)}
                        onclick={on_toggle}>
                        { if p.editing { ST::Done.get(l) } else { ST::Edit.get(l) } }
                    </button>
                    <button type="button" class="delete" data-testid="story-delete"
                        aria-label={story_action(l, ST::Delete, number)} onclick={on_delete}>
                        { ST::Delete.get(l) }
                    </button>
                </div>
            </div>
            if p.editing {
                <StoryEdit journey={p.journey.clone()} index={p.index} story={s.clone()}
                    on_action={p.on_action.clone()} />
            }
        </li>
    }
}
