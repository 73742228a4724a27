//! Recurring words (`stories-words`), in good and in bad stories, each a button that offers
//! the word as a theme in the form.

use crate::analysis::practice::Word;
use crate::i18n::stories::{ST, add_as_theme};
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

/// Words shown per list.
const SHOWN: usize = 12;

#[derive(Properties, PartialEq)]
pub struct StoryWordsProps {
    pub words: Rc<Vec<Word>>,
    pub on_theme: Callback<String>,
}

/// Two lists of word buttons.
#[function_component(StoryWords)]
pub fn story_words(p: &StoryWordsProps) -> Html {
    let l = use_lang();
    let list = |title: ST, testid: &'static str, of: fn(&Word) -> usize| {
        let mut words: Vec<&Word> = p.words.iter().filter(|w| of(w) > 0).collect();
        crate::model::order::sort_by(&mut words, |a, b| {
            of(b).cmp(&of(a)).then_with(|| a.word.cmp(&b.word))
        });
        html! {
            <div class="word-list" data-testid={testid}>
                <h5>{ title.get(l) }</h5>
                if words.is_empty() {
                    <p class="hint">{ ST::NoWords.get(l) }</p>
                } else {
                    <ul>
                        { for words.into_iter().take(SHOWN).map(|w| {
                            let word = w.word.clone();
                            let on_click = p.on_theme.reform(move |_: MouseEvent| word.clone());
                            html! { <li><button type="button" class="chip" data-testid="story-word"
                                aria-label={add_as_theme(l, &w.word, of(w))} onclick={on_click}>
                                { format!("{} ({})", w.word, crate::i18n::number::count(l, of(w))) }
                            </button></li> }
                        }) }
                    </ul>
                }
            </div>
        }
    };
    html! {
        <div class="stories-words" data-testid="stories-words">
            <h4>{ ST::Words.get(l) }</h4>
            <p class="hint">{ ST::WordsIntro.get(l) }</p>
            <div class="word-lists">
                { list(ST::WordsPositive, "stories-words-positive", |w| w.positive) }
                { list(ST::WordsNegative, "stories-words-negative", |w| w.negative) }
            </div>
        </div>
    }
}
