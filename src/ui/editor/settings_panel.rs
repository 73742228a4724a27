//! The settings panel (`settings-panel`): the rating scale, the memory model and the
//! emotional bank account. Its inside is part of the panels program, fetched the first
//! time the panel is opened.

use super::bank_setting::BankSetting;
use super::memory_model_setting::MemoryModelSetting;
use super::scale_setting::ScaleSetting;
use crate::i18n::settings::SE;
use crate::model::{Action, Journey};
use crate::ui::lazy::{Kind, LazyPanel, use_details_open};
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SettingsPanelProps {
    pub journey: Rc<Journey>,
    pub on_action: Callback<Action>,
}

/// The panel in the workspace: its summary; the rest comes from the panels program the
/// first time it is opened ([`SettingsBody`]).
#[function_component(SettingsPanel)]
pub fn settings_panel(p: &SettingsPanelProps) -> Html {
    let l = use_lang();
    let d = use_details_open();
    html! {
        <details class="panel settings-panel" data-testid="settings-panel" ontoggle={d.on_toggle}>
            <summary>{ SE::Settings.get(l) }</summary>
            if d.wanted {
                <LazyPanel kind={Kind::Settings} journey={p.journey.clone()} active={d.open}
                    on_action={p.on_action.clone()} />
            }
        </details>
    }
}

/// Inside the open panel.
#[function_component(SettingsBody)]
pub fn settings_body(p: &SettingsPanelProps) -> Html {
    let j = &p.journey;
    html! {
        <>
            <ScaleSetting scale={j.scale} on_action={p.on_action.clone()} />
            <MemoryModelSetting model={j.memory} on_action={p.on_action.clone()} />
            <BankSetting bank={j.bank} on_action={p.on_action.clone()} />
        </>
    }
}
