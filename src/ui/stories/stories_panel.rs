//! Inside the stories panel (`stories-panel`, a `<details>` in the workspace whose summary
//! shows the count, see `ui::lazy::details_open`): the entry form, paste and import, the
//! list and the pattern ([`StoriesBody`], part of the panels program: fetched and built the
//! first time the panel opens). The recurring words are recounted only when the stories
//! change.

use super::draft::{Draft, first_draft};
use super::story_bulk::StoryBulk;
use super::story_cards::StoryCards;
use super::story_form::StoryForm;
use super::story_list::StoryList;
use super::story_patterns::StoryPatterns;
use crate::analysis::practice::{StoryFilter, patterns, recurring_words};
use crate::i18n::stories::ST;
use crate::io::csv::stories::StoryDefaults;
use crate::model::{Action, Journey, parse_number, themes_in_use};
pub use crate::ui::lazy::StoryFocus;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoriesBodyProps {
    pub journey: Rc<Journey>,
    pub on_action: Callback<Action>,
    #[prop_or_default]
    pub focus: Option<StoryFocus>,
}

/// Inside the open panel: the entry form, paste and import, the list and the pattern.
#[function_component(StoriesBody)]
pub fn stories_body(p: &StoriesBodyProps) -> Html {
    let l = use_lang();
    let filter = use_state(StoryFilter::default);
    let draft = use_state(first_draft);
    let offer = use_state(|| None::<(String, u64)>);
    {
        let filter = filter.clone();
        use_effect_with(p.focus, move |focus| {
            if let Some(f) = focus {
                filter.set(StoryFilter {
                    touchpoint: Some(f.touchpoint),
                    ..StoryFilter::default()
                });
            }
        });
    }
    // Keyed on the stories, not the journey: dragging a rating does not recount words.
    let neutral = p.journey.scale.neutral;
    let words = use_memo((p.journey.stories.clone(), neutral), |(s, n)| {
        recurring_words(s, *n)
    });
    let themes = use_memo(p.journey.clone(), |j| themes_in_use(&j.stories));
    let pattern = Rc::new(patterns(&p.journey));
    let mut d = (*draft).clone();
    // A subject deleted since the last story is no longer offered.
    d.about = d.about.alive(&p.journey);
    let defaults = StoryDefaults {
        teller: d.teller,
        valence: parse_number(&d.valence).unwrap_or(neutral),
        touchpoint: d.about.touchpoint(),
        phase: d.about.phase(),
    };
    let on_draft = {
        let draft = draft.clone();
        Callback::from(move |d: Draft| draft.set(d))
    };
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |f: StoryFilter| filter.set(f))
    };
    let on_theme = {
        let offer = offer.clone();
        Callback::from(move |w: String| {
            let seq = offer.as_ref().map_or(0, |o| o.1 + 1);
            offer.set(Some((w, seq)));
        })
    };
    html! {
        <>
            <p class="hint">{ ST::Intro.get(l) }</p>
            <StoryForm journey={p.journey.clone()} on_action={p.on_action.clone()}
                themes_in_use={themes.clone()} offer={(*offer).clone()} draft={d} {on_draft} />
            <StoryBulk journey={p.journey.clone()} {defaults} on_action={p.on_action.clone()} />
            <StoryList journey={p.journey.clone()} filter={(*filter).clone()} themes={themes}
                {on_filter} on_action={p.on_action.clone()} />
            <StoryPatterns patterns={pattern} words={words} {on_theme} />
            <StoryCards journey={p.journey.clone()} />
        </>
    }
}
