//! The emotional bank account (seed `003`, after Covey): every touchpoint deposits its
//! distance above neutral or withdraws λ times its distance below; every broken promise a
//! touchpoint carries withdraws a set size more, at that touchpoint. The running balance is
//! the lane; where it goes below 0 the relationship is in the red.

use super::{LaneError, finite, names_of, same_length};
use crate::analysis::tidy;
use crate::model::{BankError, BankSettings, Scale};
use serde::Serialize;

/// λ = 1: a withdrawal weighs as much as a deposit of the same size (the default).
pub const LAMBDA_NEUTRAL: f64 = 1.0;
/// λ = 2: bad is stronger than good (Baumeister, Bratslavsky, Finkenauer & Vohs 2001).
pub const LAMBDA_BAUMEISTER: f64 = 2.0;
/// λ = 5: the 5:1 ratio of positive to negative interactions often quoted after Gottman.
pub const LAMBDA_GOTTMAN: f64 = 5.0;

/// The account's settings are the journey's own (`model::BankSettings`), checked here
/// with the model's rule (λ > 0, a size ≥ 0, both bounded).
fn validate(settings: &BankSettings) -> Result<(), LaneError> {
    settings.validate().map_err(|e| match e {
        BankError::BadWithdrawalWeight => LaneError::BadWithdrawalWeight,
        BankError::BadBrokenPromise => LaneError::BadBrokenPromise,
    })
}

/// The running balance of a journey. Indices are positions in the journey.
#[derive(Clone, Debug, PartialEq)]
pub struct Bank {
    pub withdrawal_weight: f64,
    /// The balance after each touchpoint, in order (the account opens at 0).
    pub running: Vec<f64>,
    /// The balance after the last touchpoint (0 for a journey without touchpoints).
    pub end: f64,
    /// The lowest balance after any touchpoint (0 without touchpoints).
    pub lowest: f64,
    /// Where the lowest balance is first reached.
    pub lowest_at: Option<usize>,
    /// Every touchpoint after which the balance is below 0.
    pub in_the_red: Vec<usize>,
    /// The first of those: where the relationship goes into the red.
    pub first_red: Option<usize>,
}

impl Bank {
    /// Whether the relationship ends in the black (a balance of 0 or more at the end).
    pub fn ends_in_the_black(&self) -> bool {
        self.end >= 0.0
    }

    /// The analysis JSON's `bank`, with touchpoint names for indices.
    pub fn export(&self, names: &[impl AsRef<str>]) -> BankExport {
        let name = |i: Option<usize>| i.and_then(|i| names.get(i)).map(|n| n.as_ref().to_string());
        BankExport {
            withdrawal_weight: self.withdrawal_weight,
            running: self.running.clone(),
            end: self.end,
            lowest: self.lowest,
            in_the_red: names_of(&self.in_the_red, names),
            lowest_at: name(self.lowest_at),
            first_red: name(self.first_red),
            ends_in_the_black: self.ends_in_the_black(),
        }
    }
}

/// `bank` in the analysis JSON (the contract's keys, then the lane's key facts by name).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BankExport {
    pub withdrawal_weight: f64,
    pub running: Vec<f64>,
    pub end: f64,
    pub lowest: f64,
    /// Names of the touchpoints after which the balance is below 0.
    pub in_the_red: Vec<String>,
    pub lowest_at: Option<String>,
    pub first_red: Option<String>,
    pub ends_in_the_black: bool,
}

