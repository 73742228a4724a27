//! The stories, newest first, filtered, a page at a time: with 10,000 stories only the
//! first 50 that match are drawn, and "show more" adds the next 50.

use super::story_filters::StoryFilters;
use super::story_item::StoryItem;
use crate::analysis::practice::{StoryFilter, filtered_newest_first};
use crate::i18n::stories::{ST, showing};
use crate::model::{Action, Journey};
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

/// Stories drawn at a time.
pub const PAGE: usize = 50;

#[derive(Properties, PartialEq)]
pub struct StoryListProps {
    pub journey: Rc<Journey>,
    pub filter: StoryFilter,
    pub themes: Rc<Vec<(String, usize)>>,
    pub on_filter: Callback<StoryFilter>,
    pub on_action: Callback<Action>,
}

/// The filters, the count line (`story-count`), the items and "show more".
#[function_component(StoryList)]
pub fn story_list(p: &StoryListProps) -> Html {
    let l = use_lang();
    let shown = use_state(|| PAGE);
    let editing = use_state(|| None::<usize>);
    let matching = use_memo((p.journey.clone(), p.filter.clone()), |(j, f)| {
        filtered_newest_first(&j.stories, f)
    });
    {
        let (shown, editing) = (shown.clone(), editing.clone());
        use_effect_with(p.filter.clone(), move |_| {
            shown.set(PAGE);
            editing.set(None);
        });
    }
    let total = p.journey.stories.len();
    let n = (*shown).min(matching.len());
    let on_more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    let on_edit = {
        let editing = editing.clone();
        Callback::from(move |k: Option<usize>| editing.set(k))
    };
    html! {
        <section class="story-list" aria-labelledby="story-list-heading">
            <h3 id="story-list-heading">{ ST::ListHeading.get(l) }</h3>
            if total > 0 {
                <StoryFilters journey={p.journey.clone()} filter={p.filter.clone()}
                    themes={p.themes.clone()} on_change={p.on_filter.clone()} />
            }
            <p class="hint" data-testid="story-count" aria-live="polite">
                { if total == 0 { ST::NoStories.get(l).to_string() }
                  else if matching.is_empty() { ST::NoMatch.get(l).to_string() }
                  else { showing(l, n, matching.len(), total) } }
            </p>
            <ol class="stories">
                { for matching[..n].iter().filter_map(|&i| {
                    let s = p.journey.stories.get(i)?;
                    Some(html! {
                        <StoryItem key={i} journey={p.journey.clone()} index={i} story={s.clone()}
                            editing={*editing == Some(i)} on_edit={on_edit.clone()}
                            on_action={p.on_action.clone()} />
                    })
                }) }
            </ol>
            if n < matching.len() {
                <button type="button" data-testid="story-more" onclick={on_more}>{ ST::ShowMore.get(l) }</button>
            }
        </section>
    }
}
