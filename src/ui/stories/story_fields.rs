//! The story form's choices that stay from one story to the next: who tells it, their
//! name or role, how it felt (on the journey's scale, from "we dropped the ball" to "made
//! them very happy"), what it is about, themes and date.

use super::about_select::{About, AboutSelect};
use super::draft::Draft;
use super::teller_choice::TellerChoice;
use crate::i18n::signed;
use crate::i18n::stories::ST;
use crate::model::{Journey, Teller};
use crate::ui::use_lang;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryFieldsProps {
    pub journey: Rc<Journey>,
    pub draft: Draft,
    pub on_draft: Callback<Draft>,
}

/// The grid of fields under the story's text.
#[function_component(StoryFields)]
pub fn story_fields(p: &StoryFieldsProps) -> Html {
    let l = use_lang();
    let scale = p.journey.scale;
    let field = |set: fn(&mut Draft, String)| {
        let (draft, on_draft) = (p.draft.clone(), p.on_draft.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut d = draft.clone();
            set(&mut d, input.value());
            on_draft.emit(d);
        })
    };
    let on_teller = {
        let (draft, on_draft) = (p.draft.clone(), p.on_draft.clone());
        Callback::from(move |t: Teller| {
            on_draft.emit(Draft {
                teller: t,
                ..draft.clone()
            })
        })
    };
    let on_about = {
        let (draft, on_draft) = (p.draft.clone(), p.on_draft.clone());
        Callback::from(move |a: About| {
            on_draft.emit(Draft {
                about: a,
                ..draft.clone()
            })
        })
    };
    let lo = l.number(scale.min, 2);
    let hi = signed(l, scale.max, 2);
    html! {
        <div class="story-fields">
            <TellerChoice value={p.draft.teller} on_change={on_teller} name="story-teller"
                testid="story-teller" />
            <label class="field">
                <span>{ ST::Who.get(l) }</span>
                <input type="text" data-testid="story-who" value={p.draft.who.clone()}
                    oninput={field(|d, v| d.who = v)} />
            </label>
            <div class="field valence-field">
                <label for="story-valence">{ ST::Valence.get(l) }</label>
                <input type="text" id="story-valence" inputmode="decimal" data-testid="story-valence"
                    value={p.draft.valence.clone()} oninput={field(|d, v| d.valence = v)}
                    aria-describedby="story-valence-ends" />
                <span class="hint" id="story-valence-ends">
                    { format!("{lo}: {} … {hi}: {}", ST::ValenceLow.get(l), ST::ValenceHigh.get(l)) }
                </span>
            </div>
            <div class="field">
                <label for="story-about">{ ST::About.get(l) }</label>
                <AboutSelect id="story-about" testid="story-about" journey={p.journey.clone()}
                    value={p.draft.about} on_change={on_about} />
            </div>
            <label class="field">
                <span>{ ST::Themes.get(l) }</span>
                <input type="text" data-testid="story-themes" value={p.draft.themes.clone()}
                    oninput={field(|d, v| d.themes = v)} />
            </label>
            <label class="field">
                <span>{ ST::Date.get(l) }</span>
                <input type="date" data-testid="story-date" value={p.draft.date.clone()}
                    oninput={field(|d, v| d.date = v)} />
            </label>
        </div>
    }
}