/// The account over `ratings` (journey order) with `broken[i]` broken promises carried by
/// touchpoint `i`: balanceᵢ = balanceᵢ₋₁ + (rᵢ − m) if rᵢ ≥ m, else − λ·(m − rᵢ); then
/// − `broken_promise` × brokenᵢ.
pub fn bank(
    ratings: &[f64],
    broken: &[usize],
    scale: &Scale,
    settings: BankSettings,
) -> Result<Bank, LaneError> {
    scale.validate().map_err(|_| LaneError::BadScale)?;
    validate(&settings)?;
    finite("rating", ratings)?;
    same_length("the broken promises", ratings.len(), broken.len())?;
    let m = scale.neutral;
    let lambda = settings.withdrawal_weight;
    let mut balance = 0.0;
    let mut running = Vec::with_capacity(ratings.len());
    for (r, b) in ratings.iter().zip(broken) {
        let d = r - m;
        balance += if d >= 0.0 { d } else { lambda * d };
        // A count converts exactly up to 2⁵³; past that the balance is absurd anyway.
        balance -= settings.broken_promise * *b as f64;
        // Binary noise (0.1 + 0.2 − 0.3 ≠ 0) must not put an even account in the red.
        let shown = tidy(balance);
        if !shown.is_finite() {
            return Err(LaneError::BalanceOverflow);
        }
        running.push(shown);
    }
    let mut lowest_at: Option<usize> = None;
    for (i, v) in running.iter().enumerate() {
        if lowest_at.is_none_or(|l| *v < running[l]) {
            lowest_at = Some(i);
        }
    }
    let in_the_red: Vec<usize> = (0..running.len()).filter(|i| running[*i] < 0.0).collect();
    Ok(Bank {
        withdrawal_weight: lambda,
        end: running.last().copied().unwrap_or(0.0),
        lowest: lowest_at.map_or(0.0, |i| running[i]),
        lowest_at,
        first_red: in_the_red.first().copied(),
        in_the_red,
        running,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(l: f64, b: f64) -> BankSettings {
        BankSettings {
            withdrawal_weight: l,
            broken_promise: b,
        }
    }

    #[test]
    fn hand_worked_telecom_account() {
        // −5…5, neutral 0, λ = 2, a broken promise costs 3.
        // 3 → +3 = 3; 4 → +4 = 7; −1 with one broken promise → −2 − 3 = 2;
        // −3 → −6 = −4; −4 → −8 = −12; 2 → +2 = −10.
        let b = bank(
            &[3.0, 4.0, -1.0, -3.0, -4.0, 2.0],
            &[0, 0, 1, 0, 0, 0],
            &Scale::default(),
            settings(2.0, 3.0),
        )
        .unwrap();
        assert_eq!(b.running, [3.0, 7.0, 2.0, -4.0, -12.0, -10.0]);
        assert_eq!((b.end, b.lowest, b.lowest_at), (-10.0, -12.0, Some(4)));
        assert_eq!(b.in_the_red, [3, 4, 5]);
        assert_eq!(b.first_red, Some(3));
        assert!(!b.ends_in_the_black());
        // λ = 1 and no promise cost: the balance is the plain sum of deviations.
        let b = bank(
            &[3.0, 4.0, -1.0, -3.0, -4.0, 2.0],
            &[0; 6],
            &Scale::default(),
            settings(1.0, 3.0),
        )
        .unwrap();
        assert_eq!(b.running, [3.0, 7.0, 6.0, 3.0, -1.0, 1.0]);
        assert_eq!((b.end, b.first_red), (1.0, Some(4)));
        assert!(b.ends_in_the_black());
    }

    #[test]
    fn neutral_is_measured_from_the_scale() {
        // 1–10, neutral 5.5: 8 → +2.5; 4 → −1.5·5 = −7.5; balance −5; 10 → +4.5 = −0.5.
        let s = Scale::new(1.0, 10.0, None).unwrap();
        let b = bank(&[8.0, 4.0, 10.0], &[0; 3], &s, settings(5.0, 0.0)).unwrap();
        assert_eq!(b.running, [2.5, -5.0, -0.5]);
        assert_eq!(b.lowest_at, Some(1));
    }

    #[test]
    fn binary_noise_does_not_turn_an_even_account_red() {
        // 0.1 + 0.2 − 0.3 is 5.5e-17 in f64; the account is even, not in the red.
        let b = bank(
            &[0.1, 0.2, -0.3],
            &[0; 3],
            &Scale::default(),
            settings(1.0, 0.0),
        )
        .unwrap();
        assert_eq!(b.end, 0.0);
        assert!(b.in_the_red.is_empty());
    }

    #[test]
    fn the_lowest_point_is_the_first_of_equals() {
        let b = bank(
            &[-1.0, 1.0, -1.0],
            &[0; 3],
            &Scale::default(),
            settings(1.0, 0.0),
        )
        .unwrap();
        assert_eq!(b.running, [-1.0, 0.0, -1.0]);
        assert_eq!(b.lowest_at, Some(0));
        assert_eq!(b.in_the_red, [0, 2]);
    }

    #[test]
    fn an_empty_journey_has_an_even_account() {
        let b = bank(&[], &[], &Scale::default(), settings(1.0, 1.0)).unwrap();
        assert_eq!(
            (b.end, b.lowest, b.lowest_at, b.first_red),
            (0.0, 0.0, None, None)
        );
        assert!(b.ends_in_the_black());
    }

    #[test]
    fn hostile_settings_get_clear_errors() {
        let s = Scale::default();
        let r = [1.0, -1.0];
        for l in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            assert_eq!(
                bank(&r, &[0, 0], &s, settings(l, 1.0)),
                Err(LaneError::BadWithdrawalWeight)
            );
        }
        for p in [-0.5, f64::NAN, f64::INFINITY] {
            assert_eq!(
                bank(&r, &[0, 0], &s, settings(1.0, p)),
                Err(LaneError::BadBrokenPromise)
            );
        }
        assert_eq!(
            bank(&[1.0, f64::NAN], &[0, 0], &s, settings(1.0, 1.0)),
            Err(LaneError::NotANumber {
                what: "rating",
                index: 1
            })
        );
        assert_eq!(
            bank(&r, &[0], &s, settings(1.0, 1.0)),
            Err(LaneError::LengthMismatch {
                what: "the broken promises",
                expected: 2,
                got: 1
            })
        );
        // Above the journey's own cap (λ ≤ 100): refused before any arithmetic.
        assert_eq!(
            bank(&r, &[0, 0], &s, settings(f64::MAX, 1.0)),
            Err(LaneError::BadWithdrawalWeight)
        );
        // 10,000 broken promises are only a large withdrawal.
        let b = bank(&r, &[10_000, 0], &s, settings(1.0, 2.0)).unwrap();
        assert_eq!(b.end, -20_000.0);
    }

    #[test]
    fn the_export_names_the_touchpoints() {
        let b = bank(
            &[1.0, -3.0, 1.0],
            &[0; 3],
            &Scale::default(),
            settings(1.0, 0.0),
        )
        .unwrap();
        let e = b.export(&["Sign", "Wait", "Call"]);
        assert_eq!(e.in_the_red, ["Wait", "Call"]);
        assert_eq!(e.lowest_at.as_deref(), Some("Wait"));
        let json = serde_json::to_value(&e).unwrap();
        for key in [
            "withdrawal_weight",
            "running",
            "end",
            "lowest",
            "in_the_red",
        ] {
            assert!(json.get(key).is_some(), "{key}");
        }
        assert_eq!(json["running"], serde_json::json!([1.0, -2.0, -1.0]));
    }
}
