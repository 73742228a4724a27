//! The rating scale of a journey: bounds, the neutral point, and the step ratings snap to.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Why a scale cannot be used.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum ScaleError {
    #[error("the scale bounds must be finite numbers")]
    NotFinite,
    #[error("the scale minimum must be below its maximum")]
    Inverted,
    #[error("the neutral point must lie within the scale")]
    NeutralOutside,
    #[error("the step must be a positive number no larger than the scale")]
    BadStep,
    #[error("the scale may span at most 1000 points")]
    TooWide,
}

/// The bounds ratings live in, with a neutral point (the "felt nothing" level).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scale {
    pub min: f64,
    pub max: f64,
    pub neutral: f64,
    /// Ratings snap to multiples of this above `min` when typed with arrows or dragged.
    #[serde(default = "default_step")]
    pub step: f64,
}

fn default_step() -> f64 {
    1.0
}

impl Default for Scale {
    fn default() -> Self {
        Scale {
            min: -5.0,
            max: 5.0,
            neutral: 0.0,
            step: 1.0,
        }
    }
}

impl Scale {
    /// A checked scale; `neutral` defaults to the midpoint.
    pub fn new(min: f64, max: f64, neutral: Option<f64>) -> Result<Scale, ScaleError> {
        let s = Scale {
            min,
            max,
            neutral: neutral.unwrap_or((min + max) / 2.0),
            step: 1.0,
        };
        s.validate()?;
        Ok(s)
    }

    /// The scales people use most, in the order a picker shows them.
    pub fn presets() -> [Scale; 4] {
        [
            Scale::default(),
            Scale::new(0.0, 10.0, None).expect("valid preset"),
            Scale::new(1.0, 10.0, None).expect("valid preset"),
            Scale::new(1.0, 5.0, None).expect("valid preset"),
        ]
    }

    pub fn validate(&self) -> Result<(), ScaleError> {
        if !(self.min.is_finite()
            && self.max.is_finite()
            && self.neutral.is_finite()
            && self.step.is_finite())
        {
            return Err(ScaleError::NotFinite);
        }
        if self.min >= self.max {
            return Err(ScaleError::Inverted);
        }
        if self.max - self.min > 1000.0 {
            return Err(ScaleError::TooWide);
        }
        if self.neutral < self.min || self.neutral > self.max {
            return Err(ScaleError::NeutralOutside);
        }
        if self.step <= 0.0 || self.step > self.max - self.min {
            return Err(ScaleError::BadStep);
        }
        Ok(())
    }

    pub fn span(&self) -> f64 {
        self.max - self.min
    }

    /// Keeps a rating inside the bounds; a non-finite value becomes the neutral point.
    pub fn clamp(&self, r: f64) -> f64 {
        if r.is_nan() {
            return self.neutral;
        }
        r.clamp(self.min, self.max)
    }

    /// Rounds to the nearest step (counted from `min`) and clamps.
    pub fn snap(&self, r: f64) -> f64 {
        let steps = ((self.clamp(r) - self.min) / self.step).round();
        // Round away binary noise such as 0.30000000000000004.
        let v = self.min + steps * self.step;
        self.clamp((v * 1e9).round() / 1e9)
    }

    /// A rating moved by `steps` steps, snapped and clamped.
    pub fn nudge(&self, r: f64, steps: i32) -> f64 {
        self.snap(self.snap(r) + f64::from(steps) * self.step)
    }

    /// Where a rating lies on 0–100 (min → 0, max → 100), so scales compare.
    pub fn to_percent(&self, r: f64) -> f64 {
        (r - self.min) / self.span() * 100.0
    }

    /// A difference of ratings expressed in percentage points of the scale.
    pub fn delta_to_percent(&self, d: f64) -> f64 {
        d / self.span() * 100.0
    }

    /// Maps a rating on this scale to the same relative position on `to`.
    pub fn rescale(&self, r: f64, to: &Scale) -> f64 {
        let rel = (r - self.min) / self.span();
        to.clamp(to.min + rel * to.span())
    }

    /// Whether `r` is a finite value within the bounds.
    pub fn contains(&self, r: f64) -> bool {
        r.is_finite() && r >= self.min && r <= self.max
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_presets_are_valid() {
        for s in Scale::presets() {
            s.validate().unwrap();
        }
        let s = Scale::new(0.0, 10.0, None).unwrap();
        assert_eq!(s.neutral, 5.0);
    }

    #[test]
    fn invalid_scales_are_refused() {
        assert_eq!(Scale::new(5.0, 5.0, None), Err(ScaleError::Inverted));
        assert_eq!(
            Scale::new(0.0, 10.0, Some(11.0)),
            Err(ScaleError::NeutralOutside)
        );
        assert_eq!(Scale::new(f64::NAN, 1.0, None), Err(ScaleError::NotFinite));
        assert_eq!(Scale::new(0.0, 5000.0, None), Err(ScaleError::TooWide));
    }

    #[test]
    fn snap_nudge_and_percent() {
        let s = Scale::default();
        assert_eq!(s.snap(2.4), 2.0);
        assert_eq!(s.snap(-7.0), -5.0);
        assert_eq!(s.nudge(4.0, 3), 5.0);
        assert_eq!(s.nudge(0.4, -1), -1.0);
        assert_eq!(s.to_percent(-5.0), 0.0);
        assert_eq!(s.to_percent(0.0), 50.0);
        assert_eq!(s.delta_to_percent(1.0), 10.0);
        let half = Scale {
            step: 0.1,
            ..Scale::default()
        };
        assert_eq!(half.snap(0.3), 0.3);
    }

    #[test]
    fn rescale_keeps_relative_position() {
        let from = Scale::default();
        let to = Scale::new(0.0, 10.0, None).unwrap();
        assert_eq!(from.rescale(-5.0, &to), 0.0);
        assert_eq!(from.rescale(0.0, &to), 5.0);
        assert_eq!(from.rescale(5.0, &to), 10.0);
        let five = Scale::new(1.0, 5.0, None).unwrap();
        assert_eq!(from.rescale(0.0, &five), 3.0);
    }
}
