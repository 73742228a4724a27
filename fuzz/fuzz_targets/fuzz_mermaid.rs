//! Mermaid import must never panic, and whatever it accepts must export and read back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peakend::io::mermaid::{export_mermaid, import_mermaid};
use peakend::model::Scale;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(got) = import_mermaid(text, Scale::default()) {
        let out = export_mermaid(&got.journey, "Customer");
        let again = import_mermaid(&out, Scale::default()).expect("our own export imports");
        assert!(again.skipped.is_empty(), "{:?}\n{out}", again.skipped);
        assert_eq!(
            again.journey.touchpoints.len(),
            got.journey.touchpoints.len()
        );
    }
});
