//! A decimal number (`-2.5`, `3`, `1e-3`) read into the nearest `f64`, exactly as Rust's
//! own `str::parse::<f64>` reads it, in far less code: the standard reader's tables and
//! code weigh about 13 KB (brotli) in every program that reads a typed number, more than
//! the whole score card. Its tables are what make long numbers fast; the numbers people
//! type here are short.
//!
//! Two paths, both exact (the result is the `f64` nearest to the decimal, ties to even):
//!
//! - **Fast**, for what people type (Clinger 1990, "How to read floating point numbers
//!   accurately"): when the digits, as one whole number, are below 2⁵³ and the power of
//!   ten is at most 22, both are exact `f64`s, and one IEEE multiplication or division
//!   rounds correctly.
//! - **Slow**, for everything else (many digits, a far exponent): the digits are kept as
//!   decimal digits and halved or doubled, a few bits at a time, until the number lies in
//!   [½, 1); the 53 bits of the mantissa are then read off and rounded half to even. This
//!   is the "simple decimal conversion" (Nigel Tao, 2020, *The Simple Decimal Conversion
//!   Algorithm*; Go's `strconv` reads floats this way when its fast paths do not apply).
//!   Exactness needs every digit up to the 768th or so, plus whether any dropped after
//!   that was not zero; [`MAX_DIGITS`] keeps 800.

/// Significant digits kept; a digit dropped after these only says "a little more".
const MAX_DIGITS: usize = 800;
/// The largest shift done at once: a digit times 2⁶⁰ plus a carry still fits in a `u64`.
const MAX_SHIFT: u32 = 60;
/// The powers of ten that are exact `f64`s: 10ᵏ = 5ᵏ·2ᵏ is exact while 5ᵏ < 2⁵³, to k = 22.
const EXACT_POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];
/// 2⁵³: whole numbers below it are exact `f64`s.
const EXACT_INT: u64 = 1 << 53;

