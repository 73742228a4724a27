//! Inside the settings panel (`settings-panel`): the rating scale, the memory model and
//! the emotional bank account. Part of the panels program: the workspace's panel (a
//! [`LazyDetails`](crate::ui::lazy::LazyDetails)) fetches it the first time it is opened.

use super::bank_setting::BankSetting;
use super::memory_model_setting::MemoryModelSetting;
use super::scale_setting::ScaleSetting;
use crate::model::{Action, Journey};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SettingsPanelProps {
    pub journey: Rc<Journey>,
    pub on_action: Callback<Action>,
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
