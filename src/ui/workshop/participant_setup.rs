//! Who is in the group round: how many people, and optionally their names.

use crate::i18n::group::G;
use crate::i18n::{self, Lang};
use crate::model::{Action, MAX_NAME_CHARS, MAX_PARTICIPANTS};
use crate::ui::use_lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ParticipantSetupProps {
    pub participants: Vec<String>,
    pub on_action: Callback<Action>,
}

/// "Participant 3", or the name given.
pub fn participant_label(l: Lang, names: &[String], i: usize) -> String {
    match names.get(i).map(|n| n.trim()) {
        Some(n) if !n.is_empty() => n.to_string(),
        _ => format!("{} {}", G::Participant.get(l), i + 1),
    }
}

#[function_component(ParticipantSetup)]
pub fn participant_setup(p: &ParticipantSetupProps) -> Html {
    let l = use_lang();
    // The count is applied when the field is left or Enter is pressed, not per digit:
    // typing "12" must not pass through 1 and drop everyone's votes on the way.
    // A cleared or garbled field changes nothing (it must not drop everyone's votes).
    let onchange = {
        let on_action = p.on_action.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(n) = v.trim().parse::<usize>() {
                on_action.emit(Action::SetParticipants(n.min(MAX_PARTICIPANTS)));
            }
        })
    };
    let names = p.participants.iter().enumerate().map(|(i, name)| {
        let oninput = p.on_action.reform(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            Action::RenameParticipant(i, v)
        });
        let id = format!("participant-name-{i}");
        let who = participant_label(l, &p.participants, i);
        html! {
            <li>
                <label for={id.clone()}>{ format!("{} {}", G::Participant.get(l), i + 1) }</label>
                <span class="participant-row">
                    <input type="text" {id} data-testid="participant-name" maxlength={MAX_NAME_CHARS.to_string()}
                        value={name.clone()} {oninput} autocomplete="off" />
                    <button type="button" data-testid="remove-participant"
                        aria-label={i18n::remove_participant(l, &who)}
                        title={i18n::remove_participant(l, &who)}
                        onclick={p.on_action.reform(move |_: MouseEvent| Action::RemoveParticipant(i))}>{ "✕" }</button>
                </span>
            </li>
        }
    });
    html! {
        <div class="participant-setup">
            <label class="participant-count">
                <span>{ G::ParticipantCount.get(l) }</span>
                <input type="number" min="0" max={MAX_PARTICIPANTS.to_string()} step="1"
                    data-testid="group-count" value={p.participants.len().to_string()} {onchange} />
            </label>
            if !p.participants.is_empty() {
                <details class="participant-names">
                    <summary>{ G::ParticipantNames.get(l) }</summary>
                    <ol>{ for names }</ol>
                </details>
            }
        </div>
    }
}
