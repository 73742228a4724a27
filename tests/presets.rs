#![cfg(not(target_arch = "wasm32"))]
//! The teaching presets against the published cases: a preset that names a case under
//! `tests/cases/` draws exactly that curve (ratings, durations, scale), in both languages.
//! The presets are the data files in `src/presets/`, read through the crate as the app
//! reads them.

use peakend::i18n::Lang;
use peakend::io::json::read_journey;
use peakend::presets::all;

fn case(name: &str) -> peakend::model::Journey {
    let path = format!("{}/tests/cases/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    read_journey(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn presets_draw_the_curves_of_their_cases() {
    let mut checked = Vec::new();
    for p in all() {
        let Some(name) = p.case() else { continue };
        let c = case(name);
        for lang in Lang::ALL {
            let j = p.journey(lang);
            assert_eq!(j.ratings(), c.ratings(), "{} vs {name}", p.key);
            let durations = |j: &peakend::model::Journey| -> Vec<f64> {
                j.touchpoints.iter().map(|t| t.duration).collect()
            };
            assert_eq!(durations(&j), durations(&c), "{} vs {name}", p.key);
            assert_eq!(j.scale, c.scale, "{} vs {name}", p.key);
        }
        checked.push(p.key);
    }
    // The presets taken from the studies keep naming their case.
    assert_eq!(
        checked,
        ["colonoscopy-abrupt", "cold-water-short", "cold-water-long"]
    );
}
