//! The pattern as two compact tables, per touchpoint (journey order) and per theme: how
//! many stories, positive and negative, told by employees and by customers, with a small
//! bar of good and bad beside each row.

use super::story_mismatch::StoryMismatch;
use super::story_words::StoryWords;
use crate::analysis::practice::{Patterns, Tally, Word};
use crate::i18n::Lang;
use crate::i18n::number::count;
use crate::i18n::stories::ST;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryPatternsProps {
    pub patterns: Rc<Patterns>,
    pub words: Rc<Vec<Word>>,
    pub on_theme: Callback<String>,
}

/// Good, neutral and bad stories as one bar, scaled to the row with most stories. SVG
/// attributes, not inline styles: the page's CSP allows no `style` attribute.
fn bar(t: &Tally, most: usize) -> Html {
    let w = |n: usize| 100.0 * n as f64 / most.max(1) as f64;
    let neutral = t.count - t.positive - t.negative;
    let (g, n, b) = (w(t.positive), w(neutral), w(t.negative));
    html! {
        <svg class="story-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"
            focusable="false">
            <rect class="good" x="0" y="0" width={format!("{g:.2}")} height="10" />
            <rect class="neutral" x={format!("{g:.2}")} y="0" width={format!("{n:.2}")} height="10" />
            <rect class="bad" x={format!("{:.2}", g + n)} y="0" width={format!("{b:.2}")} height="10" />
        </svg>
    }
}

fn table(
    l: Lang,
    caption: ST,
    first: ST,
    rows: Vec<(String, Tally)>,
    testid: &'static str,
) -> Html {
    let most = rows.iter().map(|(_, t)| t.count).max().unwrap_or(1);
    let n = |v: usize| count(l, v);
    html! {
        // A phone scrolls the table sideways rather than squeezing names letter by letter;
        // the region takes the focus so a keyboard can scroll it too.
        <div class="table-scroll" role="region" tabindex="0" aria-label={caption.get(l)}>
        <table class="story-table" data-testid={testid}>
            <caption>{ caption.get(l) }</caption>
            <thead><tr>
                <th scope="col">{ first.get(l) }</th>
                <th scope="col">{ ST::ColStories.get(l) }</th>
                <th scope="col">{ ST::ColPositive.get(l) }</th>
                <th scope="col">{ ST::ColNegative.get(l) }</th>
                <th scope="col">{ ST::Employees.get(l) }</th>
                <th scope="col">{ ST::Customers.get(l) }</th>
                <td class="bar-cell"></td>
            </tr></thead>
            <tbody>
                { for rows.iter().map(|(name, t)| html! {
                    <tr>
                        <th scope="row">{ name.clone() }</th>
                        <td>{ n(t.count) }</td>
                        <td class="good">{ n(t.positive) }</td>
                        <td class="bad">{ n(t.negative) }</td>
                        <td>{ n(t.employee) }</td>
                        <td>{ n(t.customer) }</td>
                        <td class="bar-cell">{ bar(t, most) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
        </div>
    }
}

/// The pattern section (`stories-patterns`) with the mismatch and the recurring words.
#[function_component(StoryPatterns)]
pub fn story_patterns(p: &StoryPatternsProps) -> Html {
    let l = use_lang();
    let pat = &p.patterns;
    let body = if pat.all.count == 0 {
        html! { <p class="hint">{ ST::PatternsEmpty.get(l) }</p> }
    } else {
        let tps = pat
            .by_touchpoint
            .iter()
            .map(|t| (t.name.clone(), t.tally))
            .collect();
        let themes = pat
            .by_theme
            .iter()
            .map(|t| (t.theme.clone(), t.tally))
            .collect();
        html! {
            <>
                <StoryMismatch patterns={p.patterns.clone()} />
                if !pat.by_touchpoint.is_empty() {
                    { table(l, ST::ByTouchpoint, ST::FilterTouchpoint, tps, "stories-by-touchpoint") }
                }
                if !pat.by_theme.is_empty() {
                    { table(l, ST::ByTheme, ST::FilterTheme, themes, "stories-by-theme") }
                }
                <StoryWords words={p.words.clone()} on_theme={p.on_theme.clone()} />
            </>
        }
    };
    html! {
        <section class="stories-patterns" data-testid="stories-patterns" aria-labelledby="stories-patterns-heading">
            <h3 id="stories-patterns-heading">{ ST::Patterns.get(l) }</h3>
            { body }
        </section>
    }
}
