//! The settings of the emotional bank account (seed 003): how much more a withdrawal
//! weighs than a deposit, and what a broken promise withdraws on top.
//!
//! Pure data with a validity check; the running balance is computed in `analysis`.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Largest withdrawal weight λ accepted. The documented choices are 1, 2 (Baumeister et
/// al. 2001) and 5 (the 5:1 ratio quoted after Gottman); beyond 100 one bad moment would
/// outweigh any journey, which is no longer a model of anything.
pub const MAX_WITHDRAWAL_WEIGHT: f64 = 100.0;
/// Largest extra withdrawal per broken promise, in rating points: the widest scale allowed.
pub const MAX_BROKEN_PROMISE: f64 = 1000.0;

/// Why bank settings cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum BankError {
    #[error("the withdrawal weight must be a number above 0 and at most {MAX_WITHDRAWAL_WEIGHT}")]
    BadWithdrawalWeight,
    #[error("the withdrawal for a broken promise must be a number from 0 to {MAX_BROKEN_PROMISE}")]
    BadBrokenPromise,
}

/// How the emotional bank account is kept.
///
/// Every touchpoint deposits its distance above neutral, or withdraws `withdrawal_weight`
/// (λ) times its distance below neutral; each broken promise withdraws `broken_promise`
/// more, at the touchpoint that carries it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BankSettings {
    /// λ: how many times a withdrawal weighs as much as a deposit of the same size.
    /// Default 1 (no asymmetry).
    pub withdrawal_weight: f64,
    /// The extra withdrawal per broken promise, in rating points on the journey's scale
    /// (before λ is applied: λ weighs the touchpoint's rating only). Default 1: one step
    /// on every preset scale. A scale change rescales it with the ratings.
    pub broken_promise: f64,
}

impl Default for BankSettings {
    fn default() -> Self {
        BankSettings {
            withdrawal_weight: 1.0,
            broken_promise: 1.0,
        }
    }
}

impl BankSettings {
    /// Checks λ (finite, > 0, ≤ [`MAX_WITHDRAWAL_WEIGHT`]) and the broken-promise size
    /// (finite, ≥ 0, ≤ [`MAX_BROKEN_PROMISE`]).
    pub fn validate(&self) -> Result<(), BankError> {
        let w = self.withdrawal_weight;
        if !(w.is_finite() && w > 0.0 && w <= MAX_WITHDRAWAL_WEIGHT) {
            return Err(BankError::BadWithdrawalWeight);
        }
        let b = self.broken_promise;
        if !(b.is_finite() && (0.0..=MAX_BROKEN_PROMISE).contains(&b)) {
            return Err(BankError::BadBrokenPromise);
        }
        Ok(())
    }

    /// Whether these are the defaults (then files leave `bank` out).
    pub fn is_default(&self) -> bool {
        *self == BankSettings::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_hostile_values_refused() {
        BankSettings::default().validate().unwrap();
        let with = |w: f64, b: f64| BankSettings {
            withdrawal_weight: w,
            broken_promise: b,
        };
        with(5.0, 0.0).validate().unwrap();
        with(MAX_WITHDRAWAL_WEIGHT, MAX_BROKEN_PROMISE)
            .validate()
            .unwrap();
        for w in [0.0, -1.0, f64::NAN, f64::INFINITY, 100.5] {
            assert_eq!(
                with(w, 1.0).validate(),
                Err(BankError::BadWithdrawalWeight),
                "{w}"
            );
        }
        for b in [-0.5, f64::NAN, f64::NEG_INFINITY, 1000.5] {
            assert_eq!(
                with(1.0, b).validate(),
                Err(BankError::BadBrokenPromise),
                "{b}"
            );
        }
    }

    #[test]
    fn a_missing_field_takes_its_default() {
        let b: BankSettings =
            serde_json::from_value(serde_json::json!({"withdrawal_weight": 2})).unwrap();
        assert_eq!((b.withdrawal_weight, b.broken_promise), (2.0, 1.0));
        assert!(BankSettings::default().is_default());
        assert!(!b.is_default());
    }
}
