//! The embed dialog's choice of lanes under the chart (`lanes=` in the address): one
//! checkbox per lane. A lane the chosen journey has nothing in is shown but disabled, so
//! the address never asks for a lane the embed would leave empty.

use crate::chart::lane_choice::LaneChoice;
use crate::i18n::lanes::facts::LF;
use crate::ui::use_lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedLanesChoiceProps {
    /// The lanes the chosen journey has something in.
    pub offered: LaneChoice,
    /// The lanes ticked (a ticked lane that is not offered shows unticked).
    pub chosen: LaneChoice,
    pub on_change: Callback<LaneChoice>,
}

/// One lane's flag in a [`LaneChoice`].
type Field = fn(&mut LaneChoice) -> &mut bool;

#[function_component(EmbedLanesChoice)]
pub fn embed_lanes_choice(p: &EmbedLanesChoiceProps) -> Html {
    let l = use_lang();
    let boxes: [(LF, &str, Field); 3] = [
        (LF::LaneBank, "embed-lane-bank", |c| &mut c.bank),
        (LF::LaneExpect, "embed-lane-expect", |c| &mut c.expect),
        (LF::LanePromises, "embed-lane-promises", |c| &mut c.promises),
    ];
    let items = boxes.into_iter().map(|(word, testid, field)| {
        let (mut chosen, mut offered) = (p.chosen, p.offered);
        let (on, offered) = (*field(&mut chosen), *field(&mut offered));
        let on_change = p.on_change.clone();
        let onchange = Callback::from(move |e: Event| {
            let mut next = chosen;
            *field(&mut next) = e.target_unchecked_into::<HtmlInputElement>().checked();
            on_change.emit(next);
        });
        html! {
            <label class="check">
                <input type="checkbox" data-testid={testid} checked={on && offered}
                    disabled={!offered} {onchange} />
                { word.get(l) }
                if !offered {
                    { " " }<span class="hint">{ LF::NotInJourney.get(l) }</span>
                }
            </label>
        }
    });
    html! {
        <fieldset class="embed-lanes" data-testid="embed-lanes">
            <legend>{ LF::ChooseLanes.get(l) }</legend>
            { for items }
        </fieldset>
    }
}
