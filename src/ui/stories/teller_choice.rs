//! Who tells the story: employee or customer, as two radio buttons (arrow keys move
//! between them, as in any radio group).

use crate::i18n::stories::ST;
use crate::model::Teller;
use crate::ui::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TellerChoiceProps {
    pub value: Teller,
    pub on_change: Callback<Teller>,
    /// Makes the radio names unique on the page (a form and an edited story).
    pub name: AttrValue,
    #[prop_or_default]
    pub testid: AttrValue,
}

/// The fieldset with its legend.
#[function_component(TellerChoice)]
pub fn teller_choice(p: &TellerChoiceProps) -> Html {
    let l = use_lang();
    let radio = |t: Teller, label: ST| {
        let on_change = p.on_change.reform(move |_: Event| t);
        html! {
            <label class="choice">
                <input type="radio" name={p.name.clone()} value={t.key()} checked={p.value == t}
                    onchange={on_change} />
                { label.get(l) }
            </label>
        }
    };
    html! {
        <fieldset class="teller-choice" data-testid={p.testid.clone()}>
            <legend>{ ST::Teller.get(l) }</legend>
            { radio(Teller::Employee, ST::Employee) }
            { radio(Teller::Customer, ST::Customer) }
        </fieldset>
    }
}
