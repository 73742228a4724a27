//! The fields of a touchpoint beyond its name and rating: phase, channel, duration,
//! notes and the "moment of truth" flag, then the lanes' fields (`TouchpointLanes`).
//! Each change is one `Action::Edit`. Part of the panels program: an open row's Details
//! are fetched the first time a row is opened ([`DetailsOf`] works out what they show).

use crate::i18n::{self, T};
use crate::model::{
    Action, Channel, Journey, MAX_NAME_CHARS, MAX_NOTES_CHARS, Phase, PhaseId, PromiseState, Scale,
    Touchpoint, TouchpointEdit, TouchpointId, follow_up_slot, parse_number,
};
use crate::ui::TouchpointLanes;
use crate::ui::editor::failure_demand_offer::FollowUpSlot;
use crate::ui::tr;
use crate::ui::use_lang;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DetailsOfProps {
    pub journey: Rc<Journey>,
    pub touchpoint: TouchpointId,
    pub on_action: Callback<Action>,
}

/// The Details of one touchpoint of the journey (nothing once it is gone): every
/// touchpoint's name for "caused by", and with a broken promise here, where a contact it
/// caused would be added.
#[function_component(DetailsOf)]
pub fn details_of(p: &DetailsOfProps) -> Html {
    let j = &p.journey;
    let Some(t) = j.touchpoint(p.touchpoint) else {
        return Html::default();
    };
    let others: Vec<(TouchpointId, String)> = j
        .touchpoints
        .iter()
        .map(|t| (t.id, t.name.clone()))
        .collect();
    let follow_up = (t.promises_in(PromiseState::Broken) > 0)
        .then(|| follow_up_slot(j, t.id))
        .flatten()
        .map(|after| FollowUpSlot {
            after,
            caused: j
                .touchpoints
                .iter()
                .filter(|o| o.caused_by == Some(t.id))
                .count(),
        });
    html! {
        <TouchpointDetails touchpoint={t.clone()} phases={j.phases.clone()} scale={j.scale}
            {others} {follow_up} on_action={p.on_action.clone()} />
    }
}

#[derive(Properties, PartialEq)]
pub struct TouchpointDetailsProps {
    pub touchpoint: Touchpoint,
    pub phases: Vec<Phase>,
    /// The journey's scale (kept for fields that depend on it; the rating has its own row).
    pub scale: Scale,
    /// The journey's touchpoints (id and name, in order), for "caused by".
    #[prop_or_default]
    pub others: Vec<(TouchpointId, String)>,
    /// With a broken promise here: where a contact it caused would be added.
    #[prop_or_default]
    pub follow_up: Option<FollowUpSlot>,
    pub on_action: Callback<Action>,
}

/// `<select>` value of "type your own channel".
const TYPED: &str = "__typed";

