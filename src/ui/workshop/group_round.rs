//! The "Group rating" panel: several participants rate each touchpoint in turn on one
//! device (or paste a column), and see the mean, spread and most disputed touchpoints.
//! The journey's ratings follow the group's mean (a rule of `model`, not of this panel).

use crate::i18n::T;
use crate::i18n::group::G;
use crate::model::{Action, Journey};
use crate::ui::tr;
use crate::ui::use_lang;
use crate::ui::workshop::group_results::GroupResults;
use crate::ui::workshop::participant_setup::{ParticipantSetup, participant_label};
use crate::ui::workshop::paste_votes::PasteVotes;
use crate::ui::workshop::vote_input::VoteInput;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GroupRoundProps {
    pub journey: Rc<Journey>,
    pub on_action: Callback<Action>,
    pub on_close: Callback<()>,
}

/// The vote boxes of the touchpoint on screen, in participant order.
fn vote_boxes(votes: &NodeRef) -> Vec<HtmlElement> {
    let Some(list) = votes
        .cast::<web_sys::Element>()
        .and_then(|el| el.query_selector_all("input").ok())
    else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .collect()
}

#[function_component(GroupRound)]
pub fn group_round(p: &GroupRoundProps) -> Html {
    let l = use_lang();
    let at = use_state(|| 0usize);
    // Set when Enter on the last person moves on: the next touchpoint's first box gets focus.
    let focus_first = use_state(|| false);
    let votes_ref = use_node_ref();
    let j = &p.journey;
    let n = j.touchpoints.len();
    let sel = (*at).min(n.saturating_sub(1));
    {
        let (votes_ref, focus_first) = (votes_ref.clone(), focus_first.clone());
        use_effect_with((sel, *focus_first), move |(_, wanted)| {
            if *wanted {
                if let Some(first) = vote_boxes(&votes_ref).first() {
                    let _ = first.focus();
                }
                focus_first.set(false);
            }
        });
    }
    let on_enter = {
        let (votes_ref, at, focus_first) = (votes_ref.clone(), at.clone(), focus_first.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Enter" {
                return;
            }
            e.prevent_default();
            let boxes = vote_boxes(&votes_ref);
            let target = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok());
            let Some(i) = boxes.iter().position(|b| Some(b) == target.as_ref()) else {
                return;
            };
            // An invalid entry stays where it is, with its message, until it is fixed.
            if boxes[i].get_attribute("aria-invalid").as_deref() == Some("true") {
                return;
            }
            if let Some(next) = boxes.get(i + 1) {
                let _ = next.focus();
            } else if sel + 1 < n {
                at.set(sel + 1);
                focus_first.set(true);
            }
        })
    };
    let go = |to: usize| {
        let at = at.clone();
        Callback::from(move |_: MouseEvent| at.set(to))
    };
    let turn = j.touchpoints.get(sel).map(|t| {
        let boxes = (0..j.participants.len()).map(|i| {
            let id = t.id;
            let on_vote = p.on_action.reform(move |value| Action::Vote {
                id,
                participant: i,
                value,
            });
            html! {
                <VoteInput key={format!("{}-{i}", t.id.0)} id={format!("vote-{i}")}
                    label={participant_label(l, &j.participants, i)}
                    value={t.votes.get(i).copied().flatten()} scale={j.scale} {on_vote} />
            }
        });
        let mean = if t.votes.iter().any(Option::is_some) {
            l.number(t.rating, 2)
        } else {
            G::NobodyRated.get(l).to_string()
        };
        html! {
            <section class="in-turn" aria-labelledby="in-turn-heading">
                <h3 id="in-turn-heading">{ G::InTurn.get(l) }</h3>
                <p class="turn-of">{ format!("{} {} / {}", tr(l, T::TouchpointName), sel + 1, n) }</p>
                <p class="turn-name" data-testid="group-touchpoint" aria-live="polite">{ t.name.clone() }</p>
                <div class="votes" ref={votes_ref.clone()} onkeydown={on_enter}>{ for boxes }</div>
                <p class="hint">{ G::VoteKeys.get(l) }</p>
                <p class="group-mean" data-testid="group-mean">
                    { format!("{}: {mean}", G::GroupMeanNow.get(l)) }</p>
                <div class="turn-nav">
                    <button type="button" data-testid="group-prev" disabled={sel == 0}
                        onclick={go(sel.saturating_sub(1))}>{ G::PrevTouchpoint.get(l) }</button>
                    <button type="button" data-testid="group-next" disabled={sel + 1 >= n}
                        onclick={go(sel + 1)}>{ G::NextTouchpoint.get(l) }</button>
                </div>
                <PasteVotes key={t.id.0} id={t.id} scale={j.scale} on_action={p.on_action.clone()} />
            </section>
        }
    });
    html! {
        <section class="panel group-round" data-testid="group-round" aria-labelledby="group-round-heading">
            <div class="group-head">
                <h2 id="group-round-heading">{ tr(l, T::GroupRound) }</h2>
                <button type="button" data-testid="group-round-close"
                    onclick={p.on_close.reform(|_: MouseEvent| ())}>{ tr(l, T::Close) }</button>
            </div>
            <p class="hint">{ G::GroupIntro.get(l) }</p>
            <ParticipantSetup participants={j.participants.clone()} on_action={p.on_action.clone()} />
            { for turn }
            <GroupResults journey={j.clone()} />
        </section>
    }
}
