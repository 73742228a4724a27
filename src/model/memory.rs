//! How the remembered score is formed from the moments of a journey: the weights of the
//! peak and the end, and the documented variants of the peak-end rule.
//!
//! Pure data with a validity check; the arithmetic lives in `analysis`.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Why a memory model cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum MemoryModelError {
    #[error("a weight must be a number of zero or more")]
    BadWeight,
    #[error("the peak and end weights cannot both be zero")]
    NoWeight,
    #[error("the end must span at least one touchpoint")]
    EmptyEndWindow,
}

/// Most touchpoints the end window may span (more would simply be "the whole journey").
pub const MAX_END_WINDOW: u32 = 10_000;

/// The settings of the remembered score R.
///
/// With the defaults, R = ½·r_peak + ½·r_end: the classic peak-end rule
/// (Kahneman, Fredrickson, Schreiber & Redelmeier 1993).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MemoryModel {
    /// Relative weight of the peak. Weights are normalised: (1, 1) means (½, ½).
    pub peak_weight: f64,
    /// Relative weight of the end.
    pub end_weight: f64,
    /// The end is the mean of the last `end_window` touchpoints (1 = the last one only).
    pub end_window: u32,
    /// For a journey with moments both above and below neutral, the peak term is the mean
    /// of the best (positive peak) and the worst (negative peak) moment.
    pub split_peaks: bool,
    /// Weight of the trend: R moves by `trend_weight` × the rise of the ratings over the
    /// second half of the journey (least-squares line). 0 switches the trend off.
    pub trend_weight: f64,
}

impl Default for MemoryModel {
    fn default() -> Self {
        MemoryModel {
            peak_weight: 0.5,
            end_weight: 0.5,
            end_window: 1,
            split_peaks: false,
            trend_weight: 0.0,
        }
    }
}

impl MemoryModel {
    /// Checks the weights (finite, ≥ 0, peak and end not both 0) and the end window (≥ 1).
    pub fn validate(&self) -> Result<(), MemoryModelError> {
        let ok = |w: f64| w.is_finite() && w >= 0.0;
        if !(ok(self.peak_weight) && ok(self.end_weight) && ok(self.trend_weight)) {
            return Err(MemoryModelError::BadWeight);
        }
        if self.peak_weight + self.end_weight <= 0.0 {
            return Err(MemoryModelError::NoWeight);
        }
        if self.end_window == 0 || self.end_window > MAX_END_WINDOW {
            return Err(MemoryModelError::EmptyEndWindow);
        }
        Ok(())
    }

    /// Whether this is the classic rule (½ peak + ½ last moment, no variants).
    pub fn is_default(&self) -> bool {
        *self == MemoryModel::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_valid_and_bad_settings_are_refused() {
        MemoryModel::default().validate().unwrap();
        let m = |pw, ew, k, tw| MemoryModel {
            peak_weight: pw,
            end_weight: ew,
            end_window: k,
            split_peaks: false,
            trend_weight: tw,
        };
        assert_eq!(
            m(0.0, 0.0, 1, 0.0).validate(),
            Err(MemoryModelError::NoWeight)
        );
        assert_eq!(
            m(-1.0, 1.0, 1, 0.0).validate(),
            Err(MemoryModelError::BadWeight)
        );
        assert_eq!(
            m(f64::NAN, 1.0, 1, 0.0).validate(),
            Err(MemoryModelError::BadWeight)
        );
        assert_eq!(
            m(1.0, 1.0, 1, f64::INFINITY).validate(),
            Err(MemoryModelError::BadWeight)
        );
        assert_eq!(
            m(1.0, 0.0, 0, 0.0).validate(),
            Err(MemoryModelError::EmptyEndWindow)
        );
        m(0.0, 1.0, 3, 0.5).validate().unwrap();
    }
}