/// Phase, channel, duration, notes and moment of truth for one touchpoint.
#[function_component(TouchpointDetails)]
pub fn touchpoint_details(p: &TouchpointDetailsProps) -> Html {
    let l = use_lang();
    let t = &p.touchpoint;
    let id = t.id;
    let typing = use_state(|| matches!(t.channel, Some(Channel::Custom(_))));
    // What is being typed in the duration field, kept while it is not a valid duration.
    let duration_draft = use_state(|| None::<String>);
    let fid = |field: &str| format!("tp-{}-{field}", id.0);
    let label = |key: T| i18n::field_of(l, tr(l, key), &t.name);

    let on_phase = p.on_action.reform(move |e: Event| {
        let s: HtmlSelectElement = e.target_unchecked_into();
        let phase = s.value().parse::<u32>().ok().map(PhaseId);
        Action::Edit(id, TouchpointEdit::Phase(phase))
    });
    let on_channel = {
        let (on_action, typing) = (p.on_action.clone(), typing.clone());
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            let v = s.value();
            typing.set(v == TYPED);
            if v != TYPED {
                on_action.emit(Action::Edit(
                    id,
                    TouchpointEdit::Channel(Channel::from_key(&v)),
                ));
            }
        })
    };
    // Sent as typed (not trimmed): the field shows the stored value, so trimming here
    // would swallow the space between two words while typing.
    let on_custom = p.on_action.reform(move |e: InputEvent| {
        let i: HtmlInputElement = e.target_unchecked_into();
        let v = i.value();
        let c = (!v.is_empty()).then_some(Channel::Custom(v));
        Action::Edit(id, TouchpointEdit::Channel(c))
    });
    let on_duration = {
        let (on_action, draft) = (p.on_action.clone(), duration_draft.clone());
        Callback::from(move |e: InputEvent| {
            let i: HtmlInputElement = e.target_unchecked_into();
            let text = i.value();
            if let Some(d) = parse_number(&text).filter(|d| *d >= 0.0) {
                on_action.emit(Action::Edit(id, TouchpointEdit::Duration(d)));
            }
            draft.set(Some(text));
        })
    };
    let on_duration_blur = {
        let draft = duration_draft.clone();
        Callback::from(move |_: FocusEvent| {
            // A valid value now shows as stored; an invalid one stays for correcting.
            if draft
                .as_deref()
                .and_then(parse_number)
                .is_some_and(|d| d >= 0.0)
            {
                draft.set(None);
            }
        })
    };
    let duration_bad = duration_draft
        .as_deref()
        .is_some_and(|d| !parse_number(d).is_some_and(|d| d >= 0.0));
    let on_notes = p.on_action.reform(move |e: InputEvent| {
        let a: HtmlTextAreaElement = e.target_unchecked_into();
        Action::Edit(id, TouchpointEdit::Notes(a.value()))
    });
    let on_mot = p.on_action.reform(move |e: Event| {
        let i: HtmlInputElement = e.target_unchecked_into();
        Action::Edit(id, TouchpointEdit::MomentOfTruth(i.checked()))
    });

    let channel_now = match (&t.channel, *typing) {
        (_, true) | (Some(Channel::Custom(_)), _) => TYPED.to_string(),
        (Some(c), false) => c.key().to_string(),
        (None, false) => String::new(),
    };
    let custom_text = match &t.channel {
        Some(Channel::Custom(s)) => s.clone(),
        _ => String::new(),
    };
    let phase_now = t.phase.map(|p| p.0.to_string()).unwrap_or_default();
    let duration_text = (*duration_draft)
        .clone()
        .unwrap_or_else(|| l.number(t.duration, 6));
    html! {
        <div class="touchpoint-details" data-testid="touchpoint-details">
            if !p.phases.is_empty() {
                <label class="field" for={fid("phase")}>{ tr(l, T::FieldPhase) }</label>
                <select id={fid("phase")} data-testid="touchpoint-phase" onchange={on_phase}
                    aria-label={label(T::FieldPhase)}>
                    if t.phase.is_none() {
                        <option value="" selected=true>{ tr(l, T::NoPhase) }</option>
                    }
                    { for p.phases.iter().map(|ph| html! {
                        <option value={ph.id.0.to_string()} selected={phase_now == ph.id.0.to_string()}>
                            { ph.name.clone() }</option>
                    }) }
                </select>
            }
            <label class="field" for={fid("channel")}>{ tr(l, T::FieldChannel) }</label>
            <select id={fid("channel")} data-testid="touchpoint-channel" onchange={on_channel}
                aria-label={label(T::FieldChannel)}>
                <option value="" selected={channel_now.is_empty()}>{ tr(l, T::ChannelNone) }</option>
                { for Channel::PRESETS.iter().map(|c| html! {
                    <option value={c.key().to_string()} selected={channel_now == c.key()}>
                        { tr(l, i18n::channel_label(c)) }</option>
                }) }
                <option value={TYPED} selected={channel_now == TYPED}>{ tr(l, T::ChannelTypeIt) }</option>
            </select>
            if channel_now == TYPED {
                <label class="field" for={fid("channel-custom")}>{ tr(l, T::ChannelCustom) }</label>
                <input type="text" id={fid("channel-custom")} data-testid="touchpoint-channel-custom"
                    maxlength={MAX_NAME_CHARS.to_string()} value={custom_text} oninput={on_custom} />
            }
            <label class="field" for={fid("duration")}>{ tr(l, T::FieldDuration) }</label>
            <input type="text" inputmode="decimal" id={fid("duration")} data-testid="touchpoint-duration"
                value={duration_text} oninput={on_duration} onblur={on_duration_blur}
                aria-invalid={duration_bad.to_string()}
                aria-describedby={format!("{} {}", fid("duration-hint"), fid("duration-error"))} />
            <p class="hint" id={fid("duration-hint")}>{ tr(l, T::DurationHint) }</p>
            if duration_bad {
                <p class="field-error" role="alert" id={fid("duration-error")}
                    data-testid="touchpoint-duration-error">{ tr(l, T::DurationInvalid) }</p>
            }
            <label class="field" for={fid("notes")}>{ tr(l, T::FieldNotes) }</label>
            <textarea id={fid("notes")} data-testid="touchpoint-notes" rows="3" maxlength={MAX_NOTES_CHARS.to_string()}
                value={t.notes.clone()} oninput={on_notes} />
            <div class="mot">
                <input type="checkbox" id={fid("mot")} data-testid="touchpoint-mot"
                    checked={t.moment_of_truth} onchange={on_mot}
                    aria-describedby={fid("mot-explain")} />
                <label for={fid("mot")}>{ tr(l, T::MomentOfTruth) }</label>
                <p class="hint" id={fid("mot-explain")}>{ tr(l, T::MomentOfTruthExplain) }</p>
            </div>
            <TouchpointLanes touchpoint={t.clone()} scale={p.scale} others={p.others.clone()}
                follow_up={p.follow_up} on_action={p.on_action.clone()} />
        </div>
    }
}
