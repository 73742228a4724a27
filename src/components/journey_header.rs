use super::{tr, use_lang};
use crate::i18n::{Lang, T};
use crate::model::{Action, Journey};
use crate::presets;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub title: String,
    pub lang_now: Lang,
    pub on_action: Callback<Action>,
    pub on_lang: Callback<Lang>,
}

/// The top bar: product name, the journey's title, start-over buttons, language.
#[function_component(JourneyHeader)]
pub fn journey_header(p: &Props) -> Html {
    let l = use_lang();
    let on_title = p.on_action.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::SetTitle(input.value())
    });
    // Starting over goes through the reducer (Replace), so Undo brings the old journey back.
    let on_new = p
        .on_action
        .reform(|_: MouseEvent| Action::Replace(Journey::new("")));
    let on_example = p
        .on_action
        .reform(move |_: MouseEvent| Action::Replace(presets::telecom(l)));
    let on_lang = p.on_lang.reform(|e: Event| {
        let sel: HtmlSelectElement = e.target_unchecked_into();
        Lang::from_tag(&sel.value()).unwrap_or_default()
    });
    html! {
        <header class="topbar">
            <div class="brand">
                <span class="logo" aria-hidden="true">{ "◠" }</span>
                <span class="name">{ tr(l, T::AppName) }</span>
                <span class="tagline">{ tr(l, T::Tagline) }</span>
            </div>
            <label class="title-field">
                <span class="visually-hidden">{ tr(l, T::JourneyTitle) }</span>
                <input type="text" data-testid="journey-title" value={p.title.clone()}
                    placeholder={tr(l, T::Untitled)} oninput={on_title} maxlength="200" />
            </label>
            <div class="actions">
                <button type="button" data-testid="new-journey" onclick={on_new}>{ tr(l, T::NewJourney) }</button>
                <button type="button" data-testid="load-example" onclick={on_example}>{ tr(l, T::LoadExample) }</button>
                <label class="lang">
                    <span class="visually-hidden">{ tr(l, T::Language) }</span>
                    <select data-testid="language" onchange={on_lang}>
                        { for Lang::ALL.iter().map(|x| html! {
                            <option value={x.tag()} selected={*x == p.lang_now}>
                                { match x { Lang::En => "English", Lang::Nl => "Nederlands" } }
                            </option>
                        }) }
                    </select>
                </label>
            </div>
        </header>
    }
}
