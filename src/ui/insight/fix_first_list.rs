//! "What to fix first": the ranking from `analysis::fix_first`, in plain sentences.

use crate::analysis;
use crate::i18n::{self, T};
use crate::model::Journey;
use crate::ui::after_paint::use_value_after_paint;
use crate::ui::tr;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

/// How many fixes show before "Show all".
const TOP: usize = 5;

#[derive(Properties, PartialEq)]
pub struct FixFirstListProps {
    pub journey: Rc<Journey>,
}

/// The touchpoints ranked by how much one step better would lift the remembered score.
#[function_component(FixFirstList)]
pub fn fix_first_list(p: &FixFirstListProps) -> Html {
    let l = use_lang();
    let show_all = use_state(|| false);
    // A frame after the chart (see `after_paint`): ranking ten thousand touchpoints again
    // would otherwise hold back the redrawn curve on every step of a drag.
    let journey = use_value_after_paint(p.journey.clone());
    let fixes = use_memo(journey.clone(), |j| analysis::fix_first(j));
    let body = match &*fixes {
        Ok(fixes) if !fixes.is_empty() => {
            let j = &journey;
            let shown = if *show_all { fixes.len() } else { TOP };
            let items = fixes.iter().take(shown).map(|f| {
                let name = j.touchpoints.get(f.index).map_or("", |t| t.name.as_str());
                let text = i18n::fix_line(l, name, f);
                html! {
                    <li class={classes!("fix", f.at_max().then_some("at-max"))}
                        data-testid="fix-item" data-index={f.index.to_string()}
                        data-delta={f.delta_remembered.to_string()}>{ text }</li>
                }
            });
            let toggle = (fixes.len() > TOP).then(|| {
                let label = if *show_all {
                    tr(l, T::ShowFewer).to_string()
                } else {
                    i18n::show_all(l, fixes.len())
                };
                let onclick = {
                    let show_all = show_all.clone();
                    Callback::from(move |_: MouseEvent| show_all.set(!*show_all))
                };
                html! {
                    <button type="button" class="link" data-testid="fix-show-all"
                        aria-expanded={show_all.to_string()} {onclick}>{ label }</button>
                }
            });
            html! {
                <>
                    <p class="hint">{ tr(l, T::FixFirstIntro) }</p>
                    <ol class="fix-list">{ for items }</ol>
                    { for toggle }
                </>
            }
        }
        _ => html! { <p class="empty">{ tr(l, T::FixFirstEmpty) }</p> },
    };
    html! {
        <section class="fix-first" data-testid="fix-first" aria-labelledby="fix-first-heading">
            <h2 id="fix-first-heading">{ tr(l, T::FixFirstTitle) }</h2>
            { body }
        </section>
    }
}
