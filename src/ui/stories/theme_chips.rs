//! The themes already used, as buttons that add one to the themes being typed.

use crate::i18n::stories::ST;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

/// Most suggestions shown: the most used.
const MAX_CHIPS: usize = 12;

#[derive(Properties, PartialEq)]
pub struct ThemeChipsProps {
    /// Themes in use with how often, most used first.
    pub themes: Rc<Vec<(String, usize)>>,
    /// The themes already in the field (those are not offered again).
    pub chosen: Vec<String>,
    pub on_pick: Callback<String>,
}

/// A row of small buttons under the themes field.
#[function_component(ThemeChips)]
pub fn theme_chips(p: &ThemeChipsProps) -> Html {
    let l = use_lang();
    let offered: Vec<&(String, usize)> = p
        .themes
        .iter()
        .filter(|(t, _)| !p.chosen.contains(t))
        .take(MAX_CHIPS)
        .collect();
    if offered.is_empty() {
        return html! {};
    }
    html! {
        <div class="theme-chips" role="group" aria-label={ST::ThemesUsed.get(l)}>
            <span class="hint">{ ST::ThemesUsed.get(l) }{ ":" }</span>
            { for offered.into_iter().map(|(t, n)| {
                let theme = t.clone();
                let on_click = p.on_pick.reform(move |_: MouseEvent| theme.clone());
                html! {
                    <button type="button" class="chip" data-testid="story-theme-chip" onclick={on_click}>
                        { format!("{t} ({})", crate::i18n::number::count(l, *n)) }
                    </button>
                }
            }) }
        </div>
    }
}
