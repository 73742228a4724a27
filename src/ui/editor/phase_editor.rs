//! The journey's phases (stages) in order: rename, move up or down, delete, add.
//! Deleting a phase that holds touchpoints asks first; they move to a neighbouring phase.
//! Part of the panels program: the workspace's `phases-panel` (a
//! [`LazyDetails`](crate::ui::lazy::LazyDetails)) fetches it the first time it is opened.

use crate::i18n::{self, Lang, PhaseControl, T};
use crate::model::{Action, MAX_NAME_CHARS, Phase, phase_heir};
use crate::ui::tr;
use crate::ui::use_lang;
use crate::web::dialog::confirm;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PhaseEditorProps {
    pub phases: Vec<Phase>,
    /// Touchpoints per phase, in the same order as `phases`.
    pub counts: Vec<usize>,
    pub on_action: Callback<Action>,
}

/// A phase's name for labels, even while its name field is empty.
fn shown_name(l: Lang, phase: &Phase, i: usize) -> String {
    if phase.name.trim().is_empty() {
        i18n::default_phase_name(l, i + 1)
    } else {
        phase.name.clone()
    }
}

fn phase_item(l: Lang, p: &PhaseEditorProps, i: usize) -> Html {
    let phase = &p.phases[i];
    let (id, n) = (phase.id, p.phases.len());
    let name = shown_name(l, phase, i);
    let count = p.counts.get(i).copied().unwrap_or(0);
    let on_rename = p.on_action.reform(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::RenamePhase(id, input.value())
    });
    let on_up = p.on_action.reform(move |_: MouseEvent| Action::MovePhase {
        id,
        to: i.saturating_sub(1),
    });
    let on_down = p
        .on_action
        .reform(move |_: MouseEvent| Action::MovePhase { id, to: i + 1 });
    let on_delete = {
        let on_action = p.on_action.clone();
        let heir = phase_heir(&p.phases, id)
            .and_then(|h| p.phases.iter().position(|x| x.id == h))
            .map(|k| shown_name(l, &p.phases[k], k));
        let asked = i18n::phase_delete_confirm(l, &name, count, heir.as_deref());
        Callback::from(move |_: MouseEvent| {
            if count == 0 || confirm(&asked) {
                on_action.emit(Action::RemovePhase(id));
            }
        })
    };
    html! {
        <li class="phase" data-testid="phase" data-id={id.0.to_string()} key={id.0}>
            <input type="text" class="name" data-testid="phase-name" maxlength={MAX_NAME_CHARS.to_string()}
                aria-label={i18n::phase_control(l, PhaseControl::Name, &name)}
                value={phase.name.clone()} oninput={on_rename} />
            <span class="count">{ i18n::touchpoint_count(l, count) }</span>
            <button type="button" class="icon" data-testid="phase-up" disabled={i == 0}
                aria-label={i18n::phase_control(l, PhaseControl::Up, &name)} onclick={on_up}>{ "↑" }</button>
            <button type="button" class="icon" data-testid="phase-down" disabled={i + 1 == n}
                aria-label={i18n::phase_control(l, PhaseControl::Down, &name)} onclick={on_down}>{ "↓" }</button>
            <button type="button" class="icon delete" data-testid="delete-phase"
                aria-label={i18n::phase_control(l, PhaseControl::Delete, &name)}
                onclick={on_delete}>{ "✕" }</button>
        </li>
    }
}

/// The list of phases with an add form under it.
#[function_component(PhaseEditor)]
pub fn phase_editor(p: &PhaseEditorProps) -> Html {
    let l = use_lang();
    let new_ref = use_node_ref();
    let on_add = {
        let (new_ref, on_action, n) = (new_ref.clone(), p.on_action.clone(), p.phases.len());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(input) = new_ref.cast::<HtmlInputElement>() else {
                return;
            };
            let typed = input.value();
            let name = match typed.trim() {
                "" => i18n::default_phase_name(l, n + 1),
                t => t.to_string(),
            };
            on_action.emit(Action::AddPhase(name));
            input.set_value("");
            let _ = input.focus();
        })
    };
    html! {
        <section class="phase-editor" data-testid="phase-editor" aria-labelledby="phases-heading">
            <h2 id="phases-heading">{ tr(l, T::PhasesTitle) }</h2>
            if p.phases.is_empty() {
                <p class="empty">{ tr(l, T::PhasesEmpty) }</p>
            } else {
                <ol class="phases">{ for (0..p.phases.len()).map(|i| phase_item(l, p, i)) }</ol>
            }
            <form class="add-phase" onsubmit={on_add}>
                <label class="field">
                    <span>{ tr(l, T::NewPhaseName) }</span>
                    <input type="text" ref={new_ref} data-testid="new-phase-name" maxlength={MAX_NAME_CHARS.to_string()}
                        placeholder={tr(l, T::NewPhasePlaceholder)} />
                </label>
                <button type="submit" data-testid="add-phase">{ tr(l, T::AddPhase) }</button>
            </form>
        </section>
    }
}
