use crate::i18n::T;
use crate::model::{Action, Journey, MAX_NAME_CHARS};
use crate::ui::lazy::{Kind, LazyPanel};
use crate::ui::tr;
use crate::ui::use_lang;
use crate::web::state::Msg;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub title: String,
    pub can_undo: bool,
    pub can_redo: bool,
    pub on_msg: Callback<Msg>,
    pub on_export: Callback<()>,
    pub on_present: Callback<()>,
    /// Whether the import / export panel is open, and how to toggle it.
    pub files_open: bool,
    pub on_files: Callback<()>,
    /// The open journey, for the "Embed" dialog.
    pub journey: Rc<Journey>,
    /// Whether the group rating panel is open, and the button that opens/closes it.
    pub group_open: bool,
    pub on_group: Callback<()>,
}

/// Above the workspace: the journey's title, undo and redo, scenario, export.
#[function_component(JourneyToolbar)]
pub fn journey_toolbar(p: &Props) -> Html {
    let l = use_lang();
    let on_title = p.on_msg.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Msg::Do(Action::SetTitle(input.value()))
    });
    let send = |m: Msg| p.on_msg.reform(move |_: MouseEvent| m.clone());
    let embed_open = use_state(|| false);
    let embed_button = use_node_ref();
    let toggle_embed = {
        let (open, button) = (embed_open.clone(), embed_button.clone());
        Callback::from(move |_: ()| {
            if *open {
                // Back to the button that opened it, so keyboard users keep their place.
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
            open.set(!*open);
        })
    };
    html! {
        <section class="toolbar" aria-label={tr(l, T::JourneyTitle)}>
            <label class="title-field">
                <span class="visually-hidden">{ tr(l, T::JourneyTitle) }</span>
                <input type="text" data-testid="journey-title" value={p.title.clone()}
                    placeholder={tr(l, T::Untitled)} oninput={on_title} maxlength={MAX_NAME_CHARS.to_string()} />
            </label>
            <div class="tools">
                <button type="button" data-testid="undo" disabled={!p.can_undo} title={tr(l, T::UndoHint)}
                    onclick={send(Msg::Undo)}>{ "↶ " }{ tr(l, T::Undo) }</button>
                <button type="button" data-testid="redo" disabled={!p.can_redo} title={tr(l, T::RedoHint)}
                    onclick={send(Msg::Redo)}>{ "↷ " }{ tr(l, T::Redo) }</button>
                <button type="button" data-testid="make-scenario" title={tr(l, T::MakeScenarioHint)}
                    onclick={send(Msg::MakeScenario)}>{ tr(l, T::MakeScenario) }</button>
                <button type="button" data-testid="present" title={tr(l, T::PresentHint)}
                    onclick={p.on_present.reform(|_: MouseEvent| ())}>{ "▶ " }{ tr(l, T::Present) }</button>
                <button type="button" data-testid="group-round-open" title={tr(l, T::GroupRoundHint)}
                    aria-expanded={p.group_open.to_string()}
                    onclick={p.on_group.reform(|_: MouseEvent| ())}>{ tr(l, T::GroupRound) }</button>
                <button type="button" data-testid="export-json"
                    onclick={p.on_export.reform(|_: MouseEvent| ())}>{ tr(l, T::ExportJson) }</button>
                <button type="button" data-testid="open-files" aria-expanded={p.files_open.to_string()}
                    onclick={p.on_files.reform(|_: MouseEvent| ())}>{ tr(l, T::FilesButton) }</button>
                <button type="button" data-testid="embed-dialog-open" ref={embed_button}
                    title={tr(l, T::EmbedOpenHint)} aria-haspopup="dialog"
                    onclick={toggle_embed.reform(|_: MouseEvent| ())}>{ tr(l, T::EmbedOpen) }</button>
            </div>
            if *embed_open {
                <LazyPanel kind={Kind::Embed} journey={p.journey.clone()} on_close={toggle_embed} />
            }
        </section>
    }
}
