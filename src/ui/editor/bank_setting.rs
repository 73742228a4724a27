//! The emotional bank account's settings: how much heavier a withdrawal weighs than a
//! deposit (λ: 1, or the documented 2 and 5), and the extra withdrawal of a broken
//! promise. Each change is one `Action::SetBank`.

use crate::i18n::lanes::L;
use crate::model::{Action, BankSettings, parse_number};
use crate::ui::use_lang;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BankSettingProps {
    pub bank: BankSettings,
    pub on_action: Callback<Action>,
}

/// The documented choices of λ and their words.
const WEIGHTS: [(f64, L); 3] = [
    (1.0, L::BankWeightEqual),
    (2.0, L::BankWeightBaumeister),
    (5.0, L::BankWeightGottman),
];

/// λ as a select of the documented choices, and the broken-promise size as a number.
#[function_component(BankSetting)]
pub fn bank_setting(p: &BankSettingProps) -> Html {
    let l = use_lang();
    let error = use_state(|| false);
    // What was typed, kept while it cannot be applied (so nothing typed is lost).
    let draft = use_state(|| None::<String>);
    let bank = p.bank;
    {
        let (draft, error) = (draft.clone(), error.clone());
        use_effect_with(bank, move |_| {
            draft.set(None);
            error.set(false);
        });
    }
    let on_weight = {
        let on_action = p.on_action.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(w) = parse_number(&v) {
                on_action.emit(Action::SetBank(BankSettings {
                    withdrawal_weight: w,
                    ..bank
                }));
            }
        })
    };
    let on_size = {
        let (on_action, error, draft) = (p.on_action.clone(), error.clone(), draft.clone());
        Callback::from(move |e: Event| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            let next = parse_number(&text).map(|b| BankSettings {
                broken_promise: b,
                ..bank
            });
            match next.filter(|n| n.validate().is_ok()) {
                Some(n) => {
                    error.set(false);
                    draft.set(None);
                    on_action.emit(Action::SetBank(n));
                }
                None => {
                    draft.set(Some(text));
                    error.set(true);
                }
            }
        })
    };
    let known = WEIGHTS.iter().any(|(w, _)| *w == bank.withdrawal_weight);
    html! {
        <div class="bank-setting" data-testid="bank-setting">
            <h3>{ L::BankSettingTitle.get(l) }</h3>
            <label class="field"><span>{ L::BankWeight.get(l) }</span>
                <select data-testid="bank-weight" onchange={on_weight}>
                    { for WEIGHTS.iter().map(|(w, key)| html! {
                        <option value={w.to_string()} selected={*w == bank.withdrawal_weight}>{ key.get(l) }</option>
                    }) }
                    if !known {
                        <option value={bank.withdrawal_weight.to_string()} selected=true>
                            { format!("{} ({}×)", L::BankWeightOther.get(l), l.number(bank.withdrawal_weight, 2)) }</option>
                    }
                </select></label>
            <label class="field"><span>{ L::BankBrokenPromise.get(l) }</span>
                <input type="text" inputmode="decimal" data-testid="bank-broken-promise"
                    value={(*draft).clone().unwrap_or_else(|| l.number(bank.broken_promise, 2))}
                    onchange={on_size}
                    aria-invalid={error.to_string()} /></label>
            if *error {
                <p class="field-error" role="alert">{ L::BankBrokenPromiseBad.get(l) }</p>
            }
        </div>
    }
}
