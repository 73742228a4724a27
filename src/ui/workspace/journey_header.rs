use crate::i18n::{Lang, T};
use crate::model::Journey;
use crate::presets;
use crate::ui::tr;
use crate::ui::use_lang;
use crate::web::state::Msg;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang_now: Lang,
    pub library_count: usize,
    pub library_open: bool,
    pub on_msg: Callback<Msg>,
    pub on_lang: Callback<Lang>,
    pub on_toggle_library: Callback<()>,
}

/// The top bar: product name, the library, new journeys, language.
#[function_component(JourneyHeader)]
pub fn journey_header(p: &Props) -> Html {
    let l = use_lang();
    let on_new = p.on_msg.reform(|_: MouseEvent| Msg::Create {
        journey: Journey::new(""),
        based_on: None,
    });
    let on_example = p.on_msg.reform(move |_: MouseEvent| Msg::Create {
        journey: presets::telecom(l),
        based_on: None,
    });
    let on_lang = p.on_lang.reform(|e: Event| {
        let sel: HtmlSelectElement = e.target_unchecked_into();
        Lang::from_tag(&sel.value()).unwrap_or_default()
    });
    html! {
        <header class="topbar">
            <div class="brand">
                <span class="logo" aria-hidden="true">{ "◠" }</span>
                <h1 class="name">{ tr(l, T::AppName) }</h1>
                <span class="tagline">{ tr(l, T::Tagline) }</span>
            </div>
            <nav class="actions" aria-label={tr(l, T::Journeys)}>
                <button type="button" data-testid="open-library" aria-expanded={p.library_open.to_string()}
                    onclick={p.on_toggle_library.reform(|_: MouseEvent| ())}>
                    { format!("{} ({})", tr(l, T::Journeys), p.library_count) }
                </button>
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
            </nav>
        </header>
    }
}
