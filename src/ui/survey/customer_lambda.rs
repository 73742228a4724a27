//! "Your customers' λ": the withdrawal weight estimated from the survey, with its interval
//! and n, and "Use your customers' λ" (one `Action::SetBank`, so one undo step). Not
//! offered, with the reason, when the estimate cannot become the bank's weight.

use crate::analysis::lanes::LambdaEstimate;
use crate::i18n::survey_lambda::{self as say, Y};
use crate::model::{Action, BankSettings, lambda_bank};
use crate::ui::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CustomerLambdaProps {
    /// The estimate; `None` when the answers cannot give one.
    pub estimate: Option<LambdaEstimate>,
    /// Whether the survey has an overall rating (without one, the card is not shown).
    pub has_overall: bool,
    /// The journey's bank settings now (the broken-promise size is kept).
    pub bank: BankSettings,
    pub on_action: Callback<Action>,
}

/// The card `survey-lambda` with the button `survey-use-lambda`.
#[function_component(CustomerLambda)]
pub fn customer_lambda(p: &CustomerLambdaProps) -> Html {
    let l = use_lang();
    if !p.has_overall {
        return html! {};
    }
    let body = match &p.estimate {
        None => html! { <p data-testid="survey-lambda-none">{ Y::NoEstimate.get(l) }</p> },
        Some(e) => {
            let next = lambda_bank(&p.bank, e.lambda, e.ci_high.is_some());
            let in_use = next.as_ref().is_ok_and(|b| *b == p.bank);
            let onclick = {
                let on_action = p.on_action.clone();
                Callback::from(move |_: MouseEvent| {
                    if let Ok(b) = next {
                        on_action.emit(Action::SetBank(b));
                    }
                })
            };
            html! {
                <>
                    <p data-testid="survey-lambda-estimate" data-value={e.lambda.to_string()}>
                        { say::lambda_sentence(l, e) }</p>
                    <button type="button" data-testid="survey-use-lambda" disabled={next.is_err() || in_use}
                        aria-describedby={if next.is_err() { "survey-lambda-why" } else { "survey-lambda-hint" }}
                        {onclick}>{ Y::UseLambda.get(l) }</button>
                    { match next {
                        Err(r) => html! {
                            <p class="hint" id="survey-lambda-why" data-testid="survey-lambda-why">{ say::refusal(l, r) }</p>
                        },
                        Ok(_) if in_use => html! {
                            <p class="hint" id="survey-lambda-hint" data-testid="survey-lambda-in-use">{ Y::InUse.get(l) }</p>
                        },
                        Ok(_) => html! {
                            <p class="hint" id="survey-lambda-hint">{ Y::UseLambdaHint.get(l) }</p>
                        },
                    } }
                </>
            }
        }
    };
    html! {
        <section class="survey-card" data-testid="survey-lambda" aria-labelledby="survey-lambda-heading">
            <h3 id="survey-lambda-heading">{ Y::Title.get(l) }</h3>
            { body }
        </section>
    }
}
