//! Presentation mode's stories, one at a time in large type (seed `000`: tell the stories
//! to the room): the text, who told it, what it is about and how it felt.

use crate::i18n::signed;
use crate::i18n::stories::{ST, story_of, told_by};
use crate::model::Journey;
use crate::ui::stories::about_select::About;
use crate::ui::stories::sign_class;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StorySlideProps {
    pub journey: Rc<Journey>,
    /// Which story (0-based), kept within the list.
    pub index: usize,
}

/// The slide (`present-story`); a journey without stories says so.
#[function_component(StorySlide)]
pub fn story_slide(p: &StorySlideProps) -> Html {
    let l = use_lang();
    let n = p.journey.stories.len();
    let Some(s) = p.journey.stories.get(p.index.min(n.saturating_sub(1))) else {
        return html! {
            <section class="story-slide" data-testid="present-story" aria-live="polite">
                <p>{ ST::NoStories.get(l) }</p>
            </section>
        };
    };
    let k = p.index.min(n - 1);
    let neutral = p.journey.scale.neutral;
    let sign = sign_class(s.valence, neutral);
    let who = told_by(l, s);
    let about = About::of(s.touchpoint, s.phase).name(&p.journey);
    html! {
        <section class={classes!("story-slide", sign)} data-testid="present-story" aria-live="polite">
            <p class="story-count">{ story_of(l, k + 1, n) }</p>
            <blockquote data-testid="present-story-text">{ s.text.clone() }</blockquote>
            <p class="story-by">
                { format!("— {who}") }
                if let Some(a) = about { { format!(" · {a}") } }
                <span class={classes!("valence", sign)}>{ format!(" · {}", signed(l, s.valence, 1)) }</span>
            </p>
            if !s.themes.is_empty() {
                <p class="story-themes">
                    { for s.themes.iter().map(|t| html! { <span class="theme">{ format!("#{t}") }</span> }) }
                </p>
            }
        </section>
    }
}
