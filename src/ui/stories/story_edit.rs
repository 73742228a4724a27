//! Editing a story in place: every field is one `StoryAction::Edit` (typing the text is
//! one undo step). A refused valence or date stays in its field with the reason beside it.

use super::about_select::{About, AboutSelect};
use super::teller_choice::TellerChoice;
use crate::i18n::stories::{ST, model_error};
use crate::model::{
    Action, Date, Journey, ModelError, Story, StoryAction, StoryEdit as Edit, Teller, parse_number,
    split_themes,
};
use crate::ui::use_lang;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryEditProps {
    pub journey: Rc<Journey>,
    pub index: usize,
    pub story: Story,
    pub on_action: Callback<Action>,
}

/// The fields under a story being edited.
#[function_component(StoryEdit)]
pub fn story_edit(p: &StoryEditProps) -> Html {
    let l = use_lang();
    let error = use_state(|| None::<String>);
    let k = p.index;
    let id = |what: &str| format!("story-{k}-{what}");
    let on_text = p.on_action.reform(move |e: InputEvent| {
        let t: HtmlTextAreaElement = e.target_unchecked_into();
        Action::Story(StoryAction::Edit(k, Edit::Text(t.value())))
    });
    let on_who = p.on_action.reform(move |e: InputEvent| {
        let t: HtmlInputElement = e.target_unchecked_into();
        Action::Story(StoryAction::Edit(k, Edit::Who(t.value())))
    });
    let on_teller = p
        .on_action
        .reform(move |t: Teller| Action::Story(StoryAction::Edit(k, Edit::Teller(t))));
    let on_about = p.on_action.reform(move |a: About| match a {
        About::Phase(ph) => Action::Story(StoryAction::Edit(k, Edit::Phase(Some(ph)))),
        other => Action::Story(StoryAction::Edit(k, Edit::Touchpoint(other.touchpoint()))),
    });
    let on_themes = p.on_action.reform(move |e: Event| {
        let t: HtmlInputElement = e.target_unchecked_into();
        Action::Story(StoryAction::Edit(k, Edit::Themes(split_themes(&t.value()))))
    });
    let checked = |parse: fn(&str, &Journey) -> Result<Edit, ModelError>| {
        let (on_action, error, journey) = (p.on_action.clone(), error.clone(), p.journey.clone());
        Callback::from(move |e: Event| {
            let t: HtmlInputElement = e.target_unchecked_into();
            match parse(&t.value(), &journey) {
                Ok(e) => {
                    error.set(None);
                    on_action.emit(Action::Story(StoryAction::Edit(k, e)));
                }
                Err(e) => error.set(Some(model_error(l, &e))),
            }
        })
    };
    let on_valence = checked(|v, j| {
        let v = parse_number(v).ok_or(ModelError::RatingNotANumber)?;
        if j.scale.contains(v) {
            Ok(Edit::Valence(v))
        } else {
            Err(ModelError::OutsideScale {
                min: j.scale.min,
                max: j.scale.max,
            })
        }
    });
    let on_date = checked(|d, _| match d.trim() {
        "" => Ok(Edit::Date(None)),
        d => Ok(Edit::Date(Some(Date::parse(d)?))),
    });
    let s = &p.story;
    html! {
        <div class="story-edit" data-testid="story-edit-fields">
            <label for={id("text")}>{ ST::Text.get(l) }</label>
            <textarea id={id("text")} rows="3" value={s.text.clone()} oninput={on_text} />
            <div class="story-fields">
                <TellerChoice value={s.teller} on_change={on_teller} name={id("teller")} />
                <label class="field"><span>{ ST::Who.get(l) }</span>
                    <input type="text" value={s.who.clone()} oninput={on_who} /></label>
                <label class="field"><span>{ ST::Valence.get(l) }</span>
                    <input type="text" inputmode="decimal" value={l.number(s.valence, 2)}
                        onchange={on_valence} aria-invalid={error.is_some().then_some("true")} /></label>
                <div class="field">
                    <label for={id("about")}>{ ST::About.get(l) }</label>
                    <AboutSelect id={id("about")} journey={p.journey.clone()}
                        value={About::of(s.touchpoint, s.phase)} on_change={on_about} />
                </div>
                <label class="field"><span>{ ST::Themes.get(l) }</span>
                    <input type="text" value={s.themes.join(", ")} onchange={on_themes} /></label>
                <label class="field"><span>{ ST::Date.get(l) }</span>
                    <input type="date" value={s.date.map(|d| d.to_string()).unwrap_or_default()}
                        onchange={on_date} /></label>
            </div>
            <p class="import-error" role="alert">{ (*error).clone().unwrap_or_default() }</p>
        </div>
    }
}
