#![cfg(not(target_arch = "wasm32"))]
//! The decimal reader against Rust's own, on text no f64 printed: any digits, any point,
//! any exponent, bit for bit.

use peakend::model::parse_decimal;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5_000))]

    #[test]
    fn any_decimal_reads_as_rust_reads_it(
        text in "[+-]?[0-9]{0,25}(\\.[0-9]{0,25})?([eE][+-]?[0-9]{1,3})?"
    ) {
        let theirs = text.parse::<f64>().ok();
        prop_assert_eq!(parse_decimal(&text).map(f64::to_bits), theirs.map(f64::to_bits));
    }

    #[test]
    fn long_and_far_decimals_too(
        int in "[0-9]{1,60}",
        frac in "[0-9]{0,400}",
        exp in -400i32..400,
    ) {
        let text = format!("{int}.{frac}e{exp}");
        let theirs = text.parse::<f64>().ok();
        prop_assert_eq!(parse_decimal(&text).map(f64::to_bits), theirs.map(f64::to_bits));
    }

    #[test]
    fn exactly_halfway_and_a_hair_either_side(
        m in (1u64 << 52)..(1u64 << 53),
        shift in -20i32..=70,
        nudge in 0u8..3,
    ) {
        // (2m + 1)·2^shift lies exactly halfway between two neighbouring f64s (m has 53
        // bits); written out in full it must round to the even one, and any digit after
        // it decides the way.
        let odd = u128::from(2 * m + 1);
        let exact = if shift >= 0 {
            (odd << shift).to_string()
        } else {
            let k = shift.unsigned_abs() as usize;
            let scaled = format!("{:0>w$}", odd * 5u128.pow(k as u32), w = k + 1);
            let (whole, frac) = scaled.split_at(scaled.len() - k);
            format!("{whole}.{frac}")
        };
        let text = match (nudge, shift >= 0) {
            (0, _) => exact,
            (1, true) => format!("{exact}.000001"),
            (1, false) => format!("{exact}000001"),
            // Fractions end in 5 (odd·5^k): one less there, then nines, is a hair below.
            (_, false) => format!("{}4999999", &exact[..exact.len() - 1]),
            (_, true) => exact,
        };
        let theirs = text.parse::<f64>().ok();
        prop_assert_eq!(parse_decimal(&text).map(f64::to_bits), theirs.map(f64::to_bits), "{}", text);
    }
}
