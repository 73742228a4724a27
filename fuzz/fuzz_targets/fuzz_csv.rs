//! CSV import must never panic, and whatever it accepts must export and read back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peakend::io::csv::{Separator, export_csv, import_csv};
use peakend::model::Scale;

fuzz_target!(|data: &[u8]| {
    if let Ok(got) = import_csv(data, Scale::default()) {
        let again = import_csv(
            export_csv(&got.journey, Separator::Semicolon).as_bytes(),
            Scale::default(),
        )
        .expect("our own export imports");
        assert!(again.skipped.is_empty(), "{:?}", again.skipped);
        assert_eq!(
            again.journey.touchpoints.len(),
            got.journey.touchpoints.len()
        );
    }
});
