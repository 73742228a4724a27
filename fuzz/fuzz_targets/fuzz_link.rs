//! Link decoding must never panic on any text, and encoding must round-trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peakend::io::link::{decode, encode};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = decode(&text);
    let _ = decode(&format!("#j1.{text}"));
    assert_eq!(decode(&encode(&text)).as_deref(), Ok(&*text));
});