/// Reads `[+-]digits[.digits][e[+-]digits]` (either side of the point may be empty, not
/// both) into the nearest `f64`, as `text.parse::<f64>()` does: `±inf` when it is too
/// large, `±0` when too small. `None` for anything else, `inf` and `nan` included (Rust
/// reads those; no caller here wants them).
pub fn parse_decimal(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    let (negative, mut i) = match b.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let mut d = Digits::default();
    let (mut any_digit, mut after_point) = (false, false);
    while let Some(&c) = b.get(i) {
        match c {
            b'0'..=b'9' => {
                any_digit = true;
                d.read(c - b'0', after_point);
            }
            b'.' if !after_point => after_point = true,
            _ => break,
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        let minus = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut e: i64 = 0;
        while let Some(c) = b.get(i).filter(|c| c.is_ascii_digit()) {
            // Past a million the number is 0 or infinite whatever the digits say.
            e = (e * 10 + i64::from(c - b'0')).min(1_000_000);
            i += 1;
        }
        if i == start {
            return None;
        }
        d.point += if minus { -e } else { e };
    }
    if i != b.len() {
        return None;
    }
    d.trim();
    let magnitude = fast(&d).unwrap_or_else(|| slow(d));
    Some(if negative { -magnitude } else { magnitude })
}

/// The number 0.d₁d₂d₃… × 10^`point`, as decimal digits (no leading or trailing zeros).
#[derive(Default)]
struct Digits {
    d: Vec<u8>,
    point: i64,
    /// A non-zero digit was dropped past [`MAX_DIGITS`].
    more: bool,
}

impl Digits {
    /// One digit of the text, before or after the decimal point.
    fn read(&mut self, digit: u8, after_point: bool) {
        if self.d.is_empty() && digit == 0 {
            // A leading zero: after the point it moves the number one place down.
            self.point -= i64::from(after_point);
            return;
        }
        if self.d.len() < MAX_DIGITS {
            self.d.push(digit);
        } else {
            self.more |= digit != 0;
        }
        self.point += i64::from(!after_point);
    }

    fn trim(&mut self) {
        while self.d.last() == Some(&0) {
            self.d.pop();
        }
    }

    /// Divides by 2^`k` (`k` ≤ [`MAX_SHIFT`]): long division, digit by digit.
    fn halve(&mut self, k: u32) {
        let mask = (1u64 << k) - 1;
        let (mut read, mut n) = (0, 0u64);
        // Take digits (zeros past the end) until they reach 2^k: the first digit out.
        while n >> k == 0 {
            match self.d.get(read) {
                Some(&c) => n = n * 10 + u64::from(c),
                None if n == 0 => return self.d.clear(),
                None => n *= 10,
            }
            read += 1;
        }
        self.point -= read as i64 - 1;
        let mut out = Vec::with_capacity(self.d.len() + 20);
        for &c in self.d.iter().skip(read) {
            out.push((n >> k) as u8);
            n = (n & mask) * 10 + u64::from(c);
        }
        while n > 0 {
            let digit = (n >> k) as u8;
            n = (n & mask) * 10;
            if out.len() < MAX_DIGITS {
                out.push(digit);
            } else {
                self.more |= digit != 0;
            }
        }
        self.d = out;
        self.trim();
    }

    /// Multiplies by 2^`k` (`k` ≤ [`MAX_SHIFT`]), from the last digit up.
    fn double(&mut self, k: u32) {
        let mut reversed = Vec::with_capacity(self.d.len() + 20);
        let mut carry = 0u64;
        for &c in self.d.iter().rev() {
            let n = (u64::from(c) << k) + carry;
            reversed.push((n % 10) as u8);
            carry = n / 10;
        }
        while carry > 0 {
            reversed.push((carry % 10) as u8);
            carry /= 10;
        }
        self.point += (reversed.len() - self.d.len()) as i64;
        reversed.reverse();
        if reversed.len() > MAX_DIGITS {
            self.more |= reversed[MAX_DIGITS..].iter().any(|&c| c != 0);
            reversed.truncate(MAX_DIGITS);
        }
        self.d = reversed;
        self.trim();
    }

    /// Shifts by any number of bits, in steps of at most [`MAX_SHIFT`].
    fn shift(&mut self, mut bits: i64) {
        while bits != 0 {
            let k = bits.unsigned_abs().min(u64::from(MAX_SHIFT)) as u32;
            if bits > 0 {
                self.double(k);
                bits -= i64::from(k);
            } else {
                self.halve(k);
                bits += i64::from(k);
            }
        }
    }

    /// The whole part (the number is below 2⁶⁴ here), rounded half to even by the rest.
    fn rounded(&self) -> u64 {
        let Ok(whole) = usize::try_from(self.point) else {
            return 0; // below 0.1: rounds to 0
        };
        let mut n = 0u64;
        for k in 0..whole {
            n = n * 10 + u64::from(self.d.get(k).copied().unwrap_or(0));
        }
        let up = match self.d.get(whole) {
            None => false,
            // Exactly half (no digit after the 5, none dropped): to the even neighbour.
            Some(5) if whole + 1 == self.d.len() && !self.more => n % 2 == 1,
            Some(&c) => c >= 5,
        };
        n + u64::from(up)
    }
}

/// Bits to shift so that 0.d… × 10^`places` moves about `places` decimal places without
/// passing 1 (⌊places · log₂10⌋, at least 1, at most 27 at a time).
fn bits_for(places: i64) -> i64 {
    (places * 3322 / 1000).clamp(1, 27)
}

/// Clinger's fast path: `None` when it does not apply.
fn fast(d: &Digits) -> Option<f64> {
    if d.d.len() > 19 {
        return None;
    }
    let whole = d.d.iter().fold(0u64, |n, &c| n * 10 + u64::from(c));
    if whole >= EXACT_INT {
        return None;
    }
    let exponent = d.point - d.d.len() as i64;
    let pow = *EXACT_POW10.get(exponent.unsigned_abs() as usize)?;
    Some(if exponent >= 0 {
        whole as f64 * pow
    } else {
        whole as f64 / pow
    })
}

/// The simple decimal conversion: exact for any number of digits and any exponent.
fn slow(mut d: Digits) -> f64 {
    const BIAS: i64 = 1023;
    const MANTISSA: u32 = 52;
    if d.d.is_empty() || d.point < -330 {
        return 0.0;
    }
    if d.point > 310 {
        return f64::INFINITY;
    }
    // Into [½, 1), counting the bits shifted: the number is then 0.5…0.99 × 2^`exp`.
    let mut exp: i64 = 0;
    while d.point > 0 {
        let k = bits_for(d.point);
        d.shift(-k);
        exp += k;
    }
    while d.point < 0 || (d.point == 0 && d.d[0] < 5) {
        let k = bits_for(-d.point);
        d.shift(k);
        exp -= k;
    }
    // As 1.xxx × 2^`exp`; below the smallest normal exponent, the number is subnormal.
    exp -= 1;
    if exp < 1 - BIAS {
        d.shift(-(1 - BIAS - exp));
        exp = 1 - BIAS;
    }
    if exp + BIAS >= 0x7ff {
        return f64::INFINITY;
    }
    d.shift(i64::from(MANTISSA) + 1);
    let mut mantissa = d.rounded();
    if mantissa == 2 << MANTISSA {
        // Rounding carried into a new bit.
        mantissa >>= 1;
        exp += 1;
        if exp + BIAS >= 0x7ff {
            return f64::INFINITY;
        }
    }
    let biased = if mantissa & (1 << MANTISSA) == 0 {
        0 // subnormal (or zero)
    } else {
        (exp + BIAS) as u64
    };
    f64::from_bits((mantissa & ((1 << MANTISSA) - 1)) | (biased << MANTISSA))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bit for bit what Rust's own reader gives.
    fn same(text: &str) {
        let ours = parse_decimal(text);
        let theirs = text.parse::<f64>().ok();
        assert_eq!(
            ours.map(f64::to_bits),
            theirs.map(f64::to_bits),
            "{text}: ours {ours:?}, Rust's {theirs:?}"
        );
    }

    #[test]
    fn what_people_type_reads_as_rust_reads_it() {
        for t in [
            "0",
            "-0",
            "+0",
            "3",
            "-2.5",
            "+4",
            "0.1",
            ".5",
            "5.",
            "-.25",
            "007",
            "00.070",
            "1e3",
            "1E-3",
            "2.5e+2",
            "123456789012345",
            "0.30000000000000004",
            "9007199254740993",
            "1e22",
            "1e23",
            "4.35",
            "-3.7",
            "10000000000000000000000",
        ] {
            same(t);
        }
    }

    #[test]
    fn anything_else_is_refused() {
        for t in [
            "", "-", "+", ".", "e5", ".e5", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ", "--1", "0x10",
            "1_000", "inf", "NaN", "infinity", "½", "1e5.5",
        ] {
            assert_eq!(parse_decimal(t), None, "{t}");
        }
    }

    #[test]
    fn the_edges_of_f64() {
        for t in [
            // Halfway cases, where rounding must go to the even neighbour.
            "9007199254740993",
            "9007199254740995",
            "2.2250738585072011e-308",
            "2.2250738585072014e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1e309",
            "-1e400",
            "1e-400",
            "0.000000000000000000000000000000000000000000000001",
            // 1 + 2⁻⁵³ written out in full, then a hair above it.
            "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124",
            "1.000000000000000111022302462515654042363166809082031250000000001",
        ] {
            same(t);
        }
        // Eight hundred digits and more: what is dropped still rounds up.
        let long = format!("0.{}1", "0".repeat(900));
        same(&long);
        let many = format!("1.{}", "7".repeat(1200));
        same(&many);
        same(&format!("{}e-1000", "1".repeat(1000)));
    }

    #[test]
    fn every_f64_written_out_reads_back_to_itself() {
        // A fixed walk over bit patterns: Display (shortest), exponent form, and fixed
        // forms with too few and with many digits.
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..5_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = f64::from_bits(x);
            if !v.is_finite() {
                continue;
            }
            for text in [
                format!("{v}"),
                format!("{v:e}"),
                format!("{v:.3e}"),
                format!("{v:.25e}"),
            ] {
                same(&text);
            }
            let small = v / 2f64.powi((x % 1000) as i32);
            same(&format!("{:.2}", (x % 100_000) as f64 / 7.0));
            same(&format!("{small:e}"));
        }
    }
}
