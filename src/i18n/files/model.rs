//! The model's own errors (scale, memory model, bank account) in the user's language.

use super::{Lang, n};
use crate::model::{
    BankError, MAX_BROKEN_PROMISE, MAX_WITHDRAWAL_WEIGHT, MemoryModelError, ScaleError,
};

pub fn scale_error(l: Lang, e: &ScaleError) -> &'static str {
    match (l, e) {
        (Lang::En, ScaleError::NotFinite) => "the scale bounds must be numbers",
        (Lang::Nl, ScaleError::NotFinite) => "de grenzen van de schaal moeten getallen zijn",
        (Lang::En, ScaleError::Inverted) => "the lowest value must be below the highest",
        (Lang::Nl, ScaleError::Inverted) => "de laagste waarde moet onder de hoogste liggen",
        (Lang::En, ScaleError::NeutralOutside) => "the neutral point lies outside the scale",
        (Lang::Nl, ScaleError::NeutralOutside) => "het neutrale punt ligt buiten de schaal",
        (Lang::En, ScaleError::BadStep) => "the step of the scale is not valid",
        (Lang::Nl, ScaleError::BadStep) => "de stapgrootte van de schaal klopt niet",
        (Lang::En, ScaleError::TooWide) => "the scale spans more than 1,000 points",
        (Lang::Nl, ScaleError::TooWide) => "de schaal beslaat meer dan 1000 punten",
    }
}

pub fn memory_error(l: Lang, e: &MemoryModelError) -> &'static str {
    match (l, e) {
        (Lang::En, MemoryModelError::BadWeight) => "a weight must be a number of zero or more",
        (Lang::Nl, MemoryModelError::BadWeight) => {
            "een gewicht moet een getal van nul of meer zijn"
        }
        (Lang::En, MemoryModelError::NoWeight) => "the peak and end weights cannot both be zero",
        (Lang::Nl, MemoryModelError::NoWeight) => {
            "de gewichten van piek en einde kunnen niet allebei nul zijn"
        }
        (Lang::En, MemoryModelError::EmptyEndWindow) => "the end must span at least one touchpoint",
        (Lang::Nl, MemoryModelError::EmptyEndWindow) => {
            "het einde moet minstens één contactmoment beslaan"
        }
    }
}

pub fn bank_error(l: Lang, e: &BankError) -> String {
    let (w, b) = (n(l, MAX_WITHDRAWAL_WEIGHT), n(l, MAX_BROKEN_PROMISE));
    match (l, e) {
        (Lang::En, BankError::BadWithdrawalWeight) => {
            format!("the withdrawal weight must be a number above 0 and at most {w}")
        }
        (Lang::Nl, BankError::BadWithdrawalWeight) => {
            format!("het gewicht van een opname moet een getal boven 0 en hoogstens {w} zijn")
        }
        (Lang::En, BankError::BadBrokenPromise) => {
            format!("the withdrawal for a broken promise must be a number from 0 to {b}")
        }
        (Lang::Nl, BankError::BadBrokenPromise) => {
            format!("de opname voor een gebroken belofte moet een getal van 0 tot {b} zijn")
        }
    }
}
