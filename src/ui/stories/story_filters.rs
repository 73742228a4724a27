//! Narrowing the list: by touchpoint, by teller, by theme.

use super::about_select::{About, AboutSelect};
use crate::analysis::practice::StoryFilter;
use crate::i18n::stories::ST;
use crate::model::{Journey, Teller};
use crate::ui::use_lang;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryFiltersProps {
    pub journey: Rc<Journey>,
    pub filter: StoryFilter,
    pub themes: Rc<Vec<(String, usize)>>,
    pub on_change: Callback<StoryFilter>,
}

/// Three selects and, while one is set, a button that clears them.
#[function_component(StoryFilters)]
pub fn story_filters(p: &StoryFiltersProps) -> Html {
    let l = use_lang();
    let f = p.filter.clone();
    let on_touchpoint = {
        let (f, on_change) = (f.clone(), p.on_change.clone());
        Callback::from(move |a: About| {
            on_change.emit(StoryFilter {
                touchpoint: a.touchpoint(),
                ..f.clone()
            })
        })
    };
    let on_teller = {
        let (f, on_change) = (f.clone(), p.on_change.clone());
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            on_change.emit(StoryFilter {
                teller: Teller::from_key(&s.value()),
                ..f.clone()
            })
        })
    };
    let on_theme = {
        let (f, on_change) = (f.clone(), p.on_change.clone());
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            let v = s.value();
            on_change.emit(StoryFilter {
                theme: (!v.is_empty()).then_some(v),
                ..f.clone()
            })
        })
    };
    let on_clear = p.on_change.reform(|_: MouseEvent| StoryFilter::default());
    let teller = f.teller.map_or("", |t| t.key());
    let theme = f.theme.clone().unwrap_or_default();
    html! {
        <fieldset class="story-filters">
            <legend>{ ST::Filters.get(l) }</legend>
            <div class="field">
                <label for="story-filter-touchpoint">{ ST::FilterTouchpoint.get(l) }</label>
                <AboutSelect id="story-filter-touchpoint" testid="story-filter-touchpoint"
                    journey={p.journey.clone()} value={About::of(f.touchpoint, None)}
                    on_change={on_touchpoint} phases={false} nothing={ST::All} />
            </div>
            <div class="field">
                <label for="story-filter-teller">{ ST::FilterTeller.get(l) }</label>
                <select id="story-filter-teller" data-testid="story-filter-teller" onchange={on_teller}>
                    <option value="" selected={teller.is_empty()}>{ ST::All.get(l) }</option>
                    <option value="employee" selected={teller == "employee"}>{ ST::Employees.get(l) }</option>
                    <option value="customer" selected={teller == "customer"}>{ ST::Customers.get(l) }</option>
                </select>
            </div>
            <div class="field">
                <label for="story-filter-theme">{ ST::FilterTheme.get(l) }</label>
                <select id="story-filter-theme" data-testid="story-filter-theme" onchange={on_theme}>
                    <option value="" selected={theme.is_empty()}>{ ST::All.get(l) }</option>
                    { for p.themes.iter().map(|(t, _)| html! {
                        <option value={t.clone()} selected={*t == theme}>{ t.clone() }</option>
                    }) }
                </select>
            </div>
            if f.is_set() {
                <button type="button" data-testid="story-filter-clear" onclick={on_clear}>
                    { ST::ClearFilters.get(l) }
                </button>
            }
        </fieldset>
    }
}
