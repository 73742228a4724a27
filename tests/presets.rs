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

/// The promise preset shows all three lanes on the telecom story: one broken promise,
/// the three contacts it caused, the bank account going into the red at the bare link;
/// its to-be (the promise kept) has none of those contacts and stays in the black.
#[test]
fn the_broken_promise_and_the_promise_kept() {
    use peakend::analysis::export;
    for lang in Lang::ALL {
        let as_is = peakend::presets::by_key("telecom-promise", lang).expect("preset");
        let to_be = peakend::presets::by_key("telecom-promise-kept", lang).expect("preset");
        let a = serde_json::to_value(export(&as_is).unwrap()).unwrap();
        let b = serde_json::to_value(export(&to_be).unwrap()).unwrap();
        let link = &as_is.touchpoints.last().unwrap().name;
        // 3 + 4 + 4 + 4 = 15; +2 − 2 (the broken promise) = 15; −2·2 = 11; −2·1 − 2 = 7;
        // −2·2 = 3; −2·1 = 1; −2·5 = −9: red only at the bare link.
        assert_eq!(
            a["bank"]["in_the_red"],
            serde_json::json!([link]),
            "{lang:?}"
        );
        assert_eq!(a["bank"]["end"], -9.0);
        assert_eq!(a["bank"]["withdrawal_weight"], 2.0);
        assert_eq!(a["failure_demand"]["failure"], 3);
        assert_eq!(a["failure_demand"]["contacts"], 10);
        // Kept: 15 + 3 = 18; −2 = 16; −10 = 6. In the black throughout.
        assert_eq!(b["bank"]["end"], 6.0);
        assert_eq!(b["bank"]["in_the_red"], serde_json::json!([]));
        assert_eq!(b["failure_demand"]["failure"], 0);
        // The inside-out view: we think the contracts went well (4); the customer says 2.
        let spots = a["expectations"]["blind_spots"].as_array().unwrap();
        assert!(spots.iter().any(|s| s["ours"] == 4.0 && s["theirs"] == 2.0));
        assert!(a["remembered_ours"].as_f64().unwrap() > a["remembered"].as_f64().unwrap());
    }
}
